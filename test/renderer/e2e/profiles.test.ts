// Profiles in Chromium against the real IPC handlers: the empty state's form, inline
// validation, editing and removing, and the warning lines above the content.
import { describe, expect, it } from 'vitest';
import { chromiumMissing } from '../../support/chromium';
import { appSuite, screenshot, type OpenedApp } from '../../support/renderer-harness';
import { browserProfile } from '../../support/renderer-harness-steps';

describe.skipIf(chromiumMissing !== undefined)('profiles in Chromium', () => {
  const suite = appSuite();
  let app: OpenedApp | undefined;

  it('connects a first server from the empty state, saying what each field needs', async () => {
    app = await suite.open();
    const { page } = app;
    await page.getByRole('heading', { name: 'Connect a Wallboard server' }).waitFor();
    const redirect = page.getByLabel('Redirect URI');
    await expect.poll(() => redirect.inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    const registered = await redirect.inputValue();
    await page.getByText('Register exactly this URI as a redirect URI').waitFor();
    await screenshot(page, 'empty-state', true);

    await page.getByRole('button', { name: 'Connect' }).click();
    await page
      .getByText('Enter the server’s address, such as https://wallboard.example.com.')
      .waitFor();
    await page.getByText('Enter the client id of the OAuth client created in Wallboard.').waitFor();

    await page.getByLabel('Server URL').fill(app.server.url);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('This address uses plain http. Tick the box to allow it').waitFor();
    await page.getByLabel('Allow plain http for this server').check();
    expect(await page.getByLabel('Profile name').inputValue()).toBe('127');
    await page.getByLabel('Profile name').fill('dev box');
    await page.getByText('Use up to 64 letters, digits, dots, dashes or underscores').waitFor();
    await page.getByLabel('Profile name').fill('dev');
    await page.getByLabel('Client id').fill('wallboard-token');
    await page.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(registered);

    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: 'Sign in with browser' }).waitFor();
    expect(app.ipc.profileStore.get('dev')).toMatchObject({
      serverUrl: app.server.url,
      method: 'browser',
      clientId: 'wallboard-token',
      clientType: 'public',
      redirectUri: registered,
      allowHttp: true,
    });
    expect(await page.locator('.profile-item-name').allTextContents()).toEqual(['dev']);
  });

  it('adds a service-account profile with the default client filled in', async () => {
    app = await suite.open({ profiles: (url) => [browserProfile(url)] });
    const { page } = app;
    await page.getByRole('button', { name: 'Add profile' }).click();
    await page.getByLabel('Server URL').fill(app.server.url);
    await page.getByLabel('Allow plain http for this server').check();
    await page.getByLabel('Profile name').fill('robot');
    await page.getByText('Service account', { exact: true }).click();
    expect(await page.getByLabel('Client id').inputValue()).toBe('default-client');
    expect(await page.getByLabel('Redirect URI').count()).toBe(0);
    await screenshot(page, 'add-service-account');

    await page.getByRole('button', { name: 'Add profile' }).last().click();
    await page.getByLabel('E-mail').waitFor();
    expect(app.ipc.profileStore.get('robot')).toMatchObject({
      method: 'service-account',
      clientId: 'default-client',
      clientType: 'confidential',
    });
    expect(await app.ipc.services.clientSecrets.has('robot')).toBe(true);
  });

  it('edits a profile, then removes it after asking once more', async () => {
    app = await suite.open({
      profiles: (url) => [browserProfile(url, 'dev'), browserProfile(url, 'other')],
    });
    const { page } = app;
    await page.getByRole('button', { name: 'Edit' }).click();
    expect(await page.getByLabel('Profile name').isDisabled()).toBe(true);
    await page.getByLabel('Keep me signed in').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Sign in with browser' }).waitFor();
    expect(app.ipc.profileStore.get('dev').kmsi).toBe(true);

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Remove profile…' }).click();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect
      .poll(() => page.locator('.profile-item-name').allTextContents())
      .toEqual(['other']);
    expect(app.ipc.profileStore.list().map((profile) => profile.name)).toEqual(['other']);
  });

  it('shows the profile the tray or a notification asks for', async () => {
    app = await suite.open({
      profiles: (url) => [browserProfile(url, 'dev'), browserProfile(url, 'other')],
    });
    await app.page.getByRole('heading', { name: 'dev' }).waitFor();

    app.ipc.services.emit('focusProfile', { profile: 'other', reason: 'sign-in' });
    await app.page.getByRole('heading', { name: 'other' }).waitFor();
    expect(
      await app.page.getByRole('button', { name: /^other,/ }).getAttribute('aria-current'),
    ).toBe('true');
  });

  it('warns in one line about a server reached over plain http', async () => {
    app = await suite.open({
      profiles: () => [
        { ...browserProfile('http://wallboard.lan:8080', 'lan') },
        { ...browserProfile('https://wallboard.example.com', 'cloud'), allowHttp: false },
      ],
    });
    const { page } = app;
    await page.getByRole('button', { name: /^cloud,/ }).click();
    await page.getByRole('heading', { name: 'cloud' }).waitFor();
    expect(await page.locator('[data-warning=plain-http]').count()).toBe(0);

    await page.getByRole('button', { name: /^lan,/ }).click();
    const warning = page.locator('[data-warning=plain-http]');
    expect(await warning.textContent()).toContain(
      'wallboard.lan:8080 uses plain http, so tokens cross the network unencrypted.',
    );
    await screenshot(page, 'plain-http-warning', true);
    await warning.getByRole('button', { name: 'Switch to https' }).click();
    await page.getByRole('heading', { name: 'Edit lan' }).waitFor();
  });

  it('says when sessions stay in memory, until the user accepts weak protection', async () => {
    app = await suite.open({
      weakDisk: true,
      profiles: (url) => [browserProfile(url)],
    });
    const { page } = app;
    const warning = page.locator('[data-warning=weak-protection]');
    await warning.waitFor();
    expect(app.ipc.secrets.inMemoryOnly).toBe(true);

    await warning.getByRole('button', { name: 'Keep them on disk anyway' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(app.ipc.secrets.inMemoryOnly).toBe(false);
  });
});
