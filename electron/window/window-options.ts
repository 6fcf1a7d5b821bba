/**
 * The main window's options, locked down: context isolation, a sandboxed renderer without
 * Node, web security on, no <webview>. Pure, so a test asserts every flag.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const minimumWindowSize = { width: 800, height: 560 } as const;

/** The background painted before the page loads, matching UI.md's light and dark surfaces. */
export const windowBackground = { light: '#f7f7f8', dark: '#17181b' } as const;

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Whether the OS uses a dark theme, to avoid a white flash. */
  dark: boolean;
  title?: string;
}

/** BrowserWindow options for the app's one window. */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: input.title ?? 'Wallboard Token',
    width: 1040,
    height: 700,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    backgroundColor: input.dark ? windowBackground.dark : windowBackground.light,
    show: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
