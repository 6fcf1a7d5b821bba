import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpFor } from '../wallboard-server/fixtures';
import { startWallboardServer, type DevServer } from '../wallboard-server/server';
import { authorizeParams } from './helpers';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let server: DevServer;
let app: Server;
let callback: string;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startWallboardServer({ quiet: true });
  // Stands in for the app's loopback listener: it only records that the browser arrived.
  app = createServer((_req, res) => res.end('back in the app'));
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  callback = `http://127.0.0.1:${(app.address() as AddressInfo).port}/callback`;
  if (existsSync(chromiumPath))
    browser = await chromium.launch({ executablePath: chromiumPath, args });
});
afterAll(async () => {
  await browser?.close();
  app.close();
  await server.close();
});

async function openSignIn() {
  if (browser === undefined) throw new Error('Chromium did not start');
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.goto(`${server.url}/oauth/authorize?${authorizeParams({ redirectUri: callback })}`);
  return { page, violations };
}

// One browser test only: it checks what plain HTTP cannot (the form, the CSP, the redirect
// after the post); authorize.test.ts covers the other paths faster.
describe.skipIf(!existsSync(chromiumPath))('the sign-in page in Chromium', () => {
  it('signs a 2FA account in through #totp and lands on the app, within its CSP', async () => {
    const { page, violations } = await openSignIn();
    expect(await page.title()).toBe('Wallboard sign-in');
    await page.fill('#email', 'bob@example.com');
    await page.fill('#password', 'bob-password-1');
    await page.click('button[name=action][value=approve]');
    await expect(page.locator('#login-error').textContent()).resolves.toContain('two-factor');
    await page.fill('#totp', totpFor('bob@example.com'));
    await page.click('button[name=action][value=approve]');
    await page.waitForURL((url) => url.href.startsWith(callback));
    const query = new URL(page.url()).searchParams;

    expect(query.get('code')).toMatch(/^[0-9a-f-]{36}$/);
    expect(query.get('state')).toBe('state-123');
    expect(violations).toEqual([]);
    await page.close();
  });
});
