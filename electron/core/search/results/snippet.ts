// The passage shown under a search result: the window of the article with the most distinct matched
// terms, with the character ranges of the words to mark (the renderer marks them as text, never HTML).
import type { SearchHit } from '../../../contract.js';
import { BRIDGE_MARK } from '../engine/crossScript.js';
import { foldDiacritics, PLAIN_MARK, wordTerms, wordsIn } from '../engine/analysis.js';

export type Snippet = Pick<SearchHit, 'snippet' | 'highlights'> & { across: string[] };

const WINDOW_WORDS = 32;
const CONTEXT_BEFORE = 4;

const PREFIX = 3;

interface MarkedWord {
  start: number;
  end: number;
  /** the word's term the query matched, if any (a Russian word has its stem and its dictionary forms) */
  term: string | undefined;
}

/** The words of a text one by one, each with the matched term it carries, if any. */
function* markedWords(body: string, matchedTerms: ReadonlySet<string>, language: string | null): Generator<MarkedWord> {
  // a stem starts like its word (accents aside): only words sharing a matched term's first letters are stemmed
  // (a Polish, Ukrainian or Belarusian word's term is the word itself, marked: its letters start after the mark)
  const prefixes = new Set([...matchedTerms].map((term) => (term.startsWith(PLAIN_MARK) ? term.slice(1) : term).slice(0, PREFIX)));
  // a match across scripts ("Lavrov" → "Лавров") is a capitalised word of any spelling
  const bridged = [...matchedTerms].some((term) => term.startsWith(BRIDGE_MARK));
  const mayMatch = (text: string, capitalised: boolean): boolean => {
    const start = text.slice(0, PREFIX);
    return (bridged && capitalised) || prefixes.has(start) || (/[^ -~]/.test(start) && prefixes.has(foldDiacritics(start)));
  };
  for (const word of wordsIn(body)) {
    if (word.joined) continue;
    const term = mayMatch(word.text, word.capitalised === true)
      ? wordTerms(word, language, true).find((candidate) => matchedTerms.has(candidate))
      : undefined;
    yield { start: word.start, end: word.end, term };
  }
}

/** [start, end) of every word of the text that carries a matched term: what the reader marks. */
export function matchedRanges(body: string, matchedTerms: ReadonlySet<string>, language: string | null): [number, number][] {
  return [...markedWords(body, matchedTerms, language)].filter((word) => word.term !== undefined).map((word) => [word.start, word.end]);
}

/**
 * `clauses`: the terms each of the query's clauses matched in the article. A window holding a term of every
 * clause cannot be bettered by a later one but on repeats: the words are read no further than that (a long
 * article is not read to its end for a query whose words stand in its first lines). Without it, all are read.
 */
export function bestSnippet(body: string, matchedTerms: ReadonlySet<string>, language: string | null, clauses?: string[][]): Snippet {
  const clausesOf = new Map<string, number[]>();
  clauses?.forEach((terms, clause) => terms.forEach((term) => clausesOf.set(term, [...(clausesOf.get(term) ?? []), clause])));
  const covered = (): number => {
    const seen = new Set<number>();
    for (const term of counts.keys()) for (const clause of clausesOf.get(term) ?? []) seen.add(clause);
    return seen.size;
  };
  const reading = markedWords(body, matchedTerms, language);
  const words: MarkedWord[] = [];
  const read = (until: number): void => {
    while (words.length < until) {
      const next = reading.next();
      if (next.done) return;
      words.push(next.value);
    }
  };
  read(1);
  if (words.length === 0) return { snippet: '', highlights: [], across: [] };
  const isHit = (word: MarkedWord): boolean => word.term !== undefined;

  // Slide a window over the words; most distinct terms first, then most hits.
  let best = 0;
  let bestScore = -1;
  const counts = new Map<string, number>();
  let hits = 0;
  const add = (index: number, delta: 1 | -1): void => {
    const word = words[index]!;
    if (!isHit(word)) return;
    hits += delta;
    counts.set(word.term!, (counts.get(word.term!) ?? 0) + delta);
    if (counts.get(word.term!) === 0) counts.delete(word.term!);
  };
  for (let index = 0; read(index + 1), index < words.length; index++) {
    add(index, 1);
    if (index >= WINDOW_WORDS) add(index - WINDOW_WORDS, -1);
    const first = Math.max(0, index - WINDOW_WORDS + 1);
    const score = counts.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      best = first;
    }
    // no term to find (an empty query lists articles): their first lines
    if (matchedTerms.size === 0 || (clauses && clauses.length > 0 && covered() >= clauses.length)) break;
  }
  read(best + 2 * WINDOW_WORDS);
  // start a few words before the first hit of the window, so it reads in context
  const firstHit = words.slice(best, best + WINDOW_WORDS).findIndex(isHit);
  const from = Math.max(0, Math.min(best + Math.max(0, firstHit - CONTEXT_BEFORE), words.length - WINDOW_WORDS));
  const chosen = words.slice(from, from + WINDOW_WORDS);
  const start = chosen[0]!.start;
  const end = chosen[chosen.length - 1]!.end;
  const prefix = start > 0 ? '…' : '';
  const highlights: [number, number][] = [];
  const across = new Set<string>();
  let snippet = prefix;
  let at = start;
  for (const word of chosen) {
    snippet += body.slice(at, word.start).replace(/\s+/g, ' ');
    if (isHit(word)) highlights.push([snippet.length, snippet.length + (word.end - word.start)]);
    if (word.term?.startsWith(BRIDGE_MARK)) across.add(body.slice(word.start, word.end));
    snippet += body.slice(word.start, word.end);
    at = word.end;
  }
  return { snippet: snippet + (end < body.length ? '…' : ''), highlights, across: [...across] };
}
