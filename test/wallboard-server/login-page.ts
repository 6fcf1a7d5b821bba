/**
 * The HTML of the dev server's sign-in and error pages. Every interpolated value is escaped;
 * a CSP allows only the page's own stylesheet and form posts to the server and the app.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './http-io';

/** A validated authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3), carried by hidden fields. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  /** False when the client omitted redirect_uri and its only registered one applies. */
  redirectUriSent: boolean;
  state: string | undefined;
  codeChallenge: string | undefined;
  scope: string | undefined;
}

export interface LoginPageOptions {
  request: AuthorizeRequest;
  email?: string;
  /** Shown in `#login-error`. */
  error?: string;
  /** Set on the 2FA step: the page then asks for `#totp` and the password becomes optional. */
  ticket?: string;
}

export interface Page {
  html: string;
  csp: string;
}

const css = `
body { font: 16px/1.5 system-ui, sans-serif; background: #eef1f5; color: #1d2430; margin: 0; }
main { max-width: 24rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px;
  box-shadow: 0 2px 12px rgb(0 0 0 / 12%); }
h1 { font-size: 1.4rem; margin: 0 0 1rem; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input { box-sizing: border-box; width: 100%; padding: .5rem; font: inherit; margin-top: .25rem; }
.actions { display: flex; gap: .5rem; margin-top: 1.5rem; }
button { font: inherit; padding: .5rem 1rem; border-radius: 4px; border: 1px solid #8892a0; }
button[value=approve] { background: #1d5fd1; color: #fff; border-color: #1d5fd1; }
#login-error { color: #a40e26; background: #fde8eb; padding: .5rem; border-radius: 4px; }
.note { color: #5b6472; font-size: .85rem; }
`;
const styleSource = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

function csp(formAction: string): string {
  const parts = [
    "default-src 'none'",
    `style-src ${styleSource}`,
    `form-action ${formAction}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ];
  return parts.join('; ');
}

/**
 * Browsers apply form-action to the redirect that follows the post, so the app's loopback
 * origin must be allowed. CSP host sources cannot express IPv6 literals; those get `http:`.
 */
function redirectSource(redirectUri: string): string {
  const url = new URL(redirectUri);
  return url.hostname.startsWith('[') ? `${url.protocol}` : url.origin;
}

function layout(body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wallboard sign-in</title>
<style>${css}</style>
</head>
<body>
<main>
${body}
<p class="note">Wallboard-compatible dev server: demo accounts only, nothing here is real.</p>
</main>
</body>
</html>
`;
}

function hidden(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  return `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

/** The sign-in form, posting back to /oauth/authorize with the request in hidden fields. */
export function loginPage(options: LoginPageOptions): Page {
  const { request, ticket } = options;
  const fields = [
    hidden('response_type', 'code'),
    hidden('client_id', request.clientId),
    hidden('redirect_uri', request.redirectUriSent ? request.redirectUri : undefined),
    hidden('state', request.state),
    hidden('code_challenge', request.codeChallenge),
    hidden('code_challenge_method', request.codeChallenge === undefined ? undefined : 'S256'),
    hidden('scope', request.scope),
    hidden('login_ticket', ticket),
  ].join('\n');
  const error =
    options.error === undefined
      ? ''
      : `<p id="login-error" role="alert">${escapeHtml(options.error)}</p>`;
  const totp =
    ticket === undefined
      ? ''
      : `<label for="totp">Authentication code</label>
<input id="totp" name="totp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" required autofocus>`;
  const app = new URL(request.redirectUri).host;

  const body = `<h1>Sign in to Wallboard</h1>
<p><strong>${escapeHtml(request.clientId)}</strong> asks to use your account.
After sign-in you return to ${escapeHtml(app)}.</p>
${error}
<form method="post" action="/oauth/authorize">
${fields}
<label for="email">E-mail</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(options.email ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password"${ticket === undefined ? ' required' : ''}>
${totp}
<div class="actions">
<button type="submit" name="action" value="approve">Sign in</button>
<button type="submit" name="action" value="deny" formnovalidate>Decline</button>
</div>
</form>`;
  return { html: layout(body), csp: csp(`'self' ${redirectSource(request.redirectUri)}`) };
}

/** A page for requests that must not redirect: unknown client or unregistered redirect URI. */
export function errorPage(title: string, detail: string): Page {
  const body = `<h1>${escapeHtml(title)}</h1>
<p id="authorize-error">${escapeHtml(detail)}</p>`;
  return { html: layout(body), csp: csp("'none'") };
}
