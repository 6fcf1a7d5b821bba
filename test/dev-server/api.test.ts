import { SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DevServer } from '../wallboard-server/server';
import {
  browserTokens,
  getMe,
  serviceTokens,
  start,
  startTestServer,
  type TestClock,
} from './helpers';

let server: DevServer;
let clock: TestClock;

beforeEach(async () => {
  ({ server, clock } = await startTestServer());
});
afterEach(() => server.close());

describe('GET /api/me', () => {
  it('answers who is signed in, for the opaque token and for the JWT', async () => {
    const { body } = await browserTokens(server);
    const opaque = await getMe(server, String(body.access_token));
    const jwt = await getMe(server, String(body.jwt_access_token));
    const expected = {
      email: 'alice@example.com',
      name: 'Alice Example',
      customerId: 4711,
      readOnly: false,
      serviceAccount: false,
    };

    expect(opaque.status).toBe(200);
    expect(await opaque.json()).toEqual(expected);
    expect(await jwt.json()).toEqual(expected);
  });

  it('answers 401 invalid_token without a token', async () => {
    const response = await getMe(server, undefined);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
    expect(await response.json()).toMatchObject({ error: 'invalid_token' });
  });

  it('answers 401 once the access token expired, opaque or JWT', async () => {
    const { body } = await serviceTokens(server);
    clock.advance(1799);
    const before = await getMe(server, String(body.access_token));
    clock.advance(1);

    expect(before.status).toBe(200);
    expect((await getMe(server, String(body.access_token))).status).toBe(401);
    expect((await getMe(server, String(body.jwt_access_token))).status).toBe(401);
  });

  it('refuses a JWT signed with another key', async () => {
    const forged = await new SignJWT({ customerId: 4711 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice@example.com')
      .setIssuedAt(start / 1000)
      .setExpirationTime(start / 1000 + 600)
      .setJti('made-up')
      .sign(new Uint8Array(randomBytes(32)));

    expect((await getMe(server, forged)).status).toBe(401);
  });

  it('counts API requests', async () => {
    await getMe(server, undefined);
    await getMe(server, 'not-a-token');

    expect(server.stats.apiRequests).toBe(2);
  });
});

describe('other paths', () => {
  it('answers the public health check without a token', async () => {
    const response = await fetch(`${server.url}/public-api/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'UP' });
  });

  it('authenticates other API paths first, then answers 404', async () => {
    const { body } = await serviceTokens(server);
    const headers = { authorization: `Bearer ${String(body.access_token)}` };
    const anonymous = await fetch(`${server.url}/api/screens`);
    const signedIn = await fetch(`${server.url}/api/screens`, { headers });

    expect(anonymous.status).toBe(401);
    expect(signedIn.status).toBe(404);
  });

  it('answers 404 outside the known endpoints', async () => {
    expect((await fetch(`${server.url}/nothing-here`)).status).toBe(404);
  });
});
