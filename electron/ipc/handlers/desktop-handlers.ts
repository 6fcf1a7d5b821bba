/**
 * Desktop integration settings: start at login, notifications and the global shortcut. The
 * service applies each to the OS and keeps it in the app settings.
 */
import { ipcCalls } from '../contract';
import { handler, type IpcHandler } from './result';
import type { IpcServices } from './services';

type DesktopCalls =
  'getDesktopSettings' | 'setStartAtLogin' | 'setNotifications' | 'setGlobalShortcut';

/** Handlers for the desktop settings. */
export function desktopHandlers(services: IpcServices): Record<DesktopCalls, IpcHandler> {
  const { desktop, logger } = services;

  return {
    getDesktopSettings: handler(
      'getDesktopSettings',
      ipcCalls.getDesktopSettings.input,
      () => desktop.get(),
      logger,
    ),

    setStartAtLogin: handler(
      'setStartAtLogin',
      ipcCalls.setStartAtLogin.input,
      ({ enabled }) => desktop.setStartAtLogin(enabled),
      logger,
    ),

    setNotifications: handler(
      'setNotifications',
      ipcCalls.setNotifications.input,
      ({ enabled }) => desktop.setNotifications(enabled),
      logger,
    ),

    setGlobalShortcut: handler(
      'setGlobalShortcut',
      ipcCalls.setGlobalShortcut.input,
      ({ accelerator, profile }) =>
        desktop.setGlobalShortcut(
          accelerator === null
            ? null
            : { accelerator, ...(profile === undefined ? {} : { profile }) },
        ),
      logger,
    ),
  };
}
