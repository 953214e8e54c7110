// Search as the contract carries it: the options a query takes (validated in main) and what it answers.
import { z } from 'zod';
import type { Result } from './result.js';

export interface SearchHit {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  language: string | null;
  score: number;
  /** How many of the query's words and phrases the article contains: results are ranked by this first. */
  matched: number;
  /** Plain text of the best passage. */
  snippet: string;
  /** [start, end) character ranges of matched words within `snippet`. */
  highlights: [number, number][];
  /** Reached only across scripts ("Lavrov" → "Лавров"): the words it matched, as the article writes them. */
  across?: string[];
  /** With `groupStories`: the other articles telling the same story (same text or same event), best first. */
  related?: RelatedHit[];
  /** …and how many outlets (known sources) the group's articles come from, this one's included. */
  outlets?: number;
}

/** An article of the same story, in the row of the best-ranked one. */
export interface RelatedHit {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
}

export interface FacetValue {
  value: string;
  count: number;
}

/** Dated results by year ("2024"), by month ("2024-03") when the date filter lies within one year, and the undated. */
export interface DateFacet {
  years: FacetValue[];
  months: FacetValue[];
  undated: number;
}

/** Counts of the matching articles per value; each dimension counted with the other dimensions' filters applied. */
export interface Facets {
  dates: DateFacet;
  sources: FacetValue[];
  languages: FacetValue[];
  countries: FacetValue[];
  collections: FacetValue[];
  folders: FacetValue[];
  /** The people and organisations the results name most (read from each article by the analyst's desk). */
  people: FacetValue[];
  organisations: FacetValue[];
  /** …and the places other than countries. */
  places: FacetValue[];
}

export interface SearchSuggestion {
  /** The query to run instead (the same query when the suggestion is to drop filters). */
  query: string;
  dropFilters: boolean;
  total: number;
  message: string;
}

/** A query that does not parse fails with reason 'invalid' and a message that says how to fix it. */
export type SearchResponse = Result<{
  hits: SearchHit[];
  /** Rows: articles, or with `groupStories` stories. */
  total: number;
  /** With `groupStories`: the articles the rows hold. */
  articles?: number;
  /** Below 1 while the index is still being read after a start: the share of the library searched. */
  searched?: number;
  facets: Facets;
  suggestion?: SearchSuggestion;
  /** Phrases made only of words the index leaves out (stop words) in some languages: not looked for in their articles. */
  unsearched?: Unsearched[];
}>;

/** A phrase the index cannot look for in the articles of `languages` (null: language not detected). */
export interface Unsearched {
  phrase: string;
  languages: (string | null)[];
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date (YYYY-MM-DD)');
const facetValues = z.array(z.string().max(300)).max(100);

export const SearchFiltersSchema = z.strictObject({
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  /** Undated articles are kept under a date filter unless this is true. */
  excludeUndated: z.boolean().optional(),
  sources: facetValues.optional(),
  languages: facetValues.optional(),
  countries: facetValues.optional(),
  collections: facetValues.optional(),
  folders: facetValues.optional(),
  people: facetValues.optional(),
  organisations: facetValues.optional(),
  places: facetValues.optional(),
});
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

export const SearchOptionsSchema = z.strictObject({
  limit: z.number().int().min(1).max(1000).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  filters: SearchFiltersSchema.optional(),
  sort: z.enum(['relevance', 'date']).optional(),
  /** Names across scripts (Lavrov ↔ Лавров): on unless false. */
  crossScript: z.boolean().optional(),
  /** One row per story: near-identical copies and articles on the same event folded into the best-ranked one, and counted once in the facets. */
  groupStories: z.boolean().optional(),
});
export type SearchOptions = z.infer<typeof SearchOptionsSchema>;

/** Where a query matched an article: [start, end) of each matched word of its title and of its body, in order. */
export interface MatchedRanges {
  title: [number, number][];
  body: [number, number][];
}
