import { decodeJwt } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DevServer } from '../wallboard-server/server';
import {
  basic,
  browserTokens,
  confidentialRedirect,
  getMe,
  pkcePair,
  publicRedirect,
  signIn,
  start,
  startTestServer,
  tokenRequest,
  type TestClock,
} from './helpers';

let server: DevServer;
let clock: TestClock;

beforeEach(async () => {
  ({ server, clock } = await startTestServer({
    extraClients: [
      {
        clientId: 'odd client',
        clientSecret: 'se:cret+&',
        redirectUris: [confidentialRedirect],
        grantTypes: ['authorization_code'],
      },
    ],
  }));
});
afterEach(() => server.close());

function exchange(code: string, verifier: string, extra: Record<string, string> = {}) {
  return tokenRequest(server, {
    grant_type: 'authorization_code',
    client_id: 'wallboard-token',
    code,
    redirect_uri: publicRedirect,
    code_verifier: verifier,
    ...extra,
  });
}

describe('the authorization_code grant with PKCE', () => {
  it('answers in Wallboard token shape, uncacheable', async () => {
    const { status, headers, body } = await browserTokens(server);

    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(body)).toEqual([
      'access_token',
      'token_type',
      'expires_in',
      'refresh_token',
      'refresh_total_validity_seconds',
      'jwt_access_token',
      'customerId',
      'readOnly',
    ]);
    expect(body).toMatchObject({
      token_type: 'bearer',
      expires_in: 1800,
      refresh_total_validity_seconds: 3600,
      customerId: 4711,
      readOnly: false,
    });
    expect(body.access_token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
  });

  it('issues a JWT with the user, tenant, client and access expiry', async () => {
    const { body } = await browserTokens(server);
    const claims = decodeJwt(String(body.jwt_access_token));

    expect(claims).toMatchObject({
      sub: 'alice@example.com',
      customerId: 4711,
      readOnly: false,
      client_id: 'wallboard-token',
      name: 'Alice Example',
      iat: start / 1000,
      exp: start / 1000 + 1800,
    });
    expect(claims.jti).toEqual(expect.any(String));
  });

  it('refuses a wrong code_verifier with invalid_grant', async () => {
    const code = await signIn(server, { challenge: pkcePair().challenge });
    const { status, body } = await exchange(code, pkcePair().verifier);

    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
  });

  it('asks for the missing code_verifier with invalid_request', async () => {
    const code = await signIn(server);
    const { body } = await tokenRequest(server, {
      grant_type: 'authorization_code',
      client_id: 'wallboard-token',
      code,
      redirect_uri: publicRedirect,
    });

    expect(body.error).toBe('invalid_request');
  });

  it('refuses a reused code and revokes the tokens of its first use', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await signIn(server, { challenge });
    const first = await exchange(code, verifier);
    const second = await exchange(code, verifier);

    expect(first.status).toBe(200);
    expect(second.body.error).toBe('invalid_grant');
    expect((await getMe(server, String(first.body.access_token))).status).toBe(401);
  });

  it('refuses a code once authorizationCodeSeconds have passed', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await signIn(server, { challenge });
    clock.advance(60);

    expect((await exchange(code, verifier)).body.error).toBe('invalid_grant');
  });

  it('refuses a different redirect_uri than the authorization used', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await signIn(server, { challenge });
    const { body } = await exchange(code, verifier, {
      redirect_uri: 'http://127.0.0.1:40000/callback',
    });

    expect(body.error).toBe('invalid_grant');
  });

  it('refuses a code issued to another client', async () => {
    const code = await signIn(server, {
      clientId: 'confidential-app',
      redirectUri: confidentialRedirect,
      challenge: '',
    });
    const { body } = await exchange(code, pkcePair().verifier);

    expect(body.error).toBe('invalid_grant');
  });
});

describe('client authentication at the token endpoint', () => {
  const confidentialCode = () =>
    signIn(server, {
      clientId: 'confidential-app',
      redirectUri: confidentialRedirect,
      challenge: '',
    });
  const fields = (code: string) => ({
    grant_type: 'authorization_code',
    code,
    redirect_uri: confidentialRedirect,
  });

  it('accepts a confidential client through HTTP Basic', async () => {
    const code = await confidentialCode();
    const answer = await tokenRequest(
      server,
      fields(code),
      basic('confidential-app', 'fake-confidential-secret'),
    );

    expect(answer.status).toBe(200);
  });

  it('accepts a confidential client through form fields', async () => {
    const code = await confidentialCode();
    const answer = await tokenRequest(server, {
      ...fields(code),
      client_id: 'confidential-app',
      client_secret: 'fake-confidential-secret',
    });

    expect(answer.status).toBe(200);
  });

  it('accepts Basic credentials form-encoded as RFC 6749 §2.3.1 asks, and raw ones', async () => {
    const encoded = basic(encodeURIComponent('odd client'), encodeURIComponent('se:cret+&'));
    const input = { clientId: 'odd client', redirectUri: confidentialRedirect, challenge: '' };
    const viaEncoded = await tokenRequest(server, fields(await signIn(server, input)), encoded);
    const raw = basic('odd client', 'se:cret+&');
    const viaRaw = await tokenRequest(server, fields(await signIn(server, input)), raw);

    expect(viaEncoded.status).toBe(200);
    expect(viaRaw.status).toBe(200);
  });

  it('rejects Basic and client_secret together with invalid_request', async () => {
    const code = await confidentialCode();
    const { status, body } = await tokenRequest(
      server,
      { ...fields(code), client_id: 'confidential-app', client_secret: 'fake-confidential-secret' },
      basic('confidential-app', 'fake-confidential-secret'),
    );

    expect(status).toBe(400);
    expect(body.error).toBe('invalid_request');
  });

  it('answers 401 invalid_client with a Basic challenge for a wrong secret', async () => {
    const code = await confidentialCode();
    const { status, headers, body } = await tokenRequest(
      server,
      fields(code),
      basic('confidential-app', 'wrong-secret'),
    );

    expect(status).toBe(401);
    expect(body.error).toBe('invalid_client');
    expect(headers.get('www-authenticate')).toMatch(/^Basic /);
  });

  it('answers invalid_client for an unknown client, a missing secret or a public secret', async () => {
    const unknown = await tokenRequest(server, { grant_type: 'password' }, basic('nobody', 'x'));
    const noSecret = await tokenRequest(server, {
      ...fields('any-code'),
      client_id: 'confidential-app',
    });
    const publicWithSecret = await tokenRequest(server, {
      ...fields('any-code'),
      client_id: 'wallboard-token',
      client_secret: 'invented',
    });

    expect([unknown, noSecret, publicWithSecret].map((a) => [a.status, a.body.error])).toEqual([
      [401, 'invalid_client'],
      [401, 'invalid_client'],
      [401, 'invalid_client'],
    ]);
  });

  it('names unsupported, missing and unauthorized grant types', async () => {
    const auth = basic('default-client', '76211db5d8ea');
    const unsupported = await tokenRequest(server, { grant_type: 'implicit' }, auth);
    const missing = await tokenRequest(server, {}, auth);
    const notAllowed = await tokenRequest(server, fields('any-code'), auth);

    expect(unsupported.body.error).toBe('unsupported_grant_type');
    expect(missing.body.error).toBe('invalid_request');
    expect(notAllowed.body.error).toBe('unauthorized_client');
  });

  it('rejects a body that is not form-encoded', async () => {
    const response = await fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password' }),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });
});
