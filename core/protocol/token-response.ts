/**
 * Turns a token response that oauth4webapi has validated into our TokenSet: absolute expiry
 * times from the lifetimes, Wallboard's extra fields, and on refresh what the old set keeps.
 */
import type { TokenEndpointResponse } from 'oauth4webapi';
import type { Profile } from '../profile/profile';
import type { TokenSet } from '../session/token-set';
import { unusableTokenResponseError } from './error-mapping';

/** Wallboard's documented access token lifetime, used when `expires_in` is missing. */
export const defaultAccessLifetimeSeconds = 30 * 60;
/** Wallboard's documented refresh token lifetime without keep-me-signed-in. */
export const defaultRefreshLifetimeSeconds = 60 * 60;
/** Wallboard's documented refresh token lifetime with `kmsi=true`. */
export const kmsiRefreshLifetimeSeconds = 30 * 24 * 60 * 60;

/** The refresh token a refresh was made with, and what we knew of its lifetime. */
export interface PreviousRefresh {
  refreshToken: string;
  refreshIssuedAt?: number;
  refreshExpiresAt?: number;
}

export interface TokenSetContext {
  profile: Profile;
  /** When the response arrived (epoch ms). */
  now: number;
  method: TokenSet['method'];
  /** Whether keep-me-signed-in was asked for: the refresh lifetime when the server omits it. */
  kmsi: boolean;
  username?: string;
  /** Set when refreshing: kept whole when the server issues no new refresh token. */
  previousRefresh?: PreviousRefresh;
  /** Set when refreshing: the tenant and read-only flag when the server omits them. */
  previous?: Pick<TokenSet, 'customerId' | 'readOnly'>;
  /** The HTTP status, for the error when the response is unusable. */
  httpStatus?: number;
}

/** RFC 6749 §5.1 (and §6 on refresh): a validated token response as a TokenSet. */
export function toTokenSet(response: TokenEndpointResponse, context: TokenSetContext): TokenSet {
  const { now } = context;
  if (typeof response.access_token !== 'string' || response.access_token === '') {
    throw unusableTokenResponseError(context.profile, context.httpStatus);
  }
  if (response.token_type.toLowerCase() !== 'bearer') {
    throw unusableTokenResponseError(context.profile, context.httpStatus);
  }

  const accessLifetime = numberField(response.expires_in) ?? defaultAccessLifetimeSeconds;
  const tokens: TokenSet = {
    accessToken: response.access_token,
    readOnly: booleanField(response.readOnly) ?? context.previous?.readOnly ?? false,
    obtainedAt: now,
    accessExpiresAt: now + accessLifetime * 1000,
    method: context.method,
    ...refreshPart(response, context),
  };

  const jwt = response.jwt_access_token;
  if (typeof jwt === 'string' && jwt !== '') tokens.jwt = jwt;
  const customerId = numberField(response.customerId) ?? context.previous?.customerId;
  if (customerId !== undefined) tokens.customerId = customerId;
  if (context.username !== undefined) tokens.username = context.username;
  return tokens;
}

/** The refresh lifetime Wallboard gives when `refresh_total_validity_seconds` is missing. */
export function fallbackRefreshLifetimeSeconds(kmsi: boolean): number {
  return kmsi ? kmsiRefreshLifetimeSeconds : defaultRefreshLifetimeSeconds;
}

function refreshPart(
  response: TokenEndpointResponse,
  { now, kmsi, previousRefresh }: TokenSetContext,
): Pick<TokenSet, 'refreshToken' | 'refreshIssuedAt' | 'refreshExpiresAt'> {
  const refreshToken = response.refresh_token;
  if (typeof refreshToken === 'string' && refreshToken !== '') {
    const lifetime =
      numberField(response.refresh_total_validity_seconds) ?? fallbackRefreshLifetimeSeconds(kmsi);
    return { refreshToken, refreshIssuedAt: now, refreshExpiresAt: now + lifetime * 1000 };
  }
  // No rotation: the token we refreshed with stays valid for as long as it was.
  if (previousRefresh === undefined) return {};
  const kept: Pick<TokenSet, 'refreshToken' | 'refreshIssuedAt' | 'refreshExpiresAt'> = {
    refreshToken: previousRefresh.refreshToken,
  };
  if (previousRefresh.refreshIssuedAt !== undefined) {
    kept.refreshIssuedAt = previousRefresh.refreshIssuedAt;
  }
  if (previousRefresh.refreshExpiresAt !== undefined) {
    kept.refreshExpiresAt = previousRefresh.refreshExpiresAt;
  }
  return kept;
}

/** Numbers arrive normalised (response-normaliser); anything else counts as absent. */
function numberField(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function booleanField(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}
