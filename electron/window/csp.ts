/**
 * The renderer's Content Security Policy: only the app's own scripts and styles, no inline
 * code, no eval, no plugins, no framing, no forms. Development adds the Vite dev server.
 */

/**
 * The CSP header value. With `devServerUrl` (Vite, development only) it also allows that
 * server, its hot-reload socket and inline script and style, which Vite's React refresh
 * preamble and CSS injection need; the built app never gets those.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const dev = devServerUrl === undefined ? undefined : new URL(devServerUrl);
  const code = dev === undefined ? "'self'" : `'self' ${dev.origin} 'unsafe-inline'`;
  const connect =
    dev === undefined
      ? "'self'"
      : `'self' ${dev.origin} ${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`;

  return [
    "default-src 'self'",
    `script-src ${code}`,
    `style-src ${code}`,
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
