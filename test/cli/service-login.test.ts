/**
 * `service-login` against the dev server: the password grant with e-mail, password from
 * stdin, TOTP and keep-me-signed-in, and the exit codes of each refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWallboardServer, type DevServer } from '../wallboard-server/server';
import { totpFor } from '../wallboard-server/fixtures';
import { addServiceProfile, runCli } from '../support/cli-process';

describe('service-login', () => {
  let server: DevServer;

  beforeAll(async () => {
    server = await startWallboardServer({ quiet: true });
  });
  afterAll(() => server?.close());

  const serviceProfile = () => addServiceProfile(server.url);

  it('signs in a service account and the token works on the API', async () => {
    const configDir = await serviceProfile();
    const login = await runCli(
      ['service-login', '--username', 'service@example.com', '--password-stdin'],
      configDir,
      { input: 'service-password-1\n' },
    );
    expect(login.code).toBe(0);
    expect(login.stderr).toContain('as service@example.com (customer 4711)');
    expect(login.stderr).not.toContain('service-password-1');

    const token = await runCli(['token', '--format', 'header'], configDir);
    expect(token.code).toBe(0);
    const header = token.stdout.trim();
    expect(header).toMatch(/^Authorization: Bearer [0-9a-f-]{36}$/);

    const me = await fetch(`${server.url}/api/me`, {
      headers: { authorization: header.replace('Authorization: ', '') },
    });
    expect(await me.json()).toMatchObject({ email: 'service@example.com', serviceAccount: true });
  });

  it('asks for the TOTP code when the account has 2FA, and accepts the right one', async () => {
    const configDir = await serviceProfile();
    const args = ['service-login', '--username', 'robot@example.com', '--password-stdin'];

    const without = await runCli(args, configDir, { input: 'robot-password-1\n' });
    expect(without.code).toBe(3);
    expect(without.stderr).toMatch(/^error: .*(TOTP|two-factor)/im);

    const wrong = await runCli([...args, '--totp', '000000'], configDir, {
      input: 'robot-password-1\n',
    });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).not.toContain('000000');

    const right = await runCli([...args, '--totp', totpFor('robot@example.com')], configDir, {
      input: 'robot-password-1\n',
    });
    expect(right.code).toBe(0);
    expect(right.stderr).toContain('read-only');

    const status = await runCli(['status', '--json'], configDir);
    expect(JSON.parse(status.stdout)).toMatchObject({
      signedIn: true,
      customerId: 815,
      readOnly: true,
    });
  });

  it('exits 3 for a wrong password and for a user who is not a service account', async () => {
    const configDir = await serviceProfile();
    const wrong = await runCli(
      ['service-login', '--username', 'service@example.com', '--password-stdin'],
      configDir,
      { input: 'not-the-password\n' },
    );
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).not.toContain('not-the-password');

    const regular = await runCli(
      ['service-login', '--username', 'alice@example.com', '--password-stdin'],
      configDir,
      { input: 'alice-password-1\n' },
    );
    expect(regular.code).toBe(3);
    expect(regular.stderr).toMatch(/service account/i);
  });

  it('gives a 30-day session with --kmsi', async () => {
    const configDir = await serviceProfile();
    const login = await runCli(
      ['service-login', '--username', 'service@example.com', '--password-stdin', '--kmsi'],
      configDir,
      { input: 'service-password-1\n' },
    );
    expect(login.code).toBe(0);

    const status = JSON.parse((await runCli(['status', '--json'], configDir)).stdout);
    const sessionMs = Date.parse(status.refreshExpiresAt) - Date.now();
    expect(sessionMs).toBeGreaterThan(29 * 24 * 3600_000);
  });
});
