/**
 * When a token set needs refreshing, and what state a session is in. Pure functions of the
 * token set and the current time, shared by the session use case, the scheduler and the UI.
 */
import type { SessionState } from './session-status';
import type { TokenSet } from './token-set';

/** The least time before expiry at which we refresh, whatever the token's lifetime. */
export const minimumRefreshLeadMs = 60_000;

/**
 * The moment a refresh becomes due: when a tenth of the access token's lifetime, and never
 * less than a minute, is left.
 */
export function refreshDueAt(tokens: TokenSet): number {
  const lifetime = Math.max(0, tokens.accessExpiresAt - tokens.obtainedAt);
  const lead = Math.max(lifetime / 10, minimumRefreshLeadMs);
  return tokens.accessExpiresAt - lead;
}

/** True when the cached access token should not be handed out without a refresh first. */
export function needsRefresh(tokens: TokenSet, now: number): boolean {
  return now >= refreshDueAt(tokens);
}

/** True while the access token is still accepted by the server, by our clock. */
export function accessTokenUsable(tokens: TokenSet, now: number): boolean {
  return now < tokens.accessExpiresAt;
}

/** True while a refresh can still work: there is a refresh token and it has not expired. */
export function canRefresh(tokens: TokenSet, now: number): boolean {
  if (tokens.refreshToken === undefined) return false;
  return tokens.refreshExpiresAt === undefined || now < tokens.refreshExpiresAt;
}

/** The state of a stored session, without network: for status, the sidebar and the tray. */
export function sessionStateOf(tokens: TokenSet | undefined, now: number): SessionState {
  if (tokens === undefined) return 'signed-out';
  if (!accessTokenUsable(tokens, now) && !canRefresh(tokens, now)) return 'expired';
  if (needsRefresh(tokens, now)) return 'expiring';
  return 'signed-in';
}
