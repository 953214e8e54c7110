// Russian words to their dictionary forms with az (OpenCorpora's dictionary, ~390,000 lemmas with
// their paradigms, surnames, first names and place names among them): "Лавровым", "Лаврову" → "лавров",
// "Пхеньяне" → "пхеньян", "Белоруссии" → "белоруссия". Snowball's stemmer alone does not conflate
// these ("Лавров" → "лавр", "Лаврова" → "лавров"); analysis.ts indexes both.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Az from 'az';

interface Parse {
  parser: string;
  normalize(): { word: string };
}

let analyse: ((word: string) => Parse[]) | undefined;

/**
 * az reads its dictionaries with callbacks; here they are read synchronously (≈10 MB, ≈0.2 s, once), so
 * that analysis stays a plain function for documents, queries and snippets alike.
 */
function morphology(): (word: string) => Parse[] {
  if (analyse) return analyse;
  const dicts = dictionaryDir();
  // init counts the files it asks for before any arrives: the reads are answered once it has asked for all
  const asked: (() => void)[] = [];
  Az.load = (file: string, type: string, done: (error: Error | null, data?: unknown) => void) => {
    asked.push(() => {
      const bytes = readFileSync(file);
      done(
        null,
        type === 'json' ? JSON.parse(bytes.toString('utf8')) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      );
    });
  };
  let ready = false;
  Az.Morph.init(dicts, (error: Error | null) => {
    if (error) throw new Error(`the Russian dictionary could not be read from ${dicts}: ${error.message}`);
    ready = true;
  });
  for (const read of asked) read();
  if (!ready) throw new Error(`the Russian dictionary in ${dicts} is incomplete`);
  // the dictionary alone: guessing an unknown word's paradigm costs ten times a lookup, and its stem and the
  // surname table below serve such words as well
  // no stutter or typo search: on a long run of one letter it explores every merge (a minute for 1,000 е's)
  analyse = (word: string) => Az.Morph(word, { parsers: ['Dictionary?'], stutter: 0, typos: 0 }) as Parse[];
  return analyse;
}

/** Beside the bundle in the app (build/bundle-options.mjs copies it there), else in node_modules. */
function dictionaryDir(): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), 'az-dicts');
  if (existsSync(beside)) return beside;
  return path.join(path.dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');
}

const KNOWN = new Set(['Dictionary']);
/** Longer "words" (a run of letters in a damaged file) are left to the stemmer. */
const LONGEST_WORD = 40;

/**
 * A word's dictionary forms, lower case: every lemma the dictionary gives it, as a common word and as a
 * name (the dictionary holds names capitalised: "песков" is песок's genitive plural, "Песков" also the
 * surname), at most three, beside the nominative of a surname's paradigm it fits ("Пушкова" → "пушков").
 */
export function russianLemmas(word: string): string[] {
  const lower = word.toLowerCase();
  if (lower.length > LONGEST_WORD) return [];
  // asked capitalised, the dictionary gives a word's readings as a name and as a common word alike
  const known = morphology()(lower.charAt(0).toUpperCase() + lower.slice(1)).filter((parse) => KNOWN.has(parse.parser));
  // a surname's paradigm whatever else the word may be ("Пушков" is also пушок's genitive plural)
  const surname = surnameOf(lower);
  const lemmas = new Set<string>(surname ? [surname] : []);
  for (const parse of known) {
    if (lemmas.size === 3) break;
    lemmas.add(parse.normalize().word.toLowerCase());
  }
  return [...lemmas];
}

/** Surnames the dictionary does not hold, by their paradigms (a table of our own): -ов/-ев/-ин and -ский/-цкий in every case and number. */
const SURNAME_OV = /^(\p{L}{2,}?(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е|ой|ою|ы|ых|ыми)?$/u;
const SURNAME_SKY = /^(\p{L}{2,}?(?:ск|цк))(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$/u;

function surnameOf(word: string): string | undefined {
  const ov = SURNAME_OV.exec(word);
  if (ov) return ov[1]!;
  const sky = SURNAME_SKY.exec(word);
  return sky ? `${sky[1]!}ий` : undefined;
}

export type RussianNameKind = 'first-name' | 'surname' | 'patronymic' | 'place' | 'organisation';
interface Tagged extends Parse {
  tag: { Name?: boolean; Surn?: boolean; Patr?: boolean; Geox?: boolean; Orgn?: boolean };
}
const NAME_TAGS: [keyof Tagged['tag'], RussianNameKind][] = [
  ['Surn', 'surname'],
  ['Name', 'first-name'],
  ['Patr', 'patronymic'],
  ['Geox', 'place'],
  ['Orgn', 'organisation'],
];
/** Case endings tried off a name the dictionary does not hold in that form ("Лукашенком" → "Лукашенко"). */
const NAME_ENDINGS: [RegExp, string][] = [
  [/(?<=о)м$/u, ''],
  [/(?:ом|ым|ем|ой|ою|у|ю|а|я|е|и)$/u, ''],
];

/**
 * What the dictionary says a capitalised Russian word names — a first name, surname, patronymic, place or
 * organisation — with its nominative, lower case ("Лаврову" → surname "лавров", "Минске" → place "минск").
 */
export function russianName(word: string): { lemma: string; kind: RussianNameKind } | undefined {
  if (word.length > LONGEST_WORD) return undefined;
  // a name recurs through an article and a library: each form is looked up once (the table is emptied when large)
  if (names.has(word)) return names.get(word);
  if (names.size > MAX_REMEMBERED_NAMES) names.clear();
  const found = lookUpName(word);
  names.set(word, found);
  return found;
}

const names = new Map<string, { lemma: string; kind: RussianNameKind } | undefined>();
const MAX_REMEMBERED_NAMES = 100_000;

function lookUpName(word: string): { lemma: string; kind: RussianNameKind } | undefined {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  const read = (form: string): { lemma: string; kind: RussianNameKind } | undefined => {
    const parses = morphology()(form).filter((parse) => KNOWN.has(parse.parser)) as Tagged[];
    for (const [tag, kind] of NAME_TAGS) {
      const parse = parses.find((candidate) => candidate.tag[tag]);
      if (parse) return { lemma: parse.normalize().word.toLowerCase(), kind };
    }
    return undefined;
  };
  const known = read(capitalised);
  if (known) return known;
  for (const [ending, replacement] of NAME_ENDINGS) {
    if (!ending.test(capitalised)) continue;
    const found = read(capitalised.replace(ending, replacement));
    if (found && (found.kind === 'surname' || found.kind === 'first-name')) return found;
  }
  const surname = surnameOf(word.toLowerCase());
  return surname ? { lemma: surname, kind: 'surname' } : undefined;
}
