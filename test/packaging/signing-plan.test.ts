import { describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';
import { planSigning, type Env, type SigningPlan } from '../../scripts/packaging/signing-plan';

// Fixture credentials: shaped like the real ones, valid nowhere.
const certificate = { CSC_LINK: '/tmp/fake-developer-id.p12', CSC_KEY_PASSWORD: 'fake-password' };
const apiKey = {
  APPLE_API_KEY: '/tmp/AuthKey_FAKE000000.p8',
  APPLE_API_KEY_ID: 'FAKE000000',
  APPLE_API_ISSUER: '00000000-0000-0000-0000-000000000000',
};

function accepted(plan: SigningPlan) {
  if (!plan.ok) throw new Error(`expected a plan, got problems: ${plan.problems.join(' ')}`);
  return plan;
}

describe('planSigning on macOS', () => {
  it('signs and notarises when a certificate and an API key are given', () => {
    const plan = accepted(planSigning(config, 'darwin', { ...certificate, ...apiKey }));

    expect(plan.config.mac).toMatchObject({ notarize: true, hardenedRuntime: true });
    expect(plan.config.mac?.identity).toBeUndefined();
    expect(plan.notes).toEqual([
      'macOS: signing with the identity from CSC_LINK.',
      'macOS: notarising with an App Store Connect API key.',
    ]);
  });

  it('accepts an Apple ID instead of an API key', () => {
    const appleId = {
      APPLE_ID: 'release@example.com',
      APPLE_APP_SPECIFIC_PASSWORD: 'fake-fake-fake-fake',
      APPLE_TEAM_ID: 'FAKETEAM00',
    };
    const plan = accepted(planSigning(config, 'darwin', { CSC_NAME: 'Example', ...appleId }));

    expect(plan.config.mac?.notarize).toBe(true);
    expect(plan.notes).toContain('macOS: notarising with an Apple ID.');
  });

  it('signs without notarising, and says so, when no notary credentials are given', () => {
    const plan = accepted(planSigning(config, 'darwin', certificate));

    expect(plan.config.mac?.notarize).toBe(false);
    expect(plan.notes[1]).toMatch(/^macOS: notarisation skipped \(no credentials\): set APPLE_API/);
  });

  it('builds an ad-hoc signed app, and says so, when no certificate is given', () => {
    const plan = accepted(planSigning(config, 'darwin', {}));

    expect(plan.config.mac).toMatchObject({ identity: null, notarize: false });
    expect(plan.config.electronFuses).toEqual({
      ...config.electronFuses,
      resetAdHocDarwinSignature: true,
    });
    expect(plan.notes[0]).toMatch(/^macOS: code signing skipped \(no certificate\): set CSC_LINK/);
    expect(plan.notes[1]).toMatch(/^macOS: notarisation skipped \(no credentials\)/);
  });

  it('skips notarisation of an unsigned app even with notary credentials', () => {
    const plan = accepted(planSigning(config, 'darwin', apiKey));

    expect(plan.config.mac?.notarize).toBe(false);
    expect(plan.notes[1]).toBe('macOS: notarisation skipped: Apple notarises only signed apps.');
  });

  it('treats blank variables, as CI passes for missing secrets, as not set', () => {
    const blanks: Env = { CSC_LINK: '', APPLE_API_KEY: ' ', APPLE_API_KEY_ID: '', APPLE_ID: '' };
    const plan = accepted(planSigning(config, 'darwin', blanks));

    expect(plan.config.mac?.identity).toBeNull();
  });

  it('refuses a half-given credential set and names what is missing', () => {
    const plan = planSigning(config, 'darwin', { ...certificate, APPLE_API_KEY_ID: 'FAKE000000' });

    expect(plan).toEqual({
      ok: false,
      problems: ['APPLE_API_KEY_ID set but APPLE_API_KEY, APPLE_API_ISSUER not: set all or none.'],
    });
  });

  it('refuses an API key given as its contents instead of a path', () => {
    const env = { ...apiKey, APPLE_API_KEY: '-----BEGIN PRIVATE KEY-----\nfake\n' };
    const plan = planSigning(config, 'darwin', env);

    expect(plan).toEqual({
      ok: false,
      problems: ['APPLE_API_KEY holds a key itself; it must be the path to the .p8 file.'],
    });
  });

  it('leaves the shared configuration untouched', () => {
    const before = structuredClone(config);
    planSigning(config, 'darwin', {});

    expect(config).toEqual(before);
  });
});

describe('planSigning on Windows and Linux', () => {
  it('signs Windows installers with the certificate in WIN_CSC_LINK', () => {
    const plan = accepted(planSigning(config, 'win32', { WIN_CSC_LINK: '/tmp/fake.pfx' }));

    expect(plan.config).toBe(config);
    expect(plan.notes).toEqual(['Windows: signing with the certificate in WIN_CSC_LINK.']);
  });

  it('says Windows signing is skipped when no certificate is given', () => {
    const plan = accepted(planSigning(config, 'win32', { WIN_CSC_LINK: '' }));

    expect(plan.notes[0]).toMatch(/^Windows: code signing skipped \(no certificate\)/);
  });

  it('ignores Apple credentials outside macOS', () => {
    const plan = accepted(planSigning(config, 'linux', { APPLE_API_KEY_ID: 'FAKE000000' }));

    expect(plan.config).toBe(config);
    expect(plan.notes).toEqual(['Linux: AppImage and deb carry no code signature.']);
  });
});
