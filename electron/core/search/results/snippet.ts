// The passage shown under a search result, and the words the reader marks: the words that may carry a
// matched term are found by their first letters (any case or accent) in one regular-expression pass and only
// those are analysed; the window with most distinct terms is measured in characters, cut by the text's spaces.
import type { SearchHit } from '../../../contract.js';
import { BRIDGE_MARK } from '../engine/crossScript.js';
import { foldedLetterPattern, PLAIN_MARK, wordTerms, wordsIn, type Word } from '../engine/analysis.js';

export type Snippet = Pick<SearchHit, 'snippet' | 'highlights'> & { across: string[] };

/** A passage is this many words: CONTEXT_BEFORE before its first marked word, the rest after. */
const WINDOW_WORDS = 32;
const CONTEXT_BEFORE = 4;
/** The span the distinct terms of a passage are counted over (about WINDOW_WORDS words of news text). */
const WINDOW_CHARS = 200;
/** A passage is cut to this many characters (a text without spaces has no words to count), CONTEXT_CHARS before its first marked word. */
const MAX_CHARS = 320;
const CONTEXT_CHARS = 40;
/** Matched terms are compared with the words' beginnings of this many letters. */
const PREFIX = 3;

/** A word carrying a matched term. */
interface Hit {
  start: number;
  end: number;
  term: string;
}

/**
 * A matched term's beginning as a pattern (case aside, the pattern's flags): each letter or any of its
 * accented forms, digits with the group separators a text may write between them ("14,500" is "14500").
 */
function beginningPattern(term: string): string {
  const letters = [...(term.startsWith(PLAIN_MARK) ? term.slice(1) : term)].slice(0, PREFIX);
  return letters
    .map((letter, at) => {
      if (/\d/.test(letter)) return /\d/.test(letters[at + 1] ?? '') ? `${letter}[,\\u202f\\u00a0]?` : letter;
      return foldedLetterPattern(letter);
    })
    .join('');
}

/** Where a word starts: a letter or digit after none. */
const WORD_START = '(?<![\\p{L}\\p{N}\\p{M}])';
/** A regular space or line break: no word runs across one (a non-breaking space may join a number's groups). */
const BREAK = /[^\S\u00a0\u202f]/;
/** Where the stretch of text between two breaks that holds `at` starts, and where it ends. */
const stretchStart = (body: string, at: number): number => {
  while (at > 0 && !BREAK.test(body[at - 1]!)) at--;
  return at;
};
const stretchEnd = (body: string, at: number): number => {
  while (at < body.length && !BREAK.test(body[at]!)) at++;
  return at;
};

/** The words of a text that carry a matched term, in order, read as far as they are asked for. */
class HitReader {
  private readonly candidates: RegExp | undefined;
  private readonly capitals: RegExp | undefined;
  /** The last stretch between two breaks that was analysed: where it starts and ends, and its words. */
  private stretch: { start: number; end: number; words: Word[] } | undefined;

  constructor(
    private readonly body: string,
    private readonly matchedTerms: ReadonlySet<string>,
    private readonly language: string | null,
  ) {
    const beginnings = [...new Set([...matchedTerms].filter((term) => !term.startsWith(BRIDGE_MARK)).map(beginningPattern))];
    if (beginnings.length > 0) this.candidates = new RegExp(`${WORD_START}(?:${beginnings.join('|')})`, 'giu');
    // a match across scripts ("Lavrov" → "Лавров") is a capitalised word of any spelling
    if ([...matchedTerms].some((term) => term.startsWith(BRIDGE_MARK))) this.capitals = new RegExp(`${WORD_START}\\p{Lu}`, 'gu');
  }

  *hits(): Generator<Hit> {
    const starts = [this.starts(this.candidates), this.starts(this.capitals)];
    const next = starts.map((iterator) => iterator.next());
    let last = -1;
    for (;;) {
      const [a, b] = next;
      const which = a!.done ? (b!.done ? -1 : 1) : b!.done || a!.value <= b!.value ? 0 : 1;
      if (which < 0) return;
      const at = next[which]!.value as number;
      next[which] = starts[which]!.next();
      if (at <= last) continue; // both found it
      last = at;
      const word = this.wordAt(at);
      const term = word && wordTerms(word, this.language, true).find((candidate) => this.matchedTerms.has(candidate));
      if (term) yield { start: word.start, end: word.end, term };
    }
  }

  private *starts(pattern: RegExp | undefined): Generator<number> {
    if (pattern) for (const match of this.body.matchAll(pattern)) yield match.index;
  }

  /** The word starting at `at`, as the text's words are read (wordsIn) — from the stretch between the breaks around it. */
  private wordAt(at: number): Word | undefined {
    if (!this.stretch || at >= this.stretch.end) {
      const [start, end] = [stretchStart(this.body, at), stretchEnd(this.body, at)];
      this.stretch = { start, end, words: wordsAround(this.body, start, end) };
    }
    const { words } = this.stretch;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[middle]!.start < at) low = middle + 1;
      else high = middle;
    }
    return words[low]?.start === at ? words[low] : undefined;
  }
}

/** The words (joined forms aside) of body[start, end), which starts and ends at breaks, with their places in the body. */
function wordsAround(body: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const word of wordsIn(body.slice(start, end)))
    if (!word.joined) words.push({ ...word, start: word.start + start, end: word.end + start });
  return words;
}

/** [start, end) of every word of the text that carries a matched term: what the reader marks. */
export function matchedRanges(body: string, matchedTerms: ReadonlySet<string>, language: string | null): [number, number][] {
  return [...new HitReader(body, matchedTerms, language).hits()].map((hit) => [hit.start, hit.end]);
}

/**
 * `clauses`: the terms each of the query's clauses matched in the article. A window holding a term of every
 * clause cannot be bettered by a later one but on repeats: the text is read no further than that (a long
 * article is not read to its end for a query whose words stand in its first lines). Without it, all are read.
 */
export function bestSnippet(body: string, matchedTerms: ReadonlySet<string>, language: string | null, clauses?: string[][]): Snippet {
  const clausesOf = new Map<string, number[]>();
  clauses?.forEach((terms, clause) => terms.forEach((term) => clausesOf.set(term, [...(clausesOf.get(term) ?? []), clause])));
  const reading = new HitReader(body, matchedTerms, language).hits();
  const hits: Hit[] = [];
  // Slide a window over the hits; most distinct terms first, then most hits.
  let best: Hit | undefined;
  let bestScore = -1;
  const counts = new Map<string, number>();
  let first = 0;
  for (let next = matchedTerms.size > 0 ? reading.next() : undefined; next && !next.done; next = reading.next()) {
    const hit = next.value;
    hits.push(hit);
    counts.set(hit.term, (counts.get(hit.term) ?? 0) + 1);
    for (; first < hits.length - 1 && hits[first]!.start < hit.end - WINDOW_CHARS; first++) {
      const term = hits[first]!.term;
      if (counts.get(term) === 1) counts.delete(term);
      else counts.set(term, counts.get(term)! - 1);
    }
    const score = counts.size * 1000 + (hits.length - first);
    if (score > bestScore) {
      bestScore = score;
      best = hits[first];
    }
    if (clauses && clauses.length > 0 && covered(counts, clausesOf) >= clauses.length) break;
  }
  return passage(body, best?.start ?? 0, hits, reading);
}

/** How many clauses the terms in the window belong to. */
function covered(counts: Map<string, number>, clausesOf: Map<string, number[]>): number {
  const seen = new Set<number>();
  for (const term of counts.keys()) for (const clause of clausesOf.get(term) ?? []) seen.add(clause);
  return seen.size;
}

/** A position moved off the second half of a surrogate pair (a cut there would leave half a character). */
const whole = (text: string, at: number): number => (at > 0 && /[\udc00-\udfff]/.test(text[at] ?? '') ? at - 1 : at);

/** A word and what clings to it ("(AP)—"): the text between two breaks. */
const STRETCH = /[^\s\u00a0\u202f]+(?:[\u00a0\u202f]+[^\s\u00a0\u202f]+)*/g;

/**
 * The passage around `at`: CONTEXT_BEFORE stretches of text before it and the rest of WINDOW_WORDS after
 * (at most MAX_CHARS), whitespace made single spaces, every matched word in it marked. `hits`: those read
 * so far, in order; `more` reads the next.
 */
function passage(body: string, at: number, hits: Hit[], more: Iterator<Hit>): Snippet {
  const stretchesFrom = (from: number, count: number): [number, number][] => {
    const found: [number, number][] = [];
    STRETCH.lastIndex = from;
    for (let match = STRETCH.exec(body); match && found.length < count; match = STRETCH.exec(body))
      found.push([match.index, match.index + match[0].length]);
    return found;
  };
  /** Where the stretch before the one starting at `position` starts. */
  const stretchBefore = (position: number): number => {
    while (position > 0 && BREAK.test(body[position - 1]!)) position--;
    return stretchStart(body, position);
  };
  let start = stretchStart(body, at);
  for (let n = 0; n < CONTEXT_BEFORE && start > 0; n++) start = stretchBefore(start);
  let chosen = stretchesFrom(start, WINDOW_WORDS);
  // at the text's end, the passage takes what it lacks after from before
  while (chosen.length < WINDOW_WORDS && start > 0) {
    start = stretchBefore(start);
    chosen = stretchesFrom(start, WINDOW_WORDS);
  }
  if (chosen.length === 0) return { snippet: '', highlights: [], across: [] };
  // too long (long words, or a text without spaces: Chinese, Japanese): whole stretches go first, after
  // `at` then before it; a stretch longer than a passage is cut around `at`, never inside a character
  const span = (): number => chosen.at(-1)![1] - chosen[0]![0];
  while (chosen.length > 1 && span() > MAX_CHARS && chosen.at(-1)![0] > at) chosen.pop();
  while (chosen.length > 1 && span() > MAX_CHARS && chosen[0]![1] <= at) chosen.shift();
  if (span() > MAX_CHARS) {
    const [first, last] = [chosen[0]![0], chosen.at(-1)![1]];
    const cutFrom = whole(body, Math.max(first, Math.min(at - CONTEXT_CHARS, last - MAX_CHARS)));
    const cutTo = whole(body, Math.min(last, cutFrom + MAX_CHARS));
    chosen = chosen
      .map(([begin, end]): [number, number] => [Math.max(begin, cutFrom), Math.min(end, cutTo)])
      .filter(([begin, end]) => end > begin);
  }
  const from = chosen[0]![0];
  const to = chosen.at(-1)![1];
  for (let next = hits.length > 0 && hits.at(-1)!.start >= to ? undefined : more.next(); next && !next.done; next = more.next()) {
    hits.push(next.value);
    if (next.value.start >= to) break;
  }
  const highlights: [number, number][] = [];
  const across = new Set<string>();
  let snippet = from > 0 ? '…' : '';
  let previous = from;
  let hit = hits.findIndex((found) => found.start >= from);
  for (const [begin, end] of chosen) {
    snippet += body.slice(previous, begin).replace(/\s+/g, ' ');
    const offset = snippet.length - begin;
    for (; hit >= 0 && hit < hits.length && hits[hit]!.start < end; hit++) {
      const { start: hitStart, end: hitEnd, term } = hits[hit]!;
      if (hitEnd > end) continue; // cut with its stretch
      highlights.push([hitStart + offset, hitEnd + offset]);
      if (term.startsWith(BRIDGE_MARK)) across.add(body.slice(hitStart, hitEnd));
    }
    snippet += body.slice(begin, end);
    previous = end;
  }
  return { snippet: snippet + (to < body.length ? '…' : ''), highlights, across: [...across] };
}
