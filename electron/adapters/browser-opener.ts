/**
 * Opens sign-in pages in the user's system browser through `shell.openExternal`, refusing
 * anything but http(s) so a crafted URL can never launch another program.
 */
import { shell } from 'electron';
import { WallboardTokenError } from '../../core/errors';
import type { BrowserOpener } from '../../core/ports';
import { isExternalUrlAllowed } from '../window/navigation-guard';

/** The core's BrowserOpener over `shell.openExternal`, http(s) only. */
export const openInSystemBrowser: BrowserOpener = async (url) => {
  if (!isExternalUrlAllowed(url)) {
    throw new WallboardTokenError('usage', 'Only http and https addresses open in the browser.');
  }
  await shell.openExternal(url, { activate: true });
};
