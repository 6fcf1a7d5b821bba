/**
 * Turns each new set of statuses into the notifications due (see notificationsDue), keeping
 * what was already said between calls. No Electron: `show` is the desktop notifier in the app.
 */
import type { SessionStatus } from '../../core/session/session-status';
import type { Clock } from '../../core/ports';
import type { TimeFormatter } from '../tray/tray-appearance';
import {
  noticeContent,
  notificationsDue,
  type NoticeContent,
  type NoticeMemory,
} from './notifications-due';

export interface SessionNotifierDeps {
  clock: Clock;
  formatTime: TimeFormatter;
  /** False when the user turned notifications off: nothing is shown, memory still advances. */
  enabled(): boolean;
  show(content: NoticeContent, profile: string): void;
}

/** A function to call with every profile's status whenever they are read. */
export function createSessionNotifier(
  deps: SessionNotifierDeps,
): (statuses: SessionStatus[]) => void {
  let memory: NoticeMemory = {};

  return (statuses) => {
    const now = deps.clock.now();
    const next = notificationsDue(memory, statuses, now);
    memory = next.memory;
    if (!deps.enabled()) return;
    for (const notice of next.due) {
      deps.show(noticeContent(notice, now, deps.formatTime), notice.profile);
    }
  };
}
