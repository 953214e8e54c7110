// What only the front end can do for the core: ask the user for a path, deliver events to the window,
// and print (to paper or PDF). The app implements it with Electron's dialogs and IPC, the command line with its arguments,
// the tests with the answers they choose.
import type { AttacheEvents, EventName } from '../contract.js';

/** A path the user is asked for; each kind is one dialog in the app. */
export type PathRequest =
  | { kind: 'folderToImport' }
  | { kind: 'docxToWrite'; suggestedName: string }
  | { kind: 'pdfToWrite'; suggestedName: string }
  | { kind: 'briefingToSave'; suggestedName: string }
  | { kind: 'briefingToOpen' };

export interface Shell {
  /** The chosen path, or undefined when the user cancels. */
  choosePath(request: PathRequest): Promise<string | undefined>;
  emit<E extends EventName>(event: E, payload: AttacheEvents[E]): void;
  /** Closes the window for good (its unsaved work dealt with). */
  closeWindowNow(): void;
  /** The PDF of a self-contained HTML document (the printed briefing), laid out by Chromium on the paper it asks for. */
  printToPdf(html: string): Promise<Uint8Array>;
  /** Prints the document through the system's print dialog: false when the user cancels; throws when printing fails. */
  print(html: string): Promise<boolean>;
}

/** A shell with no user to ask (every choice canceled), no window to tell and no printer: the command line's default. */
export const headlessShell: Shell = {
  choosePath: async () => undefined,
  emit: () => undefined,
  closeWindowNow: () => undefined,
  printToPdf: () => Promise.reject(new Error('No PDF printer here.')),
  print: () => Promise.reject(new Error('Printing needs the app’s window.')),
};
