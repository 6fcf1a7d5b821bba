import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DevServer } from '../wallboard-server/server';
import {
  browserTokens,
  getMe,
  serviceHeader,
  serviceTokens,
  startTestServer,
  tokenRequest,
  type TestClock,
} from './helpers';

let server: DevServer;
let clock: TestClock;

beforeEach(async () => {
  ({ server, clock } = await startTestServer());
});
afterEach(() => server.close());

function refresh(token: unknown, authorization = serviceHeader) {
  return tokenRequest(
    server,
    { grant_type: 'refresh_token', refresh_token: String(token) },
    authorization,
  );
}

describe('refresh without rotation', () => {
  it('returns a new access token, no refresh_token, and the original lifetime', async () => {
    const first = await serviceTokens(server);
    clock.advance(600);
    const { status, body } = await refresh(first.body.refresh_token);

    expect(status).toBe(200);
    expect(body).not.toHaveProperty('refresh_token');
    expect(body.refresh_total_validity_seconds).toBe(3600);
    expect(body.access_token).not.toBe(first.body.access_token);
    expect((await getMe(server, String(body.access_token))).status).toBe(200);
    expect(server.stats.grants.refresh_token).toBe(1);
  });

  it('keeps the same refresh token usable until it expires, then answers invalid_grant', async () => {
    const { body } = await serviceTokens(server);
    const again = await refresh(body.refresh_token);
    clock.advance(3600);
    const expired = await refresh(body.refresh_token);

    expect(again.status).toBe(200);
    expect(expired.status).toBe(400);
    expect(expired.body.error).toBe('invalid_grant');
  });

  it('keeps the kmsi lifetime across refreshes', async () => {
    const { body } = await serviceTokens(server, { kmsi: 'true' });
    clock.advance(7200);
    const renewed = await refresh(body.refresh_token);

    expect(renewed.status).toBe(200);
    expect(renewed.body.refresh_total_validity_seconds).toBe(30 * 24 * 3600);
  });

  it('refuses a refresh token presented by another client', async () => {
    const { body } = await browserTokens(server);
    const { body: answer } = await refresh(body.refresh_token);

    expect(answer.error).toBe('invalid_grant');
  });

  it('refreshes a public client with client_id alone', async () => {
    const { body } = await browserTokens(server);
    const answer = await tokenRequest(server, {
      grant_type: 'refresh_token',
      client_id: 'wallboard-token',
      refresh_token: String(body.refresh_token),
    });

    expect(answer.status).toBe(200);
  });

  it('refuses every token of a user an admin revoked', async () => {
    const { body } = await serviceTokens(server);
    server.revokeUser('service@example.com');

    expect((await refresh(body.refresh_token)).body.error).toBe('invalid_grant');
    expect((await getMe(server, String(body.access_token))).status).toBe(401);
  });
});

describe('refresh with rotation', () => {
  beforeEach(() => {
    server.settings.rotateRefreshTokens = true;
  });

  it('returns a new refresh token with a fresh lifetime, kmsi included', async () => {
    const { body } = await serviceTokens(server, { kmsi: 'true' });
    const renewed = await refresh(body.refresh_token);

    expect(renewed.body.refresh_token).toEqual(expect.any(String));
    expect(renewed.body.refresh_token).not.toBe(body.refresh_token);
    expect(renewed.body.refresh_total_validity_seconds).toBe(30 * 24 * 3600);
  });

  it('treats reuse of a rotated token as theft and revokes the whole grant', async () => {
    const { body } = await serviceTokens(server);
    const renewed = await refresh(body.refresh_token);
    const reused = await refresh(body.refresh_token);
    const successor = await refresh(renewed.body.refresh_token);

    expect(reused.body.error).toBe('invalid_grant');
    expect(successor.body.error).toBe('invalid_grant');
    expect((await getMe(server, String(renewed.body.access_token))).status).toBe(401);
  });

  it('leaves other grants of the same user alone', async () => {
    const stolen = await serviceTokens(server);
    const other = await serviceTokens(server);
    await refresh(stolen.body.refresh_token);
    await refresh(stolen.body.refresh_token);

    expect((await refresh(other.body.refresh_token)).status).toBe(200);
  });
});
