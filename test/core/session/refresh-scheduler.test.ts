/**
 * The app's background refresh: timers from wall-clock expiry, back-off after failures, a
 * stop when the session ends, and a re-check after the machine wakes. Timers are a test
 * double fired on the injected clock; HTTP goes to the dev server for real.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RefreshScheduler, maxTimerMs } from '../../../core/session/refresh-scheduler';
import { ManualTimers } from '../../support/manual-timers';
import { sessionStart, startSignedOutSession } from '../../support/session-setup';
import type { DevServer } from '../../wallboard-server/server';

const minute = 60_000;
let server: DevServer | undefined;
let scheduler: RefreshScheduler | undefined;
afterEach(async () => {
  scheduler?.stop();
  await server?.close();
});

async function signedInWithScheduler() {
  const setup = await startSignedOutSession();
  server = setup.server;
  await setup.sessions.signInWithPassword('svc', setup.password);
  const timers = new ManualTimers(setup.clock.now);
  scheduler = new RefreshScheduler({
    sessions: setup.sessions,
    profileNames: () => ['svc'],
    clock: setup.clock,
    logger: setup.logger,
    timers,
  });
  await scheduler.start();
  return { ...setup, timers, scheduler };
}

/** Moves the clock to the next timer and fires it, as time passing would. */
async function runNextTimer(setup: {
  timers: ManualTimers;
  clock: { now(): number };
  advance(ms: number): number;
}) {
  const due = setup.timers.nextDueAt();
  if (due === undefined) throw new Error('no timer is set');
  setup.advance(Math.max(0, due - setup.clock.now()));
  await setup.timers.fireDue();
}

describe('RefreshScheduler', () => {
  it('plans the refresh for when a tenth of the lifetime is left, in capped steps', async () => {
    const setup = await signedInWithScheduler();

    expect(setup.scheduler.nextRefreshAt('svc')).toBe(sessionStart + 27 * minute);
    expect(setup.timers.nextDueAt()).toBe(sessionStart + maxTimerMs);
  });

  it('refreshes when the time comes and plans the next one', async () => {
    const setup = await signedInWithScheduler();
    for (let i = 0; i < 6; i++) await runNextTimer(setup);

    await vi.waitFor(() => expect(setup.server.stats.grants.refresh_token).toBe(1));
    await vi.waitFor(() =>
      expect(setup.scheduler.nextRefreshAt('svc')).toBe(sessionStart + 54 * minute),
    );
  });

  it('retries a failed refresh with growing back-off while the token still works', async () => {
    const setup = await signedInWithScheduler();
    setup.server.injectFault({ kind: 'html-5xx' }, 2);
    setup.advance(27 * minute);
    await setup.scheduler.recheckAll('test');
    await setup.timers.fireDue();

    await vi.waitFor(() =>
      expect(setup.scheduler.nextRefreshAt('svc')).toBe(setup.clock.now() + 15_000),
    );
    await runNextTimer(setup);
    await vi.waitFor(() =>
      expect(setup.scheduler.nextRefreshAt('svc')).toBe(setup.clock.now() + 30_000),
    );
    await runNextTimer(setup);
    await vi.waitFor(async () =>
      expect((await setup.sessions.status('svc')).state).toBe('signed-in'),
    );
    expect(setup.server.stats.tokenRequests).toBe(4);
  });

  it('stops refreshing when the server ends the session', async () => {
    const setup = await signedInWithScheduler();
    setup.server.revokeUser('service@example.com');
    setup.advance(27 * minute);
    await setup.scheduler.recheckAll('test');
    await setup.timers.fireDue();

    await vi.waitFor(async () =>
      expect((await setup.sessions.status('svc')).state).toBe('signed-out'),
    );
    expect(setup.scheduler.nextRefreshAt('svc')).toBeUndefined();
    expect(setup.timers.nextDueAt()).toBeUndefined();
  });

  it('refreshes at once on resume when the machine slept past the due time', async () => {
    const setup = await signedInWithScheduler();
    setup.advance(40 * minute);

    await setup.scheduler.recheckAll('resume');
    expect(setup.timers.nextDueAt()).toBe(setup.clock.now());
    await setup.timers.fireDue();

    await vi.waitFor(() => expect(setup.server.stats.grants.refresh_token).toBe(1));
  });
});
