/**
 * Test double for setTimeout: timers that fire only when a test says time has come, on the
 * test's own clock. Used where the real thing would make tests wait minutes.
 */
import type { Timers } from '../../core/session/refresh-scheduler';

interface Pending {
  id: number;
  callback: () => void;
  dueAt: number;
}

export class ManualTimers implements Timers {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly now: () => number) {}

  set(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.set(id, { id, callback, dueAt: this.now() + ms });
    return id;
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** When the earliest timer will fire, if any is set. */
  nextDueAt(): number | undefined {
    const dues = [...this.pending.values()].map((p) => p.dueAt);
    return dues.length === 0 ? undefined : Math.min(...dues);
  }

  /** Fires every timer due by now, letting the async work each starts settle. */
  async fireDue(): Promise<void> {
    for (const timer of [...this.pending.values()].filter((p) => p.dueAt <= this.now())) {
      this.pending.delete(timer.id);
      timer.callback();
    }
    await settle();
  }
}

/** Lets pending promise chains and loopback I/O run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}
