/**
 * The main process entry: orchestration only. One instance; once ready, build the services,
 * register IPC, start the refresh scheduler and the power watchers, then open the window.
 */
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { isWallboardError } from '../core/errors';
import path from 'node:path';
import { configDirEnv } from '../core/store/config-dir';
import { createAppLogger } from './adapters/app-logger';
import { watchPowerEvents } from './adapters/power-events';
import { createIpcHandlers, forwardSessionEvents } from './ipc/handlers/create-ipc-handlers';
import { emitToWindow, registerIpc, type IpcTarget } from './ipc/register-ipc';
import { createAppServices } from './services/app-services';
import { registerAppScheme } from './window/app-protocol';
import { createMainWindow, guardAllWebContents, lockDownSession } from './window/main-window';

let mainWindow: { window: BrowserWindow; appUrl: string } | undefined;
const stops: Array<() => void> = [];

const target: IpcTarget = {
  trusted: () =>
    mainWindow && !mainWindow.window.isDestroyed()
      ? { webContentsId: mainWindow.window.webContents.id, appUrl: mainWindow.appUrl }
      : undefined,
  webContents: () =>
    mainWindow && !mainWindow.window.isDestroyed() ? mainWindow.window.webContents : undefined,
};

function focusWindow(): void {
  const window = mainWindow?.window;
  if (window === undefined || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

async function start(): Promise<void> {
  const configDir = app.getPath('userData');
  const { logger, filePath } = createAppLogger({
    logDir: path.join(configDir, 'logs'),
    level: process.env['WALLBOARD_TOKEN_LOG_LEVEL'] === 'debug' ? 'debug' : 'info',
    console: !app.isPackaged,
  });
  process.on('uncaughtException', (error) => logger.error('uncaught exception', { error }));
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));
  logger.info('starting', { version: app.getVersion(), platform: process.platform });

  const emit = emitToWindow(target);
  const services = await createAppServices({ configDir, logger, logFilePath: filePath, emit });
  stops.push(registerIpc(ipcMain, createIpcHandlers(services.ipc), target, logger));
  stops.push(forwardSessionEvents(services.ipc));
  await services.scheduler.start();
  stops.push(() => services.scheduler.stop());
  stops.push(watchPowerEvents(services.scheduler, logger));

  const devServerUrl = app.isPackaged ? undefined : process.env['VITE_DEV_SERVER_URL'];
  const windowInput = {
    preloadPath: path.join(__dirname, 'preload.cjs'),
    rendererDir: path.join(__dirname, '..', 'renderer'),
    devServerUrl,
    logger,
  };
  lockDownSession(windowInput);
  mainWindow = createMainWindow(windowInput);
  app.on('activate', () => {
    if (mainWindow === undefined || mainWindow.window.isDestroyed()) {
      mainWindow = createMainWindow(windowInput);
    } else focusWindow();
  });
}

// Tests and portable setups point the app at their own folder for settings and secrets.
const configDirOverride = process.env[configDirEnv];
if (configDirOverride !== undefined && configDirOverride !== '') {
  app.setPath('userData', path.resolve(configDirOverride));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  guardAllWebContents();
  app.on('second-instance', focusWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => stops.splice(0).forEach((stop) => stop()));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Core errors carry a sentence safe to show; anything else is a bug, told plainly.
      const message = isWallboardError(error)
        ? error.message
        : 'An unexpected error stopped the app from starting.';
      dialog.showErrorBox('Wallboard Token could not start', message);
      app.exit(1);
    });
}
