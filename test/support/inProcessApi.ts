// TEST-ONLY: window.attache for renderer tests in jsdom — the contract's calls answered by the real
// service in this process, events delivered in-process, dialogs answered by the test.
import { callNames, type AttacheApi, type AttacheCalls, type AttacheEvents, type Briefing, type EventName } from '../../electron/contract';
import { AttacheService, type ServiceOptions } from '../../electron/core/service';
import { testShell, type Dialogs } from './testShell';

export interface InProcessDialogs extends Omit<Dialogs, 'exportPath'> {
  /** Where to export, seeing the briefing being exported. */
  exportPath?(briefing: Briefing): string | undefined;
  /** Where files dropped on the window are. */
  droppedRoot?: string;
}

/** The API, plus `emit` to play main's events (import progress, menu commands). */
export async function inProcessApi(
  options: Omit<ServiceOptions, 'shell'>,
  dialogs: InProcessDialogs,
): Promise<AttacheApi & { emit<E extends EventName>(event: E, payload: AttacheEvents[E]): void }> {
  let exporting: Briefing | undefined;
  const shell = testShell({ ...dialogs, exportPath: () => dialogs.exportPath?.(exporting!) });
  const service = await AttacheService.open({ ...options, shell });
  const calls = Object.fromEntries(
    callNames.map((name) => [
      name,
      (...args: unknown[]) => {
        if (name === 'exportBriefing') exporting = args[0] as Briefing;
        return (service[name] as (...callArgs: unknown[]) => Promise<unknown>).apply(service, args);
      },
    ]),
  ) as unknown as AttacheCalls;
  return {
    ...calls,
    emit: shell.emit,
    on: shell.on,
    // jsdom has no paths either: a dropped file is found in the folder the test says
    pathOfDroppedFile: (file) => (dialogs.droppedRoot ? `${dialogs.droppedRoot}/${file.name}` : file.name),
  };
}
