/**
 * What the desktop settings need from the OS, as small interfaces: Electron's login items and
 * globalShortcut in the app (electron/os/*), test doubles named as such in Node tests.
 */

/** The app as a login item: Electron's on macOS and Windows, an XDG autostart file on Linux. */
export interface LoginItem {
  /** False where the app cannot register itself (a development build). */
  readonly available: boolean;
  isEnabled(): Promise<boolean>;
  setEnabled(enabled: boolean): Promise<void>;
}

/** System-wide shortcuts: Electron's globalShortcut. */
export interface ShortcutRegistry {
  /** False when the OS or another app holds the keys. */
  register(accelerator: string, onPress: () => void): boolean;
  unregister(accelerator: string): void;
}
