/**
 * `token` keeps a session alive: cached when fresh, refreshed when due, with and without
 * refresh-token rotation, and once only when two processes ask at the same moment.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startWallboardServer, type DevServer } from '../wallboard-server/server';
import { addServiceProfile, runCli, serviceLogin } from '../support/cli-process';

let server: DevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function signedIn(options: Parameters<typeof startWallboardServer>[0]) {
  server = await startWallboardServer({ quiet: true, ...options });
  const configDir = await addServiceProfile(server.url);
  const login = await serviceLogin(configDir);
  expect(login.code).toBe(0);
  return { server, configDir };
}

async function tokenOf(configDir: string): Promise<string> {
  const result = await runCli(['token'], configDir);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout.trim();
}

describe('token', () => {
  it('hands out the cached token while it is fresh', async () => {
    const { server, configDir } = await signedIn({});
    const first = await tokenOf(configDir);
    expect(await tokenOf(configDir)).toBe(first);
    expect(server.stats.grants.refresh_token).toBe(0);
  });

  it('refreshes a token that is due and keeps the refresh token when none comes back', async () => {
    // A 30-second token is always within the one-minute lead, so every call refreshes.
    const { server, configDir } = await signedIn({ accessTokenSeconds: 30 });
    const first = await tokenOf(configDir);
    const second = await tokenOf(configDir);
    const third = await tokenOf(configDir);

    expect(new Set([first, second, third]).size).toBe(3);
    expect(server.stats.grants.refresh_token).toBe(3);
  });

  it('saves rotated refresh tokens so the next refresh uses the new one', async () => {
    const { server, configDir } = await signedIn({
      accessTokenSeconds: 30,
      rotateRefreshTokens: true,
    });
    await tokenOf(configDir);
    await tokenOf(configDir);
    const third = await tokenOf(configDir);

    expect(server.stats.grants.refresh_token).toBe(3);
    const me = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${third}` },
    });
    expect(me.status).toBe(200);
  });

  it('refreshes once when two processes ask at the same moment', async () => {
    const { server, configDir } = await signedIn({
      accessTokenSeconds: 30,
      rotateRefreshTokens: true,
    });
    server.settings.accessTokenSeconds = 1800;

    const [a, b] = await Promise.all([runCli(['token'], configDir), runCli(['token'], configDir)]);

    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toBe(b.stdout);
    expect(server.stats.grants.refresh_token).toBe(1);
  });

  it('prints JSON with the expiry, JWT, tenant and profile', async () => {
    const { configDir } = await signedIn({});
    const result = await runCli(['token', '--format', 'json'], configDir);
    const json = JSON.parse(result.stdout);

    expect(json).toMatchObject({
      profile: 'svc',
      tokenType: 'Bearer',
      customerId: 4711,
      readOnly: false,
    });
    expect(Date.parse(json.expiresAt)).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect(json.jwt.split('.')).toHaveLength(3);

    const jwt = await runCli(['token', '--format', 'jwt'], configDir);
    expect(jwt.stdout.trim()).toBe(json.jwt);
  });
});

describe('a profile edited by hand to name another server', () => {
  it('forgets the old tokens instead of sending them there', async () => {
    const { server: issuer, configDir } = await signedIn({});
    const other = await startWallboardServer({ quiet: true });
    try {
      const { readFileSync, writeFileSync } = await import('node:fs');
      const configPath = `${configDir}/config.json`;
      const config = JSON.parse(readFileSync(configPath, 'utf8'));
      config.profiles.svc.serverUrl = other.url;
      writeFileSync(configPath, JSON.stringify(config));

      const result = await runCli(['token'], configDir);
      expect(result.code).toBe(3);
      expect(other.stats.tokenRequests).toBe(0);
      expect(issuer.stats.grants.refresh_token).toBe(0);
    } finally {
      await other.close();
    }
  });
});
