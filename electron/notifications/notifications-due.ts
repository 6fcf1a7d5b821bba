/**
 * Which notifications are due: a session ending within five minutes, and an automatic refresh
 * that failed, each once per session. Pure: the caller keeps the returned memory and passes
 * it back with the next statuses.
 */
import { categoryOf, errorCodes, type ErrorCode } from '../../core/errors';
import { redactText } from '../../core/logging/logger';
import type { SessionStatus } from '../../core/session/session-status';
import { isLive, sessionEndsAt, sessionWarningMs, timeUntil } from '../services/session-outlook';
import type { TimeFormatter } from '../tray/tray-appearance';

/** Something to tell the user. Never carries a token: only names, times and error sentences. */
export type Notice =
  | { kind: 'session-ending'; profile: string; endsAt: number }
  | { kind: 'refresh-failed'; profile: string; code: string; message: string };

/** Per profile, what was already said about its current session. */
export type NoticeMemory = Readonly<
  Record<string, { warnedEndAt?: number; failureNotified?: boolean } | undefined>
>;

/** Failures of an interactive sign-in: the window shows those, a notification would repeat it. */
const signInOnly = new Set<string>([
  'credentials_rejected',
  'totp_required',
  'totp_rejected',
  'not_service_account',
  'access_denied',
  'state_mismatch',
  'login_timeout',
  'login_cancelled',
  'redirect_port_in_use',
]);

/** The notices due now, and the memory to pass next time. */
export function notificationsDue(
  previous: NoticeMemory,
  statuses: readonly SessionStatus[],
  now: number,
): { due: Notice[]; memory: NoticeMemory } {
  const due: Notice[] = [];
  const memory: Record<string, { warnedEndAt?: number; failureNotified?: boolean }> = {};

  for (const status of statuses) {
    const { profile } = status;
    const seen = { ...previous[profile] };
    const endsAt = sessionEndsAt(status);
    if (
      endsAt !== undefined &&
      isLive(status, now) &&
      endsAt - now <= sessionWarningMs &&
      seen.warnedEndAt !== endsAt
    ) {
      due.push({ kind: 'session-ending', profile, endsAt });
      seen.warnedEndAt = endsAt;
    }

    const error = status.lastError;
    if (error === undefined) seen.failureNotified = undefined;
    else if (!seen.failureNotified && !signInOnly.has(error.code)) {
      due.push({ kind: 'refresh-failed', profile, code: error.code, message: error.message });
      seen.failureNotified = true;
    }
    memory[profile] = seen;
  }
  return { due, memory };
}

/** A notification's text and whether it offers "Sign in". */
export interface NoticeContent {
  title: string;
  body: string;
  signIn: boolean;
}

/** The words for a notice. Error sentences are redacted once more, in case one ever held a secret. */
export function noticeContent(
  notice: Notice,
  now: number,
  formatTime: TimeFormatter,
): NoticeContent {
  if (notice.kind === 'session-ending') {
    return {
      title: `Session of ${notice.profile} ends soon`,
      body: `It ends at ${formatTime(notice.endsAt)} (${timeUntil(notice.endsAt, now)}). Sign in again to keep getting tokens.`,
      signIn: true,
    };
  }
  const needsSignIn = isErrorCode(notice.code) && categoryOf(notice.code) === 'sign-in';
  return {
    title: `Refresh failed for ${notice.profile}`,
    body: redactText(notice.message),
    signIn: needsSignIn,
  };
}

/** The first-close notice: where the app went. */
export function trayNoticeContent(platform: NodeJS.Platform): NoticeContent {
  const where = platform === 'darwin' ? 'menu bar' : 'system tray';
  return {
    title: 'Wallboard Token is still running',
    body: `It keeps your tokens fresh from the ${where}. Choose Quit there to stop it.`,
    signIn: false,
  };
}

function isErrorCode(code: string): code is ErrorCode {
  return (errorCodes as readonly string[]).includes(code);
}
