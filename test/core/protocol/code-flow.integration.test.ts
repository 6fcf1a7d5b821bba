/**
 * The authorization-code flow end to end against the dev server: our loopback listener, our
 * authorization URL, the server's sign-in form driven with plain fetch (standing in for the
 * browser), the callback, and the code exchange.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startLoopbackListener,
  type LoopbackListener,
} from '../../../core/loopback/loopback-listener';
import type { Profile } from '../../../core/profile/profile';
import {
  newAuthorizationSecrets,
  startAuthorization,
  type AuthorizationRequest,
} from '../../../core/protocol/authorization-request';
import { exchangeCode } from '../../../core/protocol/code-exchange';
import { refreshGrant } from '../../../core/protocol/refresh-grant';
import { startWallboardServer, type DevServer } from '../../wallboard-server/server';
import { testProfile } from './scripted-token-server';

const confidential = {
  clientId: 'confidential-loopback',
  clientSecret: 'fake-loopback-secret',
  redirectUris: ['http://127.0.0.1:1/callback'],
  allowAnyLoopbackPort: true,
  grantTypes: ['authorization_code', 'refresh_token'] as const,
};

let server: DevServer;
let publicProfile: Profile;
const listeners: LoopbackListener[] = [];

beforeAll(async () => {
  server = await startWallboardServer({
    quiet: true,
    extraClients: [{ ...confidential, grantTypes: [...confidential.grantTypes] }],
  });
  publicProfile = testProfile(server.url, {
    name: 'browser',
    method: 'browser',
    clientId: 'wallboard-token',
    clientType: 'public',
  });
});
afterAll(() => server.close());
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((listener) => listener.close()));
});

/** Starts a listener and the matching authorization request, as the session use case does. */
async function begin(profile: Profile) {
  const secrets = newAuthorizationSecrets();
  const listener = await startLoopbackListener({
    host: '127.0.0.1',
    port: 0,
    path: '/callback',
    expectedState: secrets.state,
    timeoutMs: 30_000,
  });
  listeners.push(listener);
  const request = await startAuthorization(profile, listener.redirectUri, secrets);
  return { listener, request };
}

/**
 * What the browser does: load the sign-in page, submit it (the form's hidden fields repeat
 * the authorization request), and follow the redirect to the loopback listener.
 */
async function browse(
  request: AuthorizationRequest,
  form: Record<string, string>,
): Promise<{ page: string; status: number }> {
  const loginPage = await fetch(request.url);
  expect(loginPage.status).toBe(200);
  expect(await loginPage.text()).toContain('Sign in to Wallboard');

  const body = new URLSearchParams(request.url.searchParams);
  for (const [name, value] of Object.entries(form)) body.set(name, value);
  const submitted = await fetch(new URL('/oauth/authorize', server.url), {
    method: 'POST',
    body,
    redirect: 'manual',
  });
  expect(submitted.status).toBe(302);

  const landing = await fetch(submitted.headers.get('location')!);
  return { page: await landing.text(), status: landing.status };
}

const alice = { email: 'alice@example.com', password: 'alice-password-1', action: 'approve' };

describe('authorization-code flow on the dev server', () => {
  it('signs a user in with a public client and PKCE, then refreshes', async () => {
    const { listener, request } = await begin(publicProfile);
    const landing = await browse(request, alice);
    const callbackUrl = await listener.callback;

    expect(landing.status).toBe(200);
    expect(landing.page).toContain('You are signed in to Wallboard Token.');

    const tokens = await exchangeCode({
      profile: publicProfile,
      callbackUrl,
      expectedState: request.state,
      codeVerifier: request.codeVerifier,
      redirectUri: listener.redirectUri,
      fetch,
    });
    expect(tokens).toMatchObject({ method: 'browser', customerId: 4711, readOnly: false });
    expect(tokens.refreshToken).toBeDefined();

    const refreshed = await refreshGrant({
      profile: publicProfile,
      refreshToken: tokens.refreshToken!,
      previous: tokens,
      fetch,
    });
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.method).toBe('browser');
  });

  it('authenticates a confidential client with its Basic header', async () => {
    const profile: Profile = {
      ...publicProfile,
      clientId: confidential.clientId,
      clientType: 'confidential',
    };
    const { listener, request } = await begin(profile);
    await browse(request, alice);
    const exchange = {
      profile,
      callbackUrl: await listener.callback,
      expectedState: request.state,
      codeVerifier: request.codeVerifier,
      redirectUri: listener.redirectUri,
      fetch,
    };

    await expect(
      exchangeCode({ ...exchange, clientSecret: 'fake-wrong-secret' }),
    ).rejects.toMatchObject({ code: 'client_rejected', oauthError: 'invalid_client' });
    await expect(
      exchangeCode({ ...exchange, clientSecret: confidential.clientSecret }),
    ).resolves.toMatchObject({ method: 'browser', customerId: 4711 });
  });

  it('asks for a 30-day refresh token when the profile keeps the user signed in', async () => {
    const profile = { ...publicProfile, kmsi: true };
    const { listener, request } = await begin(profile);
    await browse(request, alice);
    const tokens = await exchangeCode({
      profile,
      callbackUrl: await listener.callback,
      expectedState: request.state,
      codeVerifier: request.codeVerifier,
      redirectUri: listener.redirectUri,
      fetch,
      clock: { now: () => 0 },
    });
    expect(tokens.refreshExpiresAt).toBe(30 * 24 * 3600_000);
  });

  it('reports a declined sign-in as access_denied', async () => {
    const { listener, request } = await begin(publicProfile);
    const landing = await browse(request, { action: 'deny' });

    await expect(listener.callback).rejects.toMatchObject({
      code: 'access_denied',
      oauthError: 'access_denied',
    });
    expect(landing.status).toBe(400);
    expect(landing.page).toContain('Sign-in failed');
  });

  it('refuses a code used twice', async () => {
    const { listener, request } = await begin(publicProfile);
    await browse(request, alice);
    const exchange = {
      profile: publicProfile,
      callbackUrl: await listener.callback,
      expectedState: request.state,
      codeVerifier: request.codeVerifier,
      redirectUri: listener.redirectUri,
      fetch,
    };

    await exchangeCode(exchange);
    await expect(exchangeCode(exchange)).rejects.toMatchObject({
      code: 'credentials_rejected',
      oauthError: 'invalid_grant',
    });
  });

  it('refuses the code with another PKCE verifier', async () => {
    const { listener, request } = await begin(publicProfile);
    await browse(request, alice);
    await expect(
      exchangeCode({
        profile: publicProfile,
        callbackUrl: await listener.callback,
        expectedState: request.state,
        codeVerifier: newAuthorizationSecrets().codeVerifier,
        redirectUri: listener.redirectUri,
        fetch,
      }),
    ).rejects.toMatchObject({ code: 'credentials_rejected', oauthError: 'invalid_grant' });
  });
});
