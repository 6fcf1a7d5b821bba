import { describe, expect, it } from 'vitest';
import { SingleFlight } from '../../../core/session/single-flight';

describe('SingleFlight', () => {
  it('runs a task once for callers that arrive while it runs', async () => {
    const flight = new SingleFlight<number>();
    let runs = 0;
    let release: (value: number) => void = () => {};
    const task = () => {
      runs += 1;
      return new Promise<number>((resolve) => (release = resolve));
    };

    const first = flight.run('prod', task);
    const second = flight.run('prod', task);
    release(42);

    expect(await Promise.all([first, second])).toEqual([42, 42]);
    expect(runs).toBe(1);
  });

  it('keeps keys apart and runs again after a failure', async () => {
    const flight = new SingleFlight<string>();
    await expect(flight.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await flight.run('a', async () => 'again')).toBe('again');
    expect(await flight.run('b', async () => 'other')).toBe('other');
  });
});
