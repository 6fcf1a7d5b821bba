/**
 * All IPC handlers, one per contract call, over plain services: the same functions run in
 * Electron's main process and in the renderer's browser tests.
 */
import type { CallName } from '../contract';
import { appHandlers } from './app-handlers';
import { desktopHandlers } from './desktop-handlers';
import { profileHandlers } from './profile-handlers';
import type { IpcHandler } from './result';
import type { IpcServices } from './services';
import { signInHandlers } from './sign-in-handlers';
import { tokenHandlers } from './token-handlers';

/** One handler per call: `(input: unknown) => Promise<Result>`, never rejecting. */
export type IpcHandlers = Record<CallName, IpcHandler>;

/** Builds every handler the contract lists. */
export function createIpcHandlers(services: IpcServices): IpcHandlers {
  return {
    ...profileHandlers(services),
    ...signInHandlers(services),
    ...tokenHandlers(services),
    ...appHandlers(services),
    ...desktopHandlers(services),
  };
}

/** Forwards session changes to the renderer as `sessionChanged`; returns the unsubscribe. */
export function forwardSessionEvents(services: Pick<IpcServices, 'sessions' | 'emit'>): () => void {
  return services.sessions.onChange((status) => services.emit('sessionChanged', status));
}

export type { IpcHandler } from './result';
export type { IpcServices } from './services';
