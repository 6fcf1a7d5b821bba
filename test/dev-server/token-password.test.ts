import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { totpFor } from '../wallboard-server/fixtures';
import type { DevServer } from '../wallboard-server/server';
import {
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

function passwordGrant(username: string, password: string, extra: Record<string, string> = {}) {
  return tokenRequest(
    server,
    { grant_type: 'password', username, password, ...extra },
    serviceHeader,
  );
}

describe('the password grant', () => {
  it('signs a service account in with the documented default client header', async () => {
    const documented = 'Basic ZGVmYXVsdC1jbGllbnQ6NzYyMTFkYjVkOGVh';
    const { status, body } = await tokenRequest(
      server,
      { grant_type: 'password', username: 'service@example.com', password: 'service-password-1' },
      documented,
    );

    expect(status).toBe(200);
    expect(body).toMatchObject({ customerId: 4711, readOnly: false, expires_in: 1800 });
    expect(body.refresh_total_validity_seconds).toBe(3600);
    expect(server.stats.grants.password).toBe(1);
  });

  it('gives a 30-day refresh token with kmsi=true and the short one with kmsi=false', async () => {
    const kmsi = await serviceTokens(server, { kmsi: 'true' });
    const plain = await serviceTokens(server, { kmsi: 'false' });

    expect(kmsi.body.refresh_total_validity_seconds).toBe(30 * 24 * 3600);
    expect(plain.body.refresh_total_validity_seconds).toBe(3600);
  });

  it('asks for a TOTP code with totp_required when a 2FA account sends none', async () => {
    const { status, body } = await passwordGrant('robot@example.com', 'robot-password-1');

    expect(status).toBe(400);
    expect(body.error).toBe('totp_required');
  });

  it('refuses a wrong TOTP code with invalid_totp', async () => {
    const stale = totpFor('robot@example.com', clock.now() - 10 * 60_000);
    const { body } = await passwordGrant('robot@example.com', 'robot-password-1', { totp: stale });

    expect(body.error).toBe('invalid_totp');
  });

  it('signs a 2FA service account in with its current code', async () => {
    const totp = totpFor('robot@example.com', clock.now());
    const { status, body } = await passwordGrant('robot@example.com', 'robot-password-1', { totp });

    expect(status).toBe(200);
    expect(body).toMatchObject({ customerId: 815, readOnly: true });
  });

  it('refuses users who are not service accounts with unauthorized_user', async () => {
    const alice = await passwordGrant('alice@example.com', 'alice-password-1');
    const bob = await passwordGrant('bob@example.com', 'bob-password-1', {
      totp: totpFor('bob@example.com', clock.now()),
    });

    expect(alice.body.error).toBe('unauthorized_user');
    expect(bob.body.error).toBe('unauthorized_user');
  });

  it('answers invalid_grant alike for a wrong password and an unknown user', async () => {
    const wrong = await passwordGrant('service@example.com', 'not-the-password');
    const unknown = await passwordGrant('nobody@example.com', 'service-password-1');

    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error).toBe('invalid_grant');
  });

  it('answers invalid_request for missing credentials or a kmsi that is not a boolean', async () => {
    const missing = await tokenRequest(
      server,
      { grant_type: 'password', username: 'service@example.com' },
      serviceHeader,
    );
    const badKmsi = await serviceTokens(server, { kmsi: 'maybe' });

    expect(missing.body.error).toBe('invalid_request');
    expect(badKmsi.body.error).toBe('invalid_request');
  });
});
