/**
 * Which image file shows a tray variant: black template images on macOS (the menu bar tints
 * them), colour images elsewhere. Electron picks the `@2x` file beside each one by itself.
 */
import path from 'node:path';
import type { TrayVariant } from './tray-appearance';

/** Where scripts/build-electron.mjs copies electron/tray/assets, next to main.cjs. */
export const trayIconDir = 'tray-icons';

/** The icon file of `variant` for `platform`, under `mainDir` (the bundle's folder). */
export function trayIconPath(
  variant: TrayVariant,
  platform: NodeJS.Platform,
  mainDir: string,
): string {
  const template = platform === 'darwin' ? 'Template' : '';
  return path.join(mainDir, trayIconDir, `tray-${variant}${template}.png`);
}
