// The passage shown under a search result: the window of the article with the most distinct matched
// terms, with the character ranges of the words to mark (the renderer marks them as text, never HTML).
import type { SearchHit } from '../../../contract.js';
import { foldDiacritics, termOf, wordsOf } from '../engine/analysis.js';

export type Snippet = Pick<SearchHit, 'snippet' | 'highlights'>;

const WINDOW_WORDS = 32;
const CONTEXT_BEFORE = 4;

const PREFIX = 3;

export function bestSnippet(body: string, matchedTerms: ReadonlySet<string>, language: string | null): Snippet {
  // a stem starts like its word (accents aside): only words sharing a matched term's first letters are stemmed
  const prefixes = new Set([...matchedTerms].map((term) => term.slice(0, PREFIX)));
  const mayMatch = (text: string): boolean => {
    const start = text.slice(0, PREFIX);
    return prefixes.has(start) || (/[^ -~]/.test(start) && prefixes.has(foldDiacritics(start)));
  };
  const words: { start: number; end: number; term: string | undefined }[] = [];
  for (const word of wordsOf(body)) {
    if (!word.joined)
      words.push({ start: word.start, end: word.end, term: mayMatch(word.text) ? termOf(word.text, language, true) : undefined });
  }
  if (words.length === 0) return { snippet: '', highlights: [] };
  const isHit = (word: (typeof words)[number]): boolean => word.term !== undefined && matchedTerms.has(word.term);

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
  for (let index = 0; index < words.length; index++) {
    add(index, 1);
    if (index >= WINDOW_WORDS) add(index - WINDOW_WORDS, -1);
    const first = Math.max(0, index - WINDOW_WORDS + 1);
    const score = counts.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      best = first;
    }
  }
  // start a few words before the first hit of the window, so it reads in context
  const firstHit = words.slice(best, best + WINDOW_WORDS).findIndex(isHit);
  const from = Math.max(0, Math.min(best + Math.max(0, firstHit - CONTEXT_BEFORE), words.length - WINDOW_WORDS));
  const chosen = words.slice(from, from + WINDOW_WORDS);
  const start = chosen[0]!.start;
  const end = chosen[chosen.length - 1]!.end;
  const prefix = start > 0 ? '…' : '';
  const highlights: [number, number][] = [];
  let snippet = prefix;
  let at = start;
  for (const word of chosen) {
    snippet += body.slice(at, word.start).replace(/\s+/g, ' ');
    if (isHit(word)) highlights.push([snippet.length, snippet.length + (word.end - word.start)]);
    snippet += body.slice(word.start, word.end);
    at = word.end;
  }
  return { snippet: snippet + (end < body.length ? '…' : ''), highlights };
}
