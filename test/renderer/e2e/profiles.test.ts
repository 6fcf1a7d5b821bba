// Profiles in Chromium against the real IPC handlers: the empty state's form, inline
// validation, editing and removing, and the warning lines above the content.
import { describe, expect, it } from 'vitest';
import { chromiumMissing } from '../../support/chromium';
import { appSuite, screenshot, type OpenedApp } from '../../support/renderer-harness';
import { browserProfile, signInThroughBrowser } from '../../support/renderer-harness-steps';

/** The accessible name of the element holding the keyboard focus. */
const focused = (app: OpenedApp) =>
  app.page.evaluate(() => document.activeElement?.textContent ?? '');

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
    const httpProblem = page.getByText('This address uses plain http. Tick the box to allow it');
    await httpProblem.waitFor();
    // The sentence wraps in the text column, under the label; the box keeps its own width.
    const box = (await page.getByLabel('Allow plain http for this server').boundingBox())!;
    const label = (await page.getByText('Allow plain http for this server').boundingBox())!;
    const problem = (await httpProblem.boundingBox())!;
    expect(problem.x).toBe(label.x);
    expect(label.x - box.x).toBeLessThan(30);
    await screenshot(page, 'checkbox-problem');
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
    await expect.poll(() => focused(app!)).toBe('Sign in with browser');
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
    // Asking puts the keyboard on the safe answer; Escape gives it, and returns the keyboard.
    await expect.poll(() => focused(app!)).toBe('Keep');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(app!)).toBe('Remove profile…');
    await page.getByRole('heading', { name: 'Edit dev' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect
      .poll(() => page.locator('.profile-item-name').allTextContents())
      .toEqual(['other']);
    expect(app.ipc.profileStore.list().map((profile) => profile.name)).toEqual(['other']);
  });

  it('warns before an edit that signs the profile out, then shows it signed out', async () => {
    app = await suite.open({ profiles: (url) => [browserProfile(url)] });
    const { page } = app;
    await signInThroughBrowser(app);

    await page.getByRole('button', { name: 'Edit' }).click();
    const warning = page.getByText('Saving signs dev out: its tokens belong to the old server');
    await page.getByLabel('Keep me signed in').check();
    expect(await warning.count()).toBe(0);
    await page.getByLabel('Client id').fill('another-client');
    await warning.waitFor();
    await screenshot(page, 'edit-signs-out');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Sign in with browser' }).waitFor();
    expect(await page.locator('.state-badge').innerText()).toBe('Signed out');
    expect(app.ipc.profileStore.get('dev').clientId).toBe('another-client');
  });

  it('closes the edit form with Escape, keeping nothing', async () => {
    app = await suite.open({ profiles: (url) => [browserProfile(url)] });
    const { page } = app;
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Client id').fill('typed-then-dropped');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Sign in with browser' }).waitFor();

    await page.getByRole('button', { name: 'Edit' }).click();
    expect(await page.getByLabel('Client id').inputValue()).toBe('wallboard-token');
  });

  it('keeps unsaved input while the user looks at another profile', async () => {
    app = await suite.open({
      profiles: (url) => [browserProfile(url, 'dev'), browserProfile(url, 'other')],
    });
    const { page } = app;
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Client id').fill('half-typed');
    await page.getByRole('button', { name: /^other,/ }).click();
    await page.getByRole('heading', { name: 'other', exact: true }).waitFor();

    await page.getByRole('button', { name: /^dev,/ }).click();
    await page.getByRole('heading', { name: 'Edit dev' }).waitFor();
    expect(await page.getByLabel('Client id').inputValue()).toBe('half-typed');
    expect(app.ipc.profileStore.get('dev').clientId).toBe('wallboard-token');
  });

  it('says nothing about a field the user only passed through', async () => {
    app = await suite.open({ profiles: (url) => [browserProfile(url)] });
    const { page } = app;
    await page.getByRole('button', { name: 'Add profile' }).click();
    await page.getByLabel('Server URL').focus();
    await page.keyboard.press('Tab');
    expect(await page.locator('.field-problem').count()).toBe(0);

    await page.getByLabel('Server URL').fill('wallboard');
    await page.keyboard.press('Tab');
    await page.getByText('Enter a full address starting with https://').waitFor();
    await page.getByRole('button', { name: 'Add profile' }).last().click();
    // The refused submit puts the cursor in the first field to fix.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('serverUrl');
  });

  it('lists profiles in natural order, each name whole in its tooltip', async () => {
    app = await suite.open({
      profiles: (url) => [browserProfile(url, 'dev10'), browserProfile(url, 'dev2')],
    });
    await expect
      .poll(() => app!.page.locator('.profile-item-name').allTextContents())
      .toEqual(['dev2', 'dev10']);
    expect(await app.page.getByRole('button', { name: /^dev10,/ }).getAttribute('title')).toMatch(
      /^dev10 · /,
    );
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
