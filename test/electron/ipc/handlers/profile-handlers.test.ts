import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../../electron/ipc/contract';
import {
  createIpcTestServices,
  invoke,
  valueOf,
  type IpcTestServices,
} from '../../support/ipc-test-services';

const browserProfile: ProfileInput = {
  name: 'prod',
  serverUrl: 'https://wallboard.example.com/',
  method: 'browser',
  clientId: 'wallboard-token',
  clientType: 'public',
  kmsi: false,
  allowHttp: false,
};

describe('profile handlers', () => {
  let t: IpcTestServices;
  beforeEach(async () => {
    t = await createIpcTestServices();
  });
  afterEach(() => t.dispose());

  it('adds a profile, normalised by the core, and lists it signed out', async () => {
    const added = valueOf(await invoke(t.handlers, 'addProfile', { profile: browserProfile }));
    expect(added.profile.serverUrl).toBe('https://wallboard.example.com');
    expect(added.profile.authorizePath).toBe('/oauth/authorize');

    const listed = valueOf(await invoke(t.handlers, 'listProfiles'));
    expect(listed.map((entry) => [entry.profile.name, entry.status.state])).toEqual([
      ['prod', 'signed-out'],
    ]);
  });

  it('stores a confidential client secret in the vault and only says that one exists', async () => {
    const input = { ...browserProfile, clientType: 'confidential', clientSecret: 'fake-secret-1' };
    const added = valueOf(await invoke(t.handlers, 'addProfile', { profile: input }));

    expect(added.hasClientSecret).toBe(true);
    expect(JSON.stringify(added)).not.toContain('fake-secret-1');
    expect(await t.secrets.read('client-secret/prod')).toBe('fake-secret-1');
    expect(JSON.stringify(t.profileStore.get('prod'))).not.toContain('fake-secret-1');
  });

  it('refuses a confidential client without a secret, naming the field', async () => {
    const input = { ...browserProfile, clientType: 'confidential' };
    const result = await invoke(t.handlers, 'addProfile', { profile: input });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'profile.clientSecret' },
    });
  });

  it('turns the core validation failures into invalid_profile with the reason', async () => {
    const input = { ...browserProfile, serverUrl: 'http://wallboard.lan' };
    const result = await invoke(t.handlers, 'addProfile', { profile: input });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_profile');
    expect(result.error.message).toContain('plain http');
  });

  it('refuses a second profile with the same name with profile_exists', async () => {
    valueOf(await invoke(t.handlers, 'addProfile', { profile: browserProfile }));
    const again = await invoke(t.handlers, 'addProfile', { profile: browserProfile });
    expect(again).toMatchObject({ ok: false, error: { code: 'profile_exists' } });
  });

  it('updates a profile, clearing a redirect URI the form left empty', async () => {
    const fixed = { ...browserProfile, redirectUri: 'http://127.0.0.1:53682/callback' };
    valueOf(await invoke(t.handlers, 'addProfile', { profile: fixed }));

    const updated = await invoke(t.handlers, 'updateProfile', {
      profile: { ...fixed, redirectUri: '', kmsi: true },
    });
    expect(valueOf(updated).profile.redirectUri).toBeUndefined();
    expect(t.profileStore.get('prod')).toMatchObject({ kmsi: true });
    expect(t.profileStore.get('prod').redirectUri).toBeUndefined();
  });

  it('keeps the stored secret when an update leaves it out, and drops it for a public client', async () => {
    const confidential = { ...browserProfile, clientType: 'confidential', clientSecret: 'fake-s' };
    valueOf(await invoke(t.handlers, 'addProfile', { profile: confidential }));

    const withoutSecret = { ...confidential, clientSecret: undefined };
    valueOf(await invoke(t.handlers, 'updateProfile', { profile: withoutSecret }));
    expect(await t.secrets.read('client-secret/prod')).toBe('fake-s');

    valueOf(await invoke(t.handlers, 'updateProfile', { profile: browserProfile }));
    expect(await t.secrets.read('client-secret/prod')).toBeUndefined();
  });

  it('answers profile_not_found for an update or removal of an unknown profile', async () => {
    const update = await invoke(t.handlers, 'updateProfile', { profile: browserProfile });
    const remove = await invoke(t.handlers, 'removeProfile', { profile: 'prod' });
    const get = await invoke(t.handlers, 'getProfile', { profile: 'prod' });
    for (const result of [update, remove, get]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'profile_not_found' } });
    }
  });

  it('removes a profile with its client secret', async () => {
    const input = { ...browserProfile, clientType: 'confidential', clientSecret: 'fake-s' };
    valueOf(await invoke(t.handlers, 'addProfile', { profile: input }));

    expect(valueOf(await invoke(t.handlers, 'removeProfile', { profile: 'prod' }))).toEqual({
      removed: 'prod',
    });
    expect(t.profileStore.list()).toEqual([]);
    expect(await t.secrets.read('client-secret/prod')).toBeUndefined();
  });

  it('suggests a loopback redirect URI on a port that is free', async () => {
    const { redirectUri } = valueOf(await invoke(t.handlers, 'suggestRedirectUri'));
    expect(redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d{4,5}\/callback$/);
  });
});
