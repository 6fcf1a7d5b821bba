/**
 * Session statuses at a fixed moment for the pure tray and notification tests, and a time
 * formatter that does not depend on the machine's time zone.
 */
import type { SessionStatus } from '../../../core/session/session-status';

/** 14:00 UTC on a fixed day. */
export const now = Date.UTC(2025, 0, 15, 14, 0, 0);
export const minutes = (n: number) => n * 60_000;

/** "14:32" in UTC. */
export const utcClock = (at: number) => new Date(at).toISOString().slice(11, 16);

/** A signed-in session: access token for `accessMin` more minutes, session for `sessionMin`. */
export function signedIn(profile: string, accessMin: number, sessionMin: number): SessionStatus {
  return {
    profile,
    state: 'signed-in',
    method: 'service-account',
    obtainedAt: now - minutes(1),
    accessExpiresAt: now + minutes(accessMin),
    refreshIssuedAt: now - minutes(1),
    refreshExpiresAt: now + minutes(sessionMin),
  };
}

export function signedOut(profile: string): SessionStatus {
  return { profile, state: 'signed-out' };
}
