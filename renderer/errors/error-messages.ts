/**
 * Every failure code that can reach the window, mapped in one place to a sentence saying what
 * happened and what to do. The record's type lists every code of the core and of the IPC
 * layer, so a code added there without a sentence here fails the type-check.
 */
import type { IpcError, IpcErrorCode } from '../bridge/types';

/** One sentence, or two, per code: what happened, then what to do. */
export const errorMessages: Readonly<Record<IpcErrorCode, string>> = {
  usage: 'The app asked for something it cannot do. Try again, and report it if it happens again.',
  invalid_profile:
    'Some of the profile’s settings are not valid. Correct the marked field and save.',
  profile_not_found: 'This profile no longer exists. Choose another one, or add it again.',
  profile_exists: 'A profile with this name already exists. Choose another name.',
  config_unreadable:
    'The settings file could not be read, so it was set aside untouched. The log file says where; add your profiles again.',
  client_rejected:
    'The server refused the OAuth client. Check the client id and secret, and that the client allows this grant, under OAuth Clients in Wallboard.',
  not_signed_in: 'This profile is not signed in. Sign in to get a token.',
  session_expired: 'The session has ended. Sign in again to get a new token.',
  credentials_rejected:
    'The server did not accept this e-mail address and password. Check both and try again.',
  totp_required:
    'This account uses two-step verification. Enter the current code from your authenticator app.',
  totp_rejected:
    'The verification code was not accepted. Enter the code your authenticator app shows now; it changes every 30 seconds.',
  not_service_account:
    'This account may not sign in with a password. Turn on its Service Account option in Wallboard, or sign in with the browser.',
  access_denied: 'The sign-in was declined in the browser. Sign in again and approve the request.',
  state_mismatch:
    'The browser answered for a different sign-in, so the answer was ignored. Start the sign-in again.',
  login_timeout:
    'The browser did not come back in time. Start the sign-in again and finish it in the browser.',
  login_cancelled: 'The sign-in was cancelled. Sign in again when you are ready.',
  network_error:
    'The server could not be reached. Check the server URL and your network connection, then try again.',
  server_timeout: 'The server took too long to answer. Try again in a moment.',
  server_error:
    'The server ran into a problem. Try again later, and tell the server’s administrator if it persists.',
  invalid_response:
    'The server’s answer was not one a Wallboard server gives. Check the server URL and the advanced paths of the profile.',
  redirect_port_in_use:
    'Another program is using the redirect URI’s port. Close it, or choose another port and register the new redirect URI in Wallboard.',
  secret_store_failed:
    'Secrets could not be read or saved on this machine. Open the log file for details; you may have to sign in again.',
  internal:
    'Something unexpected went wrong. Try again, and open the log file if it happens again.',
  invalid_input: 'The window sent a request the app refused. Check the form and try again.',
  forbidden: 'The request did not come from the app’s own window and was refused. Restart the app.',
};

/** The sentence for a failure's code. */
export function errorSentence(error: Pick<IpcError, 'code'>): string {
  return errorMessages[error.code];
}

/**
 * Codes whose message from main names the exact field or request that was wrong (main's
 * messages never hold a secret): that message says more than the code's general sentence.
 */
const specificCodes: ReadonlySet<IpcErrorCode> = new Set([
  'usage',
  'invalid_input',
  'invalid_profile',
]);

/** What to show for a failed call: main's own words where they are specific, else the sentence. */
export function describeFailure(error: IpcError): string {
  return specificCodes.has(error.code) && error.message !== ''
    ? error.message
    : errorSentence(error);
}

/** Short reasons for the calm note shown when a refresh failed but the token still works. */
const refreshFailureReasons: Partial<Record<IpcErrorCode, string>> = {
  network_error: 'the server could not be reached',
  server_timeout: 'the server took too long to answer',
  server_error: 'the server ran into a problem',
  invalid_response: 'the server’s answer was not understood',
};

/**
 * A failed refresh that keeps a working token is not an emergency: say so, say until when the
 * token works, and that the app tries again.
 */
export function keptTokenSentence(code: string, usableUntil: string): string {
  const reason = refreshFailureReasons[code as IpcErrorCode] ?? 'it did not succeed';
  return `The last refresh failed (${reason}). The current token works until ${usableUntil}, and the app will try again.`;
}

/** True when a code is one of the contract's: `lastError.code` is a plain string. */
export function isKnownErrorCode(code: string): code is IpcErrorCode {
  return Object.hasOwn(errorMessages, code);
}
