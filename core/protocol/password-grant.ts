/**
 * Wallboard's legacy password grant for service accounts (RFC 6749 §4.3), sent through
 * oauth4webapi's generic token request with Wallboard's extra `totp` and `kmsi` fields.
 */
import { genericTokenEndpointRequest, processGenericTokenEndpointResponse } from 'oauth4webapi';
import { systemClock, type Clock } from '../ports';
import type { TokenSet } from '../session/token-set';
import { requestTokens, type TokenRequestInput } from './token-request';
import { toTokenSet } from './token-response';

export interface PasswordGrantInput extends TokenRequestInput {
  /** The service account's e-mail address. */
  username: string;
  password: string;
  /** The current two-factor code, for accounts with 2FA. */
  totp?: string;
  /** Keep me signed in: asks for a 30-day refresh token. */
  kmsi: boolean;
  clock?: Clock;
}

/** RFC 6749 §4.3.2: the resource owner password credentials grant, as a TokenSet. */
export async function passwordGrant(input: PasswordGrantInput): Promise<TokenSet> {
  const params = new URLSearchParams({ username: input.username, password: input.password });
  if (input.totp !== undefined && input.totp !== '') params.set('totp', input.totp);
  params.set('kmsi', String(input.kmsi));

  const { response, httpStatus } = await requestTokens('password', input, async (frame) => {
    const sent = await genericTokenEndpointRequest(
      frame.as,
      frame.client,
      frame.clientAuth,
      'password',
      params,
      frame.options,
    );
    return processGenericTokenEndpointResponse(frame.as, frame.client, sent);
  });

  return toTokenSet(response, {
    profile: input.profile,
    now: (input.clock ?? systemClock).now(),
    method: 'service-account',
    kmsi: input.kmsi,
    username: input.username,
    httpStatus,
  });
}
