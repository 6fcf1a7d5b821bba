import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../electron/ipc/contract';
import {
  normaliseTotp,
  passwordSignInInput,
  serviceAccountDraftOf,
  serviceAccountProblems,
} from '../../../renderer/forms/service-account-draft';

const profile: Profile = {
  name: 'robot',
  serverUrl: 'https://editor.example.com',
  method: 'service-account',
  clientId: 'default-client',
  clientType: 'confidential',
  authorizePath: '/oauth/authorize',
  tokenPath: '/oauth/token',
  kmsi: true,
  allowHttp: false,
};
const draft = { ...serviceAccountDraftOf(profile, 'robot@example.com'), password: 'pw' };

describe('serviceAccountDraftOf', () => {
  it('pre-fills the profile’s client and keep-me-signed-in', () => {
    expect(serviceAccountDraftOf(profile)).toEqual({
      username: '',
      password: '',
      totp: '',
      kmsi: true,
      clientId: 'default-client',
      clientSecret: '',
    });
  });
});

describe('serviceAccountProblems', () => {
  it('asks for the e-mail address and the password', () => {
    expect(serviceAccountProblems({ ...draft, username: '', password: '' }, false)).toEqual({
      username: 'Enter the service account’s e-mail address.',
      password: 'Enter the password.',
    });
    expect(serviceAccountProblems({ ...draft, username: 'robot' }, false).username).toBe(
      'Enter an e-mail address, such as robot@example.com.',
    );
  });

  it('checks the verification code only once it is asked for', () => {
    expect(serviceAccountProblems(draft, false)).toEqual({});
    expect(serviceAccountProblems(draft, true).totp).toBe(
      'Enter the 6-digit code your authenticator app shows now.',
    );
    expect(serviceAccountProblems({ ...draft, totp: '123456' }, true)).toEqual({});
  });

  it('accepts a code written with spaces or dashes, and refuses letters', () => {
    expect(serviceAccountProblems({ ...draft, totp: '123 456' }, true)).toEqual({});
    expect(serviceAccountProblems({ ...draft, totp: '123-456' }, true)).toEqual({});
    expect(serviceAccountProblems({ ...draft, totp: '12a456' }, true).totp).toBeDefined();
  });
});

describe('normaliseTotp', () => {
  it('drops the separators authenticator apps and people put in codes', () => {
    expect(normaliseTotp(' 123 456 ')).toBe('123456');
    expect(normaliseTotp('123-456')).toBe('123456');
    expect(normaliseTotp('123\u2009456')).toBe('123456');
    expect(normaliseTotp('1234.5678')).toBe('12345678');
  });
});

describe('passwordSignInInput', () => {
  it('sends the published secret of the default client when none is stored', () => {
    expect(
      passwordSignInInput(profile, draft, { totpAsked: false, hasStoredSecret: false }),
    ).toEqual({
      profile: 'robot',
      username: 'robot@example.com',
      password: 'pw',
      kmsi: true,
      clientSecret: '76211db5d8ea',
    });
  });

  it('leaves the client alone when it is the profile’s and its secret is stored', () => {
    const input = passwordSignInInput(
      profile,
      { ...draft, totp: ' 123456 ' },
      {
        totpAsked: true,
        hasStoredSecret: true,
      },
    );
    expect(input).not.toHaveProperty('clientId');
    expect(input).not.toHaveProperty('clientSecret');
    expect(input.totp).toBe('123456');
    const spaced = passwordSignInInput(
      profile,
      { ...draft, totp: '123 456' },
      { totpAsked: true, hasStoredSecret: true },
    );
    expect(spaced.totp).toBe('123456');
  });

  it('sends another client the user chose', () => {
    const input = passwordSignInInput(
      profile,
      { ...draft, clientId: 'robots', clientSecret: 's3cret-fake' },
      { totpAsked: false, hasStoredSecret: true },
    );
    expect(input).toMatchObject({ clientId: 'robots', clientSecret: 's3cret-fake' });
  });
});
