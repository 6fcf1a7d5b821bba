/**
 * Which web permissions the app's page gets: writing plain text to the clipboard (for
 * non-secret values such as the redirect URI), and nothing else. Pure, so tested in Node.
 */

/** Permissions the app's own page may use; everything else is refused for every page. */
const allowed = new Set(['clipboard-sanitized-write']);

export interface PermissionAsk {
  permission: string;
  /** The requesting page's URL or origin (Electron gives one or the other). */
  requesting: string;
  isMainFrame: boolean;
}

/** True when the ask comes from the app's main frame (same scheme and host) for an allowed permission. */
export function isPermissionAllowed(ask: PermissionAsk, appUrl: string): boolean {
  if (!allowed.has(ask.permission) || !ask.isMainFrame) return false;
  if (!URL.canParse(ask.requesting) || !URL.canParse(appUrl)) return false;
  const from = new URL(ask.requesting);
  const app = new URL(appUrl);
  return from.protocol === app.protocol && from.host === app.host;
}
