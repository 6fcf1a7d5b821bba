/**
 * At most one run of a task per key inside this process: callers that arrive while it runs
 * share its result. Across processes, the file lock does the same job.
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  /** Runs `task` for `key`, or joins the run already under way. */
  run(key: string, task: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current;

    const started = task().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }
}
