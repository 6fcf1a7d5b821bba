/**
 * When a failure the page showed has been overtaken: a later refresh or sign-in worked (by the
 * scheduler, the tray, a copy that refreshed first), so the sentence would now be wrong.
 */
import type { SessionStatus } from '../../bridge/types';

/**
 * True when `now` shows the session healthy again since `then`, the status when the failure
 * happened: no failure reported, and newer tokens obtained or the session
 * become signed in.
 */
export function failureOvertaken(then: SessionStatus, now: SessionStatus): boolean {
  if (now.lastError !== undefined) return false;
  if (now.state === 'signed-in' && then.state !== 'signed-in') return true;
  if (now.obtainedAt === undefined) return false;
  return then.obtainedAt === undefined || now.obtainedAt > then.obtainedAt;
}
