import type { TokenEndpointResponse } from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { toTokenSet, type TokenSetContext } from '../../../core/protocol/token-response';
import { testProfile } from './scripted-token-server';

const now = 1_700_000_000_000;

function context(overrides: Partial<TokenSetContext> = {}): TokenSetContext {
  return {
    profile: testProfile('https://wallboard.example'),
    now,
    method: 'browser',
    kmsi: false,
    ...overrides,
  };
}

function response(fields: Record<string, unknown>): TokenEndpointResponse {
  return { access_token: 'fake-access', token_type: 'bearer', ...fields } as TokenEndpointResponse;
}

describe('toTokenSet', () => {
  it('turns lifetimes into absolute expiry times', () => {
    const tokens = toTokenSet(
      response({
        expires_in: 60,
        refresh_token: 'fake-refresh',
        refresh_total_validity_seconds: 120,
      }),
      context(),
    );
    expect(tokens).toMatchObject({
      obtainedAt: now,
      accessExpiresAt: now + 60_000,
      refreshIssuedAt: now,
      refreshExpiresAt: now + 120_000,
    });
  });

  it.each([
    [false, 3600],
    [true, 30 * 24 * 3600],
  ])('falls back to 1800 s access and, with kmsi %s, %i s refresh lifetimes', (kmsi, seconds) => {
    const tokens = toTokenSet(response({ refresh_token: 'fake-refresh' }), context({ kmsi }));
    expect(tokens.accessExpiresAt).toBe(now + 1800_000);
    expect(tokens.refreshExpiresAt).toBe(now + seconds * 1000);
  });

  it('has no refresh times when a first response has no refresh token', () => {
    const tokens = toTokenSet(response({ expires_in: 1800 }), context());
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.refreshIssuedAt).toBeUndefined();
    expect(tokens.refreshExpiresAt).toBeUndefined();
  });

  it('keeps the previous refresh token with its times when none comes back', () => {
    const tokens = toTokenSet(
      response({ expires_in: 1800, refresh_total_validity_seconds: 3600 }),
      context({
        previousRefresh: { refreshToken: 'fake-old', refreshIssuedAt: 10, refreshExpiresAt: 20 },
      }),
    );
    expect(tokens).toMatchObject({
      refreshToken: 'fake-old',
      refreshIssuedAt: 10,
      refreshExpiresAt: 20,
    });
  });

  it('takes the JWT, tenant and read-only flag', () => {
    const tokens = toTokenSet(
      response({ jwt_access_token: 'fake.jwt.value', customerId: 0, readOnly: true }),
      context({ username: 'service@example.com', method: 'service-account' }),
    );
    expect(tokens).toMatchObject({
      jwt: 'fake.jwt.value',
      customerId: 0,
      readOnly: true,
      username: 'service@example.com',
      method: 'service-account',
    });
  });

  it('defaults read-only to false and leaves an absent tenant absent', () => {
    const tokens = toTokenSet(response({}), context());
    expect(tokens.readOnly).toBe(false);
    expect('customerId' in tokens).toBe(false);
    expect('jwt' in tokens).toBe(false);
  });

  it.each([
    ['no access token', { access_token: undefined }],
    ['an empty access token', { access_token: '' }],
    ['a dpop token type', { token_type: 'dpop' }],
  ])('refuses a response with %s as invalid_response', (_case, fields) => {
    expect(() => toTokenSet(response(fields), context({ httpStatus: 200 }))).toThrow(
      expect.objectContaining({ code: 'invalid_response', httpStatus: 200, profile: 'test' }),
    );
  });
});
