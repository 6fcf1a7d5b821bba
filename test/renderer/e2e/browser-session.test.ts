// The session view in Chromium against the real IPC handlers and the dev server: browser
// sign-in, countdowns, copying, reveal, refresh, an expired access token, sign-out.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chromiumMissing } from '../../support/chromium';
import { appSuite, screenshot, type OpenedApp } from '../../support/renderer-harness';
import {
  approveInBrowser,
  browserProfile,
  signInThroughBrowser,
} from '../../support/renderer-harness-steps';

const maskedUuid = /^[0-9a-f]{8}-••••-••••-••••-[0-9a-f]{12}$/;

describe.skipIf(chromiumMissing !== undefined)('the session view in Chromium', () => {
  const suite = appSuite();
  let app: OpenedApp | undefined;

  /** The app with one browser profile, `dev`, signed in. */
  const signedIn = async () => {
    app = await suite.open({ profiles: (url) => [browserProfile(url)] });
    await signInThroughBrowser(app);
    const tokens = await app.ipc.sessions.getValidTokens('dev');
    return { app, page: app.page, tokens };
  };

  it('signs in through the browser and shows both countdowns', async () => {
    app = await suite.open({ profiles: (url) => [browserProfile(url)] });
    const { page } = app;

    const [browserPage] = await Promise.all([
      app.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Sign in with browser' }).click(),
    ]);
    await page.getByText('Waiting for the browser').waitFor();
    await page.getByRole('button', { name: 'Copy sign-in link' }).click();
    await page.getByText('Copied sign-in link').waitFor();
    expect(app.ipc.clipboard.last).toContain(`${app.server.url}/oauth/authorize?`);
    await screenshot(page, 'waiting-for-browser');

    await approveInBrowser(browserPage);
    await page.getByText('Next automatic refresh at').waitFor();

    const meters = page.locator('.meter-text');
    expect(await meters.nth(0).textContent()).toMatch(
      /^expires in (30:0[01]|29:[0-5]\d) \(\d\d:\d\d\)$/,
    );
    expect(await meters.nth(1).textContent()).toMatch(/^ends in (1 h|59:[0-5]\d) \(\d\d:\d\d\)$/);
    expect(await page.locator('.token-value').textContent()).toMatch(maskedUuid);
    const meta = await page.locator('.page-meta').textContent();
    expect(meta).toContain('Alice Example');
    expect(meta).toContain('Customer 4711');
    expect(await page.locator('.state-badge').innerText()).toBe('Signed in');
    expect(await page.locator('.profile-item-time').textContent()).toMatch(/^(1h|59m)$/);
    await screenshot(page, 'signed-in', true);
  });

  it('shows the exact expiry on hover and the decoded claims on request', async () => {
    const { page, tokens } = await signedIn();

    const exact = await page.locator('.meter-text time').first().getAttribute('datetime');
    expect(exact).toBe(new Date(tokens.accessExpiresAt).toISOString());
    expect(await page.locator('.meter-text').first().getAttribute('title')).toMatch(
      /\d{4} at \d\d:\d\d:\d\d$/,
    );

    await page.getByText('JWT claims').click();
    const claims = page.locator('.claims');
    expect(await claims.locator('tr').first().textContent()).toBe('subalice@example.com');
    expect(await claims.getByRole('row', { name: /^exp / }).textContent()).toMatch(
      /\(in (30:0[01]|29:[0-5]\d)\)$/,
    );
    await screenshot(page, 'claims');
  });

  it('copies the token in each format and confirms in place', async () => {
    const { app, page, tokens } = await signedIn();
    const { accessToken, jwt } = tokens;
    const expected = {
      Token: accessToken,
      Header: `Authorization: Bearer ${accessToken}`,
      curl: `curl -H 'Authorization: Bearer ${accessToken}' '${app.server.url}/api/me'`,
      JWT: jwt,
      env: `export WALLBOARD_TOKEN='${accessToken}'`,
    };
    const confirmations = {
      Token: 'Copied token',
      Header: 'Copied header',
      curl: 'Copied curl',
      JWT: 'Copied JWT',
      env: 'Copied env line',
    };

    for (const [format, text] of Object.entries(expected)) {
      await page.getByRole('button', { name: 'Copy as…' }).click();
      if (format === 'Header') await screenshot(page, 'copy-menu', true);
      await page.getByRole('menuitem', { name: new RegExp(`^${format} `) }).click();
      await page.getByText(confirmations[format as keyof typeof confirmations]).waitFor();
      expect(app.ipc.clipboard.last).toBe(text);
    }
    // The toast never shows the token; the page never held it.
    expect(await page.content()).not.toContain(accessToken);
  });

  it('copies from the keyboard alone', async () => {
    const { app, page, tokens } = await signedIn();

    await page.getByRole('button', { name: 'Copy as…' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText('Copied header').waitFor();
    expect(app.ipc.clipboard.last).toBe(`Authorization: Bearer ${tokens.accessToken}`);

    // The main half now repeats the last format.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.ipc.clipboard.writes.length).toBe(2);
    expect(app.ipc.clipboard.last).toBe(`Authorization: Bearer ${tokens.accessToken}`);
  });

  it('reveals the token only when asked, and hides it again', async () => {
    const { page, tokens } = await signedIn();

    await page.getByRole('button', { name: 'Reveal' }).click();
    await page.getByText(tokens.accessToken).waitFor();
    await page.getByRole('button', { name: 'Hide' }).click();
    expect(await page.locator('.token-value').textContent()).toMatch(maskedUuid);
  });

  it('refreshes now and shows the new token, keeping the keyboard on the button', async () => {
    const { app, page, tokens } = await signedIn();
    const before = await page.locator('.token-value').textContent();

    await page.getByRole('button', { name: 'Refresh now' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.token-value').textContent()).not.toBe(before);
    await page.getByRole('button', { name: 'Refresh now' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Refresh now');
    expect(app.server.stats.grants.refresh_token).toBe(1);
    const after = await app.ipc.sessions.getValidTokens('dev');
    expect(after.accessToken).not.toBe(tokens.accessToken);
    expect(await page.locator('.token-value').textContent()).toBe(
      `${after.accessToken.slice(0, 8)}-••••-••••-••••-${after.accessToken.slice(-12)}`,
    );
  });

  it('survives an expired access token: copying refreshes first', async () => {
    const { app, page, tokens } = await signedIn();

    await app.advance(31 * 60_000);
    await page.getByText(/^expired 1 min ago/).waitFor();

    await page.getByRole('button', { name: 'Copy token' }).click();
    await page.getByText('Copied token').waitFor();
    const fresh = await app.ipc.sessions.getValidTokens('dev');
    expect(fresh.accessToken).not.toBe(tokens.accessToken);
    expect(app.ipc.clipboard.last).toBe(fresh.accessToken);
    await page.getByText(/^expires in (30:0[01]|29:[0-5]\d)/).waitFor();
  });

  it('signs out, forgetting the tokens on disk', async () => {
    const { app, page } = await signedIn();
    const vault = () => readFile(app.secretsFile!, 'utf8');
    expect(await vault()).toContain('tokens/dev');

    await page.getByRole('button', { name: 'Sign out' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign in with browser' }).waitFor();
    // The keyboard moves to the button that replaced the one pressed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Sign in with browser');
    expect(await page.locator('.profile-item-time').textContent()).toBe('–');
    expect(await page.locator('.state-badge').innerText()).toBe('Signed out');
    expect(await vault()).not.toContain('tokens/dev');
  });
});

describe.skipIf(chromiumMissing !== undefined)('the session over time in Chromium', () => {
  const suite = appSuite();

  const signedIn = async () => {
    const app = await suite.open({ profiles: (url) => [browserProfile(url)] });
    await signInThroughBrowser(app);
    return { app, page: app.page };
  };

  it('reads the state from the clock between events: expiring, then ended', async () => {
    const { app, page } = await signedIn();
    const sidebarItem = page.getByRole('button', { name: /^dev,/ });

    // Past the refresh lead (a tenth of 30 min before expiry), with no event since sign-in.
    await app.advance(28 * 60_000);
    await expect.poll(() => page.locator('.state-badge').innerText()).toBe('Expiring soon');
    expect(await sidebarItem.getAttribute('aria-label')).toMatch(/^dev, Expiring soon/);
    // The refresh time has passed: it is not shown as if still to come.
    expect(await page.getByText('Next automatic refresh at').count()).toBe(0);

    await app.advance(33 * 60_000);
    await expect.poll(() => page.locator('.state-badge').innerText()).toBe('Session ended');
    expect(await sidebarItem.getAttribute('aria-label')).toBe('dev, Session ended');
    await page.getByText(/^The session ended/).waitFor();
    await page.getByRole('button', { name: 'Sign in with browser' }).waitFor();
    await screenshot(page, 'session-ended');
  });

  it('drops a failure notice once a later refresh worked', async () => {
    const { app, page } = await signedIn();
    await app.advance(31 * 60_000);
    app.server.injectFault({ kind: 'html-5xx' }, 1);

    await page.getByRole('button', { name: 'Refresh now' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();

    // The scheduler, the tray or a copy refreshes behind the page's back.
    await app.ipc.sessions.refresh('dev');
    await alert.waitFor({ state: 'detached' });
    expect(await page.locator('.state-badge').innerText()).toBe('Signed in');
  });
});
