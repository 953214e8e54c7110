// IPC registration: one handler per call of the contract's table, each behind validateCall, answered by
// the service method of the same name.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { callNames, channelOf, type AttacheCalls } from '../contract.js';
import { validateCall } from './ipcValidation.js';

export class IpcArgumentError extends Error {}

export function registerIpc(service: AttacheCalls): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const validated = validateCall(name, event.senderFrame?.url, args);
      if (!validated.ok) throw new IpcArgumentError(validated.message);
      const call = service[name] as (...callArgs: unknown[]) => Promise<unknown>;
      return call.apply(service, validated.args);
    });
  }
}
