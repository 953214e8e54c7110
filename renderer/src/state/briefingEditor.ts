// The briefing being edited: every change goes through the core's pure edits (briefing/model/edits) and
// is one undoable step; the section the user last worked in receives new items; each item's citation
// is compared with the library (changed or removed articles are shown, never silently kept).
import { create } from 'zustand';
import type { Article, Briefing, BriefingItem, BriefingTable, CitationState } from '../../../electron/contract';
import { emptyBriefing } from '../../../electron/core/briefing/model/briefing';
import * as edits from '../../../electron/core/briefing/model/edits';
import type { ItemPlace } from '../../../electron/core/briefing/model/edits';
import { itemFromArticle } from '../../../electron/core/briefing/model/briefingText';
import { withTemplate, type TemplateName } from '../../../electron/core/briefing/model/templates';
import { api } from '../api';
import { useSearch } from './search';
import { callSafely, say } from './status';

export type { ItemPlace };

const HISTORY = 200;

/** A new briefing in the window: the core's empty one, marked RESTRICTED and dated today. */
export const newBriefing = (): Briefing => ({ ...emptyBriefing(), marking: 'RESTRICTED', date: new Date().toISOString().slice(0, 10) });

/** The key of an item's citation: the article and the exact text cited. */
export const citationKey = (item: Pick<BriefingItem, 'articleId' | 'hash'>): string => `${item.articleId}:${item.hash}`;

/** What the item should tell the user of the library's copy, or undefined when nothing (current, or already decided). */
export function citationNews(item: BriefingItem, states: Record<string, CitationState>): CitationState | undefined {
  const state = states[citationKey(item)];
  if (!state || state.state === 'current') return undefined;
  if (item.keptAsCited === (state.state === 'removed' ? 'removed' : state.hash)) return undefined;
  return state;
}

interface BriefingEditorState {
  briefing: Briefing;
  /** Briefings before and after the current one, for undo and redo. */
  past: Briefing[];
  future: Briefing[];
  /** Changes since the last save or open. */
  dirty: boolean;
  /** The section the user last worked in: new items go there. */
  activeSection: number;
  /** How the library's copy of each cited article stands, by citationKey. */
  citations: Record<string, CitationState>;
  /** A new briefing, opened file or restored copy: a new history. */
  load(briefing: Briefing, dirty: boolean): void;
  saved(): void;
  undo(): void;
  redo(): void;
  /** Adds the article to the active section, whole or as an excerpt (a passage chosen in the reader), with a note. */
  add(article: Article, excerpt?: string, note?: string): void;
  /** Adds a table (figures, a timeline) to the active section. */
  addTable(table: BriefingTable): void;
  removeTable(section: number, table: number): void;
  moveItemBy(place: ItemPlace, step: -1 | 1): ItemPlace | undefined;
  moveItemTo(from: ItemPlace, to: ItemPlace): ItemPlace;
  moveSectionTo(from: number, to: number): void;
  removeItem(place: ItemPlace): void;
  setNote(place: ItemPlace, note: string): void;
  addSection(heading: string): void;
  renameSection(section: number, heading: string): void;
  removeSection(section: number): void;
  setActiveSection(section: number): void;
  editFields(fields: Partial<Omit<Briefing, 'sections'>>): void;
  /** Applies a template keeping every item (one undoable step); the press digest is built from the current search. */
  applyTemplate(name: TemplateName): Promise<void>;
  /** Asks the library how each cited article stands now. */
  checkCitations(): Promise<void>;
  /** Cites the library's new text of a changed article (one undoable step). */
  useNewText(place: ItemPlace): Promise<void>;
  /** Keeps the cited text and stops telling of this change. */
  keepAsCited(place: ItemPlace): void;
}

export const useBriefingEditor = create<BriefingEditorState>()((set, get) => {
  /** Every change to the briefing goes through here, so it can be undone. Typing in one field is one step. */
  let lastEdit = { key: '', at: 0 };
  const edit = (next: Briefing, coalesce = ''): void => {
    const now = Date.now();
    const merge = coalesce !== '' && coalesce === lastEdit.key && now - lastEdit.at < 1500;
    lastEdit = { key: coalesce, at: now };
    set({ briefing: next, dirty: true, future: [], past: merge ? get().past : [...get().past, get().briefing].slice(-HISTORY) });
  };
  const itemAt = (place: ItemPlace): BriefingItem | undefined => get().briefing.sections[place.section]?.items[place.index];
  return {
    briefing: newBriefing(),
    past: [],
    future: [],
    dirty: false,
    activeSection: 0,
    citations: {},

    load: (briefing, dirty) => {
      lastEdit = { key: '', at: 0 };
      set({ briefing, dirty, past: [], future: [], activeSection: 0, citations: {} });
      void get().checkCitations();
    },

    saved: () => set({ dirty: false }),

    undo: () => {
      const { past, future, briefing } = get();
      if (past.length === 0) return;
      lastEdit = { key: '', at: 0 };
      set({ briefing: past[past.length - 1]!, past: past.slice(0, -1), future: [briefing, ...future], dirty: true });
      say('Undone.');
    },

    redo: () => {
      const { past, future, briefing } = get();
      if (future.length === 0) return;
      lastEdit = { key: '', at: 0 };
      set({ briefing: future[0]!, future: future.slice(1), past: [...past, briefing], dirty: true });
      say('Redone.');
    },

    add: (article, excerpt, note) => {
      const passage = excerpt?.trim();
      const { briefing, activeSection } = get();
      if (!passage && briefing.sections.some((section) => section.items.some((item) => item.articleId === article.id && !item.excerpt))) {
        say(`“${article.title}” is already in the briefing.`);
        return;
      }
      const item = itemFromArticle(article, passage);
      const added = edits.addItem(briefing, note ? { ...item, note } : item, activeSection);
      edit(added.briefing);
      const heading = added.briefing.sections[added.place.section]!.heading;
      say(`${passage ? `Added an excerpt of “${article.title}”` : `Added “${article.title}”`} to “${heading}”.`);
    },

    addTable: (table) => {
      const added = edits.addTable(get().briefing, table, get().activeSection);
      edit(added.briefing);
      say(`Added the table “${table.caption}” (${table.rows.length} rows) to “${added.briefing.sections[added.section]!.heading}”.`);
    },

    removeTable: (section, table) => edit(edits.removeTable(get().briefing, section, table)),

    moveItemBy: (place, step) => {
      const moved = edits.moveItemBy(get().briefing, place, step);
      if (!moved) return undefined;
      edit(moved.briefing);
      set({ activeSection: moved.place.section });
      return moved.place;
    },

    moveItemTo: (from, to) => {
      const moved = edits.moveItemTo(get().briefing, from, to);
      edit(moved.briefing);
      set({ activeSection: moved.place.section });
      return moved.place;
    },

    moveSectionTo: (from, to) => edit(edits.moveSectionTo(get().briefing, from, to)),
    removeItem: (place) => edit(edits.removeItem(get().briefing, place)),
    setNote: (place, note) => edit(edits.setNote(get().briefing, place, note), `note-${place.section}-${place.index}`),
    addSection: (heading) => {
      edit(edits.addSection(get().briefing, heading));
      set({ activeSection: get().briefing.sections.length - 1 });
    },
    renameSection: (section, heading) => edit(edits.renameSection(get().briefing, section, heading), `heading-${section}`),
    removeSection: (section) => {
      edit(edits.removeSection(get().briefing, section));
      set({ activeSection: Math.min(get().activeSection, get().briefing.sections.length - 1) });
    },
    setActiveSection: (section) => set({ activeSection: section }),
    editFields: (fields) => edit({ ...get().briefing, ...fields }, Object.keys(fields).join()),

    applyTemplate: async (name) => {
      const current = get().briefing;
      const { query, filters, sort } = useSearch.getState();
      const next =
        name === 'digest'
          ? await callSafely('The press digest', () => api.pressDigest(current, query, { filters, sort }))
          : withTemplate(name, current);
      if (!next) return;
      edit(next);
      say(`Applied the template; every item was kept.`);
    },

    checkCitations: async () => {
      const cited = get().briefing.sections.flatMap((section) => section.items);
      if (cited.length === 0) return;
      const states = await callSafely('Checking the cited articles', () =>
        api.checkCitations(cited.map(({ articleId, hash, path }) => ({ articleId, hash, path }))),
      );
      if (!states) return;
      const citations = { ...get().citations };
      cited.forEach((item, at) => (citations[citationKey(item)] = states[at]!));
      set({ citations });
    },

    useNewText: async (place) => {
      const item = itemAt(place);
      const state = item && get().citations[citationKey(item)];
      if (!item || state?.state !== 'changed') return;
      const article = await callSafely('Opening the article', () => api.getArticle(state.articleId));
      if (!article) return;
      const updated = edits.itemWithNewText(item, article);
      edit(edits.updateItem(get().briefing, place, () => updated));
      set({ citations: { ...get().citations, [citationKey(updated)]: { state: 'current' } } });
      say(`“${updated.title}” now cites the library’s new text.`);
    },

    keepAsCited: (place) => {
      const item = itemAt(place);
      const state = item && get().citations[citationKey(item)];
      if (!item || !state || state.state === 'current') return;
      const keptAsCited = state.state === 'removed' ? 'removed' : state.hash;
      edit(edits.updateItem(get().briefing, place, () => ({ ...item, keptAsCited })));
    },
  };
});
