/**
 * Closing the window hides it: the app keeps running in the tray until Quit. The first time,
 * `onFirstHide` says where the app went. Glue over the window's `close` event.
 */
import type { BrowserWindow } from 'electron';

export interface KeepInTrayDeps {
  /** True once Quit was chosen (`before-quit`): the close then goes ahead. */
  quitting(): boolean;
  /** Called on every hide; returns nothing. The caller shows the notice only once. */
  onHide(): void;
}

/** Turns the window's close into a hide while the app is not quitting. */
export function keepInTray(window: BrowserWindow, deps: KeepInTrayDeps): void {
  window.on('close', (event) => {
    if (deps.quitting()) return;
    event.preventDefault();
    window.hide();
    deps.onHide();
  });
}
