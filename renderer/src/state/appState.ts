// Renderer state: plain data and the actions that change it. Calls to main go through api.ts.
import { create } from 'zustand';
import type {
  Article,
  Briefing,
  BriefingFileResult,
  BriefingSection,
  ImportProgress,
  ImportReport,
  Recovery,
  SearchHit,
} from '../../../electron/contract';
import { itemFromArticle } from '../../../electron/core/briefing/model/briefingText';
import { withTemplate, type TemplateName } from '../../../electron/core/briefing/model/templates';
import { api } from '../api';
import { useSearch } from './search';

export interface AppState {
  selected: Article | null;
  /** Articles like the one in the reader. */
  similar: SearchHit[];
  briefing: Briefing;
  status: string | null;
  /** Set while an import runs; `progress` is null until the first file. */
  importing: { progress: ImportProgress | null } | null;
  importReport: ImportReport | null;
  /** Imports a folder: the one dropped on the window, or one chosen in a dialog. */
  startImport(droppedFolder?: string): Promise<void>;
  importProgressed(progress: ImportProgress): void;
  cancelImport(): Promise<void>;
  closeImportReport(): void;
  open(id: string): Promise<void>;
  /** Adds the article to the last section, whole or as an excerpt (a passage chosen in the reader). */
  addToBriefing(article: Article, excerpt?: string): void;
  moveItem(section: number, index: number, offset: -1 | 1): void;
  /** Drag and drop: an item to a place in any section (index = its position there after the move). */
  moveItemTo(from: { section: number; index: number }, to: { section: number; index: number }): void;
  moveSectionTo(from: number, to: number): void;
  removeItem(section: number, index: number): void;
  setNote(section: number, index: number, note: string): void;
  addSection(heading: string): void;
  renameSection(section: number, heading: string): void;
  removeSection(section: number): void;
  editBriefing(fields: Partial<Omit<Briefing, 'sections'>>): void;
  exportBriefing(): Promise<void>;
  /** The file the briefing was last saved to or opened from; null for a new one. */
  file: string | null;
  /** Whether there are changes since the last save or open. */
  dirty: boolean;
  recent: string[];
  /** A briefing autosaved by a session that did not end normally, offered at start. */
  recovery: Recovery | null;
  newBriefing(): Promise<void>;
  saveBriefing(saveAs: boolean): Promise<void>;
  openBriefing(index?: number): Promise<void>;
  loadRecent(): Promise<void>;
  checkRecovery(): Promise<void>;
  restoreRecovery(): void;
  discardRecovery(): Promise<void>;
  autosave(): Promise<void>;
  /** Briefings before and after the current one, for undo and redo. */
  past: Briefing[];
  future: Briefing[];
  undo(): void;
  redo(): void;
  /** Replaces the briefing's sections with a template's (an undoable edit); the press digest is built from the current search. */
  applyTemplate(name: TemplateName): Promise<void>;
}

const newBriefing = (): Briefing => ({
  title: 'Untitled briefing',
  subtitle: '',
  marking: 'RESTRICTED',
  author: '',
  date: new Date().toISOString().slice(0, 10),
  recipient: '',
  summary: '',
  keyPoints: [],
  sections: [{ heading: 'Articles', items: [] }],
  settings: { pageSize: 'A4', margins: 'normal', font: 'Calibri', portionMarking: '' },
});

export const useApp = create<AppState>()((set, get) => {
  /** Every change to the briefing goes through here, so it can be undone. Typing in one field is one step. */
  let lastEdit = { key: '', at: 0 };
  const HISTORY = 200;
  const edit = (next: Briefing, coalesce = ''): void => {
    const now = Date.now();
    const merge = coalesce !== '' && coalesce === lastEdit.key && now - lastEdit.at < 1500;
    lastEdit = { key: coalesce, at: now };
    set({ briefing: next, dirty: true, future: [], past: merge ? get().past : [...get().past, get().briefing].slice(-HISTORY) });
  };
  const updateSections = (change: (sections: BriefingSection[]) => BriefingSection[]): void =>
    edit({ ...get().briefing, sections: change(get().briefing.sections.map((section) => ({ ...section, items: [...section.items] }))) });
  const opened = (result: BriefingFileResult, verb: string): void => {
    if (result.ok)
      set({
        briefing: result.briefing,
        file: result.file,
        dirty: false,
        past: [],
        future: [],
        status: result.notice ?? `${verb} ${result.file}`,
      });
    else if (result.reason !== 'canceled') set({ status: result.message });
  };
  return {
    past: [],
    future: [],
    undo: () => {
      const { past, future, briefing } = get();
      if (past.length === 0) return;
      lastEdit = { key: '', at: 0 };
      set({ briefing: past[past.length - 1]!, past: past.slice(0, -1), future: [briefing, ...future], dirty: true, status: 'Undone.' });
    },
    redo: () => {
      const { past, future, briefing } = get();
      if (future.length === 0) return;
      lastEdit = { key: '', at: 0 };
      set({ briefing: future[0]!, future: future.slice(1), past: [...past, briefing], dirty: true, status: 'Redone.' });
    },
    applyTemplate: async (name) => {
      const current = get().briefing;
      const { query, filters, sort } = useSearch.getState();
      edit(name === 'digest' ? await api.pressDigest(current, query, { filters, sort }) : withTemplate(name, current));
    },
    file: null,
    dirty: false,
    recent: [],
    recovery: null,

    newBriefing: async () => {
      await api.newBriefing();
      set({ briefing: newBriefing(), file: null, dirty: false, past: [], future: [], status: 'New briefing.' });
    },

    saveBriefing: async (saveAs) => {
      opened(await api.saveBriefing(get().briefing, saveAs), 'Saved to');
      await get().loadRecent();
    },

    openBriefing: async (index) => {
      opened(await (index === undefined ? api.openBriefing() : api.openRecentBriefing(index)), 'Opened');
      await get().loadRecent();
    },

    loadRecent: async () => set({ recent: await api.recentBriefings() }),

    checkRecovery: async () => set({ recovery: await api.recoverBriefing() }),

    restoreRecovery: () => {
      const { recovery } = get();
      if (recovery)
        set({
          briefing: recovery.briefing,
          file: null,
          dirty: true,
          recovery: null,
          status: `Restored the briefing autosaved at ${recovery.savedAt}.`,
        });
    },

    discardRecovery: async () => {
      await api.discardRecovery();
      set({ recovery: null });
    },

    autosave: async () => {
      if (get().dirty) await api.autosaveBriefing(get().briefing);
    },

    selected: null,
    similar: [],
    briefing: newBriefing(),
    status: null,
    importing: null,
    importReport: null,

    startImport: async (droppedFolder) => {
      if (get().importing) return;
      set({ importing: { progress: null } });
      try {
        const outcome = await (droppedFolder ? api.importDroppedFolder(droppedFolder) : api.importFolder());
        if (outcome.ok) set({ importReport: outcome.report });
        else if (outcome.reason !== 'canceled') set({ status: outcome.message });
      } finally {
        set({ importing: null });
      }
      await useSearch.getState().runSearch();
    },

    importProgressed: (progress) => {
      if (get().importing) set({ importing: { progress } });
    },

    cancelImport: () => api.cancelImport(),

    closeImportReport: () => set({ importReport: null }),

    open: async (id) => {
      const article = await api.getArticle(id);
      if (!article) {
        set({ status: 'That article is no longer in the library.' });
        return;
      }
      set({ selected: article, similar: [] });
      const similar = await api.moreLikeThis(id);
      if (get().selected?.id === id) set({ similar });
    },

    addToBriefing: (article, excerpt) => {
      const passage = excerpt?.trim();
      const all = get().briefing.sections.flatMap((section) => section.items);
      if (!passage && all.some((item) => item.articleId === article.id && !item.excerpt)) {
        set({ status: `“${article.title}” is already in the briefing.` });
        return;
      }
      const item = itemFromArticle(article, passage);
      updateSections((sections) => {
        if (sections.length === 0) sections.push({ heading: 'Articles', items: [] });
        sections[sections.length - 1]!.items.push(item);
        return sections;
      });
      set({ status: passage ? `Added an excerpt of “${article.title}”.` : `Added “${article.title}”.` });
    },

    moveItem: (section, index, offset) =>
      updateSections((sections) => {
        const items = sections[section]!.items;
        const target = index + offset;
        if (target >= 0 && target < items.length) [items[index], items[target]] = [items[target]!, items[index]!];
        return sections;
      }),

    moveItemTo: (from, to) =>
      updateSections((sections) => {
        const [item] = sections[from.section]!.items.splice(from.index, 1);
        if (!item) return sections;
        const target = sections[to.section]!.items;
        target.splice(Math.min(to.index, target.length), 0, item);
        return sections;
      }),

    moveSectionTo: (from, to) =>
      updateSections((sections) => {
        const [section] = sections.splice(from, 1);
        if (section) sections.splice(Math.min(to, sections.length), 0, section);
        return sections;
      }),

    removeItem: (section, index) =>
      updateSections((sections) => {
        sections[section]!.items.splice(index, 1);
        return sections;
      }),

    setNote: (section, index, note) =>
      updateSections((sections) => {
        sections[section]!.items[index] = { ...sections[section]!.items[index]!, note };
        return sections;
      }),

    addSection: (heading) => updateSections((sections) => [...sections, { heading, items: [] }]),

    renameSection: (section, heading) =>
      updateSections((sections) => {
        sections[section] = { ...sections[section]!, heading };
        return sections;
      }),

    removeSection: (section) => updateSections((sections) => sections.filter((_, at) => at !== section)),

    editBriefing: (fields) => edit({ ...get().briefing, ...fields }, Object.keys(fields).join()),

    exportBriefing: async () => {
      set({ status: 'Exporting…' });
      const result = await api.exportBriefing(get().briefing);
      set({ status: result.ok ? `Exported to ${result.path}` : result.message });
    },
  };
});
