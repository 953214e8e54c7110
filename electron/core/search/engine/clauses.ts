// Clause evaluation: each clause of a parsed query becomes the set of articles it matches (with a score
// and the terms it found), and the sets are combined with three explicit operators — allOf (AND), anyOf
// (OR, counting how many clauses each article matched, for coverage-first ranking) and without (NOT).
// Terms are looked up in the index; source:, author: and place: in the catalog; phrases are checked in
// the text of the articles that have all their words.
import type { ArticleMeta, Unsearched } from '../../../contract.js';
import {
  foldDiacritics,
  mayBeStopWordIn,
  isStopWordIn,
  plainTermOf,
  queryBridgeTermsOf,
  queryTermsOf,
  termsOf,
  wordsOf,
} from './analysis.js';
import { BRIDGE_MARK } from './crossScript.js';
import { exonymsOf } from './exonyms.js';
import { bytePhrasePattern, phrasePattern } from './phrasePatterns.js';
import type { Clause, PhraseClause, QueryNode, SearchField, TermClause } from './queryParser.js';
import { isIndexedField, type ClauseMatch, type SearchIndex } from './searchIndex.js';

/** The library as search reads it: the catalog's metadata and each article's text. */
export interface Corpus {
  list(): ArticleMeta[];
  meta(id: string): ArticleMeta | undefined;
  /**
   * An article's text. With `mayHold`, a test over its stored bytes read as Latin-1 that every article
   * holding what is looked for passes: one that fails it may be answered undefined without being decoded.
   */
  body(id: string, mayHold?: (bytes: string) => boolean): Promise<string | undefined>;
}

/** What a clause (or a combination of clauses) matched: article id → its score and terms. */
export type Matches = Map<string, ClauseMatch>;

/** An article the query matched. */
export interface Candidate {
  meta: ArticleMeta;
  /** How many of the query's clauses it matches. */
  matched: number;
  score: number;
  /** What each clause found in it, for the words to mark in its snippet. */
  matches: ClauseMatch[];
}

/** AND: the articles every set has, their scores added and terms joined. */
export function allOf(sets: Matches[]): Matches {
  if (sets.length === 0) return new Map();
  let both = sets[0]!;
  for (const other of sets.slice(1)) {
    const next: Matches = new Map();
    for (const [id, match] of both) {
      const found = other.get(id);
      if (found) next.set(id, { score: match.score + found.score, terms: [...new Set([...match.terms, ...found.terms])] });
    }
    both = next;
  }
  return both;
}

/** OR: the articles any set has, each with how many sets matched it; `accept` says which ids may count at all. */
export function anyOf(sets: Matches[], corpus: Corpus, accept: (id: string) => boolean): Candidate[] {
  const candidates = new Map<string, Candidate | null>();
  for (const found of sets) {
    for (const [id, match] of found) {
      let candidate = candidates.get(id);
      if (candidate === undefined) {
        const meta = accept(id) ? corpus.meta(id) : undefined; // no meta: removed, still in its index segment
        candidate = meta ? { meta, matched: 0, score: 0, matches: [] } : null;
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

/** NOT: the ids of any of the sets, to leave out. */
export function without(sets: Matches[]): Set<string> {
  const excluded = new Set<string>();
  for (const found of sets) for (const id of found.keys()) excluded.add(id);
  return excluded;
}

/** How a query is matched beyond its words' own forms. */
export interface MatchOptions {
  /** Names across scripts (Lavrov ↔ Лавров) and countries across languages (Cuba ↔ Куба); on unless false. */
  crossScript?: boolean;
  /** The country a word names in any language ("Куба", "Kuba", "Cuba" → "Cuba"), as the catalog records it. */
  countryOf?: (word: string) => string | undefined;
  /** Told of a phrase made only of words the index leaves out in some languages: their articles were not searched for it. */
  onUnsearched?: (unsearched: Unsearched) => void;
}

/**
 * Every article matching the clauses: none of the excluded (-word), all of the required (+word), and at
 * least one of the rest, each with how many clauses it matched. No positive clause: every other article.
 */
export async function matchAll(index: SearchIndex, corpus: Corpus, clauses: Clause[], options: MatchOptions = {}): Promise<Candidate[]> {
  const positive = clauses.filter((clause) => clause.presence !== 'not');
  const negative = clauses.filter((clause) => clause.presence === 'not');
  const excluded = without(await Promise.all(negative.map((clause) => matchClause(index, corpus, clause, options))));

  const matched: { clause: Clause; found: Matches }[] = [];
  for (const clause of positive) {
    const found = await matchClause(index, corpus, clause, options);
    if (found.size === 0 && isIgnorable(clause)) continue;
    matched.push({ clause, found });
  }
  if (matched.length === 0) {
    // only exclusions, or no query: everything else
    if (positive.length > 0) return [];
    return corpus
      .list()
      .filter((meta) => !excluded.has(meta.id))
      .map((meta) => ({ meta, matched: 0, score: 0, matches: [] }));
  }
  const required = matched.filter(({ clause }) => clause.presence === 'must').map(({ found }) => found);
  const allowed = required.length > 0 ? allOf(required) : undefined;
  return anyOf(
    matched.map(({ found }) => found),
    corpus,
    (id) => !excluded.has(id) && (!allowed || allowed.has(id)),
  );
}

/** What a part of a query tree found: articles with their tallies, or — `negated` — the articles to leave out. */
interface Tallied {
  found: Map<string, Candidate>;
  negated: boolean;
}

/**
 * The articles a query with operators matches (parseQuery's tree): AND keeps the articles every part has,
 * NOT leaves its part's out, words side by side (or joined by OR) keep any, ranked by how many they hold.
 */
export async function matchTree(index: SearchIndex, corpus: Corpus, tree: QueryNode, options: MatchOptions = {}): Promise<Candidate[]> {
  const { found, negated } = await tally(index, corpus, tree, options);
  if (!negated) return [...found.values()];
  return corpus
    .list()
    .filter((meta) => !found.has(meta.id))
    .map((meta) => ({ meta, matched: 0, score: 0, matches: [] }));
}

async function tally(index: SearchIndex, corpus: Corpus, node: QueryNode, options: MatchOptions): Promise<Tallied> {
  if (node.kind === 'clause') {
    const found = new Map<string, Candidate>();
    for (const [id, match] of await matchClause(index, corpus, node.clause, options)) {
      const meta = corpus.meta(id); // no meta: removed, still in its index segment
      if (meta) found.set(id, { meta, matched: 1, score: match.score, matches: [match] });
    }
    return { found, negated: node.clause.presence === 'not' };
  }
  if (node.kind === 'not') {
    const inner = await tally(index, corpus, node.child, options);
    return { found: inner.found, negated: !inner.negated };
  }
  const parts = await Promise.all(node.children.map((child) => tally(index, corpus, child, options)));
  const left = unite(parts.filter((part) => part.negated).map((part) => part.found));
  const kept = (found: Map<string, Candidate>) => new Map([...found].filter(([id]) => !left.has(id)));
  if (node.kind === 'all') {
    // a stop word (matching nothing) does not empty an AND either
    const positive = parts.filter((part, at) => !part.negated && !isIgnored(node.children[at]!, part)).map((part) => part.found);
    if (positive.length === 0) return { found: left, negated: true }; // NOT a AND NOT b: neither
    let both = positive[0]!;
    for (const other of positive.slice(1)) {
      const next = new Map<string, Candidate>();
      for (const [id, candidate] of both) {
        const found = other.get(id);
        if (found) next.set(id, merged(candidate, found));
      }
      both = next;
    }
    return { found: kept(both), negated: false };
  }
  // side by side: +word required, a stop word (matching nothing) neither narrows nor ranks
  const counted = node.children
    .map((child, at) => ({ child, part: parts[at]! }))
    .filter(({ child, part }) => !part.negated && !isIgnored(child, part));
  if (counted.length === 0) {
    // only NOTs side by side or joined by OR: NOT a OR NOT b is what is not in both
    const negated = parts.filter((part) => part.negated).map((part) => part.found);
    if (negated.length === 0) return { found: new Map(), negated: false };
    let both = negated[0]!;
    for (const other of negated.slice(1)) both = new Map([...both].filter(([id]) => other.has(id)));
    return { found: both, negated: true };
  }
  const required = counted.filter(({ child }) => child.kind === 'clause' && child.clause.presence === 'must').map(({ part }) => part.found);
  const any = unite(counted.map(({ part }) => part.found));
  const found = kept(any);
  for (const id of [...found.keys()]) if (required.some((must) => !must.has(id))) found.delete(id);
  return { found, negated: false };
}

function merged(a: Candidate, b: Candidate): Candidate {
  return { meta: a.meta, matched: a.matched + b.matched, score: a.score + b.score, matches: [...a.matches, ...b.matches] };
}

/** OR of tallies: each article with its counts added up. */
function unite(sets: Map<string, Candidate>[]): Map<string, Candidate> {
  const all = new Map<string, Candidate>();
  for (const set of sets)
    for (const [id, candidate] of set) {
      const before = all.get(id);
      all.set(id, before ? merged(before, candidate) : candidate);
    }
  return all;
}

/** A stop word ("the", "и") is not in the index: a clause of one that found nothing neither narrows nor ranks. */
const isIgnorable = (clause: Clause): boolean => clause.kind === 'term' && !clause.prefix && !clause.fuzzy && isStopWord(clause.word);
const isIgnored = (node: QueryNode, part: Tallied): boolean => part.found.size === 0 && node.kind === 'clause' && isIgnorable(node.clause);

async function matchClause(index: SearchIndex, corpus: Corpus, clause: Clause, options: MatchOptions): Promise<Matches> {
  if (clause.kind === 'phrase') return matchPhrase(index, corpus, clause, options);
  const words = wordsOf(clause.word);
  const joined = words.find((word) => word.joined);
  if (joined) return matchTerm(index, corpus, { ...clause, word: joined.text });
  if (words.length > 1)
    return matchPhrase(
      index,
      corpus,
      { kind: 'phrase', words: words.map((word) => word.text), field: clause.field, presence: clause.presence },
      options,
    );
  if (words.length === 0) return new Map();
  return matchTerm(index, corpus, { ...clause, word: words[0]!.text }, options);
}

/** Articles with the term: every language's analysis of the word, expanded by the wildcard or edit distance. */
export function matchTerm(index: SearchIndex, corpus: Corpus, clause: TermClause, options: MatchOptions = {}): Matches {
  const word = clause.word.toLowerCase();
  const terms = clause.prefix ? [...new Set([foldDiacritics(word), ...queryTermsOf(word)])] : queryTermsOf(word);
  if (clause.field && !isIndexedField(clause.field)) return matchMetadata(corpus, clause.field, terms, clause);
  const direct = index.match({ terms, field: clause.field, prefix: clause.prefix, fuzzy: clause.fuzzy });
  // Polish, Ukrainian, Belarusian words are not stemmed: a word finds the ones it begins ("Warszaw" → "Warszawie")
  if (!clause.prefix && !clause.fuzzy && word.length >= PLAIN_PREFIX_LENGTH)
    for (const [id, match] of index.match({ terms: [plainTermOf(word)], field: clause.field, prefix: true, fuzzy: 0 }))
      if (!direct.has(id)) direct.set(id, match);
  if (options.crossScript === false || clause.prefix || clause.fuzzy || clause.field) return direct;
  // the same name in another script: found too, ranked below the articles that write it as asked
  const across = index.match({ terms: queryBridgeTermsOf(word), field: 'names', prefix: false, fuzzy: 0 });
  for (const [id, match] of across) if (!direct.has(id)) direct.set(id, { score: match.score * ACROSS_WEIGHT, terms: match.terms });
  // a capital's name in another language (Москве → Moscow, Moskau, Moscou …): its words as those articles write them
  // (looked up as names, by their keys across scripts: a stem of "Damas" would find "dam")
  for (const name of exonymsOf(word))
    for (const [id, match] of index.match({ terms: queryBridgeTermsOf(name), field: 'names', prefix: false, fuzzy: 0 }))
      if (!direct.has(id))
        direct.set(id, { score: match.score * ACROSS_WEIGHT, terms: [...match.terms, BRIDGE_MARK + name], across: true });
  // a country's name in another language: the articles the catalog says mention it
  const country = options.countryOf?.(clause.word);
  if (country)
    for (const meta of corpus.list())
      if (!direct.has(meta.id) && meta.countries.includes(country))
        direct.set(meta.id, { score: ACROSS_WEIGHT * 0.1, terms: [`${BRIDGE_MARK}${country}`] });
  return direct;
}

/** The shortest word that also finds the plain-language words it begins: shorter beginnings are too common. */
const PLAIN_PREFIX_LENGTH = 4;

/** How much a match across scripts counts against a direct one. */
const ACROSS_WEIGHT = 0.3;

/**
 * source:, author: and place: are short metadata, read from the catalog rather than indexed: three more
 * Lunr fields would triple the index's field vectors for a search over a few words per article.
 */
function matchMetadata(corpus: Corpus, field: SearchField, terms: string[], clause: TermClause): Matches {
  const found: Matches = new Map();
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

/**
 * Articles with the phrase's words, then only those where the words stand together, in order. An article
 * must hold in the index the words its language indexes: a stop word is left out in its own language
 * only ("of" is indexed in a Russian text that quotes English), so it is checked in the text instead.
 * Articles of a language where every word of the phrase is a stop word cannot be found through the
 * index: the search says so (`onUnsearched`) rather than answering without them.
 */
async function matchPhrase(index: SearchIndex, corpus: Corpus, clause: PhraseClause, options: MatchOptions = {}): Promise<Matches> {
  // every word of the phrase is checked in the text, one-letter ones too ("в декабре"); those are not indexed
  const spelled = wordsOf(clause.words.join(' '), true)
    .filter((word) => !word.joined)
    .map((word) => word.text);
  if (spelled.length === 0) return new Map(); // punctuation alone ("— –")
  const wanted = spelled.filter((word) => word.length > 1 || /\d/.test(word));
  // the phrase is checked in the text as written, so a word's forms in other scripts could only be dropped again
  const sets = wanted.map((word) =>
    matchTerm(
      index,
      corpus,
      { kind: 'term', word, field: clause.field, presence: 'must', prefix: false, fuzzy: 0 },
      { crossScript: false },
    ),
  );
  const indexedIn = new Map<string | null, number[]>();
  const indexed = (language: string | null): number[] => {
    let at = indexedIn.get(language);
    if (!at) indexedIn.set(language, (at = wanted.flatMap((word, n) => (mayBeStopWordIn(word, language) ? [] : [n]))));
    return at;
  };
  const found: Matches = new Map();
  for (const set of sets)
    for (const id of set.keys()) {
      if (found.has(id)) continue;
      const meta = corpus.meta(id);
      const needed = meta ? indexed(meta.language) : [];
      if (needed.length === 0 || !needed.every((n) => sets[n]!.has(id))) continue;
      const held = sets.flatMap((other) => other.get(id) ?? []);
      found.set(id, {
        score: held.reduce((sum, match) => sum + match.score, 0),
        terms: [...new Set(held.flatMap((match) => match.terms))],
      });
    }
  const unsearched = languagesOf(corpus).filter((language) => indexed(language).length === 0);
  if (unsearched.length > 0) options.onUnsearched?.({ phrase: spelled.join(' '), languages: unsearched });
  const phrase = phrasePattern(spelled);
  // a file whose bytes do not hold the words in order, with nothing but punctuation between them, is
  // not decoded: most candidates, when the words are common
  const inBytes = bytePhrasePattern(spelled);
  const mayHold = inBytes && ((bytes: string): boolean => inBytes.test(bytes));
  const ids = [...found.keys()];
  // texts are read a few at a time: reading is most of the cost, and reads overlap
  for (let at = 0; at < ids.length; at += PHRASE_READS) {
    // the title and the text, each on its own: a phrase does not run from the headline into the first line
    const texts = await Promise.all(
      ids.slice(at, at + PHRASE_READS).map(async (id) => {
        const meta = corpus.meta(id)!;
        const field = metadataField(meta, clause.field);
        if (field !== undefined) return [field ?? '']; // a field the article does not have (null) holds no phrase
        return [meta.title, (await corpus.body(id, mayHold)) ?? ''];
      }),
    );
    texts.forEach((fields, n) => {
      if (!fields.some((text) => phrase.test(text))) found.delete(ids[at + n]!);
    });
  }
  return found;
}

/** How many texts a phrase check reads at once. */
const PHRASE_READS = 16;

/** The languages of the library's articles (null: unknown), kept while its list is the same. */
const languagesOfList = new WeakMap<ArticleMeta[], (string | null)[]>();
function languagesOf(corpus: Corpus): (string | null)[] {
  const list = corpus.list();
  let languages = languagesOfList.get(list);
  if (!languages) languagesOfList.set(list, (languages = [...new Set(list.map((meta) => meta.language))]));
  return languages;
}

const STOP_WORD_LANGUAGES = ['en', 'ru', 'es', 'fr', 'de', 'pl', 'uk', 'be'];
function isStopWord(word: string): boolean {
  const lower = word.toLowerCase();
  return STOP_WORD_LANGUAGES.some((language) => isStopWordIn(lower, language));
}
