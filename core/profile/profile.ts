/**
 * A profile: one Wallboard server, one OAuth client and one way of signing in.
 * Holds no secret; the client secret lives in the SecretStore under `client-secret/NAME`.
 */

export type SignInMethod = 'browser' | 'service-account';

export interface Profile {
  /** Unique, 1-64 characters of letters, digits, `.`, `_` and `-`. */
  name: string;
  /** The server's base URL, normalised: origin plus path, no trailing slash, no query. */
  serverUrl: string;
  method: SignInMethod;
  clientId: string;
  /** Public clients (PKCE only) send no secret; confidential ones have a secret in the vault. */
  clientType: 'public' | 'confidential';
  /** A fixed loopback redirect URI registered in Wallboard; absent means an ephemeral port. */
  redirectUri?: string;
  /** Path of the authorization endpoint, default `/oauth/authorize` (undocumented by Wallboard). */
  authorizePath: string;
  /** Path of the token endpoint, default `/oauth/token`. */
  tokenPath: string;
  /** Keep me signed in: asks for a 30-day refresh token. */
  kmsi: boolean;
  /** Plain http allowed for this server (self-hosted on a LAN). */
  allowHttp: boolean;
}

/** The documented default client for service accounts. Its secret is public, not a user secret. */
export const defaultServiceClient = {
  clientId: 'default-client',
  clientSecret: '76211db5d8ea',
} as const;

export const defaultAuthorizePath = '/oauth/authorize';
export const defaultTokenPath = '/oauth/token';

/** The redirect used when the profile has no fixed one: an ephemeral port on 127.0.0.1. */
export const ephemeralRedirect = { host: '127.0.0.1', path: '/callback' } as const;

/** The fields that say where a profile's tokens are sent: change one and the tokens no longer belong. */
export const sessionBindingFields = [
  'serverUrl',
  'clientId',
  'clientType',
  'authorizePath',
  'tokenPath',
] as const satisfies readonly (keyof Profile)[];

/** True when an edit moves the profile to another server, endpoint or client. */
export function sessionBindingChanged(before: Profile, after: Profile): boolean {
  return sessionBindingFields.some((field) => before[field] !== after[field]);
}
