/**
 * The session use case against the dev server over real HTTP, with one injected clock shared
 * by both sides, so expiry is reached by moving time, not by waiting.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WallboardTokenError } from '../../../core/errors';
import { MemorySecretStore } from '../../../core/store/memory-secret-store';
import type { SessionStatus } from '../../../core/session/session-status';
import { startSignedOutSession } from '../../support/session-setup';
import type { DevServer, startWallboardServer } from '../../wallboard-server/server';

const minute = 60_000;
let server: DevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(options: Parameters<typeof startWallboardServer>[0] = {}) {
  const setup = await startSignedOutSession(options);
  server = setup.server;
  return setup;
}

describe('SessionService', () => {
  it('hands out the cached token, then refreshes once when it falls due', async () => {
    const { server, sessions, password, advance } = await setUp();
    await sessions.signInWithPassword('svc', password);
    const first = await sessions.getValidTokens('svc');

    advance(20 * minute);
    expect((await sessions.getValidTokens('svc')).accessToken).toBe(first.accessToken);
    expect(server.stats.grants.refresh_token).toBe(0);

    advance(8 * minute);
    const refreshed = await sessions.getValidTokens('svc');
    expect(refreshed.accessToken).not.toBe(first.accessToken);
    expect(refreshed.refreshToken).toBe(first.refreshToken);
    expect(server.stats.grants.refresh_token).toBe(1);
  });

  it('refreshes once for many callers at the same moment', async () => {
    const { server, sessions, password, advance } = await setUp();
    await sessions.signInWithPassword('svc', password);
    advance(29 * minute);

    const tokens = await Promise.all(
      Array.from({ length: 8 }, () => sessions.getValidTokens('svc')),
    );

    expect(new Set(tokens.map((t) => t.accessToken)).size).toBe(1);
    expect(server.stats.grants.refresh_token).toBe(1);
  });

  it('keeps a working token when the server fails, and says so in the status', async () => {
    const { server, sessions, password, advance, sink } = await setUp();
    const signedIn = await sessions.signInWithPassword('svc', password);
    const before = await sessions.getValidTokens('svc');
    advance(28 * minute);

    server.injectFault({ kind: 'html-5xx' }, 1);
    const kept = await sessions.getValidTokens('svc');
    const status = await sessions.status('svc');

    expect(signedIn.state).toBe('signed-in');
    expect(kept.accessToken).toBe(before.accessToken);
    expect(status.lastError?.code).toBe('server_error');
    expect(status.state).toBe('error');
    expect(sink.messages('warn').join('\n')).toContain('refresh failed');
    expect(JSON.stringify(sink.records)).not.toContain(before.accessToken);
  });

  it('fails with the server error once the access token has expired too', async () => {
    const { server, sessions, password, advance } = await setUp();
    await sessions.signInWithPassword('svc', password);
    advance(31 * minute);
    server.injectFault({ kind: 'drop' }, 1);

    await expect(sessions.getValidTokens('svc')).rejects.toMatchObject({ code: 'network_error' });
    expect((await sessions.status('svc')).state).toBe('error');
    // The refresh token still works once the network is back.
    expect((await sessions.getValidTokens('svc')).accessExpiresAt).toBeGreaterThan(
      Date.UTC(2026, 11, 3, 14, 31),
    );
  });

  it('ends the session when the server rejects the refresh token', async () => {
    const { server, sessions, password, advance } = await setUp();
    await sessions.signInWithPassword('svc', password);
    server.revokeUser('service@example.com');
    advance(29 * minute);

    await expect(sessions.getValidTokens('svc')).rejects.toMatchObject({ code: 'session_expired' });
    expect((await sessions.status('svc')).state).toBe('signed-out');
  });

  it('ends the session when the refresh token has expired', async () => {
    const { sessions, password, advance } = await setUp();
    await sessions.signInWithPassword('svc', password);
    advance(61 * minute);

    expect((await sessions.status('svc')).state).toBe('expired');
    await expect(sessions.getValidTokens('svc')).rejects.toMatchObject({ code: 'session_expired' });
  });

  it('tells listeners about sign-in, refresh and sign-out, with no token in the status', async () => {
    const { sessions, password, advance } = await setUp();
    const seen: SessionStatus[] = [];
    const unsubscribe = sessions.onChange((status) => seen.push(status));

    const signedIn = await sessions.signInWithPassword('svc', password);
    advance(29 * minute);
    await sessions.getValidTokens('svc');
    await sessions.signOut('svc');
    unsubscribe();
    await sessions.signInWithPassword('svc', password);

    expect(seen.map((s) => s.state)).toEqual([
      'signed-in',
      'refreshing',
      'signed-in',
      'signed-out',
    ]);
    expect(signedIn).toMatchObject({
      subject: 'service@example.com',
      customerId: 4711,
      readOnly: false,
    });
    expect(signedIn.nextRefreshAt).toBe(Date.UTC(2026, 11, 3, 14, 27));
    expect(JSON.stringify(seen)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('reports a wrong TOTP and a missing one with their own codes', async () => {
    const { sessions } = await setUp();
    const robot = { username: 'robot@example.com', password: 'robot-password-1' };

    await expect(sessions.signInWithPassword('svc', robot)).rejects.toMatchObject({
      code: 'totp_required',
    });
    await expect(
      sessions.signInWithPassword('svc', { ...robot, totp: '000000' }),
    ).rejects.toMatchObject({
      code: 'totp_rejected',
    });
    expect((await sessions.status('svc')).lastError?.code).toBe('totp_rejected');
  });
});

/** Test double for a disk that stops taking writes: reads work, every write fails. */
class WritesRefusedSecretStore extends MemorySecretStore {
  refuseWrites = false;

  override async write(key: string, value: string): Promise<void> {
    if (this.refuseWrites) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    return super.write(key, value);
  }
}

describe('SessionService on a config folder that stops cooperating', () => {
  it('hands out the refreshed token when it cannot be saved, and says so', async () => {
    const secrets = new WritesRefusedSecretStore();
    const setup = await startSignedOutSession({}, { secrets });
    server = setup.server;
    await setup.sessions.signInWithPassword('svc', setup.password);
    const before = await setup.sessions.getValidTokens('svc');
    setup.advance(29 * minute);
    secrets.refuseWrites = true;

    const after = await setup.sessions.getValidTokens('svc');

    expect(after.accessToken).not.toBe(before.accessToken);
    expect(setup.sink.messages('error').join('\n')).toContain('could not be saved');
    expect((await setup.sessions.status('svc')).lastError?.code).toBe('internal');
  });

  it('keeps a working token when the refresh lock cannot be taken', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'wallboard-token-nolock-'));
    const setup = await startSignedOutSession({}, { configDir });
    server = setup.server;
    await setup.sessions.signInWithPassword('svc', setup.password);
    const before = await setup.sessions.getValidTokens('svc');
    rmSync(join(configDir, 'locks'), { recursive: true });
    writeFileSync(join(configDir, 'locks'), 'a file where the lock folder should be');
    setup.advance(28 * minute);

    const kept = await setup.sessions.getValidTokens('svc');
    expect(kept.accessToken).toBe(before.accessToken);
    expect(setup.server.stats.grants.refresh_token).toBe(0);
    expect(setup.sink.messages('warn').join('\n')).toContain('still works');

    setup.advance(3 * minute);
    await expect(setup.sessions.getValidTokens('svc')).rejects.toBeInstanceOf(WallboardTokenError);
  });
});
