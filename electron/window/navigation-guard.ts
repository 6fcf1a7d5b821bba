/**
 * Decisions about leaving the app: the window never navigates away from the app's own page,
 * never opens a second window, and hands only http(s) URLs to the system browser.
 */

/** True for URLs the system browser may open: http and https, nothing else. */
export function isExternalUrlAllowed(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === 'https:' || protocol === 'http:';
}

/**
 * True when `target` is the app itself: same scheme, host and path as the app's page (the
 * app:// scheme or the dev server), so a reload or a hash change. Anything else is refused.
 * Compared part by part because non-special schemes such as app: have an opaque origin.
 */
export function isAppUrl(target: string, appUrl: string): boolean {
  if (!URL.canParse(target) || !URL.canParse(appUrl)) return false;
  const to = new URL(target);
  const app = new URL(appUrl);
  return to.protocol === app.protocol && to.host === app.host && to.pathname === app.pathname;
}

/** What to do with a `will-navigate` or `will-redirect` to `target`. */
export function navigationDecision(target: string, appUrl: string): 'allow' | 'deny' {
  return isAppUrl(target, appUrl) ? 'allow' : 'deny';
}

/**
 * What to do with `window.open` or a `target=_blank` link: always deny the window; an
 * http(s) URL is opened in the system browser instead.
 */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isExternalUrlAllowed(url) };
}
