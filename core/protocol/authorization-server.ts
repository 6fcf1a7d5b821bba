/**
 * The authorization server and client metadata oauth4webapi needs, built by hand from a
 * profile: Wallboard publishes no discovery document (RFC 8414 §2 fields only).
 */
import { checkProtocol, type AuthorizationServer, type Client } from 'oauth4webapi';
import { WallboardTokenError } from '../errors';
import type { Profile } from '../profile/profile';

/** RFC 8414 §2: issuer, authorization and token endpoints from the profile's URL and paths. */
export function authorizationServerFor(profile: Profile): AuthorizationServer {
  return {
    issuer: profile.serverUrl,
    authorization_endpoint: endpointUrl(profile, profile.authorizePath).href,
    token_endpoint: endpointUrl(profile, profile.tokenPath).href,
  };
}

/** RFC 7591 §2 client metadata: only the id; authentication is chosen per request. */
export function clientFor(profile: Profile): Client {
  return { client_id: profile.clientId };
}

/** True when oauth4webapi must refuse plain http for this profile (RFC 6749 §3.1, §10.9). */
export function enforcesHttps(profile: Profile): boolean {
  return !profile.allowHttp;
}

/**
 * The endpoint's URL, refused unless it is https, or http on a profile that allows it.
 * Throws `invalid_profile` with what to change.
 */
export function endpointUrl(profile: Profile, path: string): URL {
  const url = parseEndpoint(profile, path);
  try {
    checkProtocol(url, enforcesHttps(profile));
  } catch (error) {
    throw insecureEndpointError(profile, error);
  }
  return url;
}

/** The error for an http endpoint on a profile that does not allow plain http. */
export function insecureEndpointError(profile: Profile, cause: unknown): WallboardTokenError {
  return new WallboardTokenError(
    'invalid_profile',
    `The server URL ${profile.serverUrl} of profile '${profile.name}' is not https. ` +
      'Use an https URL, or allow plain http for this profile if the server is on a trusted ' +
      'network.',
    { profile: profile.name, cause },
  );
}

function parseEndpoint(profile: Profile, path: string): URL {
  const url = URL.parse(profile.serverUrl + path);
  if (url === null || !path.startsWith('/')) {
    throw new WallboardTokenError(
      'invalid_profile',
      `Profile '${profile.name}' has an endpoint path '${path}' that does not form a URL ` +
        `with ${profile.serverUrl}. Paths start with '/', e.g. /oauth/token.`,
      { profile: profile.name },
    );
  }
  return url;
}
