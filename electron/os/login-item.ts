/**
 * The app as a login item on this OS: Electron's login items on macOS and Windows, an XDG
 * autostart entry on Linux, and none in a development build (it would start bare Electron).
 */
import { app } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { hiddenSwitch } from './launch-args';
import { LinuxAutostart } from './linux-autostart';
import type { LoginItem } from './ports';

const unavailable: LoginItem = {
  available: false,
  isEnabled: async () => false,
  setEnabled: async () => undefined,
};

/** The login item for this platform; call after the app is ready. */
export function createLoginItem(): LoginItem {
  if (!app.isPackaged) return unavailable;
  if (process.platform === 'linux') {
    const configHome = process.env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
    // An AppImage runs from a temporary mount; $APPIMAGE is the file the user keeps.
    const exec = process.env['APPIMAGE'] || process.execPath;
    return new LinuxAutostart({ configHome, exec, args: [hiddenSwitch] });
  }
  if (process.platform !== 'darwin' && process.platform !== 'win32') return unavailable;

  // Windows passes our switch; macOS reports `wasOpenedAtLogin` instead of taking arguments.
  const options = process.platform === 'win32' ? { args: [hiddenSwitch] } : {};
  return {
    available: true,
    isEnabled: async () => app.getLoginItemSettings(options).openAtLogin,
    setEnabled: async (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, ...options }),
  };
}

/** True when macOS started the app as a login item. */
export function openedAtLogin(): boolean {
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}
