// The import running in main (one at a time): its progress, its report, cancelling it.
import { create } from 'zustand';
import type { ImportProgress, ImportReport } from '../../../electron/contract';
import { api } from '../api';
import { useBriefingEditor } from './briefingEditor';
import { useSearch } from './search';
import { callSafely, say } from './status';

interface ImportJobState {
  /** Set while an import runs; `progress` is null until the first file. */
  importing: { progress: ImportProgress | null } | null;
  report: ImportReport | null;
  /** Imports a folder: the one dropped on the window, or one chosen in a dialog. */
  start(droppedFolder?: string): Promise<void>;
  progressed(progress: ImportProgress): void;
  cancel(): Promise<void>;
  closeReport(): void;
}

export const useImportJob = create<ImportJobState>()((set, get) => ({
  importing: null,
  report: null,

  start: async (droppedFolder) => {
    if (get().importing) return;
    set({ importing: { progress: null } });
    try {
      const outcome = await callSafely('Import', () => (droppedFolder ? api.importDroppedFolder(droppedFolder) : api.importFolder()));
      if (outcome?.ok) set({ report: outcome.report });
      else if (outcome && outcome.reason !== 'canceled') say(outcome.message);
    } finally {
      set({ importing: null });
    }
    await useSearch.getState().runSearch();
    // an import may have replaced the text of an article the briefing cites
    await useBriefingEditor.getState().checkCitations();
  },

  progressed: (progress) => {
    if (get().importing) set({ importing: { progress } });
  },

  cancel: async () => void (await callSafely('Cancel', () => api.cancelImport())),

  closeReport: () => set({ report: null }),
}));
