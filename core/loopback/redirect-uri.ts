/**
 * Where the loopback listener listens, read from a profile's redirect URI (RFC 8252 §7.3):
 * plain http on 127.0.0.1, [::1] or localhost, an explicit path, no query or fragment.
 */
import { WallboardTokenError } from '../errors';
import { ephemeralRedirect } from '../profile/profile';

export type LoopbackHost = '127.0.0.1' | '::1' | 'localhost';

export interface LoopbackAddress {
  host: LoopbackHost;
  /** 0 asks the system for a free port. */
  port: number;
  path: string;
}

/** RFC 8252 §7.3: the listener's address for a fixed redirect URI, or an ephemeral one. */
export function loopbackAddressOf(redirectUri: string | undefined): LoopbackAddress {
  if (redirectUri === undefined) return { ...ephemeralRedirect, port: 0 };

  const url = URL.parse(redirectUri);
  const host = url === null ? undefined : loopbackHost(url.hostname);
  if (url === null || url.protocol !== 'http:' || host === undefined) {
    throw invalidRedirect(
      redirectUri,
      'it must be a loopback address such as http://127.0.0.1:53682/callback',
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw invalidRedirect(redirectUri, 'it must not contain a query, fragment or user name');
  }
  return { host, port: url.port === '' ? 80 : Number(url.port), path: url.pathname };
}

function loopbackHost(hostname: string): LoopbackHost | undefined {
  switch (hostname) {
    case '127.0.0.1':
    case 'localhost':
      return hostname;
    case '[::1]':
      return '::1';
    default:
      return undefined;
  }
}

function invalidRedirect(redirectUri: string, reason: string): WallboardTokenError {
  return new WallboardTokenError(
    'invalid_profile',
    `The redirect URI ${redirectUri} cannot be used: ${reason}. Register such a URI for the ` +
      'client in Wallboard and enter the same one in the profile.',
  );
}
