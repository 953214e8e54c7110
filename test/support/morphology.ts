// Names in every case, measured on the real Russian news (../shared/corpora ng-ru and rt-ru): shared by
// bench/morphology.ts (prints the table) and test/core/search/morphology.test.ts (holds it to its targets).
//
// The surnames are chosen by a rule, not by hand: capitalised Cyrillic words ending in -ов/-ев that stand
// in the nominative in the most articles, never written in lower case anywhere in the corpus (so not a
// common word at the start of a sentence), not the first word of a sentence in most of their uses, and
// declined in the corpus (two of the oblique forms -а, -у, -ым, -е occur).
import path from 'node:path';
import { transliterate } from 'transliteration';
import { isStopWordIn } from '../../electron/core/search/engine/analysis';
import type { ArticleMeta } from '../../electron/contract';
import { Library } from '../../electron/core/library/library';
import { AttacheService } from '../../electron/core/service';
import { importOrThrow } from './imports';
import { CORPORA_DIR, tempDir } from './paths';

export interface Corpus {
  service: AttacheService;
  articles: { meta: ArticleMeta; text: string }[];
  /** index size on disk (bytes) and how long the import with its index took */
  indexBytes: number;
  importSeconds: number;
}

export async function importedCorpus(names: string[]): Promise<Corpus> {
  const libraryDir = await tempDir('morphology');
  const service = await AttacheService.open({ libraryDir });
  const started = performance.now();
  for (const name of names) await importOrThrow(service, path.join(CORPORA_DIR, name), { collection: name });
  const importSeconds = (performance.now() - started) / 1000;
  const library = await Library.open(libraryDir);
  const articles = await Promise.all(
    library.list().map(async (meta) => ({ meta, text: `${meta.title}\n${(await library.get(meta.id))?.body ?? ''}` })),
  );
  const { readdir, stat } = await import('node:fs/promises');
  const indexDir = path.join(libraryDir, 'index');
  let indexBytes = 0;
  for (const file of await readdir(indexDir)) indexBytes += (await stat(path.join(indexDir, file))).size;
  return { service, articles, indexBytes, importSeconds };
}

/** The case endings of a surname in -ов/-ев (singular and plural, masculine and feminine). */
export const SURNAME_CASES = { 'gen./acc.': 'а', 'dat.': 'у', 'instr.': 'ым', 'prep.': 'е' } as const;
const ANY_FORM = '(?:а|у|ым|е|ой|ы|ых|ыми)?';

export function chosenSurnames(articles: Corpus['articles'], count = 20): { surname: string; articles: Set<string> }[] {
  const lowerCase = new Set<string>();
  const inArticles = new Map<string, Set<string>>();
  const sentenceFirst = new Map<string, number>();
  const uses = new Map<string, number>();
  for (const { meta, text } of articles) {
    for (const match of text.matchAll(/(?<![\p{L}\p{N}])(\p{L}+)(?![\p{L}\p{N}])/gu)) {
      const word = match[1]!;
      if (/^[а-яё]+$/.test(word)) lowerCase.add(word);
      if (!/^[А-ЯЁ][а-яё]{2,}(?:ов|ев)$/.test(word)) continue;
      if (!inArticles.has(word)) inArticles.set(word, new Set());
      inArticles.get(word)!.add(meta.id);
      uses.set(word, (uses.get(word) ?? 0) + 1);
      if (/(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, match.index - 3), match.index)))
        sentenceFirst.set(word, (sentenceFirst.get(word) ?? 0) + 1);
    }
  }
  const words = new Set(inArticles.keys());
  for (const { text } of articles) for (const match of text.matchAll(/[А-ЯЁ][а-яё]+/gu)) words.add(match[0]);
  // it declines as a surname: at least two of its oblique forms occur ("Нидерландов" is a plural's genitive)
  const declines = (word: string) => Object.values(SURNAME_CASES).filter((ending) => words.has(word + ending)).length >= 2;
  return [...inArticles.entries()]
    .filter(([word]) => !lowerCase.has(word.toLowerCase()) && (sentenceFirst.get(word) ?? 0) * 2 < uses.get(word)! && declines(word))
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([surname]) => ({ surname, articles: articlesWithAnyForm(articles, surname) }));
}

/** The articles holding the surname in any of its forms: the truth a query in any one case must find. */
function articlesWithAnyForm(articles: Corpus['articles'], surname: string): Set<string> {
  const form = new RegExp(`(?<![\\p{L}])${surname}${ANY_FORM}(?![\\p{L}])`, 'u');
  return new Set(articles.filter(({ text }) => form.test(text)).map(({ meta }) => meta.id));
}

/** Every article a query finds (all pages of results). */
export async function found(service: AttacheService, query: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 1000) {
    const response = await service.search(query, { limit: 1000, offset });
    if (!response.ok) throw new Error(`${query}: ${response.message}`);
    for (const hit of response.hits) ids.add(hit.id);
    if (offset + 1000 >= response.total) return ids;
  }
}

export interface SurnameRow {
  surname: string;
  latin: string;
  articles: number;
  /** recall by the case asked, and in Latin letters */
  recall: Record<keyof typeof SURNAME_CASES | 'Latin', number>;
}

/** The share of `articles` that a query finds. */
async function recallOf(service: AttacheService, query: string, articles: Set<string>): Promise<number> {
  const hits = await found(service, query);
  return [...articles].filter((id) => hits.has(id)).length / articles.size;
}

/** A recall over several rows, each weighted by its articles. */
export function pooled<Row extends { articles: number }>(rows: Row[], recall: (row: Row) => number): number {
  return rows.reduce((sum, row) => sum + recall(row) * row.articles, 0) / rows.reduce((sum, row) => sum + row.articles, 0);
}

export async function surnameRecall(service: AttacheService, surnames: ReturnType<typeof chosenSurnames>): Promise<SurnameRow[]> {
  const rows: SurnameRow[] = [];
  for (const { surname, articles } of surnames) {
    const recall = {} as SurnameRow['recall'];
    for (const [name, ending] of Object.entries(SURNAME_CASES))
      recall[name as keyof typeof SURNAME_CASES] = await recallOf(service, surname + ending, articles);
    const latin = transliterate(surname);
    recall.Latin = await recallOf(service, latin, articles);
    rows.push({ surname, latin, articles: articles.size, recall });
  }
  return rows;
}

/** Endings that make a word's other number or gender, per language (Snowball's stemmers should conflate them). */
export const INFLECTIONS: Record<string, string[]> = {
  es: ['s', 'es', 'a', 'as'],
  fr: ['s', 'x', 'e', 'es'],
  de: ['e', 'en', 'n', 'er', 'es', 's'],
};

const WORD = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;
const NOUN = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu;
const isStopWord = (word: string, language: string) => isStopWordIn(word.toLowerCase(), language);

export interface PairRow {
  pair: string;
  articles: number;
  /** recall of each form asked alone, over the articles holding either */
  recall: [number, number];
}

/**
 * Word pairs by rule, not by hand: a word of five letters or more (German: a capitalised one — its nouns)
 * and the same word with one of its language's endings, neither a stop word, each in at least three
 * articles of the language; the 20 most widespread.
 */
export function inflectedPairs(
  articles: Corpus['articles'],
  language: string,
  count = 20,
): { forms: [string, string]; articles: Set<string> }[] {
  const inArticles = new Map<string, Set<string>>();
  const own = articles.filter(({ meta }) => meta.language === language);
  for (const { meta, text } of own)
    for (const match of text.matchAll(language === 'de' ? NOUN : WORD)) {
      if (!inArticles.has(match[0])) inArticles.set(match[0], new Set());
      inArticles.get(match[0])!.add(meta.id);
    }
  const pairs: { forms: [string, string]; articles: Set<string> }[] = [];
  for (const [word, where] of inArticles) {
    if (word.length < 5 || where.size < 3 || isStopWord(word, language)) continue;
    for (const ending of INFLECTIONS[language] ?? []) {
      const other = inArticles.get(word + ending);
      if (other && other.size >= 3 && !isStopWord(word + ending, language))
        pairs.push({ forms: [word, word + ending], articles: new Set([...where, ...other]) });
    }
  }
  return pairs.sort((a, b) => b.articles.size - a.articles.size || a.forms[0].localeCompare(b.forms[0])).slice(0, count);
}

export async function pairRecall(service: AttacheService, pairs: ReturnType<typeof inflectedPairs>): Promise<PairRow[]> {
  const rows: PairRow[] = [];
  for (const { forms, articles } of pairs)
    rows.push({
      pair: forms.join(' / '),
      articles: articles.size,
      recall: [await recallOf(service, forms[0], articles), await recallOf(service, forms[1], articles)],
    });
  return rows;
}

export interface CompoundRow {
  word: string;
  /** a few of the compounds it ends, as the corpus writes them */
  compounds: string[];
  articles: number;
  /** of the articles holding only compounds of it, the share the word alone finds */
  recall: number;
}

/**
 * German nouns and the compounds that end in them, by rule: a capitalised word of five letters or more in
 * at least three German articles, not a stop word; its compounds are the capitalised words of the corpus
 * that end in it and whose first part — less a linking s, es, n, en, er or e — the corpus also writes as a
 * capitalised word of three letters or more and never in lower case ("Bundesregierung": "Bund"; neither
 * "Informationen" nor "Aufgrund" is a compound of "Ionen" or "Grund"), in at least three articles that never write the noun alone; the 20 with the most such
 * articles. The truth: those articles.
 */
export function compoundsOf(articles: Corpus['articles'], count = 20): { word: string; compounds: string[]; articles: Set<string> }[] {
  const german = articles.filter(({ meta }) => meta.language === 'de');
  const inArticles = new Map<string, Set<string>>();
  for (const { meta, text } of german)
    for (const match of text.matchAll(NOUN)) {
      if (!inArticles.has(match[0])) inArticles.set(match[0], new Set());
      inArticles.get(match[0])!.add(meta.id);
    }
  const words = [...inArticles.keys()];
  // nouns: capitalised words the corpus never writes in lower case ("Auf", "Bei" start sentences)
  const lowerCase = new Set(german.flatMap(({ text }) => text.match(WORD) ?? []));
  const capitalised = new Set(words.filter((word) => !lowerCase.has(word.toLowerCase())));
  const rows: { word: string; compounds: string[]; articles: Set<string> }[] = [];
  for (const [word, where] of inArticles) {
    if (word.length < 5 || where.size < 3 || isStopWord(word, 'de')) continue;
    const tail = word.toLowerCase();
    const compounds = words.filter((other) => {
      if (other.length < word.length + 3 || !other.endsWith(tail)) return false;
      const first = other.slice(0, other.length - tail.length);
      return ['', 's', 'es', 'n', 'en', 'er', 'e'].some(
        (link) => first.endsWith(link) && first.length - link.length >= 3 && capitalised.has(first.slice(0, first.length - link.length)),
      );
    });
    const only = new Set(compounds.flatMap((compound) => [...inArticles.get(compound)!]).filter((id) => !where.has(id)));
    if (only.size >= 3) rows.push({ word, compounds, articles: only });
  }
  return rows.sort((a, b) => b.articles.size - a.articles.size || a.word.localeCompare(b.word)).slice(0, count);
}

export async function compoundRecall(service: AttacheService, rows: ReturnType<typeof compoundsOf>): Promise<CompoundRow[]> {
  const result: CompoundRow[] = [];
  for (const { word, compounds, articles } of rows)
    result.push({ word, compounds: compounds.slice(0, 3), articles: articles.size, recall: await recallOf(service, word, articles) });
  return result;
}
