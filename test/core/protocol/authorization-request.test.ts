import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  newAuthorizationSecrets,
  startAuthorization,
} from '../../../core/protocol/authorization-request';
import { testProfile } from './scripted-token-server';

const profile = testProfile('https://wallboard.example/tenant', {
  method: 'browser',
  clientId: 'wallboard-token',
  clientType: 'public',
  allowHttp: false,
});
const redirectUri = 'http://127.0.0.1:53682/callback';

describe('startAuthorization', () => {
  it('builds the authorization URL with PKCE S256 and state', async () => {
    const { url, state, codeVerifier } = await startAuthorization(profile, redirectUri);

    expect(url.origin + url.pathname).toBe('https://wallboard.example/tenant/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'wallboard-token',
      redirect_uri: redirectUri,
      state,
      code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
  });

  it('makes fresh secrets each time and keeps the verifier out of the URL', async () => {
    const first = await startAuthorization(profile, redirectUri);
    const second = await startAuthorization(profile, redirectUri);

    expect(first.state).not.toBe(second.state);
    expect(first.codeVerifier).not.toBe(second.codeVerifier);
    expect(first.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.url.href).not.toContain(first.codeVerifier);
  });

  it('uses secrets made before the redirect URI was known', async () => {
    const secrets = newAuthorizationSecrets();
    const request = await startAuthorization(profile, redirectUri, secrets);

    expect(request).toMatchObject(secrets);
    expect(request.url.searchParams.get('state')).toBe(secrets.state);
    expect(request.url.searchParams.get('code_challenge')).toBe(
      createHash('sha256').update(secrets.codeVerifier).digest('base64url'),
    );
  });

  it('uses the profile authorize path', async () => {
    const custom = { ...profile, authorizePath: '/auth/login' };
    const { url } = await startAuthorization(custom, redirectUri);
    expect(url.pathname).toBe('/tenant/auth/login');
  });

  it('refuses an http server unless the profile allows plain http', async () => {
    const insecure = { ...profile, serverUrl: 'http://wallboard.example' };
    await expect(startAuthorization(insecure, redirectUri)).rejects.toMatchObject({
      code: 'invalid_profile',
    });
    const allowed = { ...insecure, allowHttp: true };
    const { url } = await startAuthorization(allowed, redirectUri);
    expect(url.protocol).toBe('http:');
  });
});
