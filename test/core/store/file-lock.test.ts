import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WallboardTokenError } from '../../../core/errors';
import { createFileLock } from '../../../core/store/file-lock';
import { tempDir } from './temp-dir';

const holdLock = fileURLToPath(new URL('./fixtures/hold-lock.ts', import.meta.url));

/** A promise with its resolve function, to hold a task at a known point. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('createFileLock', () => {
  it('runs two tasks for the same profile one after the other', async () => {
    const lockDir = path.join(tempDir(), 'locks');
    const events: string[] = [];
    const waited = gate();
    const lock = createFileLock(lockDir, { onWait: waited.open });
    const task = (who: string) => async () => {
      events.push(`${who} start`);
      // A broken lock lets both start; open the gate then too, so the test fails, not hangs.
      if (events.filter((e) => e.endsWith('start')).length === 2) waited.open();
      await waited.opened;
      events.push(`${who} end`);
    };

    await Promise.all([lock('prod', task('a')), lock('prod', task('b'))]);

    const first = events[0]?.split(' ')[0];
    const second = first === 'a' ? 'b' : 'a';
    expect(events).toEqual([`${first} start`, `${first} end`, `${second} start`, `${second} end`]);
    expect(existsSync(path.join(lockDir, 'prod.lock'))).toBe(false);
  });

  it('never overlaps with a holder in another process', async () => {
    const dir = tempDir();
    const lockDir = path.join(dir, 'locks');
    const eventLog = path.join(dir, 'events.log');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', holdLock, lockDir, 'prod', eventLog],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    const exited = once(child, 'exit');
    await once(child.stdout, 'data');

    let waits = 0;
    const lock = createFileLock(lockDir, {
      onWait: () => {
        waits += 1;
        // Only now, with this process provably waiting, does the child let go.
        if (waits === 1) child.stdin.write('release\n');
      },
    });
    await lock('prod', async () => {
      appendFileSync(eventLog, 'parent start\nparent end\n');
    });
    const [code] = await exited;

    expect(code).toBe(0);
    expect(waits).toBeGreaterThan(0);
    expect(readFileSync(eventLog, 'utf8').trim().split('\n')).toEqual([
      'child start',
      'child end',
      'parent start',
      'parent end',
    ]);
  });

  it('lets different profiles run at the same time', async () => {
    const lock = createFileLock(path.join(tempDir(), 'locks'));
    const bStarted = gate();
    const aStarted = gate();

    const a = lock('a', async () => {
      aStarted.open();
      // Finishes only once b has started: a serialising lock would deadlock here.
      await bStarted.opened;
      return 'a done';
    });
    await aStarted.opened;
    const b = lock('b', async () => {
      bStarted.open();
      return 'b done';
    });

    await expect(Promise.all([a, b])).resolves.toEqual(['a done', 'b done']);
  });

  it('gives up after the wait time with an internal error naming the profile', async () => {
    const lockDir = path.join(tempDir(), 'locks');
    const held = gate();
    const started = gate();
    const holder = createFileLock(lockDir)('prod', async () => {
      started.open();
      await held.opened;
    });
    await started.opened;

    const waiting = createFileLock(lockDir, { waitMs: 200 })('prod', async () => 'ran');

    await expect(waiting).rejects.toSatisfy(
      (error: WallboardTokenError) =>
        error.code === 'internal' &&
        error.message ===
          "Another wallboard-token process holds the lock for profile 'prod'; try again.",
    );
    held.open();
    await holder;
  });

  it('releases the lock when the task throws', async () => {
    const lockDir = path.join(tempDir(), 'locks');
    const lock = createFileLock(lockDir, { waitMs: 200 });

    await expect(lock('prod', () => Promise.reject(new Error('task failed')))).rejects.toThrow(
      'task failed',
    );

    expect(existsSync(path.join(lockDir, 'prod.lock'))).toBe(false);
    await expect(lock('prod', async () => 'again')).resolves.toBe('again');
  });

  it('takes over a lock left stale by a holder that died', async () => {
    const lockDir = path.join(tempDir(), 'locks');
    const stale = path.join(lockDir, 'prod.lock');
    mkdirSync(stale, { recursive: true });
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(stale, minuteAgo, minuteAgo);
    let waits = 0;

    const result = await createFileLock(lockDir, { onWait: () => (waits += 1) })(
      'prod',
      async () => 'ran',
    );

    expect(result).toBe('ran');
    expect(waits).toBe(0);
  });

  it('refuses a lock name that is not a profile name', async () => {
    const lock = createFileLock(path.join(tempDir(), 'locks'));

    await expect(lock('../escape', async () => 'ran')).rejects.toSatisfy(
      (error: WallboardTokenError) => error.code === 'internal',
    );
  });
});
