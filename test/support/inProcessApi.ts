// TEST-ONLY: window.attache for renderer tests in jsdom — the contract's calls over the real service,
// events delivered in-process, dialogs answered by the test.
import type { AttacheApi, AttacheEvents, Briefing, EventName } from '../../electron/contract';
import { apiOver } from '../../electron/core/api';
import { BriefingFiles } from '../../electron/core/briefing/briefingFiles';
import type { AttacheService } from '../../electron/core/service';

export interface Dialogs {
  exportPath(briefing: Briefing): string | undefined;
  importFolder(): string | undefined;
  briefingFile?(): string | undefined;
  /** Where files dropped on the window are. */
  droppedRoot?: string;
}

/** The API, plus `emit` to play main's events (import progress, menu commands). */
export function inProcessApi(
  service: AttacheService,
  dialogs: Dialogs,
  stateDir: string,
): AttacheApi & { emit<E extends EventName>(event: E, payload: AttacheEvents[E]): void } {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const files = new BriefingFiles(stateDir, {
    saveBriefingAs: async () => dialogs.briefingFile?.(),
    openBriefing: async () => dialogs.briefingFile?.(),
  });
  const emit = <E extends EventName>(event: E, payload: AttacheEvents[E]): void =>
    listeners.get(event)?.forEach((listener) => listener(payload as never));
  const calls = apiOver(
    service,
    { chooseExportPath: async (briefing) => dialogs.exportPath(briefing), chooseImportFolder: async () => dialogs.importFolder(), emit },
    files,
  );
  return {
    ...calls,
    emit,
    // jsdom has no paths either: a dropped file is found in the folder the test says
    pathOfDroppedFile: (file) => (dialogs.droppedRoot ? `${dialogs.droppedRoot}/${file.name}` : file.name),
    on: <E extends EventName>(event: E, listener: (payload: AttacheEvents[E]) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
  };
}
