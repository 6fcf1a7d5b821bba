/**
 * The whole browser sign-in from the command line: `login --no-browser` prints the link,
 * Chromium signs in on the dev server's login page, the loopback listener receives the
 * code, and the token it saves is accepted by the protected API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startWallboardServer, type DevServer } from '../wallboard-server/server';
import { chromiumMissing, launchChromium } from '../support/chromium';
import { finished, runCli, startCli, tempConfigDir } from '../support/cli-process';

describe.skipIf(chromiumMissing !== undefined)('login through the browser', () => {
  let server: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWallboardServer({ quiet: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Starts `login --no-browser` and resolves with the authorization URL it prints. */
  async function startLogin(configDir: string, extra: string[] = []) {
    const child = startCli(['login', '--no-browser', ...extra], configDir);
    const result = finished(child);
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const line = seen.split('\n').find((l) => l.startsWith('http'));
        if (line) resolve(line.trim());
      });
      child.on('close', () => reject(new Error(`login exited early: ${seen}`)));
    });
    return { url, result };
  }

  async function addProfile(configDir: string) {
    const added = await runCli(
      [
        'profile',
        'add',
        'dev',
        '--server',
        server.url,
        '--client-id',
        'wallboard-token',
        '--public',
        '--allow-http',
      ],
      configDir,
    );
    expect(added.code).toBe(0);
  }

  it('signs in with PKCE and prints a token the API accepts', async () => {
    const configDir = tempConfigDir();
    await addProfile(configDir);
    const { url, result } = await startLogin(configDir);

    const authorize = new URL(url);
    expect(authorize.origin).toBe(server.url);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/callback$/,
    );

    const page = await browser.newPage();
    await page.goto(url);
    await page.fill('#email', 'alice@example.com');
    await page.fill('#password', 'alice-password-1');
    await page.click('button[name=action][value=approve]');
    const login = await result;
    expect(await page.textContent('body')).toContain('You can close this tab');
    await page.close();

    expect(login.code).toBe(0);
    expect(login.stderr).toContain("Signed in to profile 'dev' as alice@example.com");

    const token = await runCli(['token'], configDir);
    expect(token.code).toBe(0);
    const accessToken = token.stdout.trim();
    expect(login.stderr).not.toContain(accessToken);

    const me = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'alice@example.com', customerId: 4711 });
  });

  it('exits 3 when the user declines in the browser', async () => {
    const configDir = tempConfigDir();
    await addProfile(configDir);
    const { url, result } = await startLogin(configDir);

    const page = await browser.newPage();
    await page.goto(url);
    await page.click('button[name=action][value=deny]');
    const login = await result;
    await page.close();

    expect(login.code).toBe(3);
    expect(login.stderr).toMatch(/^error: .*declined|denied/im);
  });

  it('exits 3 when no callback arrives in time', async () => {
    const configDir = tempConfigDir();
    await addProfile(configDir);
    const { result } = await startLogin(configDir, ['--timeout', '1']);

    const login = await result;
    expect(login.code).toBe(3);
    expect(login.stderr).toMatch(/^error: /m);
  });

  it('exits 3 on a callback whose state does not match', async () => {
    const configDir = tempConfigDir();
    await addProfile(configDir);
    const { url, result } = await startLogin(configDir);
    const redirectUri = new URL(url).searchParams.get('redirect_uri') ?? '';

    const forged = await fetch(`${redirectUri}?code=forged-code&state=not-the-state`);
    const login = await result;

    expect(forged.status).toBe(400);
    expect(login.code).toBe(3);
    expect(login.stderr).toMatch(
      /^error: The sign-in response did not belong to the sign-in this app started/m,
    );
  });
});
