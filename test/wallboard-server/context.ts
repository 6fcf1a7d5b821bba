/**
 * What every route of the dev server shares: settings, clock, stores and counters.
 * One context per running server, so parallel test servers never see each other's tokens.
 */
import type { ClientFixture, GrantType, UserFixture } from './fixtures';
import type { FaultQueue } from './faults';
import type { GrantStore } from './grant-store';
import type { LoginTickets } from './login-tickets';

/** Token lifetimes and policies; the server reads them on every request, so tests may change them. */
export interface DevServerSettings {
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
  kmsiRefreshTokenSeconds: number;
  /** Each refresh returns a new refresh token and revokes the old one; reuse revokes the grant. */
  rotateRefreshTokens: boolean;
  authorizationCodeSeconds: number;
}

export const defaultSettings: DevServerSettings = {
  accessTokenSeconds: 30 * 60,
  refreshTokenSeconds: 60 * 60,
  kmsiRefreshTokenSeconds: 30 * 24 * 60 * 60,
  rotateRefreshTokens: false,
  authorizationCodeSeconds: 60,
};

/** Counters for tests and benchmarks. */
export interface DevServerStats {
  /** Every POST /oauth/token, faulted or not. */
  tokenRequests: number;
  /** Token requests that reached a grant handler (past faults and client authentication). */
  grants: Record<GrantType, number>;
  /** Every request under /api/, authenticated or not. */
  apiRequests: number;
}

export interface ServerContext {
  readonly settings: DevServerSettings;
  /** Epoch milliseconds; every expiry check uses it. */
  readonly clock: () => number;
  readonly users: readonly UserFixture[];
  readonly clients: ReadonlyMap<string, ClientFixture>;
  readonly store: GrantStore;
  readonly tickets: LoginTickets;
  readonly faults: FaultQueue;
  readonly stats: DevServerStats;
  /** HS256 key for `jwt_access_token`, random per server. */
  readonly jwtKey: Uint8Array;
  /** Aborted when the server closes, so delayed answers stop waiting. */
  readonly closing: AbortSignal;
}
