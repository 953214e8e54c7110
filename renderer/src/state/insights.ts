// The analyst's desk in the window: the insights of the open article or of the whole current search,
// the list shown (quotes, figures, timeline, people and places, same story), and its filter and order.
import { create } from 'zustand';
import type { InsightKind, InsightsResponse } from '../../../electron/contract';
import { api } from '../api';
import { useReader } from './reader';
import { useSearch } from './search';
import { callSafely, say } from './status';

export type InsightScope = 'article' | 'result';
export type InsightSort = 'document' | 'date' | 'name' | 'count';

interface InsightsState {
  /** Whether the reader pane shows the article or the desk. */
  open: boolean;
  scope: InsightScope;
  kind: InsightKind;
  filter: string;
  sort: InsightSort;
  response: Extract<InsightsResponse, { ok: true }> | null;
  loading: boolean;
  /** The library being read again for its insights (after the extraction changed), while it lasts. */
  progress: { done: number; total: number } | null;
  progressed(progress: { done: number; total: number }): void;
  show(open: boolean): void;
  setScope(scope: InsightScope): void;
  setKind(kind: InsightKind): void;
  setFilter(filter: string): void;
  setSort(sort: InsightSort): void;
  /** Reads the insights of the scope now (the open article, or every article the current search finds). */
  load(): Promise<void>;
}

let asking = 0;

export const useInsights = create<InsightsState>()((set, get) => ({
  open: false,
  scope: 'result',
  kind: 'quotes',
  filter: '',
  sort: 'document',
  response: null,
  loading: false,
  progress: null,

  progressed: (progress) => {
    const finished = progress.done >= progress.total;
    set({ progress: finished ? null : progress });
    if (finished && get().open) void get().load();
  },

  // the panel loads what it shows when it mounts
  show: (open) => set({ open }),
  setScope: (scope) => set({ scope }),
  setKind: (kind) => set({ kind, filter: '', sort: kind === 'timeline' ? 'date' : kind === 'entities' ? 'count' : 'document' }),
  setFilter: (filter) => set({ filter }),
  setSort: (sort) => set({ sort }),

  load: async () => {
    const asked = ++asking;
    const { scope } = get();
    const article = useReader.getState().selected;
    if (scope === 'article' && !article) {
      set({ response: null, loading: false });
      return;
    }
    set({ loading: true });
    const { query, filters, crossScript } = useSearch.getState();
    const response = await callSafely('Reading the insights', () =>
      scope === 'article' ? api.articleInsights(article!.id) : api.searchInsights(query, { filters, crossScript }),
    );
    if (asked !== asking) return;
    if (response && !response.ok) say(response.message);
    set({ response: response?.ok ? response : null, loading: false });
  },
}));
