import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshGrant, type RefreshGrantInput } from '../../../core/protocol/refresh-grant';
import type { TokenSet } from '../../../core/session/token-set';
import {
  json,
  startScriptedTokenServer,
  testProfile,
  tokenBody,
  type ScriptedTokenServer,
} from './scripted-token-server';

let server: ScriptedTokenServer;
beforeEach(async () => {
  server = await startScriptedTokenServer();
});
afterEach(() => server.close());

const previous: TokenSet = {
  accessToken: 'fake-access-old',
  refreshToken: 'fake-refresh-old',
  jwt: 'fake.old.jwt',
  customerId: 815,
  readOnly: true,
  obtainedAt: 1_000,
  accessExpiresAt: 1_000 + 1800_000,
  refreshIssuedAt: 1_000,
  refreshExpiresAt: 1_000 + 3600_000,
  method: 'service-account',
  username: 'robot@example.com',
};

function input(overrides: Partial<RefreshGrantInput> = {}): RefreshGrantInput {
  return {
    profile: testProfile(server.url),
    clientSecret: '76211db5d8ea',
    refreshToken: 'fake-refresh-old',
    previous,
    fetch,
    clock: { now: () => 2_000_000 },
    ...overrides,
  };
}

describe('refreshGrant', () => {
  it('posts the refresh token grant with client authentication', async () => {
    await refreshGrant(input());

    const request = server.requests[0]!;
    expect(Object.fromEntries(request.form)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'fake-refresh-old',
    });
    expect(request.headers.authorization).toBe('Basic ZGVmYXVsdC1jbGllbnQ6NzYyMTFkYjVkOGVh');
  });

  it('takes a rotated refresh token with a fresh lifetime', async () => {
    server.answer(json(200, tokenBody({ refresh_token: 'fake-refresh-new' })));
    const tokens = await refreshGrant(input());

    expect(tokens.refreshToken).toBe('fake-refresh-new');
    expect(tokens.refreshIssuedAt).toBe(2_000_000);
    expect(tokens.refreshExpiresAt).toBe(2_000_000 + 3600_000);
  });

  it('keeps the previous refresh token and its expiry when none comes back', async () => {
    server.answer(
      json(200, tokenBody({ refresh_token: undefined, refresh_total_validity_seconds: undefined })),
    );
    const tokens = await refreshGrant(input());

    expect(tokens).toMatchObject({
      accessToken: 'fake-access-0001',
      refreshToken: 'fake-refresh-old',
      refreshIssuedAt: 1_000,
      refreshExpiresAt: 1_000 + 3600_000,
      obtainedAt: 2_000_000,
      accessExpiresAt: 2_000_000 + 1800_000,
    });
  });

  it('carries method, username, tenant and read-only over when the server omits them', async () => {
    server.answer(
      json(
        200,
        tokenBody({ customerId: undefined, readOnly: undefined, jwt_access_token: undefined }),
      ),
    );
    const tokens = await refreshGrant(input());

    expect(tokens).toMatchObject({
      method: 'service-account',
      username: 'robot@example.com',
      customerId: 815,
      readOnly: true,
    });
    expect(tokens.jwt).toBeUndefined();
  });

  it('ends the session when the server rejects the refresh token', async () => {
    server.answer(json(400, { error: 'invalid_grant', error_description: 'Token expired' }));

    await expect(refreshGrant(input())).rejects.toMatchObject({
      code: 'session_expired',
      message: 'The server rejected the refresh token: the session has ended. Sign in again.',
      oauthError: 'invalid_grant',
      httpStatus: 400,
    });
  });

  it('asks to sign in again when there is no refresh token, without a request', async () => {
    await expect(refreshGrant(input({ refreshToken: '' }))).rejects.toMatchObject({
      code: 'session_expired',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('keeps an unknown OAuth error out of the sign-in codes, so tokens are kept', async () => {
    server.answer(json(400, { error: 'invalid_request' }));
    await expect(refreshGrant(input())).rejects.toMatchObject({ code: 'server_error' });
  });

  it('uses the 30-day fallback for a new refresh token under keep-me-signed-in', async () => {
    server.answer(
      json(
        200,
        tokenBody({ refresh_token: 'fake-refresh-new', refresh_total_validity_seconds: undefined }),
      ),
    );
    const tokens = await refreshGrant(input({ kmsi: true }));
    expect(tokens.refreshExpiresAt).toBe(2_000_000 + 30 * 24 * 3600_000);
  });
});
