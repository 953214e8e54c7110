// TEST-ONLY: the core's front end as tests play it — dialogs answered by the test, events delivered to
// listeners in this process, PDFs printed by Debian's Chromium (as the command line prints them).
import type { AttacheEvents, EventName } from '../../electron/contract';
import { printHtmlToPdf } from '../../electron/core/export/chromiumPdf';
import type { PathRequest, Shell } from '../../electron/core/shell';

/** The test's answers to the dialogs; a missing answer is a cancel. */
export interface Dialogs {
  exportPath?(suggestedName: string): string | undefined;
  importFolder?(): string | undefined;
  briefingFile?(): string | undefined;
  onCloseWindow?(): void;
  /** The printer: whether the document was printed (no answer: the user cancels). */
  print?(html: string): boolean;
}

export interface TestShell extends Shell {
  on<E extends EventName>(event: E, listener: (payload: AttacheEvents[E]) => void): () => void;
}

export function testShell(dialogs: Dialogs): TestShell {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const answer = (request: PathRequest): string | undefined => {
    switch (request.kind) {
      case 'folderToImport':
        return dialogs.importFolder?.();
      case 'docxToWrite':
      case 'pdfToWrite':
        return dialogs.exportPath?.(request.suggestedName);
      case 'briefingToSave':
      case 'briefingToOpen':
        return dialogs.briefingFile?.();
    }
  };
  return {
    choosePath: async (request) => answer(request),
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload as never)),
    closeWindowNow: () => dialogs.onCloseWindow?.(),
    printToPdf: printHtmlToPdf,
    print: async (html) => dialogs.print?.(html) ?? false,
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
  };
}
