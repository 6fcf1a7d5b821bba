/**
 * The password and refresh grants against the Wallboard-compatible dev server over real HTTP
 * on loopback, including its injected faults. The server's clock is ours, so expiry moves
 * without sleeping.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultServiceClient, type Profile } from '../../../core/profile/profile';
import { passwordGrant, type PasswordGrantInput } from '../../../core/protocol/password-grant';
import { refreshGrant } from '../../../core/protocol/refresh-grant';
import { totpFor } from '../../wallboard-server/fixtures';
import { startWallboardServer, type DevServer } from '../../wallboard-server/server';
import { testProfile } from './scripted-token-server';

let now = Date.UTC(2030, 0, 1);
const clock = { now: () => now };
let server: DevServer;
let profile: Profile;

beforeAll(async () => {
  server = await startWallboardServer({ quiet: true, clock: clock.now });
  profile = testProfile(server.url, { name: 'dev' });
});
afterAll(() => server.close());
beforeEach(() => {
  server.clearFaults();
  server.settings.rotateRefreshTokens = false;
});

function service(overrides: Partial<PasswordGrantInput> = {}): PasswordGrantInput {
  return {
    profile,
    clientSecret: defaultServiceClient.clientSecret,
    username: 'service@example.com',
    password: 'service-password-1',
    kmsi: false,
    fetch,
    clock,
    ...overrides,
  };
}

describe('password grant on the dev server', () => {
  it('signs a service account in with the documented default client', async () => {
    const tokens = await passwordGrant(service());

    expect(tokens).toMatchObject({
      method: 'service-account',
      username: 'service@example.com',
      customerId: 4711,
      readOnly: false,
      obtainedAt: now,
      accessExpiresAt: now + 1800_000,
      refreshIssuedAt: now,
      refreshExpiresAt: now + 3600_000,
    });
    expect(tokens.accessToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokens.jwt?.split('.')).toHaveLength(3);
  });

  it('gets a 30-day refresh token with keep-me-signed-in', async () => {
    const tokens = await passwordGrant(service({ kmsi: true }));
    expect(tokens.refreshExpiresAt).toBe(now + 30 * 24 * 3600_000);
  });

  it('signs a 2FA service account in with its current TOTP code', async () => {
    const tokens = await passwordGrant(
      service({
        username: 'robot@example.com',
        password: 'robot-password-1',
        totp: totpFor('robot@example.com', now),
      }),
    );
    expect(tokens).toMatchObject({ customerId: 815, readOnly: true });
  });

  it.each([
    [
      'a 2FA account without its code',
      { username: 'robot@example.com', password: 'robot-password-1' },
      'totp_required',
    ],
    [
      'a wrong TOTP code',
      { username: 'robot@example.com', password: 'robot-password-1', totp: '000000' },
      'totp_rejected',
    ],
    [
      'a user who is not a service account',
      { username: 'alice@example.com', password: 'alice-password-1' },
      'not_service_account',
    ],
    ['a wrong password', { password: 'fake-wrong-password' }, 'credentials_rejected'],
    ['a wrong client secret', { clientSecret: 'fake-wrong-secret' }, 'client_rejected'],
  ])('refuses %s with the right code', async (_case, overrides, code) => {
    const input = service(overrides);
    const error = await passwordGrant(input).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code, profile: 'dev' });
    expect((error as Error).message).not.toContain(input.password);
    expect((error as Error).message).not.toContain(defaultServiceClient.clientSecret);
  });

  it('refuses a client that may not use the password grant', async () => {
    const publicProfile: Profile = {
      ...profile,
      clientId: 'wallboard-token',
      clientType: 'public',
    };
    await expect(
      passwordGrant(service({ profile: publicProfile, clientSecret: undefined })),
    ).rejects.toMatchObject({ code: 'client_rejected', oauthError: 'unauthorized_client' });
  });
});

describe('refresh grant on the dev server', () => {
  it('refreshes without rotation and keeps the refresh token and its expiry', async () => {
    const first = await passwordGrant(service());
    now += 20 * 60_000;
    const next = await refreshGrant({
      profile,
      clientSecret: defaultServiceClient.clientSecret,
      refreshToken: first.refreshToken!,
      previous: first,
      fetch,
      clock,
    });

    expect(next.accessToken).not.toBe(first.accessToken);
    expect(next).toMatchObject({
      refreshToken: first.refreshToken,
      refreshIssuedAt: first.refreshIssuedAt,
      refreshExpiresAt: first.refreshExpiresAt,
      accessExpiresAt: now + 1800_000,
      username: 'service@example.com',
    });
  });

  it('takes the new refresh token when the server rotates', async () => {
    server.settings.rotateRefreshTokens = true;
    const first = await passwordGrant(service());
    const next = await refreshGrant({
      profile,
      clientSecret: defaultServiceClient.clientSecret,
      refreshToken: first.refreshToken!,
      previous: first,
      fetch,
      clock,
    });

    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect(next.refreshIssuedAt).toBe(now);
  });

  it('reports an expired refresh token as session_expired', async () => {
    const first = await passwordGrant(service());
    now += 3601_000;
    await expect(
      refreshGrant({
        profile,
        clientSecret: defaultServiceClient.clientSecret,
        refreshToken: first.refreshToken!,
        fetch,
        clock,
      }),
    ).rejects.toMatchObject({ code: 'session_expired', oauthError: 'invalid_grant' });
  });

  it('reports a revoked session as session_expired', async () => {
    const first = await passwordGrant(service());
    server.revokeUser('service@example.com');
    await expect(
      refreshGrant({
        profile,
        clientSecret: defaultServiceClient.clientSecret,
        refreshToken: first.refreshToken!,
        fetch,
        clock,
      }),
    ).rejects.toMatchObject({ code: 'session_expired' });
  });
});

describe('token endpoint faults on the dev server', () => {
  it.each([
    [{ kind: 'html-5xx' } as const, { code: 'server_error', httpStatus: 502 }],
    [{ kind: 'html-5xx', status: 503 } as const, { code: 'server_error', httpStatus: 503 }],
    [{ kind: 'non-json' } as const, { code: 'invalid_response' }],
    [{ kind: 'drop' } as const, { code: 'network_error' }],
    [{ kind: 'slow', delayMs: 5_000 } as const, { code: 'server_timeout' }],
  ])('maps %o and leaves the refresh token usable', async (fault, expected) => {
    const first = await passwordGrant(service());
    const refresh = () =>
      refreshGrant({
        profile,
        clientSecret: defaultServiceClient.clientSecret,
        refreshToken: first.refreshToken!,
        previous: first,
        fetch,
        clock,
        timeoutMs: 200,
      });

    server.injectFault(fault, 1);
    await expect(refresh()).rejects.toMatchObject(expected);
    await expect(refresh()).resolves.toMatchObject({ refreshToken: first.refreshToken });
  });
});
