/**
 * GET and POST /oauth/authorize: validate the client and redirect URI before anything else
 * (RFC 6749 §4.1.2.1: never redirect to an unverified URI), then show the sign-in page and
 * answer with a code or an error on the redirect URI.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerContext } from './context';
import { findUser } from './fixtures';
import { param, readForm, redirect, repeatedParam, sendHtml } from './http-io';
import { errorPage, loginPage, type AuthorizeRequest, type Page } from './login-page';
import { resolveRedirectUri } from './redirect-uri';
import { checkPassword, checkTotp } from './user-auth';

type Validation =
  | { kind: 'ok'; request: AuthorizeRequest }
  | { kind: 'page'; page: Page }
  | { kind: 'redirect'; location: string };

/** The redirect URI with the given response parameters added (RFC 6749 §4.1.2, §4.1.2.1). */
function callbackUrl(
  redirectUri: string,
  state: string | undefined,
  values: Record<string, string>,
) {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(values)) url.searchParams.set(name, value);
  if (state !== undefined) url.searchParams.set('state', state);
  return url.href;
}

function validate(ctx: ServerContext, params: URLSearchParams): Validation {
  const clientId = param(params, 'client_id');
  const requested = param(params, 'redirect_uri');
  const bad = (detail: string): Validation => ({
    kind: 'page',
    page: errorPage('This sign-in link is not valid', detail),
  });
  if (params.getAll('client_id').length > 1 || params.getAll('redirect_uri').length > 1) {
    return bad('client_id and redirect_uri must appear once.');
  }
  const client = clientId === undefined ? undefined : ctx.clients.get(clientId);
  if (client === undefined) return bad('The application (client_id) is not registered.');
  const redirectUri = resolveRedirectUri(client, requested);
  if (redirectUri === undefined) {
    return bad('The redirect_uri is not registered for this application.');
  }

  // From here on, errors go back to the application on its verified redirect URI.
  const state = param(params, 'state');
  const refuse = (error: string, description: string): Validation => ({
    kind: 'redirect',
    location: callbackUrl(redirectUri, state, { error, error_description: description }),
  });
  const repeated = repeatedParam(params);
  if (repeated !== undefined) return refuse('invalid_request', `${repeated} must not repeat`);
  const responseType = param(params, 'response_type');
  if (responseType === undefined) return refuse('invalid_request', 'response_type is required');
  if (responseType !== 'code') return refuse('unsupported_response_type', 'Use response_type=code');
  if (!client.grantTypes.includes('authorization_code')) {
    return refuse('unauthorized_client', 'This client may not use authorization_code');
  }
  const codeChallenge = param(params, 'code_challenge');
  if (codeChallenge === undefined && client.clientSecret === undefined) {
    return refuse('invalid_request', 'Public clients must use PKCE with S256');
  }
  if (codeChallenge !== undefined) {
    // RFC 7636 §4.3: a missing method means `plain`, which this server refuses.
    if (param(params, 'code_challenge_method') !== 'S256') {
      return refuse('invalid_request', 'code_challenge_method must be S256');
    }
    if (!/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) {
      return refuse('invalid_request', 'code_challenge is not a base64url SHA-256 value');
    }
  }

  const request: AuthorizeRequest = {
    clientId: client.clientId,
    redirectUri,
    redirectUriSent: requested !== undefined,
    state,
    codeChallenge,
    scope: param(params, 'scope'),
  };
  return { kind: 'ok', request };
}

/** Checks the submitted sign-in form; returns the page to show again or the redirect to make. */
function signIn(ctx: ServerContext, request: AuthorizeRequest, form: URLSearchParams) {
  const email = param(form, 'email') ?? '';
  const binding = JSON.stringify(request);
  const again = (error: string, ticket?: string): Page =>
    loginPage({ request, email, error, ...(ticket === undefined ? {} : { ticket }) });

  const ticket = param(form, 'login_ticket');
  const viaTicket = ticket !== undefined && ctx.tickets.attempt(ticket, email, binding);
  const user = viaTicket
    ? findUser(email, ctx.users)
    : checkPassword(ctx.users, email, param(form, 'password'));
  if (user === undefined) return again('Wrong e-mail or password. Try again.');

  const totp = checkTotp(user, param(form, 'totp'), ctx.clock());
  if (totp === 'missing' || totp === 'wrong') {
    const message =
      totp === 'missing'
        ? 'This account uses two-factor authentication: enter the 6-digit code from your authenticator app.'
        : 'That code is wrong or expired. Enter the current 6-digit code.';
    return again(message, viaTicket ? ticket : ctx.tickets.issue(user.email, binding));
  }
  if (viaTicket) ctx.tickets.finish(ticket);

  const code = ctx.store.issueCode(
    {
      clientId: request.clientId,
      email: user.email,
      redirectUri: request.redirectUri,
      redirectUriSent: request.redirectUriSent,
      codeChallenge: request.codeChallenge,
    },
    ctx.settings.authorizationCodeSeconds,
  );
  return callbackUrl(request.redirectUri, request.state, { code: code.code });
}

/** Handles GET (show the form) and POST (submit it) on /oauth/authorize. */
export async function handleAuthorize(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
): Promise<void> {
  let params = query;
  if (req.method === 'POST') {
    const form = await readForm(req);
    if (!form.ok) {
      const page = errorPage('The sign-in form could not be read', form.description);
      return sendHtml(res, form.status, page.html, page.csp);
    }
    params = form.params;
  } else if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET, POST');
    const page = errorPage('Method not allowed', 'Use GET or POST.');
    return sendHtml(res, 405, page.html, page.csp);
  }

  const validation = validate(ctx, withoutLoginFields(params));
  if (validation.kind === 'page') {
    return sendHtml(res, 400, validation.page.html, validation.page.csp);
  }
  if (validation.kind === 'redirect') return redirect(res, validation.location);
  const { request } = validation;

  if (req.method === 'GET') {
    const page = loginPage({ request });
    return sendHtml(res, 200, page.html, page.csp);
  }
  if (param(params, 'action') === 'deny') {
    const location = callbackUrl(request.redirectUri, request.state, {
      error: 'access_denied',
      error_description: 'The user declined the sign-in',
    });
    return redirect(res, location);
  }
  const outcome = signIn(ctx, request, params);
  if (typeof outcome === 'string') return redirect(res, outcome);
  sendHtml(res, 200, outcome.html, outcome.csp);
}

const loginFields = ['email', 'password', 'totp', 'action', 'login_ticket'];

/** The authorization request alone, without what the sign-in form adds. */
function withoutLoginFields(params: URLSearchParams): URLSearchParams {
  const request = new URLSearchParams(params);
  for (const name of loginFields) request.delete(name);
  return request;
}
