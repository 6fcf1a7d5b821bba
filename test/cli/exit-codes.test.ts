/**
 * The exit codes scripts rely on: 2 usage or configuration, 3 sign-in needed or refused,
 * 4 server or network trouble; each with one `error:` line that says what to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startWallboardServer, type DevServer } from '../wallboard-server/server';
import { addServiceProfile, runCli, serviceLogin, tempConfigDir } from '../support/cli-process';

let server: DevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const profileFor = (url: string) => addServiceProfile(url);

function expectOneErrorLine(stderr: string) {
  const lines = stderr.trim().split('\n');
  expect(lines.filter((l) => l.startsWith('error: '))).toHaveLength(1);
}

describe('exit code 2: usage and configuration', () => {
  it('refuses an unknown option and a missing argument', async () => {
    const configDir = tempConfigDir();
    const unknown = await runCli(['token', '--no-such-option'], configDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown option/m);

    const format = await runCli(['token', '--format', 'yaml'], configDir);
    expect(format.code).toBe(2);
  });

  it('refuses a plain-http server unless allowed, saying how', async () => {
    const result = await runCli(
      ['profile', 'add', 'p', '--server', 'http://wallboard.lan'],
      tempConfigDir(),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*https.*--allow-http/m);
  });

  it('names the profiles that exist when asked for one that does not', async () => {
    const configDir = await profileFor('https://editor.example.com');
    const result = await runCli(['--profile', 'nope', 'status'], configDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('svc');
  });

  it('keeps a broken config file aside instead of overwriting it', async () => {
    const configDir = tempConfigDir();
    const { writeFileSync, readdirSync, readFileSync } = await import('node:fs');
    writeFileSync(`${configDir}/config.json`, '{ not json');
    const result = await runCli(['profile', 'list'], configDir);

    const aside = readdirSync(configDir).find((f) => f.startsWith('config.json.broken'));
    expect(aside).toBeDefined();
    expect(readFileSync(`${configDir}/${aside}`, 'utf8')).toBe('{ not json');
    expect(result.stderr).toContain(aside);
  });

  it('refuses a sign-in that does not match the profile, and input that cannot work', async () => {
    const configDir = await profileFor('https://editor.example.com');
    const browser = await runCli(['login', '--no-browser'], configDir);
    expect(browser.code).toBe(2);
    expect(browser.stderr).toMatch(/^error: Profile 'svc' signs in as a service account/m);

    const empty = await runCli(
      ['service-login', '--username', 'service@example.com', '--password-stdin'],
      configDir,
      { input: '\n' },
    );
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^error: No password given/m);

    const totp = await runCli(
      ['service-login', '--username', 'a@example.com', '--totp', 'abc'],
      configDir,
    );
    expect(totp.code).toBe(2);
    const timeout = await runCli(['login', '--timeout', '1e9'], configDir);
    expect(timeout.code).toBe(2);
  });

  it('prints its version', async () => {
    const version = await runCli(['--version'], tempConfigDir());
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('shows help with exit code 0', async () => {
    const result = await runCli(['token', '--help'], tempConfigDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--format');
  });
});

describe('exit code 3: sign-in needed or refused', () => {
  it('says to sign in when there is no session', async () => {
    server = await startWallboardServer({ quiet: true });
    const configDir = await profileFor(server.url);
    const result = await runCli(['token'], configDir);
    expect(result.code).toBe(3);
    expectOneErrorLine(result.stderr);
    expect(result.stdout).toBe('');
  });

  it('ends the session when the server revokes it', async () => {
    server = await startWallboardServer({ quiet: true, accessTokenSeconds: 30 });
    const configDir = await profileFor(server.url);
    expect((await serviceLogin(configDir)).code).toBe(0);
    server.revokeUser('service@example.com');

    const result = await runCli(['token'], configDir);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/sign in again/i);
    const status = await runCli(['status', '--json'], configDir);
    expect(JSON.parse(status.stdout).state).toBe('signed-out');
  });

  it('forgets the tokens on logout', async () => {
    server = await startWallboardServer({ quiet: true });
    const configDir = await profileFor(server.url);
    await serviceLogin(configDir);
    expect((await runCli(['logout'], configDir)).code).toBe(0);
    expect((await runCli(['token'], configDir)).code).toBe(3);
  });
});

describe('exit code 4: server or network trouble', () => {
  it('reports an unreachable server', async () => {
    server = await startWallboardServer({ quiet: true });
    const url = server.url;
    await server.close();
    server = undefined;
    const configDir = await profileFor(url);
    const result = await serviceLogin(configDir);
    expect(result.code).toBe(4);
    expectOneErrorLine(result.stderr);
  });

  it.each([
    ['an HTML 502 page', { kind: 'html-5xx' } as const],
    ['a body that is not JSON', { kind: 'non-json' } as const],
    ['a dropped connection', { kind: 'drop' } as const],
  ])('reports %s', async (_name, fault) => {
    server = await startWallboardServer({ quiet: true });
    const configDir = await profileFor(server.url);
    server.injectFault(fault);
    const result = await serviceLogin(configDir);
    expect(result.code).toBe(4);
    expectOneErrorLine(result.stderr);
    expect(result.stderr).not.toContain('service-password-1');
  });

  it('keeps a working token when a refresh meets a server error', async () => {
    server = await startWallboardServer({ quiet: true, accessTokenSeconds: 30 });
    const configDir = await profileFor(server.url);
    await serviceLogin(configDir);
    const before = JSON.parse((await runCli(['token', '--format', 'json'], configDir)).stdout);

    server.injectFault({ kind: 'html-5xx' });
    const result = await runCli(['token', '--format', 'json'], configDir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).accessToken).toBe(before.accessToken);
  });
});
