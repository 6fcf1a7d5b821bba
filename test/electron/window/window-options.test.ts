import { describe, expect, it } from 'vitest';
import {
  mainWindowOptions,
  minimumWindowSize,
  windowBackground,
} from '../../../electron/window/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', dark: false });
  const web = options.webPreferences ?? {};

  it('isolates the preload world from the page', () => {
    expect(web.contextIsolation).toBe(true);
  });

  it('sandboxes the renderer', () => {
    expect(web.sandbox).toBe(true);
  });

  it('gives the page, its workers and its frames no Node', () => {
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and insecure content off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
  });

  it('disables <webview> and experimental features', () => {
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
  });

  it('does not navigate to files dropped on the window', () => {
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload', () => {
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('stays usable down to 800x560 and not smaller', () => {
    expect(options.minWidth).toBe(800);
    expect(options.minHeight).toBe(560);
    expect(minimumWindowSize).toEqual({ width: 800, height: 560 });
  });

  it('paints the theme background before the page shows', () => {
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toBe(windowBackground.light);
    const dark = mainWindowOptions({ preloadPath: '/p.cjs', dark: true });
    expect(dark.backgroundColor).toBe(windowBackground.dark);
  });
});
