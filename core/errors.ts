/**
 * Every expected failure of the core, as one error class with a stable `code`.
 * Messages say what happened and what to do; they never contain a token, code, verifier,
 * password, TOTP or client secret. Hosts map `code` to exit codes and sentences in one place.
 */

/** Stable failure codes. Renaming one is a breaking change for the CLI, IPC and UI. */
export const errorCodes = [
  // configuration and usage: exit 2
  'usage',
  'invalid_profile',
  'profile_not_found',
  'profile_exists',
  'config_unreadable',
  'client_rejected',
  // sign-in needed or refused: exit 3
  'not_signed_in',
  'session_expired',
  'credentials_rejected',
  'totp_required',
  'totp_rejected',
  'not_service_account',
  'access_denied',
  'state_mismatch',
  'login_timeout',
  'login_cancelled',
  // server or network: exit 4
  'network_error',
  'server_timeout',
  'server_error',
  'invalid_response',
  // anything else: exit 1
  'redirect_port_in_use',
  'secret_store_failed',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type ErrorCategory = 'configuration' | 'sign-in' | 'server' | 'other';

const categories: Record<ErrorCode, ErrorCategory> = {
  usage: 'configuration',
  invalid_profile: 'configuration',
  profile_not_found: 'configuration',
  profile_exists: 'configuration',
  config_unreadable: 'configuration',
  client_rejected: 'configuration',
  not_signed_in: 'sign-in',
  session_expired: 'sign-in',
  credentials_rejected: 'sign-in',
  totp_required: 'sign-in',
  totp_rejected: 'sign-in',
  not_service_account: 'sign-in',
  access_denied: 'sign-in',
  state_mismatch: 'sign-in',
  login_timeout: 'sign-in',
  login_cancelled: 'sign-in',
  network_error: 'server',
  server_timeout: 'server',
  server_error: 'server',
  invalid_response: 'server',
  redirect_port_in_use: 'other',
  secret_store_failed: 'other',
  internal: 'other',
};

/** The category of a code: what kind of trouble it is, for exit codes and UI tone. */
export function categoryOf(code: ErrorCode): ErrorCategory {
  return categories[code];
}

export interface WallboardErrorDetails {
  /** The OAuth `error` value from the server, when there was one (RFC 6749 §5.2). */
  oauthError?: string;
  /** The server's `error_description`, when there was one. Servers do not put secrets there. */
  oauthDescription?: string;
  /** The HTTP status of the failed response, when there was one. */
  httpStatus?: number;
  /** The profile concerned, when known. */
  profile?: string;
  /** The underlying error. Never log it whole: an oauth4webapi cause can hold a response body. */
  cause?: unknown;
}

/** The one error class of the core: a stable code, a message for people, structured details. */
export class WallboardTokenError extends Error {
  override readonly name = 'WallboardTokenError';
  readonly code: ErrorCode;
  readonly oauthError?: string;
  readonly oauthDescription?: string;
  readonly httpStatus?: number;
  readonly profile?: string;

  constructor(code: ErrorCode, message: string, details: WallboardErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.oauthError = details.oauthError;
    this.oauthDescription = details.oauthDescription;
    this.httpStatus = details.httpStatus;
    this.profile = details.profile;
  }

  get category(): ErrorCategory {
    return categoryOf(this.code);
  }
}

/** True for a WallboardTokenError, optionally of one of the given codes. */
export function isWallboardError(
  value: unknown,
  ...codes: ErrorCode[]
): value is WallboardTokenError {
  return value instanceof WallboardTokenError && (codes.length === 0 || codes.includes(value.code));
}
