// The contract's calls implemented over the service. Front ends differ only in how they ask the user
// for a file or folder and how they deliver events: Electron uses dialogs and IPC; the end-to-end test
// bridge picks paths itself and streams events over loopback.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AttacheCalls, AttacheEvents, Briefing, EventName, ImportOutcome } from '../contract.js';
import type { BriefingFiles } from './briefing/briefingFiles.js';
import { LibraryBusyError, type AttacheService } from './service.js';

export interface FrontEnd {
  /** Resolves to the chosen .docx path, or undefined when the user cancels. */
  chooseExportPath(briefing: Briefing): Promise<string | undefined>;
  /** Resolves to the folder to import, or undefined when the user cancels. */
  chooseImportFolder(): Promise<string | undefined>;
  emit<E extends EventName>(event: E, payload: AttacheEvents[E]): void;
}

/** Progress events are sent at most this often (and once more at the end): enough for a smooth bar. */
const PROGRESS_INTERVAL_MS = 100;

export function apiOver(service: AttacheService, frontEnd: FrontEnd, files: BriefingFiles): AttacheCalls {
  const importWithProgress = async (folder: string): Promise<ImportOutcome> => {
    if (service.importRunning) return { ok: false, canceled: false, message: 'An import is already running.' };
    let lastSent = 0;
    try {
      const report = await service.importFolder(folder, {
        onProgress: (progress) => {
          const now = Date.now();
          if (progress.current !== null && now - lastSent < PROGRESS_INTERVAL_MS) return;
          lastSent = now;
          frontEnd.emit('importProgress', progress);
        },
      });
      return { ok: true, report };
    } catch (error) {
      if (error instanceof LibraryBusyError) return { ok: false, canceled: false, message: error.message };
      throw error;
    }
  };
  return {
    saveBriefing: (briefing, saveAs) => files.save(briefing, saveAs),
    openBriefing: () => files.open(),
    newBriefing: async () => files.newBriefing(),
    recentBriefings: () => files.recent(),
    openRecentBriefing: (index) => files.openRecent(index),
    autosaveBriefing: (briefing) => files.autosave(briefing),
    recoverBriefing: () => files.recovery(),
    discardRecovery: () => files.discardRecovery(),
    search: (query, options) => service.search(query, options),
    getArticle: (id) => service.getArticle(id),
    moreLikeThis: (id) => service.moreLikeThis(id),
    listArticles: () => Promise.resolve(service.listArticles()),
    listCollections: () => Promise.resolve(service.collections()),
    importFolder: async () => {
      if (service.importRunning) return { ok: false, canceled: false, message: 'An import is already running.' };
      const folder = await frontEnd.chooseImportFolder();
      if (!folder) return { ok: false, canceled: true, message: 'Import canceled.' };
      return importWithProgress(folder);
    },
    importDroppedFolder: async (folder) => {
      if (!path.isAbsolute(folder))
        return { ok: false, canceled: false, message: 'Only a folder dropped on the window can be imported this way.' };
      if (!(await fs.stat(folder).catch(() => undefined))?.isDirectory())
        return { ok: false, canceled: false, message: `“${path.basename(folder)}” is not a folder: drop a folder of articles.` };
      return importWithProgress(folder);
    },
    cancelImport: async () => service.cancelImport(),
    removeCollection: (name) => service.removeCollection(name),
    exportBriefing: async (briefing) => {
      const file = await frontEnd.chooseExportPath(briefing);
      if (!file) return { ok: false, canceled: true, message: 'Export canceled.' };
      return service.exportBriefing(briefing, file);
    },
  };
}
