// Service-account sign-in in Chromium against the real IPC handlers and the dev server: the
// verification code asked for when the server wants one, a wrong code, and the server down.
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../renderer/errors/error-messages';
import { chromiumMissing } from '../../support/chromium';
import { appSuite, screenshot, type OpenedApp } from '../../support/renderer-harness';
import { serviceAccountProfile } from '../../support/renderer-harness-steps';
import { totpFor } from '../../wallboard-server/fixtures';

describe.skipIf(chromiumMissing !== undefined)('service-account sign-in in Chromium', () => {
  const suite = appSuite();
  let app: OpenedApp | undefined;

  const fillAccount = async (email: string, password: string) => {
    const page = app!.page;
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  };

  it('asks for the verification code, refuses a wrong one and accepts the right one', async () => {
    app = await suite.open({ profiles: (url) => [serviceAccountProfile(url)] });
    const { page } = app;

    await fillAccount('robot@example.com', 'robot-password-1');
    await page.getByText(errorMessages.totp_required).waitFor();
    const code = page.getByLabel('Verification code');
    expect(await page.locator('input:focus').getAttribute('name')).toBe('totp');

    const right = totpFor('robot@example.com', app.clock.now());
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    await code.fill(wrong);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText(errorMessages.totp_rejected).waitFor();
    await screenshot(page, 'service-account-totp', true);

    // Typing again makes the server's last word stale: it goes.
    await code.fill('1');
    await page.getByText(errorMessages.totp_rejected).waitFor({ state: 'detached' });

    // Written the way authenticator apps show it.
    const shown = totpFor('robot@example.com', app.clock.now());
    await code.fill(`${shown.slice(0, 3)} ${shown.slice(3)}`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('Next automatic refresh at').waitFor();
    // The keyboard lands on the session's main action, not on the page's body.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Copy token');
    const meta = await page.locator('.page-meta').textContent();
    expect(meta).toContain('robot@example.com');
    expect(meta).toContain('Customer 815');
    expect(await page.locator('.badge').textContent()).toBe('Read-only');
    await screenshot(page, 'service-account-signed-in');
  });

  it('says the e-mail and password were refused, keeping what was typed', async () => {
    app = await suite.open({
      profiles: (url) => [serviceAccountProfile(url, 'service')],
    });
    await fillAccount('service@example.com', 'not-the-password');

    await app.page.getByText(errorMessages.credentials_rejected).waitFor();
    expect(await app.page.getByLabel('E-mail').inputValue()).toBe('service@example.com');
  });

  it('says so calmly when the server is down but the token still works, plainly when not', async () => {
    app = await suite.open({
      profiles: (url) => [serviceAccountProfile(url, 'service')],
    });
    const { page } = app;
    await fillAccount('service@example.com', 'service-password-1');
    await page.getByText('Next automatic refresh at').waitFor();
    const { accessExpiresAt } = await app.ipc.sessions.getValidTokens('service');
    await app.server.close();

    await page.getByRole('button', { name: 'Refresh now' }).click();
    const until = new Date(accessExpiresAt).toISOString().slice(11, 16);
    await page
      .getByText(
        `The last refresh failed (the server could not be reached). The current token works until ${until}, and the app will try again.`,
      )
      .waitFor();
    expect(await page.locator('.notice').getAttribute('role')).toBe('status');
    await screenshot(page, 'refresh-failed-token-kept', true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await fillAccount('service@example.com', 'service-password-1');
    await page.getByText(errorMessages.network_error).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(errorMessages.network_error);
  });
});
