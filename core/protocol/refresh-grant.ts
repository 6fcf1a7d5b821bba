/**
 * Refreshing an access token (RFC 6749 §6) through oauth4webapi. Wallboard may or may not
 * rotate refresh tokens; when it sends none, the one we used stays, with its expiry.
 */
import { processRefreshTokenResponse, refreshTokenGrantRequest } from 'oauth4webapi';
import { WallboardTokenError } from '../errors';
import { systemClock, type Clock } from '../ports';
import type { TokenSet } from '../session/token-set';
import { requestTokens, type TokenRequestInput } from './token-request';
import { toTokenSet } from './token-response';

export interface RefreshGrantInput extends TokenRequestInput {
  refreshToken: string;
  /**
   * The set being refreshed: its refresh expiry, tenant, method and username carry over.
   * Without it the method comes from the profile and the kept refresh token's expiry is unknown.
   */
  previous?: TokenSet;
  /** Whether the session asked for keep-me-signed-in (default: the profile's setting). */
  kmsi?: boolean;
  clock?: Clock;
}

/** RFC 6749 §6: a refresh token grant, as a TokenSet that keeps what the server did not renew. */
export async function refreshGrant(input: RefreshGrantInput): Promise<TokenSet> {
  const { profile, previous, refreshToken } = input;
  if (refreshToken === '') {
    throw new WallboardTokenError(
      'session_expired',
      `The session of profile '${profile.name}' has no refresh token. Sign in again.`,
      { profile: profile.name },
    );
  }

  const { response, httpStatus } = await requestTokens('refresh_token', input, async (frame) => {
    const sent = await refreshTokenGrantRequest(
      frame.as,
      frame.client,
      frame.clientAuth,
      refreshToken,
      frame.options,
    );
    return processRefreshTokenResponse(frame.as, frame.client, sent);
  });

  return toTokenSet(response, {
    profile,
    now: (input.clock ?? systemClock).now(),
    method: previous?.method ?? profile.method,
    kmsi: input.kmsi ?? profile.kmsi,
    username: previous?.username,
    previousRefresh: {
      refreshToken,
      refreshIssuedAt: previous?.refreshIssuedAt,
      refreshExpiresAt: previous?.refreshExpiresAt,
    },
    previous,
    httpStatus,
  });
}
