/**
 * Steps several renderer tests share: the profiles they start from and signing in through
 * the dev server's login page the way a user does.
 */
import type { Page } from 'playwright-core';
import { defaultServiceClient } from '../../core/profile/profile';
import type { ProfileInput } from '../../electron/ipc/contract';
import type { OpenedApp } from './renderer-harness';

/** A browser-sign-in profile for the dev server's public client, on any loopback port. */
export function browserProfile(serverUrl: string, name = 'dev'): ProfileInput {
  return {
    name,
    serverUrl,
    method: 'browser',
    clientId: 'wallboard-token',
    clientType: 'public',
    kmsi: false,
    allowHttp: true,
  };
}

/** A service-account profile on Wallboard's default client. */
export function serviceAccountProfile(serverUrl: string, name = 'robot'): ProfileInput {
  return {
    name,
    serverUrl,
    method: 'service-account',
    clientId: defaultServiceClient.clientId,
    clientType: 'confidential',
    clientSecret: defaultServiceClient.clientSecret,
    kmsi: false,
    allowHttp: true,
  };
}

/** Fills the dev server's login page in the "system browser" page and approves. */
export async function approveInBrowser(
  browserPage: Page,
  email = 'alice@example.com',
  password = 'alice-password-1',
): Promise<void> {
  await browserPage.locator('#email').fill(email);
  await browserPage.locator('#password').fill(password);
  await browserPage.locator('button[name=action][value=approve]').click();
}

/** Clicks "Sign in with browser", signs in on the login page, and waits for the session. */
export async function signInThroughBrowser(app: OpenedApp): Promise<void> {
  const [browserPage] = await Promise.all([
    app.context.waitForEvent('page'),
    app.page.getByRole('button', { name: 'Sign in with browser' }).click(),
  ]);
  await approveInBrowser(browserPage);
  await app.page.getByText('Next automatic refresh at').waitFor();
  await browserPage.close();
}
