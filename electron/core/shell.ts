// What only the front end can do for the core: ask the user for a path, and deliver events to the
// window. The app implements it with Electron's dialogs and IPC, the command line with its arguments,
// the tests with the answers they choose.
import type { AttacheEvents, EventName } from '../contract.js';

/** A path the user is asked for; each kind is one dialog in the app. */
export type PathRequest =
  | { kind: 'folderToImport' }
  | { kind: 'docxToWrite'; suggestedName: string }
  | { kind: 'briefingToSave'; suggestedName: string }
  | { kind: 'briefingToOpen' };

export interface Shell {
  /** The chosen path, or undefined when the user cancels. */
  choosePath(request: PathRequest): Promise<string | undefined>;
  emit<E extends EventName>(event: E, payload: AttacheEvents[E]): void;
  /** Closes the window for good (its unsaved work dealt with). */
  closeWindowNow(): void;
}

/** A shell with no user to ask (every choice canceled) and no window to tell: the command line's default. */
export const headlessShell: Shell = {
  choosePath: async () => undefined,
  emit: () => undefined,
  closeWindowNow: () => undefined,
};
