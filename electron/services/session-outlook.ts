/**
 * How each session looks from the tray and the notifications: when it ends (the moment a new
 * sign-in is needed) and whether it is fine, ending soon or needs the user. Pure functions of
 * a status and the time, plus one reader that collects every profile's status.
 */
import type { SessionApi } from '../../core/session/session-api';
import type { SessionStatus } from '../../core/session/session-status';

/** A session ending within this long is "ending soon": the tray turns, a notification fires. */
export const sessionWarningMs = 5 * 60_000;

/** From best to worst; the tray shows the worst. */
export const healthOrder = ['fine', 'ending', 'attention'] as const;
export type SessionHealth = (typeof healthOrder)[number];

/**
 * When the session ends and only a new sign-in helps: the later of the access token's and
 * the refresh token's expiry (a refresh token always comes with its expiry, so without one
 * the access token is all there is). Undefined when signed out.
 */
export function sessionEndsAt(status: SessionStatus): number | undefined {
  if (status.accessExpiresAt === undefined) return undefined;
  return Math.max(status.accessExpiresAt, status.refreshExpiresAt ?? status.accessExpiresAt);
}

/** Fine, ending within `sessionWarningMs`, or needing the user (signed out, ended, failing). */
export function healthOf(status: SessionStatus, now: number): SessionHealth {
  if (['signed-out', 'expired', 'error'].includes(status.state)) return 'attention';
  const endsAt = sessionEndsAt(status);
  if (endsAt === undefined || endsAt <= now) return 'attention';
  return endsAt - now <= sessionWarningMs ? 'ending' : 'fine';
}

/** The worse of two healths. */
export function worse(a: SessionHealth, b: SessionHealth): SessionHealth {
  return healthOrder.indexOf(a) >= healthOrder.indexOf(b) ? a : b;
}

/** True while the session can hand out a token (perhaps after a refresh). */
export function isLive(status: SessionStatus, now: number): boolean {
  if (status.state === 'signed-out' || status.state === 'expired') return false;
  const endsAt = sessionEndsAt(status);
  return endsAt !== undefined && endsAt > now;
}

/** "in 4 min", "in 3 h", "in 12 days": coarse on purpose, next to an absolute time. */
export function timeUntil(at: number, now: number): string {
  const minutes = Math.floor((at - now) / 60_000);
  if (minutes < 1) return 'in under a minute';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `in ${hours} h`;
  return `in ${Math.floor(hours / 24)} days`;
}

/** Every profile's status, sorted by name; a profile whose status fails reads as signed out. */
export async function readStatuses(
  profileNames: () => string[],
  sessions: Pick<SessionApi, 'status'>,
): Promise<SessionStatus[]> {
  const names = [...profileNames()].sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map((profile) =>
      sessions.status(profile).catch((): SessionStatus => ({ profile, state: 'signed-out' })),
    ),
  );
}
