import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserOpener } from '../../../../core/ports';
import { chromiumMissing, launchChromium } from '../../../support/chromium';
import { totpFor } from '../../../wallboard-server/fixtures';
import { startWallboardServer, type DevServer } from '../../../wallboard-server/server';
import {
  createIpcTestServices,
  invoke,
  valueOf,
  type IpcTestServices,
} from '../../support/ipc-test-services';
import { addServiceProfile, serviceAccount } from '../../support/signed-in';

let server: DevServer;
let t: IpcTestServices | undefined;

beforeAll(async () => {
  server = await startWallboardServer({ quiet: true });
});
afterAll(() => server.close());
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

async function services(openBrowser?: BrowserOpener): Promise<IpcTestServices> {
  t = await createIpcTestServices(openBrowser === undefined ? {} : { openBrowser });
  return t;
}

describe('signInWithPassword', () => {
  it('signs the service account in and reports the session', async () => {
    const s = await services();
    await addServiceProfile(s, server);

    const status = valueOf(
      await invoke(s.handlers, 'signInWithPassword', {
        profile: 'svc',
        ...serviceAccount,
        kmsi: true,
      }),
    );
    expect(status).toMatchObject({
      profile: 'svc',
      state: 'signed-in',
      subject: serviceAccount.username,
    });
    expect(s.events.some((e) => e.event === 'sessionChanged')).toBe(true);
  });

  it.each([
    [
      'a wrong password',
      { username: 'service@example.com', password: 'nope-1' },
      'credentials_rejected',
    ],
    [
      'an account that is no service account',
      { username: 'alice@example.com', password: 'alice-password-1' },
      'not_service_account',
    ],
    [
      'a 2FA account without its code',
      { username: 'robot@example.com', password: 'robot-password-1' },
      'totp_required',
    ],
    [
      'a 2FA account with a wrong code',
      { username: 'robot@example.com', password: 'robot-password-1', totp: '000000' },
      'totp_rejected',
    ],
  ])('answers %s with its code', async (_case, credentials, code) => {
    const s = await services();
    await addServiceProfile(s, server);

    const result = await invoke(s.handlers, 'signInWithPassword', {
      profile: 'svc',
      ...credentials,
      kmsi: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('accepts the current TOTP code of a 2FA service account', async () => {
    const s = await services();
    await addServiceProfile(s, server);
    const input = {
      profile: 'svc',
      username: 'robot@example.com',
      password: 'robot-password-1',
      totp: totpFor('robot@example.com'),
      kmsi: false,
    };
    const status = valueOf(await invoke(s.handlers, 'signInWithPassword', input));
    expect(status).toMatchObject({ state: 'signed-in', readOnly: true, customerId: 815 });
  });

  it('never puts the password into an error or the log', async () => {
    const s = await services();
    await addServiceProfile(s, server);
    const password = 'wrong-but-secret-pw-42';
    const result = await invoke(s.handlers, 'signInWithPassword', {
      profile: 'svc',
      username: 'service@example.com',
      password,
      kmsi: false,
    });
    expect(JSON.stringify(result)).not.toContain(password);
    expect(JSON.stringify(s.logSink.records)).not.toContain(password);
  });

  it('saves a client chosen in the sign-in form to the profile', async () => {
    const s = await services();
    await addServiceProfile(s, server);
    valueOf(
      await invoke(s.handlers, 'signInWithPassword', {
        profile: 'svc',
        ...serviceAccount,
        kmsi: false,
        clientId: 'default-client',
        clientSecret: '76211db5d8ea',
      }),
    );
    expect(s.profileStore.get('svc')).toMatchObject({
      clientId: 'default-client',
      clientType: 'confidential',
    });
    expect(await s.secrets.read('client-secret/svc')).toBe('76211db5d8ea');
  });

  it('answers network_error when the server is down', async () => {
    const down = await startWallboardServer({ quiet: true });
    await down.close();
    const s = await services();
    await addServiceProfile(s, down);

    const result = await invoke(s.handlers, 'signInWithPassword', {
      profile: 'svc',
      ...serviceAccount,
      kmsi: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'network_error' } });
  });
});

describe('refreshNow and signOut', () => {
  it('refreshes on demand and signs out', async () => {
    const s = await services();
    await addServiceProfile(s, server);
    valueOf(
      await invoke(s.handlers, 'signInWithPassword', {
        profile: 'svc',
        ...serviceAccount,
        kmsi: false,
      }),
    );
    const before = await s.services.tokens.load('svc');

    const refreshed = valueOf(await invoke(s.handlers, 'refreshNow', { profile: 'svc' }));
    expect(refreshed.state).toBe('signed-in');
    expect((await s.services.tokens.load('svc'))?.accessToken).not.toBe(before?.accessToken);

    const out = valueOf(await invoke(s.handlers, 'signOut', { profile: 'svc' }));
    expect(out.state).toBe('signed-out');
    expect(await s.services.tokens.load('svc')).toBeUndefined();
  });

  it('answers not_signed_in when refreshing a signed-out profile', async () => {
    const s = await services();
    await addServiceProfile(s, server);
    const result = await invoke(s.handlers, 'refreshNow', { profile: 'svc' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });
});

describe('browser sign-in', () => {
  const browserProfile = (name = 'web') => ({
    name,
    serverUrl: server.url,
    method: 'browser',
    clientId: 'wallboard-token',
    clientType: 'public',
    kmsi: false,
    allowHttp: true,
  });

  it('reports the sign-in link, lets it be copied, and cancels on request', async () => {
    const s = await services();
    valueOf(await invoke(s.handlers, 'addProfile', { profile: browserProfile() }));

    const none = await invoke(s.handlers, 'copySignInLink', { profile: 'web' });
    expect(none).toMatchObject({ ok: false, error: { code: 'usage' } });

    const pending = invoke(s.handlers, 'signInWithBrowser', { profile: 'web' });
    await expect.poll(() => s.browserUrls.length).toBe(1);
    const waiting = s.events.find((e) => e.event === 'loginProgress');
    expect(waiting?.payload).toEqual({
      profile: 'web',
      stage: 'waiting-for-browser',
      authorizationUrl: s.browserUrls[0],
    });

    valueOf(await invoke(s.handlers, 'copySignInLink', { profile: 'web' }));
    expect(s.clipboard.last).toBe(s.browserUrls[0]);
    expect(valueOf(await invoke(s.handlers, 'cancelSignIn', { profile: 'web' }))).toEqual({
      cancelled: true,
    });

    expect(await pending).toMatchObject({ ok: false, error: { code: 'login_cancelled' } });
    expect(s.events.at(-1)).toMatchObject({
      event: 'loginProgress',
      payload: { profile: 'web', stage: 'failed', error: { code: 'login_cancelled' } },
    });
    expect(valueOf(await invoke(s.handlers, 'cancelSignIn', { profile: 'web' }))).toEqual({
      cancelled: false,
    });
  });

  describe.skipIf(chromiumMissing !== undefined)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    /** The user's browser: opens the link and signs in as Alice on the dev server's page. */
    const aliceSignsIn: BrowserOpener = async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      await page.fill('#email', 'alice@example.com');
      await page.fill('#password', 'alice-password-1');
      await Promise.all([
        page.waitForURL(/127\.0\.0\.1:\d+\/callback/),
        page.click('button[value=approve]'),
      ]);
      await page.close();
    };

    it('completes through the login page and reports completed', async () => {
      // The browser works on while the sign-in completes; the test waits for both.
      let browsing: Promise<void> | undefined;
      const s = await services((url) => {
        browsing = aliceSignsIn(url);
        return Promise.resolve();
      });
      valueOf(await invoke(s.handlers, 'addProfile', { profile: browserProfile() }));

      const status = valueOf(await invoke(s.handlers, 'signInWithBrowser', { profile: 'web' }));
      expect(status).toMatchObject({
        profile: 'web',
        state: 'signed-in',
        method: 'browser',
        customerId: 4711,
      });
      await browsing;
      const stages = s.events.filter((e) => e.event === 'loginProgress').map((e) => e.payload);
      expect(stages.map((p) => ('stage' in p ? p.stage : undefined))).toEqual([
        'waiting-for-browser',
        'completed',
      ]);
    });
  });
});
