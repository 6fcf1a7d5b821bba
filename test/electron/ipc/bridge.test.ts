import { describe, expect, it } from 'vitest';
import { createBridge, subscriptionName } from '../../../electron/ipc/bridge';
import {
  callNames,
  eventNames,
  type CallName,
  type EventName,
} from '../../../electron/ipc/contract';

describe('createBridge', () => {
  const sent: Array<{ call: CallName; input: unknown }> = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const bridge = createBridge(
    async (call, input) => {
      sent.push({ call, input });
      return { ok: true, value: call };
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  );

  it('has one function per contract call and one subscription per event, nothing else', () => {
    const expected = [...callNames, ...eventNames.map(subscriptionName)].sort();
    expect(Object.keys(bridge).sort()).toEqual(expected);
    for (const key of expected)
      expect(typeof (bridge as Record<string, unknown>)[key]).toBe('function');
  });

  it('exposes no generic invoke, send or channel access', () => {
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'channel']) {
      expect(name in bridge).toBe(false);
    }
  });

  it('is frozen, so the page cannot swap a function', () => {
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each call under its own name with its input', async () => {
    const result = await bridge.getSession({ profile: 'prod' });
    expect(result).toEqual({ ok: true, value: 'getSession' });
    expect(sent.at(-1)).toEqual({ call: 'getSession', input: { profile: 'prod' } });
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const received: unknown[] = [];
    const unsubscribe = bridge.onSessionChanged((status) => received.push(status.state));
    const emit = (payload: unknown) => listeners.get('sessionChanged')?.forEach((l) => l(payload));

    emit({ profile: 'prod', state: 'signed-in' });
    unsubscribe();
    emit({ profile: 'prod', state: 'signed-out' });
    expect(received).toEqual(['signed-in']);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.onLoginProgress('x' as never)).toThrow(/listener must be a function/);
  });
});

describe('subscriptionName', () => {
  it('prefixes the event with on', () => {
    expect(subscriptionName('sessionChanged')).toBe('onSessionChanged');
    expect(subscriptionName('loginProgress')).toBe('onLoginProgress');
  });
});
