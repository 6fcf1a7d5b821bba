/**
 * Background refresh for the app: one timer per signed-in profile, set from the wall-clock
 * time the refresh falls due, and re-checked on resume, unlock and coming back online.
 * Timers are capped so a machine that slept cannot leave one far in the past.
 */
import { isWallboardError } from '../errors';
import type { Clock, Logger } from '../ports';
import type { SessionApi } from './session-api';

/** No timer waits longer than this before the schedule is looked at again. */
export const maxTimerMs = 5 * 60_000;
/** The first retry after a failed refresh; each further failure doubles it, up to `maxRetryMs`. */
export const firstRetryMs = 15_000;
export const maxRetryMs = 10 * 60_000;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const nodeTimers: Timers = {
  set: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref?.();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface RefreshSchedulerDeps {
  sessions: SessionApi;
  /** The names of every profile, read when the scheduler starts or re-checks. */
  profileNames: () => Promise<string[]> | string[];
  clock: Clock;
  logger: Logger;
  timers?: Timers;
}

interface Plan {
  timer?: unknown;
  dueAt?: number;
  failures: number;
  retryAt?: number;
  /** True while this scheduler's own refresh runs; session changes then wait for its end. */
  firing?: boolean;
}

/** Keeps every signed-in profile's access token fresh while the app runs. */
export class RefreshScheduler {
  private readonly plans = new Map<string, Plan>();
  private readonly timers: Timers;
  private unsubscribe?: () => void;

  constructor(private readonly deps: RefreshSchedulerDeps) {
    this.timers = deps.timers ?? nodeTimers;
  }

  /** Plans every profile and follows session changes from then on. */
  async start(): Promise<void> {
    this.unsubscribe ??= this.deps.sessions.onChange((status) => void this.plan(status.profile));
    await this.recheckAll('start');
  }

  /** Looks at every profile again: after resume, unlock, or the network coming back. */
  async recheckAll(reason: string): Promise<void> {
    this.deps.logger.debug('re-checking every session', { reason });
    const names = await this.deps.profileNames();
    for (const name of this.plans.keys()) if (!names.includes(name)) this.forget(name);
    for (const plan of this.plans.values()) plan.retryAt = undefined;
    await Promise.all(names.map((name) => this.plan(name)));
  }

  /** When the next automatic refresh of a profile will run, if one is planned. */
  nextRefreshAt(name: string): number | undefined {
    return this.plans.get(name)?.dueAt;
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const name of [...this.plans.keys()]) this.forget(name);
  }

  private async plan(name: string): Promise<void> {
    const status = await this.deps.sessions.status(name).catch(() => undefined);
    const plan = this.plans.get(name) ?? { failures: 0 };
    this.plans.set(name, plan);
    this.clearTimer(plan);
    if (plan.firing) return;

    const live = status?.state !== undefined && !['signed-out', 'expired'].includes(status.state);
    if (!live || status?.nextRefreshAt === undefined) {
      plan.dueAt = undefined;
      return;
    }
    if (status.state === 'refreshing') return;

    plan.dueAt = Math.max(status.nextRefreshAt, plan.retryAt ?? 0);
    const wait = Math.min(Math.max(0, plan.dueAt - this.deps.clock.now()), maxTimerMs);
    plan.timer = this.timers.set(() => void this.fire(name), wait);
  }

  private async fire(name: string): Promise<void> {
    const plan = this.plans.get(name);
    if (plan === undefined) return;
    plan.timer = undefined;
    if (plan.dueAt !== undefined && this.deps.clock.now() >= plan.dueAt) {
      plan.firing = true;
      try {
        await this.refreshOnce(name, plan);
      } finally {
        plan.firing = false;
      }
    }
    await this.plan(name);
  }

  /** One automatic refresh; a failure that leaves the session alive is retried with back-off. */
  private async refreshOnce(name: string, plan: Plan): Promise<void> {
    const startedAt = this.deps.clock.now();
    try {
      await this.deps.sessions.getValidTokens(name);
      // A refresh that failed but kept a still-working token does not throw: ask the status.
      const after = await this.deps.sessions.status(name);
      if (after.lastError !== undefined && after.lastError.at >= startedAt) throw after.lastError;
      plan.failures = 0;
      plan.retryAt = undefined;
    } catch (error) {
      if (isWallboardError(error, 'session_expired', 'not_signed_in', 'profile_not_found')) {
        this.deps.logger.info('automatic refresh stopped: sign in again', { profile: name });
        plan.retryAt = undefined;
        return;
      }
      plan.failures += 1;
      const delay = Math.min(firstRetryMs * 2 ** (plan.failures - 1), maxRetryMs);
      plan.retryAt = this.deps.clock.now() + delay;
      this.deps.logger.warn('automatic refresh failed; will retry', {
        profile: name,
        retryAt: new Date(plan.retryAt).toISOString(),
        error,
      });
    }
  }

  private forget(name: string): void {
    const plan = this.plans.get(name);
    if (plan) this.clearTimer(plan);
    this.plans.delete(name);
  }

  private clearTimer(plan: Plan): void {
    if (plan.timer !== undefined) this.timers.clear(plan.timer);
    plan.timer = undefined;
  }
}
