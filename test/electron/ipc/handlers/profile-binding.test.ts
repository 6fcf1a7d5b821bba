/**
 * Tokens belong to the server and client that issued them: editing a signed-in profile to
 * point elsewhere signs it out, and nothing of the old session ever reaches the new server.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWallboardServer, type DevServer } from '../../../wallboard-server/server';
import {
  createIpcTestServices,
  invoke,
  valueOf,
  type IpcTestServices,
} from '../../support/ipc-test-services';
import { signInServiceAccount } from '../../support/signed-in';

describe('editing a signed-in profile', () => {
  let issuer: DevServer;
  let other: DevServer;
  let t: IpcTestServices;
  beforeAll(async () => {
    [issuer, other] = await Promise.all([
      startWallboardServer({ quiet: true }),
      startWallboardServer({ quiet: true }),
    ]);
  });
  afterAll(() => Promise.all([issuer.close(), other.close()]));
  beforeEach(async () => {
    t = await createIpcTestServices();
  });
  afterEach(() => t.dispose());

  const edit = (changes: Record<string, unknown>) =>
    invoke(t.handlers, 'updateProfile', {
      profile: {
        name: 'svc',
        serverUrl: issuer.url,
        method: 'service-account',
        clientId: 'default-client',
        clientType: 'confidential',
        kmsi: false,
        allowHttp: true,
        ...changes,
      },
    });

  it('signs out when the server changes, and the new server sees no token', async () => {
    await signInServiceAccount(t, issuer);
    const updated = valueOf(await edit({ serverUrl: other.url }));

    expect(updated.status.state).toBe('signed-out');
    expect(await t.services.tokens.load('svc')).toBeUndefined();
    const copy = await invoke(t.handlers, 'copy', { profile: 'svc', format: 'curl' });
    expect(copy).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    const refresh = await invoke(t.handlers, 'refreshNow', { profile: 'svc' });
    expect(refresh.ok).toBe(false);
    expect(other.stats.tokenRequests).toBe(0);
    expect(t.clipboard.writes).toEqual([]);
  });

  it('keeps the session through edits that do not move it', async () => {
    await signInServiceAccount(t, issuer);
    const updated = valueOf(await edit({ kmsi: true }));

    expect(updated.status.state).toBe('signed-in');
    expect(await t.services.tokens.load('svc')).toBeDefined();
  });
});
