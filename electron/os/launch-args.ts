/**
 * How the app was launched: by the login item (start in the tray, no window) or by the user.
 * Pure; the login items on every OS pass `--hidden`, except macOS, which says so itself.
 */

/** The switch the login items add: start in the tray without opening the window. */
export const hiddenSwitch = '--hidden';

/** True when the app should start in the tray only. */
export function startsHidden(args: readonly string[], openedAtLogin = false): boolean {
  return openedAtLogin || args.includes(hiddenSwitch);
}
