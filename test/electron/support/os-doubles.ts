/**
 * Test doubles for what the OS provides and cannot be used here: the login item (Electron's
 * login items, or the user's real autostart folder) and global shortcuts (a display server).
 */
import type { LoginItem, ShortcutRegistry } from '../../../electron/os/ports';

/** Test double for the app's login item: remembers the state in memory. */
export class LoginItemDouble implements LoginItem {
  enabled = false;

  constructor(readonly available: boolean) {}

  async isEnabled(): Promise<boolean> {
    return this.enabled;
  }

  async setEnabled(enabled: boolean): Promise<void> {
    this.enabled = enabled;
  }
}

/** Test double for globalShortcut: keys listed in `taken` belong to "another app". */
export class ShortcutRegistryDouble implements ShortcutRegistry {
  readonly registered = new Map<string, () => void>();
  readonly taken = new Set<string>();

  register(accelerator: string, onPress: () => void): boolean {
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, onPress);
    return true;
  }

  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }

  /** Presses the keys, as the user would. */
  press(accelerator: string): void {
    const onPress = this.registered.get(accelerator);
    if (onPress === undefined) throw new Error(`${accelerator} is not registered`);
    onPress();
  }
}
