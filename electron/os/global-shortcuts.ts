/**
 * The ShortcutRegistry over Electron's globalShortcut. Electron throws for an accelerator it
 * cannot parse; the contract validates first, and a throw still counts as "not registered".
 */
import { globalShortcut } from 'electron';
import type { ShortcutRegistry } from './ports';

/** globalShortcut as a ShortcutRegistry; call after the app is ready. */
export const electronShortcuts: ShortcutRegistry = {
  register: (accelerator, onPress) => {
    try {
      return globalShortcut.register(accelerator, onPress);
    } catch {
      return false;
    }
  },
  unregister: (accelerator) => globalShortcut.unregister(accelerator),
};
