/**
 * The second half of the code flow: validate the callback (RFC 6749 §4.1.2) and exchange its
 * code with the PKCE verifier for tokens (RFC 6749 §4.1.3, RFC 7636 §4.5), via oauth4webapi.
 */
import {
  authorizationCodeGrantRequest,
  processAuthorizationCodeResponse,
  validateAuthResponse,
} from 'oauth4webapi';
import { systemClock, type Clock } from '../ports';
import type { TokenSet } from '../session/token-set';
import { authorizationServerFor, clientFor } from './authorization-server';
import { authorizationResponseFailure, missingCodeError } from './error-mapping';
import { requestTokens, type TokenRequestInput } from './token-request';
import { toTokenSet } from './token-response';

export interface CodeExchangeInput extends TokenRequestInput {
  /** The full callback URL the loopback listener received. */
  callbackUrl: URL;
  /** The `state` sent with the authorization request. */
  expectedState: string;
  /** The PKCE verifier whose challenge went with the authorization request. */
  codeVerifier: string;
  /** Exactly the redirect URI sent with the authorization request. */
  redirectUri: string;
  clock?: Clock;
}

/** RFC 6749 §4.1.2-4.1.4: validates the callback and redeems its code for a TokenSet. */
export async function exchangeCode(input: CodeExchangeInput): Promise<TokenSet> {
  const { profile, callbackUrl, expectedState } = input;
  const as = authorizationServerFor(profile);
  const client = clientFor(profile);

  let callbackParams: URLSearchParams;
  try {
    callbackParams = validateAuthResponse(as, client, callbackUrl, expectedState);
  } catch (error) {
    throw authorizationResponseFailure(error, { url: callbackUrl, expectedState, profile });
  }
  if (!callbackParams.get('code')) throw missingCodeError(profile.name);

  const { response, httpStatus } = await requestTokens(
    'authorization_code',
    input,
    async (frame) => {
      const sent = await authorizationCodeGrantRequest(
        frame.as,
        frame.client,
        frame.clientAuth,
        callbackParams,
        input.redirectUri,
        input.codeVerifier,
        { ...frame.options, additionalParameters: { kmsi: String(profile.kmsi) } },
      );
      return processAuthorizationCodeResponse(frame.as, frame.client, sent);
    },
  );

  return toTokenSet(response, {
    profile,
    now: (input.clock ?? systemClock).now(),
    method: 'browser',
    kmsi: profile.kmsi,
    httpStatus,
  });
}
