/**
 * Shared steps for the dev server's tests: a movable clock, PKCE pairs, the sign-in form
 * posted over HTTP, and token requests. Everything talks to a real server on 127.0.0.1.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  startWallboardServer,
  type DevServer,
  type StartOptions,
} from '../wallboard-server/server';

export const start = Date.parse('2030-01-15T09:00:00Z');
export const publicRedirect = 'http://127.0.0.1:53682/callback';
export const confidentialRedirect = 'http://127.0.0.1:53683/callback';
export const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`, 'utf8').toString('base64')}`;

/** A clock the test moves by hand. */
export interface TestClock {
  now: () => number;
  advance(seconds: number): void;
}

export function testClock(at = start): TestClock {
  let now = at;
  return {
    now: () => now,
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

/** A quiet server on an ephemeral port, driven by a test clock. */
export async function startTestServer(options: StartOptions = {}) {
  const clock = testClock();
  const server = await startWallboardServer({ quiet: true, clock: clock.now, ...options });
  return { server, clock };
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export interface AuthorizeInput {
  clientId?: string;
  redirectUri?: string;
  challenge?: string;
  state?: string;
}

/** Query of an authorization request; `challenge: ''` leaves PKCE out. */
export function authorizeParams(input: AuthorizeInput = {}): URLSearchParams {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: input.clientId ?? 'wallboard-token',
    redirect_uri: input.redirectUri ?? publicRedirect,
    state: input.state ?? 'state-123',
  });
  if (input.challenge !== '') {
    params.set('code_challenge', input.challenge ?? pkcePair().challenge);
    params.set('code_challenge_method', 'S256');
  }
  return params;
}

export function getAuthorize(server: DevServer, params: URLSearchParams) {
  return fetch(`${server.url}/oauth/authorize?${params}`, { redirect: 'manual' });
}

/** Posts the sign-in form the way the page does: the request's hidden fields plus the inputs. */
export function postAuthorize(
  server: DevServer,
  params: URLSearchParams,
  fields: Record<string, string>,
) {
  const body = new URLSearchParams(params);
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return fetch(`${server.url}/oauth/authorize`, { method: 'POST', body, redirect: 'manual' });
}

/** The query parameters of a redirect response's Location. */
export function location(response: Response): URLSearchParams {
  const value = response.headers.get('location');
  if (value === null) throw new Error(`expected a redirect, got ${response.status}`);
  return new URL(value).searchParams;
}

/** Signs a user without 2FA in on the login page and returns the authorization code. */
export async function signIn(
  server: DevServer,
  input: AuthorizeInput & { email?: string; password?: string } = {},
): Promise<string> {
  const response = await postAuthorize(server, authorizeParams(input), {
    email: input.email ?? 'alice@example.com',
    password: input.password ?? 'alice-password-1',
    action: 'approve',
  });
  const code = location(response).get('code');
  if (code === null) throw new Error('no code in the redirect');
  return code;
}

export interface TokenAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** POST /oauth/token with form fields and an optional Authorization header. */
export async function tokenRequest(
  server: DevServer,
  fields: Record<string, string>,
  authorization?: string,
): Promise<TokenAnswer> {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers.authorization = authorization;
  const response = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(fields),
  });
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, headers: response.headers, body };
}

/** A public client's full sign-in: login page, then code exchange with PKCE. */
export async function browserTokens(server: DevServer, extra: Record<string, string> = {}) {
  const { verifier, challenge } = pkcePair();
  const code = await signIn(server, { challenge });
  return tokenRequest(server, {
    grant_type: 'authorization_code',
    client_id: 'wallboard-token',
    code,
    redirect_uri: publicRedirect,
    code_verifier: verifier,
    ...extra,
  });
}

export const serviceHeader = basic('default-client', '76211db5d8ea');

/** The password grant for the demo service account through the default client. */
export function serviceTokens(server: DevServer, extra: Record<string, string> = {}) {
  const fields = { grant_type: 'password', username: 'service@example.com' };
  return tokenRequest(
    server,
    { ...fields, password: 'service-password-1', ...extra },
    serviceHeader,
  );
}

export function getMe(server: DevServer, token: string | undefined) {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  return fetch(`${server.url}/api/me`, { headers });
}
