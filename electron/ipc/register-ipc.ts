/**
 * Registers every contract call with ipcMain, answering only our window's main frame, and
 * forwards events to that window. Glue: the decisions live in handlers/ and trusted-sender.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Logger } from '../../core/ports';
import {
  callChannel,
  callNames,
  eventChannel,
  type EventName,
  type IpcEvents,
  type Result,
} from './contract';
import type { IpcHandlers } from './handlers/create-ipc-handlers';
import { isTrustedSender, type SenderInfo, type TrustedWindow } from './trusted-sender';

const forbidden: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'This request did not come from the Wallboard Token window.',
  },
};

/** Where calls may come from and events go to; set once the window has loaded. */
export interface IpcTarget {
  trusted(): TrustedWindow | undefined;
  webContents(): WebContents | undefined;
}

function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame !== undefined && frame.parent === null,
  };
}

/** Registers one `ipcMain.handle` per call; returns a function that removes them all. */
export function registerIpc(
  ipcMain: IpcMain,
  handlers: IpcHandlers,
  target: IpcTarget,
  logger: Logger,
): () => void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), async (event, input: unknown) => {
      if (!isTrustedSender(senderOf(event), target.trusted())) {
        logger.warn('refused an IPC call from a foreign sender', { call: name });
        return forbidden;
      }
      return handlers[name](input);
    });
  }
  return () => callNames.forEach((name) => ipcMain.removeHandler(callChannel(name)));
}

/** Sends an event to our window, if it is still there. */
export function emitToWindow(target: IpcTarget) {
  return <E extends EventName>(event: E, payload: IpcEvents[E]): void => {
    const contents = target.webContents();
    if (contents === undefined || contents.isDestroyed()) return;
    contents.send(eventChannel(event), payload);
  };
}
