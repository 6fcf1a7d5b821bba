/**
 * Wires the desktop integration once the services run: the tray, the session notifications,
 * the global shortcut and the actions behind them, all fed by one session watch. Glue: each
 * piece it connects decides in its own module.
 */
import { app } from 'electron';
import { systemClock, type Logger } from '../../core/ports';
import type { FocusProfile } from '../ipc/contract';
import type { IpcHandlers } from '../ipc/handlers/create-ipc-handlers';
import { createDesktopNotifier } from '../notifications/desktop-notifications';
import { trayNoticeContent, type NoticeContent } from '../notifications/notifications-due';
import { createSessionNotifier } from '../notifications/session-notifier';
import { localTimeFormatter } from '../tray/time-format';
import { createAppTray, type AppTray } from '../tray/tray';
import { createTrayActions } from '../tray/tray-actions';
import type { AppServices } from './app-services';
import { readStatuses } from './session-outlook';
import { watchSessions } from './session-watch';

export interface DesktopIntegrationDeps {
  services: AppServices;
  handlers: IpcHandlers;
  /** The folder of main.cjs, where the tray icons are. */
  mainDir: string;
  openWindow(): void;
  showProfile(focus: FocusProfile): void;
  logger: Logger;
}

export interface DesktopIntegration {
  /** False when the tray could not be created: closing the window then quits. */
  readonly hasTray: boolean;
  /** The global shortcut's action; pass to the services' onShortcut. */
  copyForShortcut(profile: string | undefined): Promise<void>;
  /** Call when the window was hidden by a close: says where the app went, the first time. */
  windowHidden(): void;
  /** Looks at the sessions again now, e.g. after a profile was added or removed. */
  poke(): void;
  stop(): void;
}

/** Starts the tray, notifications and shortcut; call once the app is ready. */
export function startDesktopIntegration(deps: DesktopIntegrationDeps): DesktopIntegration {
  const { services, logger } = deps;
  const { desktop, profileStore, sessions } = services;
  const formatTime = localTimeFormatter(() => systemClock.now());

  const notify = createDesktopNotifier({
    showProfile: deps.showProfile,
    openWindow: deps.openWindow,
    logger,
  });
  const actions = createTrayActions({
    handlers: deps.handlers,
    showProfile: deps.showProfile,
    openWindow: deps.openWindow,
    toggleStartAtLogin: async () => {
      const { startAtLogin } = await desktop.get();
      return desktop.setStartAtLogin(!startAtLogin);
    },
    quit: () => app.quit(),
    notify: ({ profile, ...text }) => notify({ ...text, signIn: false }, profile),
    defaultProfile: () => profileStore.resolveProfileName(),
    logger,
  });

  let tray: AppTray | undefined;
  try {
    tray = createAppTray({
      mainDir: deps.mainDir,
      clock: systemClock,
      formatTime,
      startAtLogin: async () => {
        const settings = await desktop.get();
        return { available: settings.startAtLoginAvailable, enabled: settings.startAtLogin };
      },
      run: actions.run,
      openWindow: deps.openWindow,
      logger,
    });
  } catch (error) {
    logger.warn('could not create the tray icon; closing the window will quit', { error });
  }

  const notifySessions = createSessionNotifier({
    clock: systemClock,
    formatTime,
    enabled: () => desktop.notificationsEnabled(),
    show: (content: NoticeContent, profile: string) => notify(content, profile),
  });
  const watch = watchSessions({
    read: () => readStatuses(() => profileStore.list().map((p) => p.name), sessions),
    sessions,
    onStatuses: (statuses) => {
      notifySessions(statuses);
      tray?.update(statuses).catch((error: unknown) => {
        logger.warn('could not update the tray', { error });
      });
    },
    logger,
  });
  desktop.applyStoredShortcut();

  return {
    hasTray: tray !== undefined,
    copyForShortcut: actions.copyForShortcut,
    windowHidden: () => {
      if (desktop.claimTrayNotice()) notify(trayNoticeContent(process.platform));
    },
    poke: watch.poke,
    stop: () => {
      watch.stop();
      tray?.destroy();
    },
  };
}
