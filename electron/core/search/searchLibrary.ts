// Search as the user sees it: the query's clauses run against the index one by one and are combined
// here. Ranking puts the articles that contain more of the query's words and phrases first, whatever
// Lunr's score says (a rare word must not lift an article that lacks the others), then Lunr's score,
// with title matches weighted by the index. Phrases are checked in the text; filters, facets, sorting,
// paging, snippets and a suggestion when nothing matches are done here.
import type {
  ArticleMeta,
  FacetValue,
  Facets,
  SearchFilters,
  SearchHit,
  SearchOptions,
  SearchResponse,
  SearchSuggestion,
} from '../../contract.js';
import { foldDiacritics, queryTermsOf, termOf, termsOf, wordsOf } from './analysis.js';
import { parseQuery, type Clause, type PhraseClause, type SearchField, type TermClause } from './queryParser.js';
import { isIndexedField, type ClauseMatch, type SearchIndex } from './searchIndex.js';
import { bestSnippet } from './snippet.js';

export interface Corpus {
  list(): ArticleMeta[];
  meta(id: string): ArticleMeta | undefined;
  body(id: string): Promise<string | undefined>;
}

const DEFAULT_LIMIT = 50;
const FACET_VALUES = 30;

interface Candidate {
  meta: ArticleMeta;
  /** How many of the query's clauses it matches. */
  matched: number;
  score: number;
  /** What each clause found in it, for the words to mark in its snippet. */
  matches: ClauseMatch[];
}

export async function searchLibrary(
  index: SearchIndex,
  corpus: Corpus,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResponse> {
  const parsed = parseQuery(query);
  if (!parsed.ok) return parsed;
  const candidates = await matchAll(index, corpus, parsed.clauses);
  const filters = options.filters ?? {};
  const results = candidates.filter((candidate) => passes(candidate.meta, filters));
  sortResults(results, options.sort ?? (parsed.clauses.length ? 'relevance' : 'date'));

  const offset = options.offset ?? 0;
  const page = results.slice(offset, offset + (options.limit ?? DEFAULT_LIMIT));
  const hits = await Promise.all(page.map((candidate) => toHit(candidate, corpus)));
  const response: SearchResponse = { ok: true, hits, total: results.length, facets: facetsOf(candidates, filters) };
  if (results.length === 0 && parsed.clauses.length > 0) {
    const suggestion = await suggest(index, corpus, parsed.clauses, query, candidates.length, filters);
    if (suggestion) response.suggestion = suggestion;
  }
  return response;
}

/** Every article matching the clauses, with how many clauses each matched. */
async function matchAll(index: SearchIndex, corpus: Corpus, clauses: Clause[]): Promise<Candidate[]> {
  const positive = clauses.filter((clause) => clause.presence !== 'not');
  const negative = clauses.filter((clause) => clause.presence === 'not');
  const excluded = new Set<string>();
  for (const clause of negative) for (const id of (await matchClause(index, corpus, clause)).keys()) excluded.add(id);

  const matches: { clause: Clause; found: Map<string, ClauseMatch> }[] = [];
  for (const clause of positive) {
    const found = await matchClause(index, corpus, clause);
    // a stop word ("the", "и") is not in the index: it neither narrows nor ranks
    if (found.size === 0 && clause.kind === 'term' && !clause.prefix && !clause.fuzzy && isStopWord(clause.word)) continue;
    matches.push({ clause, found });
  }
  const required = matches.filter(({ clause }) => clause.presence === 'must');
  if (matches.length === 0) {
    // only exclusions, or no query: everything else
    if (positive.length > 0) return [];
    return corpus
      .list()
      .filter((meta) => !excluded.has(meta.id))
      .map((meta) => ({ meta, matched: 0, score: 0, matches: [] }));
  }
  // an article must match every required clause; then each clause it matches counts
  const allowed =
    required.length > 0 ? new Set([...required[0]!.found.keys()].filter((id) => required.every(({ found }) => found.has(id)))) : undefined;
  const candidates = new Map<string, Candidate | null>();
  for (const { found } of matches) {
    for (const [id, match] of found) {
      let candidate = candidates.get(id);
      if (candidate === undefined) {
        const meta = allowed && !allowed.has(id) ? undefined : corpus.meta(id); // no meta: removed, still in its index segment
        candidate = meta && !excluded.has(id) ? { meta, matched: 0, score: 0, matches: [] } : null;
        candidates.set(id, candidate);
      }
      if (!candidate) continue;
      candidate.matched++;
      candidate.score += match.score;
      candidate.matches.push(match);
    }
  }
  const result: Candidate[] = [];
  for (const candidate of candidates.values()) if (candidate) result.push(candidate);
  return result;
}

async function matchClause(index: SearchIndex, corpus: Corpus, clause: Clause): Promise<Map<string, ClauseMatch>> {
  if (clause.kind === 'phrase') return matchPhrase(index, corpus, clause);
  const words = wordsOf(clause.word);
  const joined = words.find((word) => word.joined);
  if (joined) return matchTerm(index, corpus, { ...clause, word: joined.text });
  if (words.length > 1)
    return matchPhrase(index, corpus, {
      kind: 'phrase',
      words: words.map((word) => word.text),
      field: clause.field,
      presence: clause.presence,
    });
  if (words.length === 0) return new Map();
  return matchTerm(index, corpus, { ...clause, word: words[0]!.text });
}

function matchTerm(index: SearchIndex, corpus: Corpus, clause: TermClause): Map<string, ClauseMatch> {
  const word = clause.word.toLowerCase();
  const terms = clause.prefix ? [...new Set([foldDiacritics(word), ...queryTermsOf(word)])] : queryTermsOf(word);
  if (clause.field && !isIndexedField(clause.field)) return matchMetadata(corpus, clause.field, terms, clause);
  return index.match({ terms, field: clause.field, prefix: clause.prefix, fuzzy: clause.fuzzy });
}

/**
 * source:, author: and place: are short metadata, read from the catalog rather than indexed: three more
 * Lunr fields would triple the index's field vectors for a search over a few words per article.
 */
function matchMetadata(corpus: Corpus, field: SearchField, terms: string[], clause: TermClause): Map<string, ClauseMatch> {
  const found = new Map<string, ClauseMatch>();
  const accepts = (term: string): boolean =>
    terms.some((wanted) =>
      clause.prefix ? term.startsWith(wanted) : clause.fuzzy ? withinEdits(term, wanted, clause.fuzzy) : term === wanted,
    );
  for (const meta of corpus.list()) {
    const text = metadataField(meta, field);
    if (!text) continue;
    const matched = termsOf(text, meta.language).filter(accepts);
    if (matched.length > 0) found.set(meta.id, { score: 1, terms: [...new Set(matched)] });
  }
  return found;
}

function metadataField(meta: ArticleMeta, field: SearchField | undefined): string | null | undefined {
  if (field === 'title') return meta.title;
  if (field === 'source' || field === 'author' || field === 'place') return meta[field];
  return undefined;
}

/** Levenshtein distance of at most `limit`. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

/** Articles with every word of the phrase, then only those where the words stand together, in order. */
async function matchPhrase(index: SearchIndex, corpus: Corpus, clause: PhraseClause): Promise<Map<string, ClauseMatch>> {
  const wanted = clause.words.flatMap((word) => wordsOf(word).filter((part) => !part.joined)).map((word) => foldDiacritics(word.text));
  let found: Map<string, ClauseMatch> | undefined;
  for (const word of wanted) {
    const matches = matchTerm(index, corpus, { kind: 'term', word, field: clause.field, presence: 'must', prefix: false, fuzzy: 0 });
    if (matches.size === 0 && isStopWord(word)) continue; // stop words are checked in the text below
    found = found ? intersect(found, matches) : matches;
  }
  if (!found) return new Map();
  const phrase = phrasePattern(wanted);
  for (const id of [...found.keys()]) {
    const meta = corpus.meta(id)!;
    const text = metadataField(meta, clause.field) ?? `${meta.title}\n${(await corpus.body(id)) ?? ''}`;
    if (!phrase.test(foldDiacritics(text.toLowerCase()))) found.delete(id);
  }
  return found;
}

/** The words in order with only spaces or punctuation between them; digits may carry group separators. */
function phrasePattern(words: string[]): RegExp {
  const word = (text: string): string =>
    /^\d+$/.test(text) ? text.split('').join('[,\u202f\u00a0]?') : text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(word).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

function intersect(a: Map<string, ClauseMatch>, b: Map<string, ClauseMatch>): Map<string, ClauseMatch> {
  const both = new Map<string, ClauseMatch>();
  for (const [id, match] of a) {
    const other = b.get(id);
    if (other) both.set(id, { score: match.score + other.score, terms: [...new Set([...match.terms, ...other.terms])] });
  }
  return both;
}

const STOP_WORD_LANGUAGES = ['en', 'ru', 'es', 'fr', 'de'];
function isStopWord(word: string): boolean {
  const lower = word.toLowerCase();
  return STOP_WORD_LANGUAGES.some((language) => termOf(lower, language) === undefined);
}

/** Whether the article passes the filters (all but `except`, for that facet's counts). Runs per candidate per facet: no closures. */
function passes(meta: ArticleMeta, filters: SearchFilters, except?: keyof SearchFilters): boolean {
  if (
    (filters.dateFrom || filters.dateTo) &&
    (!meta.date || (filters.dateFrom && meta.date < filters.dateFrom) || (filters.dateTo && meta.date > filters.dateTo))
  )
    return false;
  const { sources, languages, countries, collections, folders } = filters;
  if (except !== 'sources' && sources?.length && !(meta.source !== null && sources.includes(meta.source))) return false;
  if (except !== 'languages' && languages?.length && !(meta.language !== null && languages.includes(meta.language))) return false;
  if (except !== 'countries' && countries?.length && !sharesAny(countries, meta.countries)) return false;
  if (except !== 'collections' && collections?.length && !sharesAny(collections, meta.collections)) return false;
  if (except !== 'folders' && folders?.length) {
    let inside = false;
    for (const folder of folders) if (meta.folder === folder || meta.folder.startsWith(`${folder}/`)) inside = true;
    if (!inside) return false;
  }
  return true;
}

function sharesAny(wanted: string[], values: string[]): boolean {
  for (const value of values) if (wanted.includes(value)) return true;
  return false;
}

function sortResults(results: Candidate[], sort: 'relevance' | 'date'): void {
  const date = (candidate: Candidate): string => candidate.meta.date ?? '';
  if (sort === 'date')
    results.sort((a, b) => (date(a) === date(b) ? b.matched - a.matched || b.score - a.score : date(a) < date(b) ? 1 : -1));
  else results.sort((a, b) => b.matched - a.matched || b.score - a.score || (date(a) < date(b) ? 1 : -1));
}

function facetsOf(candidates: Candidate[], filters: SearchFilters): Facets {
  const count = (key: keyof SearchFilters, valuesOf: (meta: ArticleMeta) => (string | null)[]): FacetValue[] => {
    const counts = new Map<string, number>();
    for (const { meta } of candidates) {
      if (!passes(meta, filters, key)) continue;
      for (const value of new Set(valuesOf(meta))) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, FACET_VALUES)
      .map(([value, n]) => ({ value, count: n }));
  };
  return {
    sources: count('sources', (meta) => [meta.source]),
    languages: count('languages', (meta) => [meta.language]),
    countries: count('countries', (meta) => meta.countries),
    collections: count('collections', (meta) => meta.collections),
    folders: count('folders', (meta) => meta.folder.split('/').map((_, at, parts) => parts.slice(0, at + 1).join('/'))),
  };
}

async function toHit(candidate: Candidate, corpus: Corpus): Promise<SearchHit> {
  const { meta } = candidate;
  const terms = new Set(candidate.matches.flatMap((match) => match.terms));
  const snippet = bestSnippet((await corpus.body(meta.id)) ?? '', terms, meta.language);
  return {
    id: meta.id,
    title: meta.title,
    source: meta.source,
    date: meta.date,
    language: meta.language,
    score: Math.round(candidate.score * 1000) / 1000,
    matched: candidate.matched,
    ...snippet,
  };
}

/** When nothing matches: fewer filters, or fuzzy words, or no required words — whichever finds something. */
async function suggest(
  index: SearchIndex,
  corpus: Corpus,
  clauses: Clause[],
  query: string,
  unfiltered: number,
  filters: SearchFilters,
): Promise<SearchSuggestion | undefined> {
  if (unfiltered > 0) {
    return { query, dropFilters: true, total: unfiltered, message: `No results with these filters; ${unfiltered} without them.` };
  }
  const fuzzy = clauses.map((clause) =>
    clause.kind === 'term' && !clause.prefix && !clause.fuzzy && clause.presence !== 'not' ? { ...clause, fuzzy: 1 } : clause,
  );
  const wider = fuzzy.map((clause) => (clause.presence === 'must' ? { ...clause, presence: 'should' as const } : clause));
  for (const [changed, message] of [
    [fuzzy, 'Allowing one letter of difference finds'],
    [wider, 'Without required words and with one letter of difference,'],
  ] as const) {
    const found = (await matchAll(index, corpus, [...changed])).filter((candidate) => passes(candidate.meta, filters));
    if (found.length > 0) {
      const text = changed.map(formatClause).join(' ');
      return {
        query: text,
        dropFilters: false,
        total: found.length,
        message: `${message} ${found.length} result${found.length === 1 ? '' : 's'}: ${text}`,
      };
    }
  }
  return undefined;
}

function formatClause(clause: Clause): string {
  const sign = clause.presence === 'must' ? '+' : clause.presence === 'not' ? '-' : '';
  const field = clause.field ? `${clause.field}:` : '';
  if (clause.kind === 'phrase') return `${sign}${field}"${clause.words.join(' ')}"`;
  return `${sign}${field}${clause.word}${clause.prefix ? '*' : ''}${clause.fuzzy ? `~${clause.fuzzy}` : ''}`;
}

/** Articles about the same things: the article's most distinctive terms (tf-idf), matched like a query. */
export async function moreLikeThis(index: SearchIndex, corpus: Corpus, id: string, limit = 10): Promise<SearchHit[]> {
  const meta = corpus.meta(id);
  if (!meta) return [];
  const frequencies = new Map<string, number>();
  for (const term of termsOf(`${meta.title}\n${(await corpus.body(id)) ?? ''}`, meta.language))
    frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const total = corpus.list().length;
  const distinctive = [...frequencies.entries()]
    .filter(([term]) => term.length > 2 && !/^\d+$/.test(term) && index.documentFrequency(term) > 1)
    .map(([term, tf]) => ({ term, weight: tf * Math.log((total + 1) / (index.documentFrequency(term) + 0.5)) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 12);
  // ranked by the distinctive terms each article shares, each weighted by how distinctive it is here
  // and by how much the other article is about it (its Lunr score for the term)
  const candidates = new Map<string, Candidate>();
  for (const { term, weight } of distinctive) {
    for (const [other, match] of index.match({ terms: [term] })) {
      if (other === id) continue;
      let candidate = candidates.get(other);
      if (!candidate) {
        const otherMeta = corpus.meta(other); // none: removed, still in its index segment
        if (!otherMeta) continue;
        candidates.set(other, (candidate = { meta: otherMeta, matched: 0, score: 0, matches: [] }));
      }
      candidate.score += weight * match.score;
      candidate.matches.push(match);
    }
  }
  const ranked = [...candidates.values()].filter((candidate) => candidate.matches.length >= 2).sort((a, b) => b.score - a.score);
  return Promise.all(ranked.slice(0, limit).map((candidate) => toHit(candidate, corpus)));
}
