// The briefing as a file: New, Open (and recent), Save, Save As, Export (.docx, PDF), Print, the autosaved recovery copy —
// and the question before anything would replace unsaved work: Save / Don't save / Cancel.
import { create } from 'zustand';
import type { BriefingFileResult, Recovery } from '../../../electron/contract';
import { api } from '../api';
import { newBriefing, useBriefingEditor } from './briefingEditor';
import { callSafely, say } from './status';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The question on screen: what is about to happen, and how to answer. */
export interface UnsavedQuestion {
  action: string;
  answer(choice: UnsavedChoice): void;
}

interface BriefingFileState {
  /** The file the briefing was last saved to or opened from; null for a new one. */
  file: string | null;
  recent: string[];
  /** A briefing autosaved by a session that did not end normally, offered at start. */
  recovery: Recovery | null;
  /** The last autosave failed (said once, not every few seconds). */
  autosaveFailed: boolean;
  question: UnsavedQuestion | null;
  /** Runs `then` once unsaved changes are saved or let go; does nothing if the user cancels. */
  whenUnsavedHandled(action: string, then: () => Promise<void> | void): Promise<void>;
  newBriefing(): Promise<void>;
  /** Saves; true when the briefing is now on disk. */
  saveBriefing(saveAs: boolean): Promise<boolean>;
  openBriefing(index?: number): Promise<void>;
  loadRecent(): Promise<void>;
  checkRecovery(): Promise<void>;
  restoreRecovery(): void;
  discardRecovery(): Promise<void>;
  autosave(): Promise<void>;
  exportBriefing(): Promise<void>;
  exportPdf(): Promise<void>;
  print(): Promise<void>;
  /** The window or the app is closing: ask about unsaved work, then close. */
  close(): Promise<void>;
}

const opened = (result: BriefingFileResult | undefined, verb: string): string | null => {
  if (!result) return null;
  if (!result.ok) {
    if (result.reason !== 'canceled') say(result.message);
    return null;
  }
  say(result.notice ?? `${verb} ${result.file}`);
  return result.file;
};

export const useBriefingFile = create<BriefingFileState>()((set, get) => ({
  file: null,
  recent: [],
  recovery: null,
  autosaveFailed: false,
  question: null,

  whenUnsavedHandled: async (action, then) => {
    if (useBriefingEditor.getState().dirty) {
      const choice = await new Promise<UnsavedChoice>((resolve) => set({ question: { action, answer: resolve } }));
      set({ question: null });
      if (choice === 'cancel') return;
      if (choice === 'save' && !(await get().saveBriefing(false))) return;
    }
    await then();
  },

  newBriefing: () =>
    get().whenUnsavedHandled('start a new briefing', async () => {
      const started = await callSafely('New briefing', async () => {
        await api.newBriefing();
        return true;
      });
      if (!started) return;
      useBriefingEditor.getState().load(newBriefing(), false);
      set({ file: null });
      say('New briefing.');
    }),

  saveBriefing: async (saveAs) => {
    const editor = useBriefingEditor.getState();
    const result = await callSafely('Saving', () => api.saveBriefing(editor.briefing, saveAs));
    const file = opened(result, 'Saved to');
    if (file) {
      // edits made while the file was being written stay unsaved
      if (useBriefingEditor.getState().briefing === editor.briefing) editor.saved();
      set({ file });
    }
    await get().loadRecent();
    return file !== null;
  },

  openBriefing: (index) =>
    get().whenUnsavedHandled('open another briefing', async () => {
      const result = await callSafely('Opening', () => (index === undefined ? api.openBriefing() : api.openRecentBriefing(index)));
      const file = opened(result, 'Opened');
      if (file && result?.ok) {
        useBriefingEditor.getState().load(result.briefing, false);
        set({ file });
      }
      await get().loadRecent();
    }),

  loadRecent: async () => set({ recent: (await callSafely('The recent list', () => api.recentBriefings())) ?? get().recent }),

  checkRecovery: async () => set({ recovery: (await callSafely('Recovery', () => api.recoverBriefing())) ?? null }),

  restoreRecovery: () => {
    const { recovery } = get();
    if (!recovery) return;
    useBriefingEditor.getState().load(recovery.briefing, true);
    set({ file: null, recovery: null });
    say(`Restored the briefing autosaved at ${recovery.savedAt}.`);
  },

  discardRecovery: async () => {
    await callSafely('Discarding the recovery copy', () => api.discardRecovery());
    set({ recovery: null });
  },

  autosave: async () => {
    const { briefing, dirty } = useBriefingEditor.getState();
    // (the core never writes an empty briefing over a recovery copy with content)
    if (!dirty) return;
    const result = await callSafely('Autosave', () => api.autosaveBriefing(briefing));
    const failed = !result?.ok;
    if (result && !result.ok && !get().autosaveFailed) say(result.message);
    set({ autosaveFailed: failed });
  },

  exportBriefing: async () => {
    say('Exporting…');
    const result = await callSafely('Export', () => api.exportBriefing(useBriefingEditor.getState().briefing));
    if (result) say(result.ok ? `Exported to ${result.path}` : result.message);
  },

  exportPdf: async () => {
    say('Exporting PDF…');
    const result = await callSafely('Export PDF', () => api.exportBriefingPdf(useBriefingEditor.getState().briefing));
    if (result) say(result.ok ? `Exported to ${result.path}` : result.message);
  },

  print: async () => {
    say('Printing…');
    const result = await callSafely('Print', () => api.printBriefing(useBriefingEditor.getState().briefing));
    if (result) say(result.ok ? 'Sent to the printer.' : result.message);
  },

  close: () => get().whenUnsavedHandled('close Attaché', () => callSafely('Closing', () => api.closeWindow())),
}));
