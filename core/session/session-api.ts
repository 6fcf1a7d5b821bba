/**
 * The use cases the hosts (CLI, Electron shell, tray) call. One implementation,
 * `SessionService` in session-service.ts, decides cached token, refresh or sign in again.
 */
import type { Profile } from '../profile/profile';
import type { SessionStatus } from './session-status';
import type { TokenSet } from './token-set';

export interface BrowserSignInOptions {
  /** Called once with the authorization URL, before the browser is opened. Safe to show. */
  onAuthorizationUrl?: (url: string) => void;
  /** Open the system browser (default true). */
  openBrowser?: boolean;
  /** Give up after this long (default 5 minutes). */
  timeoutMs?: number;
  /** Abort to cancel the sign-in; the loopback listener closes. */
  signal?: AbortSignal;
}

export interface PasswordSignInInput {
  username: string;
  password: string;
  totp?: string;
  /** Overrides the profile's keep-me-signed-in for this sign-in. */
  kmsi?: boolean;
}

export interface TokenRequestOptions {
  /** Refresh even when the cached token is still fresh. */
  forceRefresh?: boolean;
}

/** A session change, for the UI, tray and notifications. */
export type SessionListener = (status: SessionStatus) => void;

export interface SessionApi {
  /** A valid access token: cached, else refreshed (once at a time, under a file lock). */
  getValidTokens(profile: string, options?: TokenRequestOptions): Promise<TokenSet>;
  /** Refresh now, whatever the expiry. */
  refresh(profile: string): Promise<TokenSet>;
  /** Authorization-code flow with PKCE through the system browser and a loopback listener. */
  signInWithBrowser(profile: string, options?: BrowserSignInOptions): Promise<SessionStatus>;
  /** Password grant for service accounts. */
  signInWithPassword(profile: string, input: PasswordSignInInput): Promise<SessionStatus>;
  /** Forgets the profile's tokens (Wallboard documents no revocation endpoint). */
  signOut(profile: string): Promise<void>;
  /** What is known of the session, never a token. */
  status(profile: string): Promise<SessionStatus>;
  /** Subscribe to session changes; returns an unsubscribe function. */
  onChange(listener: SessionListener): () => void;
}

export type { Profile };
