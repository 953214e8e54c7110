// A segment's terms, in one string: at 100,000 articles the index holds 8.3 million terms, and as as many
// strings they took about 350 MB of the heap and most of the collector's time while the index was read.
// Here they are the file's own "\n"-joined text with where each term starts; a term becomes a string of
// its own only when a query needs it.

/** A state of an automaton over letters (Lunr's TokenSet for a query word): its next letters ("*" for any) and whether a word may end here. */
export interface Automaton {
  edges: Record<string, Automaton>;
  final: boolean;
}
const ANY = '*';

export class TermList {
  private constructor(
    private readonly text: string,
    /** starts[i] is where term i begins in text; starts[length] is one past the end of the last, plus one. */
    private readonly starts: Uint32Array,
  ) {}

  static of(terms: string[]): TermList {
    for (const term of terms) if (term.includes('\n')) throw new Error('a term cannot hold a line break');
    return TermList.fromJoined(terms.join('\n'), terms.length);
  }

  /** The terms of `text` ("\n"-joined); throws if it does not hold `count` of them. */
  static fromJoined(text: string, count: number): TermList {
    // (count terms need count - 1 line breaks: a count the text cannot hold is refused before it is allocated)
    if (count > text.length + 1) throw new Error(`${count} terms cannot fit in ${text.length} characters`);
    const starts = new Uint32Array(count + 1);
    if (count === 0) {
      if (text.length > 0) throw new Error('terms where none were expected');
      return new TermList(text, starts);
    }
    let at = 0;
    for (let term = 1; term < count; term++) {
      const end = text.indexOf('\n', at);
      if (end < 0) throw new Error(`${term} terms where ${count} were expected`);
      at = end + 1;
      starts[term] = at;
    }
    if (text.indexOf('\n', at) >= 0) throw new Error(`more terms than the ${count} expected`);
    starts[count] = text.length + 1;
    return new TermList(text, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** The terms "\n"-joined, as a file keeps them. */
  get joined(): string {
    return this.text;
  }

  at(position: number): string {
    return this.text.slice(this.starts[position]!, this.starts[position + 1]! - 1);
  }

  /** Compares term `position` with `wanted` as `<` compares strings (by UTF-16 code units), without making the term a string. */
  compare(position: number, wanted: string): number {
    const start = this.starts[position]!;
    const length = this.starts[position + 1]! - 1 - start;
    const shared = Math.min(length, wanted.length);
    for (let at = 0; at < shared; at++) {
      const difference = this.text.charCodeAt(start + at) - wanted.charCodeAt(at);
      if (difference !== 0) return difference;
    }
    return length - wanted.length;
  }

  /** How many UTF-16 code units term `position` has. */
  private lengthOf(position: number): number {
    return this.starts[position + 1]! - 1 - this.starts[position]!;
  }

  /** The UTF-16 code unit at `offset` in term `position` (the caller keeps `offset` below its length). */
  private codeAt(position: number, offset: number): number {
    return this.text.charCodeAt(this.starts[position]! + offset);
  }

  startsWith(position: number, prefix: string): boolean {
    const start = this.starts[position]!;
    return this.starts[position + 1]! - 1 - start >= prefix.length && this.text.startsWith(prefix, start);
  }

  /**
   * Positions of the terms an automaton accepts, as Lunr's TokenSet.intersect finds them in a trie of the
   * terms (without building one: 0.3–0.4 s and tens of megabytes a segment): the terms sharing a prefix
   * are a range, their next letters runs within it, each found by a binary search. Terms starting with
   * `except` are left out.
   */
  accepted(automaton: Automaton, except?: string): number[] {
    const skipped = except?.charCodeAt(0);
    const found = new Set<number>();
    /** The end of the run of terms in [from, high) with `code` at `depth`. */
    const runEnd = (from: number, high: number, depth: number, code: number): number => {
      let [low, top] = [from, high];
      while (low < top) {
        const middle = (low + top) >>> 1;
        if (this.codeAt(middle, depth) <= code) low = middle + 1;
        else top = middle;
      }
      return low;
    };
    const stack: [Automaton, number, number, number][] = [[automaton, 0, this.length, 0]];
    const follow = (state: Automaton | undefined, low: number, high: number, depth: number): void => {
      if (!state) return;
      if (state.final && this.lengthOf(low) === depth) found.add(low);
      stack.push([state, low, high, depth]);
    };
    while (stack.length > 0) {
      const [state, low, high, depth] = stack.pop()!;
      // the range's terms share its first `depth` letters; the one that has no more comes first
      const first = low < high && this.lengthOf(low) === depth ? low + 1 : low;
      if (first >= high) continue;
      if (state.edges[ANY]) {
        for (let at = first; at < high;) {
          const code = this.codeAt(at, depth);
          const end = runEnd(at, high, depth, code);
          if (depth > 0 || code !== skipped) {
            follow(state.edges[ANY], at, end, depth + 1);
            follow(state.edges[String.fromCharCode(code)], at, end, depth + 1);
          }
          at = end;
        }
        continue;
      }
      for (const letter of Object.keys(state.edges)) {
        const code = letter.charCodeAt(0);
        if (depth === 0 && code === skipped) continue;
        const start = runEnd(first, high, depth, code - 1);
        if (start < high && this.codeAt(start, depth) === code)
          follow(state.edges[letter], start, runEnd(start, high, depth, code), depth + 1);
      }
    }
    return [...found];
  }

  private order: boolean | undefined;

  /** Whether each term is above the one before it (a binary search then finds them). */
  inOrder(): boolean {
    this.order ??= this.checkOrder();
    return this.order;
  }

  private checkOrder(): boolean {
    const { text, starts } = this;
    for (let position = 1; position < this.length; position++) {
      const [before, start, end] = [starts[position - 1]!, starts[position]!, starts[position + 1]! - 1];
      // the previous term ends with the "\n" at start - 1: comparing up to it compares the terms
      let at = 0;
      while (start + at < end && before + at < start - 1 && text.charCodeAt(before + at) === text.charCodeAt(start + at)) at++;
      const previousEnded = before + at === start - 1;
      const thisEnded = start + at === end;
      if (thisEnded) return false; // equal, or this term a prefix of the one before it
      if (!previousEnded && text.charCodeAt(before + at) > text.charCodeAt(start + at)) return false;
    }
    return true;
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let position = 0; position < this.length; position++) yield this.at(position);
  }
}
