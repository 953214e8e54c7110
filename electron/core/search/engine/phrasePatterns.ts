// A phrase as the two patterns its check uses, kept side by side because one must never refuse what the
// other accepts: phrasePattern, over a text, is the check itself (the words in order, any case and accent,
// punctuation between them); bytePhrasePattern, over an article file's UTF-8 bytes read as Latin-1 (not
// decoded), passes every file whose text phrasePattern would match, and leaves out most of the rest, so
// that only those are decoded and parsed (clauses.ts, matchPhrase).
import { foldDiacritics, foldedLetterPattern } from './analysis.js';

/** What may stand between the digits of a number ("14,500", "14 500" with a narrow or non-breaking space). */
const DIGIT_SEPARATORS = [',', '\u202f', '\u00a0'];

/**
 * The words in order with only spaces or punctuation between them, matched as folded (each letter or any
 * of its accented forms, marks after it allowed) and regardless of case; digits may carry group separators.
 */
export function phrasePattern(words: string[]): RegExp {
  const word = (text: string): string =>
    /^\d+$/.test(text)
      ? text.split('').join(`[${DIGIT_SEPARATORS.join('')}]?`)
      : [...foldDiacritics(text.toLowerCase())].map((letter) => `${foldedLetterPattern(letter)}\\p{M}*`).join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(word).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The characters a phrase's bytes are tested for: ASCII, Latin, Greek and Cyrillic with their extensions, letterlike symbols (K, Å). */
const BYTE_TESTED = [
  [0x20, 0x7e],
  [0xa0, 0x52f],
  [0x1e00, 0x1fff],
  [0x2100, 0x214f],
] as const;
/** A combining mark after a letter, in UTF-8 read as Latin-1: U+0300–U+036F, and Cyrillic's U+0483–U+0489. */
const MARK_BYTES = '(?:\xcc[\x80-\xbf]|\xcd[\x80-\xaf]|\xd2[\x83-\x89])*';
const hex = (byte: number): string => `\\x${byte.toString(16).padStart(2, '0')}`;

/**
 * Characters as one compact pattern over their UTF-8 bytes read as Latin-1: single bytes in one class,
 * longer ones grouped by all but their last byte ("\xc3[\x88-\x8b\xa8-\xab]|…"), which V8 matches far
 * faster than one alternative per character.
 */
function bytesPattern(characters: string[]): string {
  const lastBytes = new Map<string, number[]>();
  for (const character of characters) {
    const bytes = [...Buffer.from(character)];
    const head = bytes.slice(0, -1).map(hex).join('');
    lastBytes.set(head, [...(lastBytes.get(head) ?? []), bytes.at(-1)!]);
  }
  const alternatives = [...lastBytes].map(([head, last]) => {
    const sorted = [...new Set(last)].sort((a, b) => a - b);
    let ranges = '';
    for (let at = 0; at < sorted.length; at++) {
      let end = at;
      while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
      ranges += end > at ? `${hex(sorted[at]!)}-${hex(sorted[end]!)}` : hex(sorted[at]!);
      at = end;
    }
    return `${head}[${ranges}]`;
  });
  return `(?:${alternatives.join('|')})`;
}

const letterBytes = new Map<string, string>();
/** Every character foldedLetterPattern(letter) matches in any case (the i and u flags), as UTF-8 read as Latin-1. */
function bytesOfLetter(letter: string): string {
  let bytes = letterBytes.get(letter);
  if (bytes === undefined) {
    const pattern = new RegExp(`^${foldedLetterPattern(letter)}$`, 'iu');
    const forms: string[] = [];
    for (const [from, to] of BYTE_TESTED)
      for (let code = from; code <= to; code++) {
        const character = String.fromCodePoint(code);
        if (pattern.test(character)) forms.push(character);
      }
    letterBytes.set(letter, (bytes = bytesPattern(forms)));
  }
  return bytes;
}

/**
 * A word as a pattern over UTF-8 bytes read as Latin-1 (a file read without decoding it), matching it
 * wherever it stands as foldedLetterPattern's pattern would, in any case and accent, inside longer words
 * too: a quick test that a text cannot hold the word, before it is decoded. Undefined for a word with a
 * letter outside Latin, Greek and Cyrillic (its marks and cases are not listed here).
 */
function bytePatternOf(word: string): string | undefined {
  const letters = [...foldDiacritics(word.toLowerCase())];
  const tested = (letter: string): boolean =>
    BYTE_TESTED.some(([from, to]) => letter.codePointAt(0)! >= from && letter.codePointAt(0)! <= to);
  if (!letters.every(tested)) return undefined;
  return letters.map((letter) => `${bytesOfLetter(letter)}${MARK_BYTES}`).join('');
}

/**
 * What may stand between two words in UTF-8 read as Latin-1 — every character that is neither a letter
 * nor a digit of Latin, Greek or Cyrillic (ASCII punctuation and spaces, × ÷, marks, « », dashes, CJK and
 * Arabic punctuation, emoji …) and JSON's escapes (\n, \") —: more than a text's [^\p{L}\p{N}], never less.
 */
const BYTES_BETWEEN = (() => {
  const twoByte: string[] = [];
  for (let code = 0xc0; code <= 0x52f; code++)
    if (!/[\p{L}\p{N}]/u.test(String.fromCodePoint(code))) twoByte.push(String.fromCodePoint(code));
  const ascii = '[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]';
  const escape = '\\\\(?:[a-z"\\\\/]|u[0-9a-f]{4})';
  const other = '[\\xc2\\xd5-\\xdf][\\x80-\\xbf]|[\\xe0-\\xef][\\x80-\\xbf]{2}|[\\xf0-\\xf4][\\x80-\\xbf]{3}';
  return `(?:${ascii}|${escape}|${bytesPattern(twoByte)}|${other})+`;
})();

/** A digit in bytes, with the group separators phrasePattern allows after it (",", U+202F, U+00A0). */
const SEPARATOR_BYTES = bytesPattern(DIGIT_SEPARATORS);
const DIGIT_BYTES = (digit: string): string => `${digit}${SEPARATOR_BYTES}?`;

/**
 * The phrase as a pattern over an article file's bytes read as Latin-1: every text phrasePattern matches
 * is matched in its UTF-8 (as JSON writes it, too). Undefined when a word is of a script not listed there.
 */
export function bytePhrasePattern(words: string[]): RegExp | undefined {
  const parts = words.map((text) => (/^\d+$/.test(text) ? text.split('').map(DIGIT_BYTES).join('') : bytePatternOf(text)));
  return parts.every((part) => part !== undefined) ? new RegExp(parts.join(BYTES_BETWEEN)) : undefined;
}
