// The preload exposes exactly the typed API of the contract as window.attache, and nothing else:
// each call is forwarded over its own IPC channel, each event arrives on its own; ipcRenderer itself
// never reaches the page.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { callNames, channelOf, eventChannelOf, eventNames, type AttacheApi, type EventName } from '../contract.js';

const calls = Object.fromEntries(callNames.map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(channelOf(name), ...args)]));

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!eventNames.includes(event)) throw new Error(`No such event: ${String(event)}`);
  const channel = eventChannelOf(event);
  const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => void ipcRenderer.removeListener(channel, forward);
}

/** A dropped folder's path: the page cannot see paths, the preload can (and only for what the user dropped). */
const pathOfDroppedFile = (file: File): string => webUtils.getPathForFile(file);

contextBridge.exposeInMainWorld('attache', Object.freeze({ ...calls, on, pathOfDroppedFile } as unknown as AttacheApi));
