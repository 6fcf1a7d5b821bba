/**
 * Feeds the tray and the notifications: every profile's status after each session change and
 * every half minute (a session crosses "ending soon" without any event). Reads never overlap;
 * changes that arrive during a read cause one more read after it. Plain Node.
 */
import type { Logger } from '../../core/ports';
import type { SessionApi } from '../../core/session/session-api';
import type { SessionStatus } from '../../core/session/session-status';

/** How often the statuses are looked at without a change. */
export const watchIntervalMs = 30_000;

export interface SessionWatchDeps {
  /** Every profile's status (see readStatuses). */
  read(): Promise<SessionStatus[]>;
  sessions: Pick<SessionApi, 'onChange'>;
  onStatuses(statuses: SessionStatus[]): void;
  logger: Logger;
  intervalMs?: number;
}

/** A running watch: `poke` asks for a read now (e.g. after a profile was added). */
export interface SessionWatch {
  poke(): void;
  stop(): void;
}

/** Starts watching with one read right away. */
export function watchSessions(deps: SessionWatchDeps): SessionWatch {
  let reading = false;
  let again = false;
  let stopped = false;

  const poke = (): void => {
    if (stopped) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    deps
      .read()
      .then((statuses) => {
        if (!stopped) deps.onStatuses(statuses);
      })
      .catch((error: unknown) => deps.logger.warn('could not read the sessions', { error }))
      .finally(() => {
        reading = false;
        if (again) {
          again = false;
          poke();
        }
      });
  };

  const unsubscribe = deps.sessions.onChange(poke);
  const timer = setInterval(poke, deps.intervalMs ?? watchIntervalMs);
  timer.unref();
  poke();

  return {
    poke,
    stop: () => {
      stopped = true;
      unsubscribe();
      clearInterval(timer);
    },
  };
}

/** The calls that add, change or remove profiles: the tray lists profiles, so it looks again. */
const profileCalls = ['addProfile', 'updateProfile', 'removeProfile'] as const;

/** `handlers` with `poke` run after each successful profile call. */
export function pokeAfterProfileCalls<H extends Record<(typeof profileCalls)[number], Handler>>(
  handlers: H,
  poke: () => void,
): H {
  const wrapped: H = { ...handlers };
  for (const name of profileCalls) {
    const call = handlers[name];
    wrapped[name] = (async (input: unknown) => {
      const result = await call(input);
      if (result.ok) poke();
      return result;
    }) as H[typeof name];
  }
  return wrapped;
}

type Handler = (input: unknown) => Promise<{ ok: boolean }>;
