/**
 * Re-checks every session when the machine wakes, the screen unlocks or the network comes
 * back: timers do not run during sleep, and a refresh may have failed while offline.
 */
import { net, powerMonitor } from 'electron';
import type { Logger } from '../../core/ports';

/** What gets told to look again; the core's RefreshScheduler. */
export interface Rechecker {
  recheckAll(reason: string): Promise<void>;
}

/** How often to look whether the network came back (Electron has no online event in main). */
const onlinePollMs = 15_000;

/** Subscribes to resume, unlock and online; returns a function that unsubscribes. */
export function watchPowerEvents(scheduler: Rechecker, logger: Logger): () => void {
  const recheck = (reason: string) => () => {
    scheduler.recheckAll(reason).catch((error: unknown) => {
      logger.warn('could not re-check the sessions', { reason, error });
    });
  };
  const onResume = recheck('resume');
  const onUnlock = recheck('unlock-screen');
  powerMonitor.on('resume', onResume);
  powerMonitor.on('unlock-screen', onUnlock);

  let online = net.isOnline();
  const onlineCheck = recheck('online');
  const poll = setInterval(() => {
    const now = net.isOnline();
    if (now && !online) onlineCheck();
    online = now;
  }, onlinePollMs);
  poll.unref();

  return () => {
    powerMonitor.off('resume', onResume);
    powerMonitor.off('unlock-screen', onUnlock);
    clearInterval(poll);
  };
}
