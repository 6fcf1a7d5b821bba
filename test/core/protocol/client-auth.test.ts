import { ClientSecretBasic, type AuthorizationServer } from 'oauth4webapi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientAuthFor, wallboardBasicAuth } from '../../../core/protocol/client-auth';
import { passwordGrant } from '../../../core/protocol/password-grant';
import {
  startScriptedTokenServer,
  testProfile,
  type ScriptedTokenServer,
} from './scripted-token-server';

const as: AuthorizationServer = { issuer: 'https://wallboard.example' };

let server: ScriptedTokenServer;
beforeEach(async () => {
  server = await startScriptedTokenServer();
});
afterEach(() => server.close());

describe('wallboardBasicAuth', () => {
  it('sends the documented header for default-client byte for byte', async () => {
    await passwordGrant({
      profile: testProfile(server.url),
      clientSecret: '76211db5d8ea',
      username: 'service@example.com',
      password: 'fake-password',
      kmsi: false,
      fetch,
    });

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers.authorization).toBe(
      'Basic ZGVmYXVsdC1jbGllbnQ6NzYyMTFkYjVkOGVh',
    );
  });

  it('encodes the raw id and secret, not their form-urlencoded forms', () => {
    const headers = new Headers();
    const client = { client_id: 'my client' };
    wallboardBasicAuth('fake+secret/with%chars')(as, client, new URLSearchParams(), headers);

    const decoded = Buffer.from(headers.get('authorization')!.slice('Basic '.length), 'base64');
    expect(decoded.toString('utf8')).toBe('my client:fake+secret/with%chars');

    const spec = new Headers();
    ClientSecretBasic('fake+secret/with%chars')(as, client, new URLSearchParams(), spec);
    expect(spec.get('authorization')).not.toBe(headers.get('authorization'));
  });

  it('keeps the secret out of the request body', async () => {
    await passwordGrant({
      profile: testProfile(server.url),
      clientSecret: '76211db5d8ea',
      username: 'service@example.com',
      password: 'fake-password',
      kmsi: false,
      fetch,
    });

    expect(server.requests[0]!.body).not.toContain('76211db5d8ea');
    expect(server.requests[0]!.form.has('client_secret')).toBe(false);
  });
});

describe('clientAuthFor', () => {
  it('sends a public client id in the body and no Authorization header', async () => {
    await passwordGrant({
      profile: testProfile(server.url, { clientId: 'wallboard-token', clientType: 'public' }),
      username: 'service@example.com',
      password: 'fake-password',
      kmsi: false,
      fetch,
    });

    const request = server.requests[0]!;
    expect(request.headers.authorization).toBeUndefined();
    expect(request.form.get('client_id')).toBe('wallboard-token');
  });

  it('refuses a confidential profile without a secret before sending anything', async () => {
    const profile = testProfile(server.url);
    expect(() => clientAuthFor(profile, undefined)).toThrow(
      expect.objectContaining({ code: 'invalid_profile' }),
    );
    await expect(
      passwordGrant({ profile, username: 'a@example.com', password: 'p', kmsi: false, fetch }),
    ).rejects.toMatchObject({ code: 'invalid_profile', profile: 'test' });
    expect(server.requests).toHaveLength(0);
  });
});
