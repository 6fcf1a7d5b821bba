import { describe, expect, it } from 'vitest';
import { formatToken, maskToken } from '../../../core/format/token-formats';
import type { Profile } from '../../../core/profile/profile';
import type { TokenSet } from '../../../core/session/token-set';

const profile: Profile = {
  name: 'prod',
  serverUrl: 'https://editor.example.com',
  method: 'browser',
  clientId: 'fake-client',
  clientType: 'public',
  authorizePath: '/oauth/authorize',
  tokenPath: '/oauth/token',
  kmsi: false,
  allowHttp: false,
};

const tokens: TokenSet = {
  accessToken: 'e1c1ae22-0000-4000-8000-65d66a6cdc46',
  jwt: 'fake.jwt.value',
  customerId: 4711,
  readOnly: true,
  obtainedAt: Date.UTC(2026, 11, 3, 14, 0),
  accessExpiresAt: Date.UTC(2026, 11, 3, 14, 30),
  method: 'browser',
};

describe('formatToken', () => {
  it('writes each form people paste', () => {
    const t = tokens.accessToken;
    expect(formatToken(tokens, 'raw', profile)).toBe(t);
    expect(formatToken(tokens, 'header', profile)).toBe(`Authorization: Bearer ${t}`);
    expect(formatToken(tokens, 'curl', profile)).toBe(
      `curl -H 'Authorization: Bearer ${t}' 'https://editor.example.com/api/me'`,
    );
    expect(formatToken(tokens, 'env', profile)).toBe(`export WALLBOARD_TOKEN='${t}'`);
    expect(formatToken(tokens, 'jwt', profile)).toBe('fake.jwt.value');
  });

  it('writes JSON with the expiry in ISO 8601 and the tenant', () => {
    expect(JSON.parse(formatToken(tokens, 'json', profile))).toEqual({
      profile: 'prod',
      accessToken: tokens.accessToken,
      tokenType: 'Bearer',
      expiresAt: '2026-12-03T14:30:00.000Z',
      jwt: 'fake.jwt.value',
      customerId: 4711,
      readOnly: true,
    });
  });

  it('fails with a clear code when the server sent no JWT', () => {
    expect(() => formatToken({ ...tokens, jwt: undefined }, 'jwt', profile)).toThrow(
      expect.objectContaining({ code: 'invalid_response' }),
    );
  });
});

describe('maskToken', () => {
  it('shows only the first and last group of a UUID', () => {
    expect(maskToken('e1c1ae22-61bf-45e8-85a7-65d66a6cdc46')).toBe(
      'e1c1ae22-••••-••••-••••-65d66a6cdc46',
    );
    expect(maskToken('short')).toBe('••••••••');
  });
});
