/**
 * The frame every grant shares: server and client metadata from the profile, client
 * authentication, the transport, and every failure mapped to a WallboardTokenError.
 */
import type {
  AuthorizationServer,
  Client,
  ClientAuth,
  TokenEndpointRequestOptions,
  TokenEndpointResponse,
} from 'oauth4webapi';
import type { Profile } from '../profile/profile';
import { authorizationServerFor, clientFor } from './authorization-server';
import { clientAuthFor } from './client-auth';
import { tokenRequestError, type TokenGrant } from './error-mapping';
import { tokenEndpointCall, type TransportOptions } from './token-endpoint';

/** What a grant needs to send its request and validate the answer with oauth4webapi. */
export interface TokenRequestFrame {
  as: AuthorizationServer;
  client: Client;
  clientAuth: ClientAuth;
  options: TokenEndpointRequestOptions;
}

export interface TokenRequestInput extends TransportOptions {
  profile: Profile;
  /** The confidential client's secret, read from the vault by the caller; never stored here. */
  clientSecret?: string;
}

/** The validated response and the HTTP status it came with. */
export interface TokenRequestResult {
  response: TokenEndpointResponse;
  httpStatus: number | undefined;
}

/** Runs one token request (RFC 6749 §3.2) and maps any failure (§5.2) for `grant`. */
export async function requestTokens(
  grant: TokenGrant,
  input: TokenRequestInput,
  exchange: (frame: TokenRequestFrame) => Promise<TokenEndpointResponse>,
): Promise<TokenRequestResult> {
  const { profile } = input;
  const as = authorizationServerFor(profile);
  const client = clientFor(profile);
  const clientAuth = clientAuthFor(profile, input.clientSecret);
  const call = tokenEndpointCall(profile, input);

  try {
    const response = await exchange({ as, client, clientAuth, options: call.options });
    return { response, httpStatus: call.httpStatus };
  } catch (error) {
    throw tokenRequestError(error, {
      profile,
      grant,
      httpStatus: call.httpStatus,
      timeoutMs: input.timeoutMs,
    });
  }
}
