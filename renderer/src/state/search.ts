// Search state: the query, its filters and sort, and the results, fetched page by page as the list
// scrolls (a query may match 100,000 articles; the list only ever holds the pages seen).
import { create } from 'zustand';
import type { Facets, SearchFilters, SearchHit, SearchSuggestion, Unsearched } from '../../../electron/contract';
import { api } from '../api';

export const PAGE_SIZE = 100;
export type FacetKey = 'sources' | 'languages' | 'countries' | 'people' | 'organisations' | 'places' | 'collections' | 'folders';

export interface SearchState {
  query: string;
  filters: SearchFilters;
  sort: 'relevance' | 'date';
  /** Names across scripts and countries across languages (Lavrov ↔ Лавров, Cuba ↔ Куба). */
  crossScript: boolean;
  /** The same story (copies, other outlets on the same event) in one row, counted once in the facets. */
  groupStories: boolean;
  /** Result pages by page number. */
  pages: Record<number, SearchHit[]>;
  total: number;
  /** With stories folded: the articles their rows hold. */
  articles: number;
  /** Below 1 while the index is still being read after a start: the share of the library searched. */
  searched: number;
  facets: Facets | null;
  suggestion: SearchSuggestion | null;
  /** Phrases the query could not look for in some languages' articles. */
  unsearched: Unsearched[];
  error: string | null;
  /** The result the arrow keys have reached; -1 for none. */
  active: number;
  moveActive(step: 1 | -1): void;
  setQuery(query: string): void;
  toggleFacet(key: FacetKey, value: string): void;
  setDates(dateFrom: string | undefined, dateTo: string | undefined): void;
  /** Undated articles are kept under a date filter unless excluded. */
  setExcludeUndated(exclude: boolean): void;
  setSort(sort: 'relevance' | 'date'): void;
  setCrossScript(on: boolean): void;
  setGroupStories(on: boolean): void;
  clearFilters(): void;
  acceptSuggestion(): void;
  runSearch(): Promise<void>;
  loadPage(page: number): Promise<void>;
  hitAt(index: number): SearchHit | undefined;
}

let sequence = 0;
const loading = new Set<number>();

export const useSearch = create<SearchState>()((set, get) => ({
  query: '',
  filters: {},
  sort: 'relevance',
  crossScript: true,
  groupStories: true,
  pages: {},
  total: 0,
  articles: 0,
  searched: 1,
  facets: null,
  suggestion: null,
  unsearched: [],
  error: null,
  active: -1,

  moveActive: (step) => set({ active: Math.max(0, Math.min(get().total - 1, get().active + step)) }),

  setQuery: (query) => set({ query }),

  toggleFacet: (key, value) => {
    const current = get().filters[key] ?? [];
    const next = current.includes(value) ? current.filter((other) => other !== value) : [...current, value];
    set({ filters: { ...get().filters, [key]: next.length ? next : undefined } });
    void get().runSearch();
  },

  setDates: (dateFrom, dateTo) => {
    set({ filters: { ...get().filters, dateFrom: dateFrom || undefined, dateTo: dateTo || undefined } });
    void get().runSearch();
  },

  setExcludeUndated: (exclude) => {
    set({ filters: { ...get().filters, excludeUndated: exclude || undefined } });
    void get().runSearch();
  },

  setSort: (sort) => {
    set({ sort });
    void get().runSearch();
  },

  setCrossScript: (crossScript) => {
    set({ crossScript });
    void get().runSearch();
  },

  setGroupStories: (groupStories) => {
    set({ groupStories });
    void get().runSearch();
  },

  clearFilters: () => {
    set({ filters: {} });
    void get().runSearch();
  },

  acceptSuggestion: () => {
    const { suggestion } = get();
    if (!suggestion) return;
    set(suggestion.dropFilters ? { filters: {} } : { query: suggestion.query });
    void get().runSearch();
  },

  runSearch: async () => {
    const current = ++sequence;
    loading.clear();
    const { query, filters, sort, crossScript, groupStories } = get();
    const response = await api.search(query, { limit: PAGE_SIZE, offset: 0, filters, sort, crossScript, groupStories });
    if (current !== sequence) return; // a newer search has started; its answer wins
    if (response.ok) {
      set({
        pages: { 0: response.hits },
        total: response.total,
        articles: response.articles ?? response.total,
        searched: response.searched ?? 1,
        facets: response.facets,
        suggestion: response.suggestion ?? null,
        unsearched: response.unsearched ?? [],
        error: null,
      });
    } else {
      set({ pages: {}, total: 0, articles: 0, facets: null, suggestion: null, unsearched: [], error: response.message });
    }
  },

  loadPage: async (page) => {
    if (get().pages[page] || loading.has(page)) return;
    loading.add(page);
    const current = sequence;
    const { query, filters, sort, crossScript, groupStories } = get();
    const response = await api.search(query, { limit: PAGE_SIZE, offset: page * PAGE_SIZE, filters, sort, crossScript, groupStories });
    loading.delete(page);
    if (current === sequence && response.ok) set({ pages: { ...get().pages, [page]: response.hits } });
  },

  hitAt: (index) => get().pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE],
}));
