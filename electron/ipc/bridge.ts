/**
 * Builds `window.wallboard` from the contract over any transport: Electron's ipcRenderer in
 * the preload, Playwright's exposeBinding in the renderer's browser tests. No Electron here.
 */
import {
  callNames,
  eventNames,
  type CallName,
  type EventName,
  type IpcEvents,
  type WallboardBridge,
} from './contract';

/** Sends one call to main and resolves with its result, as main sent it. */
export type InvokeTransport = (call: CallName, input: unknown) => Promise<unknown>;

/** Subscribes to one event from main; returns an unsubscribe function. */
export type SubscribeTransport = <E extends EventName>(
  event: E,
  listener: (payload: IpcEvents[E]) => void,
) => () => void;

/** `sessionChanged` -> `onSessionChanged`. */
export function subscriptionName(event: EventName): `on${Capitalize<EventName>}` {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as `on${Capitalize<EventName>}`;
}

/**
 * One named function per contract call and one `onX` per event, frozen. Never a generic
 * `invoke(channel)`: the renderer can reach exactly what the contract lists.
 */
export function createBridge(
  invoke: InvokeTransport,
  subscribe: SubscribeTransport,
): WallboardBridge {
  const bridge: Record<string, unknown> = {};

  for (const name of callNames) {
    bridge[name] = (input?: unknown) => invoke(name, input);
  }
  for (const event of eventNames) {
    bridge[subscriptionName(event)] = (listener: unknown) => {
      if (typeof listener !== 'function')
        throw new TypeError(`${event}: listener must be a function`);
      return subscribe(event, listener as (payload: IpcEvents[typeof event]) => void);
    };
  }

  // The mapped type cannot be built key by key in a type-safe way; the loops above cover
  // every call and event the contract lists, which the bridge test asserts.
  return Object.freeze(bridge) as WallboardBridge;
}
