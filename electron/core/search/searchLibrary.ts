// Search as the user sees it: the query parsed, its clauses matched and combined by the engine (engine/),
// then the results shaped (results/): filtered, counted into facets, ranked, paged, each hit with its
// snippet, and a suggestion when nothing matches.
import type { SearchOptions, SearchResponse } from '../../contract.js';
import { matchAll, matchTree, type Corpus, type MatchOptions } from './engine/clauses.js';
import { parseQuery } from './engine/queryParser.js';
import type { SearchIndex } from './engine/searchIndex.js';
import { facetsOf, passes } from './results/filters.js';
import { sortResults, toHit } from './results/hits.js';
import { suggest } from './results/suggest.js';

export type { Corpus } from './engine/clauses.js';
export { similarArticles } from './results/similarArticles.js';

const DEFAULT_LIMIT = 50;

export async function searchLibrary(
  index: SearchIndex,
  corpus: Corpus,
  query: string,
  options: SearchOptions = {},
  countryOf?: MatchOptions['countryOf'],
): Promise<SearchResponse> {
  const parsed = parseQuery(query);
  if (!parsed.ok) return parsed;
  const matching = { crossScript: options.crossScript, countryOf };
  const candidates = parsed.tree
    ? await matchTree(index, corpus, parsed.tree, matching)
    : await matchAll(index, corpus, parsed.clauses, matching);
  const filters = options.filters ?? {};
  const results = candidates.filter((candidate) => passes(candidate.meta, filters));
  sortResults(results, options.sort ?? (parsed.clauses.length ? 'relevance' : 'date'));

  const offset = options.offset ?? 0;
  const page = results.slice(offset, offset + (options.limit ?? DEFAULT_LIMIT));
  const hits = await Promise.all(page.map((candidate) => toHit(candidate, corpus)));
  const response: SearchResponse = { ok: true, hits, total: results.length, facets: facetsOf(candidates, filters) };
  // a fuzzy or unfiltered retry is offered for plain queries (a query with operators says what it means)
  if (results.length === 0 && parsed.clauses.length > 0 && (!parsed.tree || Object.keys(filters).length > 0)) {
    const suggestion = await suggest(index, corpus, parsed.clauses, query, candidates.length, filters);
    if (suggestion) response.suggestion = suggestion;
  }
  return response;
}
