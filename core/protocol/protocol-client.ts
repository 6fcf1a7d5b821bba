/**
 * The protocol client the session use case talks to: each OAuth exchange of this folder,
 * bound to one fetch, clock and timeout.
 */
import type { Clock, FetchLike } from '../ports';
import type { ProtocolClient } from '../session/ports';
import { newAuthorizationSecrets, startAuthorization } from './authorization-request';
import { exchangeCode } from './code-exchange';
import { passwordGrant } from './password-grant';
import { refreshGrant } from './refresh-grant';

export interface ProtocolClientOptions {
  fetch: FetchLike;
  clock: Clock;
  /** How long a token request may take (default 30 s). */
  timeoutMs?: number;
}

/** Binds the OAuth exchanges (RFC 6749 §4.1, §4.3, §6; RFC 7636) to the host's transport. */
export function createProtocolClient(options: ProtocolClientOptions): ProtocolClient {
  const transport = { fetch: options.fetch, timeoutMs: options.timeoutMs, clock: options.clock };
  return {
    newAuthorizationSecrets,
    authorizationUrl: async (profile, redirectUri, secrets) =>
      (await startAuthorization(profile, redirectUri, secrets)).url,
    exchangeCode: (input) =>
      exchangeCode({
        ...transport,
        profile: input.profile,
        clientSecret: input.clientSecret,
        callbackUrl: input.callbackUrl,
        redirectUri: input.redirectUri,
        expectedState: input.secrets.state,
        codeVerifier: input.secrets.codeVerifier,
      }),
    passwordGrant: (input) => passwordGrant({ ...transport, ...input }),
    refresh: (input) =>
      refreshGrant({
        ...transport,
        profile: input.profile,
        clientSecret: input.clientSecret,
        refreshToken: input.previous.refreshToken ?? '',
        previous: input.previous,
      }),
  };
}
