/**
 * Runs in the test page before the renderer: builds `window.wallboard` with the shell's own
 * `createBridge`, over Playwright's exposeBinding for calls and a dispatch function the test
 * calls for events. The page-side stand-in for electron/preload.ts; bundled by esbuild.
 */
import { createBridge } from '../../electron/ipc/bridge';
import type { EventName } from '../../electron/ipc/contract';

type Listener = (payload: never) => void;

interface HarnessPage {
  /** Set by page.exposeBinding before any script runs. */
  __wallboardInvoke(call: string, input: unknown): Promise<unknown>;
  __wallboardDispatch(event: EventName, payload: unknown): void;
}

const page = globalThis as unknown as HarnessPage;
const listeners = new Map<EventName, Set<Listener>>();

page.__wallboardDispatch = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload as never);
};

const bridge = createBridge(
  (call, input) => page.__wallboardInvoke(call, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    listeners.set(event, set);
    return () => set.delete(listener as Listener);
  },
);

// Read-only, as contextBridge.exposeInMainWorld makes it in the app.
Object.defineProperty(globalThis, 'wallboard', { value: bridge, enumerable: true });
