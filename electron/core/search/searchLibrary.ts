// Search as the user sees it: the query parsed, its clauses matched and combined by the engine (engine/),
// then the results shaped (results/): filtered, counted into facets, ranked, paged, each hit with its
// snippet, and a suggestion when nothing matches.
import type { ArticleMeta, MatchedRanges, Result, SearchOptions, SearchResponse, Unsearched } from '../../contract.js';
import { matchAll, matchTree, type Candidate, type Corpus, type MatchOptions } from './engine/clauses.js';
import { parseQuery, type ParsedQuery } from './engine/queryParser.js';
import type { SearchIndex } from './engine/searchIndex.js';
import { facetsOf, passes } from './results/filters.js';
import { queryLanguage, sortResults, toHit } from './results/hits.js';
import { matchedRanges } from './results/snippet.js';
import { suggest } from './results/suggest.js';

export type { Corpus } from './engine/clauses.js';
export { similarArticles } from './results/similarArticles.js';

const DEFAULT_LIMIT = 50;
/** Stories are grouped among this many of the best results (the rest stay one row each): grouping compares pairs. */
const GROUPED_RESULTS = 1000;

/** Groups articles telling one story (the analyst's desk's rule, handed in by the service), each in the order given. */
export type StoryGroups = (metas: ArticleMeta[]) => ArticleMeta[][];

export async function searchLibrary(
  index: SearchIndex,
  corpus: Corpus,
  query: string,
  options: SearchOptions = {},
  countryOf?: MatchOptions['countryOf'],
  storyGroups?: StoryGroups,
): Promise<SearchResponse> {
  const ranked = await rankedResults(index, corpus, query, options, countryOf);
  if (!ranked.ok) return ranked;
  const { parsed, candidates, unsearched } = ranked;
  const filters = options.filters ?? {};
  const stories = options.groupStories && storyGroups ? foldStories(ranked.results, storyGroups) : undefined;
  const results = stories?.rows ?? ranked.results;

  const offset = options.offset ?? 0;
  const page = results.slice(offset, offset + (options.limit ?? DEFAULT_LIMIT));
  const hits = await Promise.all(page.map((candidate) => toHit(candidate, corpus, stories?.related.get(candidate.meta.id))));
  const response: SearchResponse = {
    ok: true,
    hits,
    total: results.length,
    ...(stories && { articles: ranked.results.length }),
    ...(index.loadedShare < 1 && { searched: index.loadedShare }),
    facets: facetsOf(candidates, filters, stories?.groupOf),
    ...(unsearched.length > 0 && { unsearched }),
  };
  // a fuzzy or unfiltered retry is offered for plain queries (a query with operators says what it means)
  if (results.length === 0 && parsed.clauses.length > 0 && (!parsed.tree || Object.keys(filters).length > 0)) {
    const suggestion = await suggest(index, corpus, parsed.clauses, query, candidates.length, filters);
    if (suggestion) response.suggestion = suggestion;
  }
  return response;
}

/**
 * The results with each story in one row: among the best GROUPED_RESULTS, the articles of one story folded
 * into the best-ranked (`related` holds the others, best first; `groupOf` each one's row).
 */
function foldStories(results: Candidate[], storyGroups: StoryGroups) {
  const head = results.slice(0, GROUPED_RESULTS);
  const byId = new Map(head.map((candidate) => [candidate.meta.id, candidate]));
  const related = new Map<string, Candidate[]>();
  const groupOf = new Map<string, string>();
  for (const group of storyGroups(head.map((candidate) => candidate.meta))) {
    if (group.length < 2) continue;
    const [first, ...rest] = group;
    related.set(
      first!.id,
      rest.map((meta) => byId.get(meta.id)!),
    );
    for (const meta of group) groupOf.set(meta.id, first!.id);
  }
  const rows = results.filter((candidate) => {
    const row = groupOf.get(candidate.meta.id);
    return row === undefined || row === candidate.meta.id;
  });
  return { rows, related, groupOf };
}

/** Every article the query and filters find, best first (no snippets, no facets): what the analyst's desk reads. */
export async function matchingIds(
  index: SearchIndex,
  corpus: Corpus,
  query: string,
  options: SearchOptions = {},
  countryOf?: MatchOptions['countryOf'],
): Promise<Result<{ ids: string[] }>> {
  const ranked = await rankedResults(index, corpus, query, options, countryOf);
  return ranked.ok ? { ok: true, ids: ranked.results.map((candidate) => candidate.meta.id) } : ranked;
}

/** The query parsed and matched: every candidate (facets count them), and those passing the filters, best first. */
async function rankedResults(
  index: SearchIndex,
  corpus: Corpus,
  query: string,
  options: SearchOptions,
  countryOf: MatchOptions['countryOf'],
): Promise<
  Result<{ parsed: Extract<ParsedQuery, { ok: true }>; candidates: Candidate[]; results: Candidate[]; unsearched: Unsearched[] }>
> {
  const parsed = parseQuery(query);
  if (!parsed.ok) return parsed;
  const unsearched: Unsearched[] = [];
  // only the languages the filters keep: a phrase not looked for in English articles is no news to a search of Spanish ones
  const languages = options.filters?.languages;
  const candidates = await candidatesOf(index, corpus, parsed, options, countryOf, (phrase) => {
    const kept = languages ? phrase.languages.filter((language) => language !== null && languages.includes(language)) : phrase.languages;
    if (kept.length > 0) unsearched.push({ phrase: phrase.phrase, languages: kept });
  });
  const filters = options.filters ?? {};
  const results = candidates.filter((candidate) => passes(candidate.meta, filters));
  const words = parsed.clauses.flatMap((clause) => (clause.kind === 'term' ? [clause.word] : clause.words));
  sortResults(results, options.sort ?? (parsed.clauses.length ? 'relevance' : 'date'), queryLanguage(words));
  return { ok: true, parsed, candidates, results, unsearched };
}

function candidatesOf(
  index: SearchIndex,
  corpus: Corpus,
  parsed: Extract<ParsedQuery, { ok: true }>,
  options: SearchOptions,
  countryOf: MatchOptions['countryOf'],
  onUnsearched?: MatchOptions['onUnsearched'],
) {
  const matching = { crossScript: options.crossScript, countryOf, onUnsearched };
  return parsed.tree ? matchTree(index, corpus, parsed.tree, matching) : matchAll(index, corpus, parsed.clauses, matching);
}

/**
 * Where a query matched one article: [start, end) of every word of its body that carries a term the query
 * found in it — every inflection, transliteration and phrase word — for the reader to mark.
 */
export async function matchedRangesIn(
  index: SearchIndex,
  corpus: Corpus,
  id: string,
  query: string,
  options: SearchOptions = {},
  countryOf?: MatchOptions['countryOf'],
): Promise<MatchedRanges> {
  const none = { title: [], body: [] };
  const parsed = parseQuery(query);
  const meta = corpus.meta(id);
  if (!parsed.ok || parsed.clauses.length === 0 || !meta) return none;
  const candidate = (await candidatesOf(index, corpus, parsed, options, countryOf)).find((found) => found.meta.id === id);
  if (!candidate) return none;
  const terms = new Set(candidate.matches.flatMap((match) => match.terms));
  return {
    title: matchedRanges(meta.title, terms, meta.language),
    body: matchedRanges((await corpus.body(id)) ?? '', terms, meta.language),
  };
}
