/**
 * Creates the app's one window and applies the lock-down: the options, the CSP, the
 * navigation and window-open guards, and the permission refusals. Glue over window/*.ts.
 */
import { app, BrowserWindow, nativeTheme, session, shell } from 'electron';
import type { Logger } from '../../core/ports';
import { serveRenderer } from './app-protocol';
import { appIndexUrl } from './app-url';
import { contentSecurityPolicy } from './csp';
import { navigationDecision, windowOpenDecision } from './navigation-guard';
import { isPermissionAllowed } from './permissions';
import { mainWindowOptions } from './window-options';

export interface MainWindowInput {
  preloadPath: string;
  /** dist/renderer, served as app://wallboard/ when there is no dev server. */
  rendererDir: string;
  /** Vite's dev server (env VITE_DEV_SERVER_URL) in development. */
  devServerUrl?: string;
  logger: Logger;
}

/** The URL the window loads: the dev server in development, else the app:// page. */
export function appUrlOf(devServerUrl: string | undefined): string {
  return devServerUrl ?? appIndexUrl;
}

/** Applies the CSP and permission refusals to the session; call once, after ready. */
export function lockDownSession(input: MainWindowInput): void {
  const csp = contentSecurityPolicy(input.devServerUrl);
  if (input.devServerUrl === undefined) {
    serveRenderer(input.rendererDir, csp);
  } else {
    const devOrigin = new URL(input.devServerUrl).origin;
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      if (!details.url.startsWith(devOrigin)) return callback({});
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
      });
    });
  }
  // The page writes non-secret text to the clipboard itself; no other permission is granted.
  const appUrl = appUrlOf(input.devServerUrl);
  session.defaultSession.setPermissionRequestHandler((_contents, permission, grant, details) =>
    grant(
      isPermissionAllowed(
        { permission, requesting: details.requestingUrl, isMainFrame: details.isMainFrame },
        appUrl,
      ),
    ),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, origin, details) =>
    isPermissionAllowed(
      { permission, requesting: details.requestingUrl ?? origin, isMainFrame: details.isMainFrame },
      appUrl,
    ),
  );
}

/** A floor for every web contents, present or future: no <webview>, no new windows. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Opens the window, locked down, and starts loading the app; shows it once painted. */
export function createMainWindow(input: MainWindowInput): {
  window: BrowserWindow;
  appUrl: string;
} {
  const appUrl = appUrlOf(input.devServerUrl);
  const { logger } = input;
  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath: input.preloadPath, dark: nativeTheme.shouldUseDarkColors }),
  );
  const contents = window.webContents;

  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    if (navigationDecision(url, appUrl) === 'allow') return;
    event.preventDefault();
    logger.warn('refused to navigate away from the app');
  };
  contents.on('will-navigate', (event) => refuseNavigation(event, event.url));
  contents.on('will-redirect', (event) => refuseNavigation(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) {
      shell.openExternal(url).catch(() => logger.warn('could not open a link in the browser'));
    }
    return { action: decision.action };
  });

  window.once('ready-to-show', () => window.show());
  window.loadURL(appUrl).catch((error: unknown) => {
    logger.error('could not load the app page', { error: String(error) });
  });
  return { window, appUrl };
}
