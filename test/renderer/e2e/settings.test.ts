// The settings page in Chromium against the real IPC handlers: start at login, notifications,
// the global shortcut (recorded from a key press), and what the app knows of this machine.
import { describe, expect, it } from 'vitest';
import { chromiumMissing } from '../../support/chromium';
import { appSuite, screenshot, type OpenedApp } from '../../support/renderer-harness';
import { browserProfile } from '../../support/renderer-harness-steps';

describe.skipIf(chromiumMissing !== undefined)('settings in Chromium', () => {
  const suite = appSuite();
  let app: OpenedApp | undefined;

  const openSettings = async () => {
    app = await suite.open({ profiles: (url) => [browserProfile(url)] });
    await app.page.getByRole('button', { name: 'Settings' }).click();
    await app.page.getByRole('heading', { name: 'Settings' }).waitFor();
    return app;
  };

  it('turns start at login and notifications on and off', async () => {
    const { page, ipc } = await openSettings();
    const startAtLogin = page.getByLabel('Start Wallboard Token when I log in');
    const notifications = page.getByLabel('Notify me before a session ends');
    expect(await startAtLogin.isChecked()).toBe(false);
    expect(await notifications.isChecked()).toBe(true);

    await startAtLogin.check();
    await notifications.uncheck();
    await expect.poll(async () => (await ipc.desktop.get()).notifications).toBe(false);
    expect((await ipc.desktop.get()).startAtLogin).toBe(true);
    expect(ipc.loginItem.enabled).toBe(true);
  });

  it('records a global shortcut from a key press and saves it for a profile', async () => {
    const { page, ipc } = await openSettings();
    const keys = page.getByLabel('Keys');

    await page.getByRole('button', { name: 'Save shortcut' }).click();
    await page.getByText('Press a key combination first').waitFor();

    await keys.fill('Shift+T');
    await page.getByRole('button', { name: 'Save shortcut' }).click();
    await page.getByText('Add Ctrl or Alt: a key alone, or with only Shift').waitFor();

    await keys.focus();
    await page.keyboard.press('Control+Alt+KeyT');
    // Shown as Linux writes it, stored as the accelerator.
    expect(await keys.inputValue()).toBe('Ctrl+Alt+T');
    await page.getByLabel('Profile', { exact: true }).selectOption('dev');
    await page.getByRole('button', { name: 'Save shortcut' }).click();
    await page.getByRole('button', { name: 'Remove' }).waitFor();
    expect((await ipc.desktop.get()).globalShortcut).toEqual({
      accelerator: 'CommandOrControl+Alt+T',
      profile: 'dev',
      registered: true,
    });
    await screenshot(page, 'settings', true);

    await page.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(async () => (await ipc.desktop.get()).globalShortcut).toBeUndefined();
    expect(await keys.inputValue()).toBe('');
  });

  it('takes a shortcut typed in lowercase', async () => {
    const { page, ipc } = await openSettings();
    const keys = page.getByLabel('Keys');

    await keys.fill('ctrl+alt+y');
    await page.getByRole('button', { name: 'Save shortcut' }).click();
    await page.getByRole('button', { name: 'Remove' }).waitFor();
    expect((await ipc.desktop.get()).globalShortcut?.accelerator).toBe('Ctrl+Alt+Y');
    expect(await keys.inputValue()).toBe('Ctrl+Alt+Y');
    expect(await page.locator('.field-problem').count()).toBe(0);
  });

  it('shows how secrets are kept and where the log file is', async () => {
    const { page, ipc } = await openSettings();
    const { logFilePath } = await ipc.services.environment.info();

    await page.getByText(logFilePath).waitFor();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => ipc.opener.opened).toEqual([logFilePath]);
  });
});
