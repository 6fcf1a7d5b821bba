import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopSettingsService } from '../../../../electron/services/desktop-settings-service';
import { ShortcutRegistryDouble } from '../../support/os-doubles';
import {
  createIpcTestServices,
  invoke,
  valueOf,
  type IpcTestServices,
} from '../../support/ipc-test-services';

async function settingsOnDisk(t: IpcTestServices): Promise<Record<string, unknown>> {
  const config = JSON.parse(await readFile(path.join(t.configDir, 'config.json'), 'utf8'));
  return config.settings;
}

async function addProfile(t: IpcTestServices, name: string): Promise<void> {
  valueOf(
    await invoke(t.handlers, 'addProfile', {
      profile: {
        name,
        serverUrl: 'https://wallboard.example.com',
        method: 'browser',
        clientId: 'wallboard-token',
        clientType: 'public',
        kmsi: false,
        allowHttp: false,
      },
    }),
  );
}

describe('desktop settings calls', () => {
  let t: IpcTestServices;
  beforeEach(async () => {
    t = await createIpcTestServices();
  });
  afterEach(() => t.dispose());

  it('start with start at login off, notifications on and no shortcut', async () => {
    expect(valueOf(await invoke(t.handlers, 'getDesktopSettings'))).toEqual({
      startAtLogin: false,
      startAtLoginAvailable: true,
      notifications: true,
      trayNoticeShown: false,
    });
  });

  it('turn start at login on and off at the OS and remember it in the settings', async () => {
    const on = valueOf(await invoke(t.handlers, 'setStartAtLogin', { enabled: true }));
    expect(on.startAtLogin).toBe(true);
    expect(t.loginItem.enabled).toBe(true);
    expect(await settingsOnDisk(t)).toMatchObject({ launchAtLogin: true });

    const off = valueOf(await invoke(t.handlers, 'setStartAtLogin', { enabled: false }));
    expect(off.startAtLogin).toBe(false);
    expect(t.loginItem.enabled).toBe(false);
  });

  it('report the OS state of start at login, which the user may change outside the app', async () => {
    t.loginItem.enabled = true;
    expect(valueOf(await invoke(t.handlers, 'getDesktopSettings')).startAtLogin).toBe(true);
  });

  it('refuse start at login where the app cannot register itself', async () => {
    const dev = await createIpcTestServices({ startAtLoginAvailable: false });
    try {
      const result = await invoke(dev.handlers, 'setStartAtLogin', { enabled: true });
      expect(result).toMatchObject({ ok: false, error: { code: 'usage' } });
      expect(dev.loginItem.enabled).toBe(false);
    } finally {
      await dev.dispose();
    }
  });

  it('turn notifications off and keep that on disk', async () => {
    const value = valueOf(await invoke(t.handlers, 'setNotifications', { enabled: false }));
    expect(value.notifications).toBe(false);
    expect(t.desktop.notificationsEnabled()).toBe(false);
    expect(await settingsOnDisk(t)).toMatchObject({ notifications: false });
  });

  it('register a global shortcut that copies from the profile it names', async () => {
    await addProfile(t, 'prod');
    const value = valueOf(
      await invoke(t.handlers, 'setGlobalShortcut', {
        accelerator: 'CmdOrCtrl+Alt+T',
        profile: 'prod',
      }),
    );

    expect(value.globalShortcut).toEqual({
      accelerator: 'CmdOrCtrl+Alt+T',
      profile: 'prod',
      registered: true,
    });
    t.shortcuts.press('CmdOrCtrl+Alt+T');
    expect(t.shortcutPresses).toEqual(['prod']);
    expect(await settingsOnDisk(t)).toMatchObject({
      globalShortcut: { accelerator: 'CmdOrCtrl+Alt+T', profile: 'prod' },
    });
  });

  it('replace a shortcut, freeing the old keys, and remove it with null', async () => {
    valueOf(await invoke(t.handlers, 'setGlobalShortcut', { accelerator: 'Ctrl+Alt+T' }));
    valueOf(await invoke(t.handlers, 'setGlobalShortcut', { accelerator: 'Ctrl+Alt+Y' }));
    expect([...t.shortcuts.registered.keys()]).toEqual(['Ctrl+Alt+Y']);

    const value = valueOf(await invoke(t.handlers, 'setGlobalShortcut', { accelerator: null }));
    expect(value.globalShortcut).toBeUndefined();
    expect(t.shortcuts.registered.size).toBe(0);
    expect(await settingsOnDisk(t)).not.toHaveProperty('globalShortcut');
  });

  it('keep the old shortcut when the new keys are taken by another app', async () => {
    valueOf(await invoke(t.handlers, 'setGlobalShortcut', { accelerator: 'Ctrl+Alt+T' }));
    t.shortcuts.taken.add('Ctrl+Alt+Y');
    const result = await invoke(t.handlers, 'setGlobalShortcut', { accelerator: 'Ctrl+Alt+Y' });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'usage', message: expect.stringContaining('Ctrl+Alt+Y is taken') },
    });
    expect([...t.shortcuts.registered.keys()]).toEqual(['Ctrl+Alt+T']);
    expect(valueOf(await invoke(t.handlers, 'getDesktopSettings')).globalShortcut).toMatchObject({
      accelerator: 'Ctrl+Alt+T',
      registered: true,
    });
  });

  it.each([
    [{ accelerator: 'T' }, 'accelerator'],
    [{ accelerator: 'Ctrl+Alt+T', profile: '' }, 'profile'],
    [{ profile: 'prod' }, 'accelerator'],
  ])('refuse %j, naming the field', async (input, field) => {
    const result = await invoke(t.handlers, 'setGlobalShortcut', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    expect(t.shortcuts.registered.size).toBe(0);
  });

  it('refuse a shortcut for a profile that does not exist', async () => {
    const result = await invoke(t.handlers, 'setGlobalShortcut', {
      accelerator: 'Ctrl+Alt+T',
      profile: 'nope',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'profile_not_found' } });
    expect(t.shortcuts.registered.size).toBe(0);
  });

  it('register the stored shortcut again at the next start', async () => {
    valueOf(await invoke(t.handlers, 'setGlobalShortcut', { accelerator: 'Ctrl+Alt+T' }));
    const shortcuts = new ShortcutRegistryDouble();
    const presses: Array<string | undefined> = [];
    const nextStart = createDesktopSettingsService({
      settings: t.profileStore,
      profileExists: (name) => t.profileStore.get(name),
      loginItem: t.loginItem,
      shortcuts,
      onShortcut: (profile) => void presses.push(profile),
      logger: t.services.logger,
    });

    nextStart.applyStoredShortcut();
    shortcuts.press('Ctrl+Alt+T');
    expect(presses).toEqual([undefined]);
    expect((await nextStart.get()).globalShortcut?.registered).toBe(true);
  });

  it('ignore a stored shortcut that a hand edit broke', async () => {
    t.profileStore.updateSettings({ globalShortcut: { accelerator: 'Q' } });

    t.desktop.applyStoredShortcut();
    expect(t.shortcuts.registered.size).toBe(0);
    expect(valueOf(await invoke(t.handlers, 'getDesktopSettings')).globalShortcut).toBeUndefined();
  });

  it('claim the first-close notice once only, remembered on disk', async () => {
    expect(t.desktop.claimTrayNotice()).toBe(true);
    expect(t.desktop.claimTrayNotice()).toBe(false);
    expect(valueOf(await invoke(t.handlers, 'getDesktopSettings')).trayNoticeShown).toBe(true);
    expect(await settingsOnDisk(t)).toMatchObject({ trayNoticeShown: true });
  });
});
