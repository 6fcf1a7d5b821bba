/**
 * Cross-process locks through proper-lockfile: one refresh or sign-in per profile at a time,
 * even across the app, the CLI and several terminals.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { WallboardTokenError } from '../errors';
import type { LockRunner, Logger } from '../ports';
import { profileNamePattern } from '../profile/validate-profile';

/** How long to wait for a lock, when to take over a stale one, and whom to tell. */
export interface FileLockOptions {
  /** Give up after waiting this long for another holder (default 30 s). */
  waitMs?: number;
  /** A lock whose holder stopped refreshing it this long ago is taken over (default 15 s). */
  staleMs?: number;
  logger?: Logger;
  /** Called each time the lock is found held, before waiting; the CLI can say "waiting...". */
  onWait?: (attempt: number) => void;
}

/** How long a caller waits for another holder before giving up. */
export const defaultLockWaitMs = 30_000;
/** How long a holder may go without refreshing its lock before it counts as dead. */
export const defaultLockStaleMs = 15_000;

const firstDelayMs = 25;
const maxDelayMs = 1_000;

/** A LockRunner whose lock for NAME is the directory `<lockDir>/NAME.lock`. */
export function createFileLock(lockDir: string, options: FileLockOptions = {}): LockRunner {
  return async (name, task) => {
    if (!profileNamePattern.test(name)) {
      throw new WallboardTokenError('internal', 'Invalid lock name: it must be a profile name.');
    }
    await mkdir(lockDir, { recursive: true, mode: 0o700 });
    return withFileLock(path.join(lockDir, name), task, {
      ...options,
      busyMessage: `Another wallboard-token process holds the lock for profile '${name}'; try again.`,
    });
  };
}

/** Runs `task` holding the lock `<target>.lock`; used for a profile and for the secrets file. */
export async function withFileLock<T>(
  target: string,
  task: () => Promise<T>,
  options: FileLockOptions & { busyMessage: string },
): Promise<T> {
  const release = await acquire(target, options);
  try {
    return await task();
  } finally {
    await release().catch((error: unknown) => {
      // Already released or taken over as stale: nothing is left to undo.
      options.logger?.warn('Could not release a lock.', { lock: target, error });
    });
  }
}

async function acquire(
  target: string,
  options: FileLockOptions & { busyMessage: string },
): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.waitMs ?? defaultLockWaitMs);
  let delay = firstDelayMs;

  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lockfile.lock(target, {
        realpath: false,
        lockfilePath: `${target}.lock`,
        stale: options.staleMs ?? defaultLockStaleMs,
        retries: 0,
        onCompromised: (error) => {
          // The default throws from a timer and kills the process; a stalled holder whose
          // lock was taken over should finish its write and let the next reader see it.
          options.logger?.warn('A lock was taken over while held.', { lock: target, error });
        },
      });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ELOCKED') {
        throw new WallboardTokenError('internal', `Cannot create the lock ${target}.lock.`, {
          cause: error,
        });
      }
      if (Date.now() + delay > deadline) {
        throw new WallboardTokenError('internal', options.busyMessage, { cause: error });
      }
    }
    options.onWait?.(attempt);
    // Jitter keeps two waiters from retrying in lockstep.
    await sleep(delay + Math.floor(Math.random() * delay));
    delay = Math.min(delay * 2, maxDelayMs);
  }
}
