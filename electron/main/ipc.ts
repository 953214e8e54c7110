// IPC registration: one handler per call of the contract, each behind validateCall.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { callNames, channelOf, type AttacheCalls } from '../contract.js';
import { validateCall } from './ipcValidation.js';

export class IpcArgumentError extends Error {}

export function registerIpc(implementation: AttacheCalls): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const validated = validateCall(name, event.senderFrame?.url, args);
      if (!validated.ok) throw new IpcArgumentError(validated.message);
      const call = implementation[name] as (...callArgs: unknown[]) => Promise<unknown>;
      return call.apply(implementation, validated.args);
    });
  }
}
