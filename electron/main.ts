/**
 * The main process entry: orchestration only. A `--print-token` launch answers and exits.
 * Otherwise one instance; once ready, build the services, register IPC, start the refresh
 * scheduler, the power watchers and the tray, then open the window (unless started at login).
 */
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import path from 'node:path';
import { isWallboardError } from '../core/errors';
import { configDirEnv } from '../core/store/config-dir';
import { createAppLogger } from './adapters/app-logger';
import { watchPowerEvents } from './adapters/power-events';
import type { FocusProfile } from './ipc/contract';
import { createIpcHandlers, forwardSessionEvents } from './ipc/handlers/create-ipc-handlers';
import { emitToWindow, registerIpc, type IpcTarget } from './ipc/register-ipc';
import { openedAtLogin } from './os/login-item';
import { startsHidden } from './os/launch-args';
import { answerLaunch } from './print-token/answer-launch';
import { appArguments, parsePrintTokenArgs } from './print-token/print-token-args';
import { runPrintToken } from './print-token/run-print-token';
import { createAppServices, type AppServices } from './services/app-services';
import { startDesktopIntegration, type DesktopIntegration } from './services/desktop-integration';
import { pokeAfterProfileCalls } from './services/session-watch';
import { registerAppScheme } from './window/app-protocol';
import {
  createMainWindow,
  guardAllWebContents,
  lockDownSession,
  type MainWindowInput,
} from './window/main-window';
import { keepInTray } from './tray/keep-in-tray';

let mainWindow: { window: BrowserWindow; appUrl: string } | undefined;
let windowInput: MainWindowInput | undefined;
let desktop: DesktopIntegration | undefined;
let quitting = false;
const stops: Array<() => void> = [];
let resolveServices: (services: AppServices) => void = () => undefined;
const servicesReady = new Promise<AppServices>((resolve) => (resolveServices = resolve));

const target: IpcTarget = {
  trusted: () =>
    mainWindow && !mainWindow.window.isDestroyed()
      ? { webContentsId: mainWindow.window.webContents.id, appUrl: mainWindow.appUrl }
      : undefined,
  webContents: () =>
    mainWindow && !mainWindow.window.isDestroyed() ? mainWindow.window.webContents : undefined,
};
const emit = emitToWindow(target);

/** Shows the window, creating it if it was never opened (a start at login). */
function openWindow(): { fresh: boolean } {
  if (windowInput === undefined) return { fresh: false };
  const current = mainWindow?.window;
  if (current === undefined || current.isDestroyed()) {
    mainWindow = createMainWindow(windowInput);
    if (desktop?.hasTray) {
      keepInTray(mainWindow.window, {
        quitting: () => quitting,
        onHide: () => desktop?.windowHidden(),
      });
    }
    return { fresh: true };
  }
  if (current.isMinimized()) current.restore();
  current.show();
  current.focus();
  return { fresh: false };
}

/** Shows the window on a profile; a fresh window gets the request once its page has loaded. */
function showProfile(focus: FocusProfile): void {
  const { fresh } = openWindow();
  const tell = () => emit('focusProfile', focus);
  if (fresh) mainWindow?.window.webContents.once('did-finish-load', tell);
  else tell();
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

  const services = await createAppServices({
    configDir,
    logger,
    logFilePath: filePath,
    emit,
    onShortcut: (profile) => void desktop?.copyForShortcut(profile),
  });
  const handlers = pokeAfterProfileCalls(createIpcHandlers(services.ipc), () => desktop?.poke());
  stops.push(registerIpc(ipcMain, handlers, target, logger));
  stops.push(forwardSessionEvents(services.ipc));
  await services.scheduler.start();
  stops.push(() => services.scheduler.stop());
  stops.push(watchPowerEvents(services.scheduler, logger));
  resolveServices(services);

  desktop = startDesktopIntegration({
    services,
    handlers,
    mainDir: __dirname,
    openWindow,
    showProfile,
    logger,
  });
  stops.push(() => desktop?.stop());

  const devServerUrl = app.isPackaged ? undefined : process.env['VITE_DEV_SERVER_URL'];
  windowInput = {
    preloadPath: path.join(__dirname, 'preload.cjs'),
    rendererDir: path.join(__dirname, '..', 'renderer'),
    devServerUrl,
    logger,
  };
  lockDownSession(windowInput);
  const hidden = startsHidden(
    appArguments(process.argv, process.defaultApp === true),
    openedAtLogin(),
  );
  if (!hidden || !desktop.hasTray) openWindow();
  app.on('activate', () => openWindow());
}

/** A second launch: a `--print-token` request is answered, anything else shows the window. */
function onSecondInstance(data: unknown): void {
  void servicesReady
    .then((services) =>
      answerLaunch(data, {
        sessions: services.sessions,
        profiles: services.profileStore,
        logger: services.ipc.logger,
      }),
    )
    .then((answered) => {
      if (!answered) openWindow();
    });
}

// Tests and portable setups point the app at their own folder for settings and secrets.
const configDirOverride = process.env[configDirEnv];
if (configDirOverride !== undefined && configDirOverride !== '') {
  app.setPath('userData', path.resolve(configDirOverride));
}

const printToken = parsePrintTokenArgs(
  appArguments(process.argv, process.defaultApp === true),
  process.env,
);
if (printToken.kind !== 'absent') {
  runPrintToken(printToken);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  guardAllWebContents();
  app.on('second-instance', (_event, _argv, _cwd, data) => onSecondInstance(data));
  app.on('before-quit', () => {
    quitting = true;
  });
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
