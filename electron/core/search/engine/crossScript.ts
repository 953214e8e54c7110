// The bridge between scripts: a name written in Cyrillic and in Latin letters meets on one key.
// Cyrillic is romanised by the `transliteration` library; the key then evens out the romanisations
// people and papers use (BGN/PCGN, ISO 9 / GOST 7.79, the press's: -yev/-iev/-ev, -sky/-skiy/-ski, kh/h,
// ts/c, y/j/i, zh/ž, shch/sch/sh) and other Latin alphabets' letters (Azerbaijani ə, Polish ł, Spanish
// accents) — a table of our own. "Lavrov", "Лавров" → "lavrov"; "Aliyev", "Алиев", "Əliyev" → "aliev";
// "Lukashenko", "Лукашенко", "Лукашэнка" → "lukasenk"; "Rodríguez", "Родригес" → "rodriges".
import { transliterate } from 'transliteration';

/** The bridge terms are indexed beside the words' own terms, marked so that no word can be one. */
export const BRIDGE_MARK = '~';

const LETTERS: [RegExp, string][] = [
  [/ə/g, 'a'],
  [/ı/g, 'i'],
  [/ł/g, 'l'],
  [/ø/g, 'o'],
  [/æ/g, 'ae'],
  [/ß/g, 'ss'],
  [/đ/g, 'd'],
];
const SPELLINGS: [RegExp, string][] = [
  [/shch|sch|sh|ş|š/g, 's'],
  [/tsch|tch|ch|ç|č|cz/g, 'c'],
  [/zh|ž|ż|ź/g, 'ʒ'],
  [/kh/g, 'h'],
  [/ts|tz/g, 'c'],
  [/ck|q/g, 'k'],
  [/w/g, 'v'],
  [/gu(?=[ei])/g, 'g'],
  [/[yji]+(?=[aeouy])/g, ''], // yu/iu/ju → u, ya → a, ye/ie/je → e, yo → o
  [/[yj]/g, 'i'],
  [/z/g, 's'],
  [/ʒ/g, 'z'],
  [/(.)\1+/g, '$1'],
  [/(?<=\p{L}{3})[aeiouy]$/u, ''], // Лукашенко / Лукашэнка, Zelensky / Зеленский
];

/** The key a name meets its other spellings on; undefined for a word too short to bridge safely. */
export function bridgeKey(word: string): string | undefined {
  if (word.length > 40) return undefined; // no name is longer; a run of letters in a damaged file is not one
  let key = word.toLowerCase();
  for (const [pattern, replacement] of LETTERS) key = key.replace(pattern, replacement);
  // the library romanises Cyrillic (ё → yo, й → y) and drops Latin accents (í → i)
  key = transliterate(key).toLowerCase();
  for (const [pattern, replacement] of SPELLINGS) key = key.replace(pattern, replacement);
  key = key.replace(/[^a-z]/g, '');
  return key.length >= 4 ? key : undefined;
}
