/**
 * The one line the session view says about the session's health, if any: calm when a refresh
 * failed but the token still works, plain when the session has ended.
 */
import type { SessionStatus } from '../../bridge/types';
import { errorSentence, isKnownErrorCode, keptTokenSentence } from '../../errors/error-messages';
import { formatAgo, formatClockTime, type TimeFormatOptions } from '../../format/time';

export interface SessionNote {
  tone: 'info' | 'error';
  text: string;
}

function sentenceOf(lastError: NonNullable<SessionStatus['lastError']>): string {
  return isKnownErrorCode(lastError.code)
    ? errorSentence({ code: lastError.code })
    : lastError.message;
}

/** What to say about the session's health, or undefined when all is well. */
export function sessionNote(
  status: SessionStatus,
  now: number,
  options: TimeFormatOptions = {},
): SessionNote | undefined {
  const { lastError, accessExpiresAt } = status;
  if (status.state === 'expired') {
    const endedAt = status.refreshExpiresAt ?? accessExpiresAt ?? now;
    const when = `${formatAgo(now - endedAt)} (${formatClockTime(endedAt, now, options)})`;
    return { tone: 'info', text: `The session ended ${when}. Sign in again to get a new token.` };
  }
  if (lastError === undefined) return undefined;
  if (accessExpiresAt === undefined) {
    // Sign-in failures are shown by the sign-in form; an ended session is said here.
    return lastError.code === 'session_expired'
      ? { tone: 'info', text: sentenceOf(lastError) }
      : undefined;
  }
  if (accessExpiresAt > now) {
    const until = formatClockTime(accessExpiresAt, now, options);
    return { tone: 'info', text: keptTokenSentence(lastError.code, until) };
  }
  return { tone: 'error', text: sentenceOf(lastError) };
}
