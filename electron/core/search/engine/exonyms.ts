// Capitals whose names differ between languages by more than a romanisation: Moscow, Москва, Moskau,
// Moscou, Moscú, Mosca (the table: places/capitals.ts). The bridge between scripts (crossScript.ts)
// already joins Minsk and Минск, Baku and Баку. A word of one row finds the others' where an article names
// them (the index's names field), ranked as a match across languages. Russian forms are looked up by
// their dictionary form (Москве → москва).
import { foldDiacritics } from './analysis.js';
import { russianLemmas } from './russianMorphology.js';
import { CAPITALS } from '../../places/capitals.js';

let table: Map<string, string[]> | undefined;

const key = (name: string): string => foldDiacritics(name.toLowerCase());

/** The capital's other names, for a one-word name in any of its forms ("Москве" → Moscow, Moskau …); none for other words. */
export function exonymsOf(word: string): string[] {
  if (!table) {
    table = new Map();
    for (const row of CAPITALS) {
      const names = [...new Set(row)].filter((name) => !/[\s'-]/.test(name));
      for (const name of names) table.set(key(name), names);
    }
  }
  const forms = /\p{Script=Cyrillic}/u.test(word) ? [word, ...russianLemmas(word)] : [word];
  for (const form of forms) {
    const names = table.get(key(form));
    if (names) return names.filter((name) => key(name) !== key(form));
  }
  return [];
}
