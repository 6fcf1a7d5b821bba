/**
 * The three grants of Wallboard's token endpoint. Each validates the request against what the
 * server issued earlier and either issues tokens or names the exact RFC 6749 §5.2 error.
 */
import { createHash } from 'node:crypto';
import type { ServerContext } from './context';
import { findUser, type ClientFixture, type GrantType } from './fixtures';
import { param } from './http-io';
import { refreshLifetime, tokenResponse, type TokenResponseBody } from './token-issuer';
import { checkPassword, checkTotp } from './user-auth';

/** Error codes of the token endpoint; the last three are Wallboard-style extensions. */
export type TokenErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'totp_required'
  | 'invalid_totp'
  | 'unauthorized_user';

export type GrantOutcome =
  { ok: true; body: TokenResponseBody } | { ok: false; error: TokenErrorCode; description: string };

type GrantHandler = (
  ctx: ServerContext,
  client: ClientFixture,
  params: URLSearchParams,
) => Promise<GrantOutcome>;

const fail = (error: TokenErrorCode, description: string): GrantOutcome => ({
  ok: false,
  error,
  description,
});

/** RFC 7636 §4.1: 43-128 unreserved characters. */
const verifierPattern = /^[A-Za-z0-9._~-]{43,128}$/;

/** `kmsi` as Wallboard reads it: absent or `false` is false, `true` is true. */
function parseKmsi(params: URLSearchParams): boolean | undefined {
  const value = param(params, 'kmsi')?.toLowerCase() ?? 'false';
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** RFC 6749 §4.1.3 with RFC 7636 §4.6: single-use code, same client and redirect, PKCE. */
const authorizationCode: GrantHandler = async (ctx, client, params) => {
  const code = param(params, 'code');
  const kmsi = parseKmsi(params);
  if (code === undefined) return fail('invalid_request', 'code is required');
  if (kmsi === undefined) return fail('invalid_request', 'kmsi must be true or false');

  const record = ctx.store.findCode(code);
  if (record === undefined || record.clientId !== client.clientId) {
    return fail('invalid_grant', 'The authorization code is invalid');
  }
  if (record.used) {
    // RFC 6749 §4.1.2: a code used twice revokes what the first use issued.
    if (record.grant !== undefined) record.grant.revoked = true;
    return fail('invalid_grant', 'The authorization code was already used');
  }
  record.used = true;
  if (ctx.store.isExpired(record.expiresAt)) {
    return fail('invalid_grant', 'The authorization code expired');
  }
  const redirectUri = param(params, 'redirect_uri');
  const redirectOk = record.redirectUriSent
    ? redirectUri === record.redirectUri
    : redirectUri === undefined || redirectUri === record.redirectUri;
  if (!redirectOk) return fail('invalid_grant', 'redirect_uri does not match the authorization');

  const verifier = param(params, 'code_verifier');
  if (record.codeChallenge !== undefined) {
    if (verifier === undefined) return fail('invalid_request', 'code_verifier is required');
    const hashed = createHash('sha256').update(verifier, 'ascii').digest('base64url');
    if (!verifierPattern.test(verifier) || hashed !== record.codeChallenge) {
      return fail('invalid_grant', 'PKCE verification failed');
    }
  } else if (verifier !== undefined) {
    // RFC 9700 §2.1.1: a verifier without a challenge hints at a PKCE downgrade.
    return fail('invalid_grant', 'code_verifier sent, but the authorization had no challenge');
  }

  const user = findUser(record.email, ctx.users);
  if (user === undefined) return fail('invalid_grant', 'The user no longer exists');
  const grant = ctx.store.createGrant(user.email, client.clientId, kmsi);
  record.grant = grant;
  const refresh = ctx.store.issueRefresh(grant, refreshLifetime(ctx.settings, kmsi));
  return { ok: true, body: await tokenResponse(ctx, grant, user, refresh, true) };
};

/** RFC 6749 §6, with optional rotation and reuse detection (RFC 9700 §4.14.2). */
const refreshToken: GrantHandler = async (ctx, client, params) => {
  const token = param(params, 'refresh_token');
  if (token === undefined) return fail('invalid_request', 'refresh_token is required');

  const record = ctx.store.findRefresh(token);
  if (record === undefined || record.grant.clientId !== client.clientId) {
    return fail('invalid_grant', 'The refresh token is invalid');
  }
  if (record.state === 'rotated') {
    record.grant.revoked = true;
    return fail('invalid_grant', 'The refresh token was already used; the session is revoked');
  }
  if (record.grant.revoked) return fail('invalid_grant', 'The refresh token was revoked');
  if (ctx.store.isExpired(record.expiresAt)) {
    return fail('invalid_grant', 'The refresh token expired');
  }
  const { grant } = record;
  const user = findUser(grant.email, ctx.users);
  if (user === undefined) return fail('invalid_grant', 'The user no longer exists');

  if (!ctx.settings.rotateRefreshTokens) {
    return { ok: true, body: await tokenResponse(ctx, grant, user, record, false) };
  }
  record.state = 'rotated';
  const next = ctx.store.issueRefresh(grant, refreshLifetime(ctx.settings, grant.kmsi));
  return { ok: true, body: await tokenResponse(ctx, grant, user, next, true) };
};

/** RFC 6749 §4.3, for Wallboard service accounts only, with the account's TOTP when it has 2FA. */
const password: GrantHandler = async (ctx, client, params) => {
  const username = param(params, 'username');
  const secret = param(params, 'password');
  const kmsi = parseKmsi(params);
  if (username === undefined || secret === undefined) {
    return fail('invalid_request', 'username and password are required');
  }
  if (kmsi === undefined) return fail('invalid_request', 'kmsi must be true or false');

  const user = checkPassword(ctx.users, username, secret);
  if (user === undefined) return fail('invalid_grant', 'Wrong e-mail or password');
  if (!user.serviceAccount) {
    return fail('unauthorized_user', 'This user is not a service account; sign in with a browser');
  }
  const totp = checkTotp(user, param(params, 'totp'), ctx.clock());
  if (totp === 'missing') return fail('totp_required', 'This account needs its 2FA code (totp)');
  if (totp === 'wrong') return fail('invalid_totp', 'The 2FA code is wrong or expired');

  const grant = ctx.store.createGrant(user.email, client.clientId, kmsi);
  const refresh = ctx.store.issueRefresh(grant, refreshLifetime(ctx.settings, kmsi));
  return { ok: true, body: await tokenResponse(ctx, grant, user, refresh, true) };
};

export const grantHandlers: Record<GrantType, GrantHandler> = {
  authorization_code: authorizationCode,
  refresh_token: refreshToken,
  password,
};
