/**
 * The renderer's only way out of its sandbox: `window.wallboard`, exposed by the preload and
 * typed from the IPC contract.
 */
import type { WallboardBridge } from '../../electron/ipc/contract';

declare global {
  interface Window {
    readonly wallboard: WallboardBridge;
  }
}

/** The bridge, read when called: the preload has defined it before any script runs. */
export function wallboard(): WallboardBridge {
  return window.wallboard;
}
