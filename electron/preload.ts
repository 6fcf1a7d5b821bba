/**
 * The sandboxed preload: exposes `window.wallboard`, one named function per contract call and
 * one subscription per event. Never ipcRenderer itself, never a generic channel passthrough.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge } from './ipc/bridge';
import { callChannel, eventChannel } from './ipc/contract';

const bridge = createBridge(
  (call, input) => ipcRenderer.invoke(callChannel(call), input),
  (event, listener) => {
    // The IPC event object (with its sender) never reaches the page; only the payload does.
    const relay = (_event: IpcRendererEvent, payload: unknown) =>
      listener(payload as Parameters<typeof listener>[0]);
    ipcRenderer.on(eventChannel(event), relay);
    return () => {
      ipcRenderer.removeListener(eventChannel(event), relay);
    };
  },
);

contextBridge.exposeInMainWorld('wallboard', bridge);
