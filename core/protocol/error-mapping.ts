/**
 * The one place where protocol failures become WallboardTokenError codes, decided by error
 * class, OAuth `error` value and HTTP status, never by message text. Messages say what to do
 * and hold no token, code, verifier, password, TOTP or secret; the original error is `cause`.
 *
 * Token requests (RFC 6749 §5.2):
 * | failure                                          | code                                  |
 * |--------------------------------------------------|---------------------------------------|
 * | `invalid_grant`                                  | session_expired on refresh, else      |
 * |                                                  | credentials_rejected                  |
 * | `totp_required`                                  | totp_required                         |
 * | `invalid_totp`                                   | totp_rejected                         |
 * | `unauthorized_user`                              | not_service_account                   |
 * | `invalid_client`, `unauthorized_client`,         | client_rejected                       |
 * |   `unsupported_grant_type`, `invalid_scope`      |                                       |
 * | `access_denied`                                  | access_denied                         |
 * | `server_error`, `temporarily_unavailable`        | server_error                          |
 * | any other OAuth error                            | server_error on refresh, else         |
 * |                                                  | credentials_rejected                  |
 * | HTTP 401 without an OAuth error                  | client_rejected                       |
 * | HTTP 5xx without an OAuth error                  | server_error                          |
 * | another status; an HTML, empty or non-JSON body; | invalid_response                      |
 * |   no access_token; a token_type but bearer       |                                       |
 * | connection refused, reset or unresolvable        | network_error                         |
 * | no complete answer within the timeout            | server_timeout                        |
 * | the caller's signal aborted                      | login_cancelled                       |
 * | an http endpoint on a profile without allowHttp  | invalid_profile                       |
 * A refresh keeps unknown OAuth errors out of the sign-in codes so that the session keeps its
 * tokens: only `invalid_grant` ends it.
 *
 * Authorization callbacks (RFC 6749 §4.1.2.1):
 * | `access_denied` and any unknown error            | access_denied                         |
 * | `invalid_request`, `unauthorized_client`,        | client_rejected                       |
 * |   `unsupported_response_type`, `invalid_scope`   |                                       |
 * | `server_error`, `temporarily_unavailable`        | server_error                          |
 * | `state` missing or not ours                      | state_mismatch                        |
 * | neither `code` nor `error`                       | invalid_response                      |
 */
import {
  AuthorizationResponseError,
  HTTP_REQUEST_FORBIDDEN,
  OperationProcessingError,
  REQUEST_PROTOCOL_FORBIDDEN,
  ResponseBodyError,
  UnsupportedOperationError,
  WWWAuthenticateChallengeError,
} from 'oauth4webapi';
import { WallboardTokenError, type ErrorCode, type WallboardErrorDetails } from '../errors';
import type { Profile } from '../profile/profile';
import { insecureEndpointError } from './authorization-server';
import { defaultTimeoutMs, TransportFailure } from './token-endpoint';

/** The token request that failed (RFC 6749 §4.1.3, §4.3.2, §6). */
export type TokenGrant = 'authorization_code' | 'refresh_token' | 'password';

export interface TokenFailureContext {
  profile: Profile;
  grant: TokenGrant;
  /** The status of the response, when one arrived. */
  httpStatus?: number;
  timeoutMs?: number;
}

interface Failure {
  code: ErrorCode;
  message: string;
}

/** Any failure of a token request as a WallboardTokenError (RFC 6749 §5.2). */
export function tokenRequestError(
  error: unknown,
  context: TokenFailureContext,
): WallboardTokenError {
  if (error instanceof WallboardTokenError) return error;
  const { profile } = context;
  const fail = (failure: Failure, more: Omit<WallboardErrorDetails, 'profile' | 'cause'> = {}) =>
    new WallboardTokenError(failure.code, failure.message, {
      profile: profile.name,
      cause: error,
      ...more,
    });

  if (error instanceof TransportFailure) return fail(transportFailure(error, context));
  if (error instanceof ResponseBodyError) {
    const description = error.error_description;
    return fail(oauthFailure(error.error, context), {
      oauthError: error.error,
      oauthDescription: typeof description === 'string' ? description : undefined,
      httpStatus: error.status,
    });
  }
  if (error instanceof WWWAuthenticateChallengeError) {
    const oauthError = error.cause.find((challenge) => challenge.parameters.error)?.parameters;
    const failure = oauthError?.error
      ? oauthFailure(oauthError.error, context)
      : statusFailure(error.status, context);
    return fail(failure, { oauthError: oauthError?.error, httpStatus: error.status });
  }
  if (error instanceof OperationProcessingError) {
    if (error.code === HTTP_REQUEST_FORBIDDEN || error.code === REQUEST_PROTOCOL_FORBIDDEN) {
      return insecureEndpointError(profile, error);
    }
    const httpStatus = error.cause instanceof Response ? error.cause.status : context.httpStatus;
    return fail(statusFailure(httpStatus ?? 200, context), { httpStatus });
  }
  if (error instanceof UnsupportedOperationError) {
    const failure: Failure = { code: 'invalid_response', message: unusableTokens(profile) };
    return fail(failure, { httpStatus: context.httpStatus });
  }
  return fail({
    code: 'internal',
    message:
      `Could not ${action(context.grant)} for profile '${profile.name}': ` +
      'an unexpected error occurred.',
  });
}

/** An authorization error callback (RFC 6749 §4.1.2.1) as a WallboardTokenError. */
export function authorizationCallbackError(
  oauthError: string,
  oauthDescription: string | undefined,
  profileName?: string,
): WallboardTokenError {
  const details = { oauthError, oauthDescription, profile: profileName };
  const named = safeCode(oauthError);
  switch (oauthError) {
    case 'invalid_request':
    case 'unauthorized_client':
    case 'unsupported_response_type':
    case 'invalid_scope':
      return new WallboardTokenError(
        'client_rejected',
        `The server refused the sign-in request${named}. Check the profile's client ID and ` +
          'that its redirect URI is registered for that client in Wallboard.',
        details,
      );
    case 'server_error':
    case 'temporarily_unavailable':
      return new WallboardTokenError(
        'server_error',
        `The server could not complete the sign-in${named}. Try again later.`,
        details,
      );
    default:
      return new WallboardTokenError(
        'access_denied',
        `The sign-in was declined or denied${named}. Sign in again to retry.`,
        details,
      );
  }
}

/**
 * A failure of oauth4webapi's validateAuthResponse (RFC 6749 §4.1.2): an error callback, a
 * `state` other than ours, or a response it cannot use.
 */
export function authorizationResponseFailure(
  error: unknown,
  callback: { url: URL; expectedState: string; profile: Profile },
): WallboardTokenError {
  const profileName = callback.profile.name;
  if (error instanceof AuthorizationResponseError) {
    return authorizationCallbackError(error.error, error.error_description, profileName);
  }
  if (callback.url.searchParams.get('state') !== callback.expectedState) {
    return stateMismatchError(profileName);
  }
  return new WallboardTokenError(
    'invalid_response',
    'The server redirected back with a response this app cannot use. Start the sign-in again.',
    { profile: profileName, cause: error },
  );
}

/** A callback whose `state` is not the one we sent (RFC 6749 §10.12). */
export function stateMismatchError(profileName?: string): WallboardTokenError {
  return new WallboardTokenError(
    'state_mismatch',
    'The sign-in response did not belong to the sign-in this app started, so it was refused. ' +
      'Start the sign-in again.',
    { profile: profileName },
  );
}

/** A callback with neither a code nor an error (RFC 6749 §4.1.2). */
export function missingCodeError(profileName?: string): WallboardTokenError {
  return new WallboardTokenError(
    'invalid_response',
    'The server redirected back without an authorization code. Start the sign-in again.',
    { profile: profileName },
  );
}

/** A token response without a usable bearer access token (RFC 6749 §5.1). */
export function unusableTokenResponseError(
  profile: Profile,
  httpStatus?: number,
): WallboardTokenError {
  return new WallboardTokenError('invalid_response', unusableTokens(profile), {
    profile: profile.name,
    httpStatus,
  });
}

function oauthFailure(oauthError: string, { grant, profile }: TokenFailureContext): Failure {
  const named = safeCode(oauthError);
  switch (oauthError) {
    case 'invalid_grant':
      return invalidGrant(grant);
    case 'totp_required':
      return {
        code: 'totp_required',
        message:
          'This account uses two-factor authentication. Enter the current code from the ' +
          'authenticator app.',
      };
    case 'invalid_totp':
      return {
        code: 'totp_rejected',
        message:
          'The server rejected the two-factor code. Enter the current code from the ' +
          "authenticator app, and check this computer's clock if it keeps failing.",
      };
    case 'unauthorized_user':
      return {
        code: 'not_service_account',
        message:
          'This account is not a service account, so it cannot sign in with a password. ' +
          "Enable 'Service Account' for it in Wallboard, or sign in with the browser.",
      };
    case 'invalid_client':
    case 'unauthorized_client':
    case 'unsupported_grant_type':
    case 'invalid_scope':
      return clientRejected(profile, grant, named);
    case 'access_denied':
      return {
        code: 'access_denied',
        message:
          `The server denied the request to ${action(grant)}. ` +
          "Ask the server's administrator for access.",
      };
    case 'server_error':
    case 'temporarily_unavailable':
      return {
        code: 'server_error',
        message: `The server could not ${action(grant)}${named}. Try again later.`,
      };
    default:
      return {
        code: grant === 'refresh_token' ? 'server_error' : 'credentials_rejected',
        message: `The server refused to ${action(grant)}${named}. Check the profile and try again.`,
      };
  }
}

function invalidGrant(grant: TokenGrant): Failure {
  switch (grant) {
    case 'refresh_token':
      return {
        code: 'session_expired',
        message: 'The server rejected the refresh token: the session has ended. Sign in again.',
      };
    case 'password':
      return {
        code: 'credentials_rejected',
        message:
          'The server rejected the e-mail address or password of the service account. ' +
          'Check them and try again.',
      };
    case 'authorization_code':
      return {
        code: 'credentials_rejected',
        message:
          'The server rejected the authorization code: it may have expired or been used ' +
          'already. Sign in again.',
      };
  }
}

function clientRejected(profile: Profile, grant: TokenGrant, named: string): Failure {
  return {
    code: 'client_rejected',
    message:
      `The server rejected the OAuth client '${profile.clientId}'${named}. Check the ` +
      "profile's client ID and secret, and that Wallboard allows the client the " +
      `${grant} grant.`,
  };
}

function statusFailure(status: number, { profile, grant }: TokenFailureContext): Failure {
  if (status >= 500) {
    return {
      code: 'server_error',
      message:
        `The server failed with HTTP ${status}. Try again later; if it persists, tell the ` +
        "server's administrator.",
    };
  }
  if (status === 401) return clientRejected(profile, grant, '');
  if (status === 200) return { code: 'invalid_response', message: unusableTokens(profile) };
  return {
    code: 'invalid_response',
    message:
      `The server answered HTTP ${status} where tokens were expected. Check the server URL ` +
      `${profile.serverUrl} and the token path ${profile.tokenPath} of profile '${profile.name}'.`,
  };
}

function transportFailure(error: TransportFailure, context: TokenFailureContext): Failure {
  const { serverUrl } = context.profile;
  switch (error.kind) {
    case 'timeout': {
      const seconds = Math.round((context.timeoutMs ?? defaultTimeoutMs) / 1000);
      return {
        code: 'server_timeout',
        message:
          `The server at ${serverUrl} did not answer within ${seconds} seconds. ` +
          'Try again later.',
      };
    }
    case 'cancelled':
      return { code: 'login_cancelled', message: 'The request was cancelled.' };
    case 'network':
      return {
        code: 'network_error',
        message:
          `Could not connect to the server at ${serverUrl}. Check the address and your ` +
          'network connection, then try again.',
      };
  }
}

function unusableTokens(profile: Profile): string {
  return (
    `The server at ${profile.serverUrl} did not answer with usable tokens (a JSON body with ` +
    'a bearer access_token). Check the server URL and token path of the profile.'
  );
}

function action(grant: TokenGrant): string {
  switch (grant) {
    case 'authorization_code':
      return 'complete the sign-in';
    case 'refresh_token':
      return 'refresh the session';
    case 'password':
      return 'sign in the service account';
  }
}

/** ` (code)` for a message, only when the OAuth error looks like one (RFC 6749 §5.2 charset). */
function safeCode(oauthError: string): string {
  return /^[a-z0-9_.-]{1,64}$/i.test(oauthError) ? ` (${oauthError})` : '';
}
