/**
 * The page the browser shows after the redirect: one sentence, no script, no token or code,
 * under a CSP that allows nothing but its own inline style (by hash) and headers that keep it
 * out of caches and referrers.
 */
import { createHash } from 'node:crypto';

const style =
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;' +
  'min-height:100vh;background:#f6f7f9;color:#1d2430}' +
  'main{max-width:32rem;padding:2rem;background:#fff;border-radius:8px;' +
  'box-shadow:0 1px 4px rgba(0,0,0,.12)}h1{font-size:1.25rem;margin:0 0 .5rem}';

const styleHash = createHash('sha256').update(style).digest('base64');

/** The response headers of every page the listener serves. */
export const pageHeaders: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  pragma: 'no-cache',
  'content-security-policy':
    `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; ` +
    "form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  connection: 'close',
};

/** The success sentence the browser shows. */
export const signedInSentence =
  'You are signed in to Wallboard Token. You can close this tab and return to the app.';

/** The page after a successful callback. */
export function signedInPage(): string {
  return page('Signed in', signedInSentence);
}

/** The page after a failed callback: what went wrong, in the error's own words. */
export function failurePage(message: string): string {
  return page('Sign-in failed', `${message} You can close this tab.`);
}

function page(heading: string, sentence: string): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width">' +
    `<title>Wallboard Token: ${heading}</title>` +
    `<style>${style}</style></head><body><main><h1>${heading}</h1>` +
    `<p>${escapeHtml(sentence)}</p></main></body></html>`
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
