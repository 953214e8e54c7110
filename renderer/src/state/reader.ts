// The reader: the article open in the middle pane (and the passage to show highlighted), with the
// articles like it.
import { create } from 'zustand';
import type { Article, BriefingItem, SearchHit } from '../../../electron/contract';
import { api } from '../api';
import { useSearch } from './search';
import { callSafely, say } from './status';

interface ReaderState {
  selected: Article | null;
  /** A passage of the article to highlight and scroll to (an excerpt opened from the briefing). */
  passage: string | null;
  /** Articles like the one in the reader. */
  similar: SearchHit[];
  /** Where the search matched the article: [start, end) in its body, in order; and the one stepped to. */
  matches: [number, number][];
  /** Where it matched the title (marked, not stepped to). */
  titleMatches: [number, number][];
  current: number;
  /** The next (1) or previous (-1) match, round the end. */
  step(direction: 1 | -1): void;
  /** Marks the current search's matches in the open article (after a new search). */
  markMatches(): Promise<void>;
  open(id: string): Promise<void>;
  /** Opens a briefing item's article at its excerpt; the briefing's own copy when the library no longer has it. */
  openItem(item: BriefingItem): Promise<void>;
  /** Opens an article with one passage of it marked and scrolled to (an entry of the analyst's desk). */
  openAt(id: string, range: [number, number]): Promise<void>;
}

let marking = 0;

export const useReader = create<ReaderState>()((set, get) => ({
  selected: null,
  passage: null,
  similar: [],
  matches: [],
  titleMatches: [],
  current: 0,

  step: (direction) => {
    const { matches, current } = get();
    if (matches.length > 0) set({ current: (current + direction + matches.length) % matches.length });
  },

  open: async (id) => {
    const article = await callSafely('Opening the article', () => api.getArticle(id));
    if (article === undefined) return;
    if (!article) {
      say('That article is no longer in the library.');
      return;
    }
    set({ selected: article, passage: null, similar: [], matches: [], titleMatches: [], current: 0 });
    const [, similar] = await Promise.all([get().markMatches(), callSafely('More like this', () => api.moreLikeThis(id))]);
    if (similar && get().selected?.id === id) set({ similar });
  },

  markMatches: async () => {
    const id = get().selected?.id;
    // the search's words marked where they stand, in every form it matched; the latest search's marks win
    const asked = ++marking;
    const { query, crossScript } = useSearch.getState();
    if (!id) return;
    const found = query.trim()
      ? await callSafely('Marking the matches', () => api.matchesIn(id, query, { crossScript }))
      : { title: [], body: [] };
    if (found && asked === marking && get().selected?.id === id) set({ matches: found.body, titleMatches: found.title, current: 0 });
  },

  openAt: async (id, range) => {
    if (get().selected?.id !== id) await get().open(id);
    // the desk's passage wins over the marks of a search still being answered
    marking++;
    if (get().selected?.id === id) set({ matches: [range], titleMatches: [], current: 0 });
  },

  openItem: async (item) => {
    const article = await callSafely('Opening the article', () => api.getArticle(item.articleId));
    if (article === undefined) return;
    const { articleId: id, title, source, date, place, language, path, hash, body } = item;
    const shown: Article = article ?? {
      id,
      title,
      source,
      date,
      place,
      language,
      path,
      hash,
      body,
      author: null,
      countries: [],
      collections: [],
      folder: '',
      paths: [path],
      size: body.length,
    };
    if (!article) say(`“${title}” is no longer in the library: showing the text the briefing cites.`);
    set({ selected: shown, passage: item.excerpt ?? null, similar: [], matches: [], titleMatches: [], current: 0 });
  },
}));
