/**
 * The authorization request of the code flow (RFC 6749 §4.1.1) with PKCE S256 (RFC 7636 §4),
 * built with oauth4webapi's generators. The caller keeps `state` and `codeVerifier` in memory
 * until the callback arrives; neither is ever written down or logged.
 */
import {
  calculatePKCECodeChallenge,
  generateRandomCodeVerifier,
  generateRandomState,
} from 'oauth4webapi';
import type { Profile } from '../profile/profile';
import { endpointUrl } from './authorization-server';

export interface AuthorizationRequest {
  /** The URL to open in the browser. It holds the state and challenge, never the verifier. */
  url: URL;
  /** RFC 6749 §10.12: compared with the callback's `state`. */
  state: string;
  /** RFC 7636 §4.1: sent with the code exchange, kept secret until then. */
  codeVerifier: string;
}

/** The per-request secrets: `state` and the PKCE verifier. */
export type AuthorizationSecrets = Pick<AuthorizationRequest, 'state' | 'codeVerifier'>;

/**
 * RFC 6749 §10.12 and RFC 7636 §4.1: a fresh random state and code verifier, for callers that
 * need the state before the redirect URI is known (the loopback listener checks it).
 */
export function newAuthorizationSecrets(): AuthorizationSecrets {
  return { state: generateRandomState(), codeVerifier: generateRandomCodeVerifier() };
}

/**
 * RFC 6749 §4.1.1 and RFC 7636 §4.3: the authorization URL with its state and PKCE verifier,
 * fresh ones unless `secrets` made earlier by newAuthorizationSecrets are given.
 */
export async function startAuthorization(
  profile: Profile,
  redirectUri: string,
  secrets: AuthorizationSecrets = newAuthorizationSecrets(),
): Promise<AuthorizationRequest> {
  const url = endpointUrl(profile, profile.authorizePath);
  const { state, codeVerifier } = secrets;
  const codeChallenge = await calculatePKCECodeChallenge(codeVerifier);

  const params = url.searchParams;
  params.set('response_type', 'code');
  params.set('client_id', profile.clientId);
  params.set('redirect_uri', redirectUri);
  params.set('state', state);
  params.set('code_challenge', codeChallenge);
  params.set('code_challenge_method', 'S256');
  return { url, state, codeVerifier };
}
