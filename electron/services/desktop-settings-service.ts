/**
 * The desktop settings: start at login (the OS is the truth, the settings remember the
 * choice), notifications, the global shortcut and whether the first-close notice was shown.
 * No Electron here: the OS arrives through electron/os/ports.ts, so tests run in Node.
 */
import { z } from 'zod';
import { WallboardTokenError } from '../../core/errors';
import type { Logger } from '../../core/ports';
import type { AppSettings } from '../../core/store/config-file';
import { isGlobalShortcut } from '../os/accelerator';
import type { LoginItem, ShortcutRegistry } from '../os/ports';
import type { DesktopSettings } from '../ipc/contract';
import type { DesktopSettingsService } from '../ipc/handlers/services';

/** Settings keys. `launchAtLogin` and `notifications` are in the config schema already. */
export const desktopSettingKeys = {
  startAtLogin: 'launchAtLogin',
  notifications: 'notifications',
  globalShortcut: 'globalShortcut',
  trayNoticeShown: 'trayNoticeShown',
} as const;

/** The settings half of the profile store. */
export interface SettingsStore {
  settings(): AppSettings;
  updateSettings(patch: Partial<AppSettings>): AppSettings;
}

/** A stored shortcut as read back from a file the user may have edited. */
const storedShortcut = z.object({
  accelerator: z.string().refine(isGlobalShortcut),
  profile: z.string().min(1).optional(),
});
type StoredShortcut = z.infer<typeof storedShortcut>;

export interface DesktopSettingsDeps {
  settings: SettingsStore;
  /** Checks that a profile exists; throws `profile_not_found`. */
  profileExists(name: string): unknown;
  loginItem: LoginItem;
  shortcuts: ShortcutRegistry;
  /** Runs when the global shortcut is pressed, with the profile it was set for. */
  onShortcut(profile: string | undefined): void;
  logger: Logger;
}

/** The desktop settings service, plus what main needs at start and on the first close. */
export interface DesktopSettingsController extends DesktopSettingsService {
  /** Registers the stored shortcut, if any; call once the app is ready. */
  applyStoredShortcut(): void;
  /** False when the user turned notifications off. */
  notificationsEnabled(): boolean;
  /** True the first time only: the caller shows the notice, which is then remembered. */
  claimTrayNotice(): boolean;
}

/** The desktop settings over the settings store and the OS ports. */
export function createDesktopSettingsService(deps: DesktopSettingsDeps): DesktopSettingsController {
  const { settings, loginItem, shortcuts, logger } = deps;
  let registered: string | undefined;

  const stored = (): StoredShortcut | undefined => {
    const parsed = storedShortcut.safeParse(settings.settings()[desktopSettingKeys.globalShortcut]);
    return parsed.success ? parsed.data : undefined;
  };

  const register = (shortcut: StoredShortcut): boolean => {
    const ok = shortcuts.register(shortcut.accelerator, () => deps.onShortcut(shortcut.profile));
    if (ok) registered = shortcut.accelerator;
    return ok;
  };

  const unregister = () => {
    if (registered !== undefined) shortcuts.unregister(registered);
    registered = undefined;
  };

  const get = async (): Promise<DesktopSettings> => {
    const current = settings.settings();
    const shortcut = stored();
    return {
      startAtLogin: loginItem.available ? await loginItem.isEnabled() : false,
      startAtLoginAvailable: loginItem.available,
      notifications: current[desktopSettingKeys.notifications] !== false,
      ...(shortcut === undefined
        ? {}
        : { globalShortcut: { ...shortcut, registered: registered === shortcut.accelerator } }),
      trayNoticeShown: current[desktopSettingKeys.trayNoticeShown] === true,
    };
  };

  return {
    get,

    setStartAtLogin: async (enabled) => {
      if (!loginItem.available) {
        throw new WallboardTokenError(
          'usage',
          'Start at login works in the installed app only, not in a development build.',
        );
      }
      await loginItem.setEnabled(enabled);
      settings.updateSettings({ [desktopSettingKeys.startAtLogin]: enabled });
      logger.info('changed start at login', { enabled });
      return get();
    },

    setNotifications: async (enabled) => {
      settings.updateSettings({ [desktopSettingKeys.notifications]: enabled });
      return get();
    },

    setGlobalShortcut: async (shortcut) => {
      if (shortcut?.profile !== undefined) deps.profileExists(shortcut.profile);
      const previous = stored();
      unregister();

      if (shortcut !== null && !register(shortcut)) {
        if (previous !== undefined) register(previous);
        throw new WallboardTokenError(
          'usage',
          `The shortcut ${shortcut.accelerator} is taken by the system or another app; choose another.`,
        );
      }
      settings.updateSettings({ [desktopSettingKeys.globalShortcut]: shortcut ?? undefined });
      logger.info('changed the global shortcut', { accelerator: shortcut?.accelerator ?? null });
      return get();
    },

    applyStoredShortcut: () => {
      const shortcut = stored();
      if (shortcut === undefined || registered === shortcut.accelerator) return;
      unregister();
      if (!register(shortcut)) {
        logger.warn('the global shortcut is taken by the system or another app', {
          accelerator: shortcut.accelerator,
        });
      }
    },

    notificationsEnabled: () => settings.settings()[desktopSettingKeys.notifications] !== false,

    claimTrayNotice: () => {
      if (settings.settings()[desktopSettingKeys.trayNoticeShown] === true) return false;
      settings.updateSettings({ [desktopSettingKeys.trayNoticeShown]: true });
      return true;
    },
  };
}
