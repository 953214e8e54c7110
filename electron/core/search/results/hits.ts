// Ranking and the hits the user sees: coverage first (the articles holding more of the query's words and
// phrases), then Lunr's score, then the newest; or newest first. Each hit carries its best passage.
import type { SearchHit } from '../../../contract.js';
import type { Candidate, Corpus } from '../engine/clauses.js';
import { CYRILLIC, isStopWordIn } from '../engine/analysis.js';
import { BRIDGE_MARK } from '../engine/crossScript.js';
import { bestSnippet } from './snippet.js';

/** `language`: the query's own, whose articles come first among those of equal coverage. */
export function sortResults(results: Candidate[], sort: 'relevance' | 'date', language: string | null = null): void {
  const date = (candidate: Candidate): string => candidate.meta.date ?? '';
  const own = (candidate: Candidate): number => (language !== null && candidate.meta.language === language ? 1 : 0);
  if (sort === 'date')
    results.sort((a, b) => (date(a) === date(b) ? b.matched - a.matched || b.score - a.score : date(a) < date(b) ? 1 : -1));
  else results.sort((a, b) => b.matched - a.matched || own(b) - own(a) || b.score - a.score || (date(a) < date(b) ? 1 : -1));
}

/** Letters, among the languages searched, only one of them writes (a rule of our own; ç, ê, ô, è, ü are shared). */
const LETTERS: [RegExp, string][] = [
  [/ў/u, 'be'],
  [/ї|є|ґ/u, 'uk'],
  [/ł|ą|ę|ś|ź|ż|ń/u, 'pl'],
  [/ã|õ/u, 'pt'],
  [/ñ|¿|¡/u, 'es'],
  [/ß|ä|ö/u, 'de'],
  [/œ|ë|ï|î|û/u, 'fr'],
];
const STOP_WORD_LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt'];

/**
 * The language a query is written in, when it shows: its script, a letter only one language writes, or
 * most of its stop words ("la coopération de la France" → French); null when it does not.
 */
export function queryLanguage(words: string[]): string | null {
  const text = words.join(' ').toLowerCase();
  for (const [letters, language] of LETTERS) if (letters.test(text)) return language;
  if (CYRILLIC.test(text)) return /і/u.test(text) ? (/ы/u.test(text) ? 'be' : 'uk') : 'ru';
  const votes = STOP_WORD_LANGUAGES.map((language) => ({
    language,
    stops: words.filter((word) => /^\p{L}+$/u.test(word) && isStopWordIn(word.toLowerCase(), language)).length,
  })).sort((a, b) => b.stops - a.stops);
  return votes[0]!.stops > 0 && votes[0]!.stops > votes[1]!.stops ? votes[0]!.language : null;
}

/** `related`: the other articles of its story, when the results are folded by story. */
export async function toHit(candidate: Candidate, corpus: Corpus, related?: Candidate[]): Promise<SearchHit> {
  const { meta } = candidate;
  const terms = new Set(candidate.matches.flatMap((match) => match.terms));
  const clauses = candidate.matches.map((match) => match.terms).filter((found) => found.length > 0);
  const { across, ...snippet } = bestSnippet((await corpus.body(meta.id)) ?? '', terms, meta.language, clauses);
  // a clause it matched only across scripts: say with which words
  const onlyAcross = candidate.matches.some(
    (match) => match.across || (match.terms.length > 0 && match.terms.every((term) => term.startsWith(BRIDGE_MARK))),
  );
  // a country found only in the catalog ("~Cuba") or a capital by its name in another language ("~Moskau"): named so
  const countries = [...terms].filter((term) => /^~\p{Lu}/u.test(term)).map((term) => term.slice(BRIDGE_MARK.length));
  if (across.length === 0) across.push(...countries);
  return {
    id: meta.id,
    title: meta.title,
    source: meta.source,
    date: meta.date,
    language: meta.language,
    score: Math.round(candidate.score * 1000) / 1000,
    matched: candidate.matched,
    ...snippet,
    ...(onlyAcross && across.length > 0 && { across }),
    ...(related && {
      related: related.map(({ meta: other }) => ({ id: other.id, title: other.title, source: other.source, date: other.date })),
      outlets: new Set([meta, ...related.map((other) => other.meta)].flatMap((other) => (other.source ? [other.source] : []))).size,
    }),
  };
}
