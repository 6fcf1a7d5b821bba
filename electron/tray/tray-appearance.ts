/**
 * The tray icon's look and tooltip from every session: the worst state wins (all fine, one
 * ending soon, one signed out or failing), and the tooltip names the soonest session end.
 * Pure: times are formatted by the function the caller passes.
 */
import type { SessionStatus } from '../../core/session/session-status';
import {
  healthOf,
  isLive,
  sessionEndsAt,
  timeUntil,
  worse,
  type SessionHealth,
} from '../services/session-outlook';

/** The icon variants; each has its own image in tray/assets. */
export type TrayVariant = SessionHealth;

export interface TrayAppearance {
  variant: TrayVariant;
  tooltip: string;
}

/** Windows cuts tray tooltips at 127 characters; stay within that everywhere. */
export const maxTooltipLength = 127;

/** Formats an epoch-ms time as a short clock time (14:32), or a date when not today. */
export type TimeFormatter = (at: number) => string;

/** The variant and tooltip for these statuses at `now`. */
export function trayAppearance(
  statuses: readonly SessionStatus[],
  now: number,
  formatTime: TimeFormatter,
): TrayAppearance {
  if (statuses.length === 0) {
    return { variant: 'attention', tooltip: 'Wallboard Token: add a profile to get started' };
  }
  const variant = statuses.map((s) => healthOf(s, now)).reduce(worse, 'fine');
  const needing = statuses.filter((s) => healthOf(s, now) === 'attention').map((s) => s.profile);

  const lines = [`Wallboard Token: ${summary(variant, needing)}`];
  const soonest = soonestEnd(statuses, now);
  if (soonest !== undefined) {
    lines.push(
      `Soonest expiry: ${soonest.profile}, session ends ${formatTime(soonest.at)} (${timeUntil(soonest.at, now)})`,
    );
  }
  return { variant, tooltip: clip(lines.join('\n')) };
}

function summary(variant: TrayVariant, needing: string[]): string {
  if (variant === 'fine') return 'all signed in';
  if (variant === 'ending') return 'a session ends soon';
  return needing.length === 1 ? `${needing[0]} needs you` : `${needing.length} profiles need you`;
}

/** The live session that ends first, if any. */
function soonestEnd(
  statuses: readonly SessionStatus[],
  now: number,
): { profile: string; at: number } | undefined {
  let soonest: { profile: string; at: number } | undefined;
  for (const status of statuses) {
    const at = sessionEndsAt(status);
    if (at === undefined || !isLive(status, now)) continue;
    if (soonest === undefined || at < soonest.at) soonest = { profile: status.profile, at };
  }
  return soonest;
}

function clip(text: string): string {
  return text.length <= maxTooltipLength ? text : `${text.slice(0, maxTooltipLength - 1)}…`;
}
