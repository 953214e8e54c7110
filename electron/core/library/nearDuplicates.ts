// Near-duplicates: the same article with different furniture or small edits (wire copy republished, a
// page scraped twice). Each article gets a 64-bit SimHash of its five-word shingles (Charikar; as Manku,
// Jain and Das Sarma use it for web pages); candidates are articles within 7 bits, found through eight
// 8-bit blocks (two hashes within 7 bits agree on at least one block); a candidate is a near-duplicate
// when the Jaccard similarity of the two shingle sets is at least 0.8. Hand-written: the npm MinHash and
// SimHash packages are unmaintained, and this is forty lines.

/** Jaccard similarity of the five-word shingles at or above which two texts are one article. */
export const NEAR_DUPLICATE_JACCARD = 0.8;
const MAX_BITS_APART = 7;
const SHINGLE_WORDS = 5;

/** The text's five-word shingles, on words folded to lower case (punctuation and layout do not count). */
export function shinglesOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<string>();
  for (let at = 0; at + SHINGLE_WORDS <= words.length; at++) shingles.add(words.slice(at, at + SHINGLE_WORDS).join(' '));
  if (shingles.size === 0 && words.length > 0) shingles.add(words.join(' '));
  return shingles;
}

/** 32-bit FNV-1a of a string, from a seed (two seeds give the hash's two halves). */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The 64-bit SimHash of a set of shingles, as 16 hex digits. */
export function simhashOf(shingles: Set<string>): string {
  const weights = new Int32Array(64);
  for (const shingle of shingles) {
    const halves = [fnv1a(shingle, 0x811c9dc5), fnv1a(shingle, 0x9e3779b9)];
    for (let bit = 0; bit < 64; bit++) weights[bit]! += (halves[bit >> 5]! >>> (bit & 31)) & 1 ? 1 : -1;
  }
  let hex = '';
  for (let nibble = 15; nibble >= 0; nibble--) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) if (weights[nibble * 4 + bit]! > 0) value |= 1 << bit;
    hex += value.toString(16);
  }
  return hex;
}

/** How many bits two SimHashes differ in. */
export function bitsApart(a: string, b: string): number {
  let bits = 0;
  for (let at = 0; at < 16; at++) {
    let differ = parseInt(a[at]!, 16) ^ parseInt(b[at]!, 16);
    while (differ) {
      bits += differ & 1;
      differ >>= 1;
    }
  }
  return bits;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The articles' SimHashes by block, to find those within 7 bits of a new one without comparing with all. */
export class NearDuplicateIndex {
  /** Eight blocks of 8 bits: two hashes within 7 bits agree on at least one (the pigeonhole principle). */
  private readonly blocks = Array.from({ length: 8 }, () => new Map<string, string[]>());
  private readonly hashes = new Map<string, string>();

  add(id: string, simhash: string): void {
    this.hashes.set(id, simhash);
    this.blocks.forEach((block, at) => {
      const key = simhash.slice(at * 2, at * 2 + 2);
      block.set(key, [...(block.get(key) ?? []), id]);
    });
  }

  /** Articles whose SimHash is within 7 bits of this one. */
  candidates(simhash: string): string[] {
    const found = new Set<string>();
    this.blocks.forEach((block, at) => {
      for (const id of block.get(simhash.slice(at * 2, at * 2 + 2)) ?? []) {
        const other = this.hashes.get(id);
        if (other !== undefined && bitsApart(other, simhash) <= MAX_BITS_APART) found.add(id);
      }
    });
    return [...found];
  }
}
