/**
 * Sentences about a session for people: state and expiries, never a token.
 */
import type { SessionStatus } from '../../core/session/session-status';

/** "signed in, token expires 14:32, session ends 15:02" and the like. */
export function describeState(status: SessionStatus, now = Date.now()): string {
  switch (status.state) {
    case 'signed-out':
      return 'signed out';
    case 'expired':
      return 'session ended: sign in again';
    default: {
      const parts = [status.state.replace('-', ' ')];
      if (status.accessExpiresAt !== undefined) {
        parts.push(
          `token ${tense(status.accessExpiresAt, now, 'expires', 'expired')} ${clock(status.accessExpiresAt)}`,
        );
      }
      if (status.refreshExpiresAt !== undefined) {
        parts.push(
          `session ${tense(status.refreshExpiresAt, now, 'ends', 'ended')} ${clock(status.refreshExpiresAt)}`,
        );
      }
      return parts.join(', ');
    }
  }
}

function tense(at: number, now: number, future: string, past: string): string {
  return at > now ? future : past;
}

/** A local time, with the date when it is not today. */
export function clock(ms: number, now = Date.now()): string {
  const date = new Date(ms);
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === new Date(now).toDateString()
    ? time
    : `${date.toISOString().slice(0, 10)} ${time}`;
}
