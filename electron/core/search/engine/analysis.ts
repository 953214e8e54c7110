// How text becomes index terms, the same way for documents, queries and snippets. Attaché analyses
// text itself and hands Lunr finished terms: each document is stemmed in its own language (Cyrillic
// always as Russian), with lunr-languages' Snowball stemmers and stop words; a Russian word also gives
// its dictionary forms (russianMorphology.ts: every case of "Лавров" → "лавров"); accents are folded after
// stemming ("Martí" → "marti"); hyphenated words are indexed as their parts and joined ("anti-virus" →
// "anti", "virus", "antivirus"); numbers lose their thousands separators ("14,500" → "14500").
// Polish, Ukrainian and Belarusian have no stemmer here: their words are indexed as written (lower case,
// accents folded), marked with PLAIN_MARK, and a query word also finds the words it begins ("Warszaw" →
// "Warszawie", "Лукашэнк" → "Лукашэнка"); their stop words come from stopwords-iso (Belarusian: a list
// of our own, none ships).
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrDe from 'lunr-languages/lunr.de.js';
import lunrEs from 'lunr-languages/lunr.es.js';
import lunrFr from 'lunr-languages/lunr.fr.js';
import lunrIt from 'lunr-languages/lunr.it.js';
import lunrPt from 'lunr-languages/lunr.pt.js';
import lunrRu from 'lunr-languages/lunr.ru.js';
import { BRIDGE_MARK, bridgeKey } from './crossScript.js';
import { compoundTails } from './germanCompounds.js';
import { russianLemmas } from './russianMorphology.js';
import stopwordsIso from 'stopwords-iso';

stemmerSupport(lunr);
for (const language of [lunrDe, lunrEs, lunrFr, lunrIt, lunrPt, lunrRu]) language(lunr);

type Stemmed = 'en' | 'ru' | 'es' | 'fr' | 'de' | 'it' | 'pt';
/** Languages without a stemmer: words as written, found by their beginning. */
type Plain = 'pl' | 'uk' | 'be';
type Language = Stemmed | Plain;
const LATIN_LANGUAGES: Stemmed[] = ['en', 'es', 'fr', 'de', 'it', 'pt'];
const PLAIN_LANGUAGES: Plain[] = ['pl', 'uk', 'be'];
const isPlain = (language: string | null): language is Plain => PLAIN_LANGUAGES.includes(language as Plain);

/** Marks the terms of plain-language words, so that a query's beginning-of-word lookup reads only them. */
export const PLAIN_MARK = '^';

/** Belarusian function words (stopwords-iso has no Belarusian list): prepositions, conjunctions, pronouns, forms of "to be". */
const BELARUSIAN_STOP_WORDS =
  'а аб ад але ж бо без быў была былі было будзе буду вам вас вы да дзе для ён яна яно яны ёсць жа з за і ім іх каб калі каля кожны які якая якое якія мы на над не ні ну па пад пакуль паміж перад пасля пра праз пры сабе свой свая сваё свае сваю сваіх так таксама такі той тая тое тыя тут ты у ў увесь усе усё уже ужо хто ці чым што шмат штосьці гэта гэты гэтая гэтае гэтыя гэтага гэтай гэтым яго яе ёй яму мне мяне нас нам наш наша іншы толькі яшчэ вельмі можа трэба было';
const PLAIN_STOP_WORDS: Record<Plain, Set<string>> = {
  pl: new Set(stopwordsIso.pl),
  uk: new Set(stopwordsIso.uk),
  be: new Set(BELARUSIAN_STOP_WORDS.split(' ')),
};

interface LanguageTools {
  stemmer: lunr.PipelineFunction;
  stopWordFilter: lunr.PipelineFunction;
}
const languages = lunr as unknown as Record<Exclude<Language, 'en'>, LanguageTools>;
const tools = (language: Stemmed): LanguageTools =>
  language === 'en' ? { stemmer: lunr.stemmer, stopWordFilter: lunr.stopWordFilter } : languages[language];

export const CYRILLIC = /\p{Script=Cyrillic}/u;
const MARKS = /\p{M}+/gu;
const GROUPED_NUMBER = /^\d{1,3}(?:[,\u202f\u00a0]\d{3})+(?:\.\d+)?$/;

export const foldDiacritics = (text: string): string => text.normalize('NFD').replace(MARKS, '').normalize('NFC');

/** Each base letter with the letters foldDiacritics folds to it — accented Latin, Greek, Cyrillic, voiced kana (が → か) — and ł, which plain terms write l. */
const ACCENTED = (() => {
  const table = new Map<string, string>([['l', 'łŁ']]);
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x370, 0x3ff],
    [0x400, 0x4ff],
    [0x1e00, 0x1fff],
    [0x3040, 0x30ff],
  ] as const)
    for (let code = from; code <= to; code++) {
      const letter = String.fromCharCode(code);
      const base = letter.normalize('NFD')[0]!.toLowerCase();
      if (base !== letter.toLowerCase() && /\p{L}/u.test(base)) table.set(base, (table.get(base) ?? '') + letter);
    }
  return table;
})();

/**
 * A letter (lower case, already folded) as a regular-expression pattern matching it or any letter that
 * folds to it ("e" → [eéèêë…]), so a text is matched as folded without folding it (case aside: the
 * pattern's `i` flag).
 */
export function foldedLetterPattern(letter: string): string {
  const escaped = letter.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const accented = ACCENTED.get(letter);
  return accented ? `[${escaped}${accented}]` : escaped;
}

const run = (fn: lunr.PipelineFunction, word: string): string | undefined => {
  const result = fn(new lunr.Token(word, {}), 0, []) as lunr.Token | undefined;
  return result ? result.toString() : undefined;
};

/** The language a word is stemmed in, for a document in `documentLanguage`. */
function stemmingLanguage(word: string, documentLanguage: string | null): Language {
  const cyrillic = CYRILLIC.test(word);
  if (isPlain(documentLanguage) && cyrillic === (documentLanguage !== 'pl')) return documentLanguage;
  if (cyrillic) return 'ru';
  return LATIN_LANGUAGES.includes(documentLanguage as Stemmed) ? (documentLanguage as Stemmed) : 'en';
}

interface Analysed {
  /** The stem, and for a Russian word its dictionary forms too; empty for a word with no letters left. */
  terms: string[];
  stopWord: boolean;
  /** A Russian word's first dictionary form (a surname's nominative first), for its bridge term. */
  nominative?: string;
  /** A German compound's tails' stems ("Bundesregierung" → "regier"), found when a document's word is first
   * indexed (never for a query's: "Bundesregierung" asked is not "Regierung"). */
  tails?: string[];
}
/** Stemming is the cost of indexing and of snippets; news vocabulary repeats, so results are kept. */
const analysed = new Map<string, Analysed>();
const MEMO_LIMIT = 500_000;

function analyse(word: string, language: Language): Analysed {
  const key = `${language}:${word}`;
  let result = analysed.get(key);
  if (!result) {
    result = isPlain(language) ? analysePlain(word, language) : analyseStemmed(word, language);
    if (analysed.size >= MEMO_LIMIT) analysed.clear();
    analysed.set(key, result);
  }
  return result;
}

const analysePlain = (word: string, language: Plain): Analysed => ({
  terms: [plainTermOf(word)],
  stopWord: PLAIN_STOP_WORDS[language].has(word),
});

function analyseStemmed(word: string, language: Stemmed): Analysed {
  const { stemmer, stopWordFilter } = tools(language);
  const stem = run(stemmer, word);
  const terms = new Set<string>(stem ? [foldDiacritics(stem)] : []);
  const lemmas = stem && language === 'ru' ? russianLemmas(word) : [];
  for (const lemma of lemmas) terms.add(foldDiacritics(lemma));
  return { terms: [...terms], stopWord: run(stopWordFilter, word) === undefined, nominative: lemmas[0] };
}

/** A German compound's tails' stems ("bundesregierung" → "regier"), beside its own terms; memoised with them. */
function tailsOf(word: string, analysed: Analysed): string[] {
  if (analysed.tails) return analysed.tails;
  const { stemmer } = tools('de');
  const stems = compoundTails(word).map((tail) => foldDiacritics(run(stemmer, tail) ?? tail));
  analysed.tails = [...new Set(stems)].filter((stem) => !analysed.terms.includes(stem));
  return analysed.tails;
}

/** One word (already lower case) → its index terms, none for a stop word. */
export function termsOfWord(word: string, documentLanguage: string | null, keepStopWords = false): string[] {
  if (/^\d/.test(word)) return [word];
  const language = stemmingLanguage(word, documentLanguage);
  const result = analyse(word, language);
  if (result.stopWord && !keepStopWords) return [];
  if (language !== 'de' || result.terms.length === 0) return result.terms;
  const tails = tailsOf(word, result);
  return tails.length > 0 ? [...result.terms, ...tails] : result.terms;
}

/**
 * The bridge term of a capitalised word (a name, most often): the key its spellings in other scripts
 * meet on (crossScript.ts), taken from its dictionary form ("Лаврову" → "лавров" → "~lavrov").
 */
export function bridgeTermOf(word: string): string | undefined {
  if (/^\d/.test(word)) return undefined;
  const nominative = CYRILLIC.test(word) ? (analyse(word, 'ru').nominative ?? word) : word;
  return bridgeTermOfForm(nominative);
}

const bridgeTerms = new Map<string, string | null>();
function bridgeTermOfForm(form: string): string | undefined {
  let term = bridgeTerms.get(form);
  if (term === undefined) {
    const key = bridgeKey(form);
    term = key ? BRIDGE_MARK + key : null;
    if (bridgeTerms.size >= MEMO_LIMIT) bridgeTerms.clear();
    bridgeTerms.set(form, term);
  }
  return term ?? undefined;
}

/** The bridge terms a query word may meet: its own key, and a Russian word's from each dictionary form. */
export function queryBridgeTermsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const forms = CYRILLIC.test(lower) ? [lower, ...russianLemmas(lower)] : [lower];
  return [...new Set(forms.map(bridgeTermOfForm).filter((term): term is string => term !== undefined))];
}

/** Every term a query word could have been indexed as, whatever the language of the document. */
export function queryTermsOf(word: string): string[] {
  const lower = word.toLowerCase();
  if (/^\d/.test(lower)) return [lower];
  const candidates = CYRILLIC.test(lower) ? (['ru'] as Stemmed[]) : LATIN_LANGUAGES;
  const terms = new Set<string>();
  for (const language of candidates) for (const term of analyse(lower, language).terms) terms.add(term);
  terms.add(plainTermOf(lower));
  return [...terms];
}

/** A word's term in a plain language (Polish, Ukrainian, Belarusian): a query looks up the terms it begins. */
export const plainTermOf = (word: string): string => PLAIN_MARK + foldDiacritics(word.toLowerCase()).replace(/ł/g, 'l'); // ł is a letter of its own to Unicode

export interface Word {
  /** The word as written, lower case: what the user would type. */
  text: string;
  start: number;
  end: number;
  /** The joined form of a hyphenated word, indexed beside its parts (not a word of the running text). */
  joined?: true;
  /** Written with a capital: a name, most often, which gets a bridge term across scripts. */
  capitalised?: true;
}

/** A word, possibly compound: "anti-virus", "Russia's", "14,500", "1.5". */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-‐‑'’.,\u202f\u00a0][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const PART = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const HYPHENATED = /^[\p{L}\p{N}\p{M}]+(?:[-‐‑][\p{L}\p{N}\p{M}]+)+$/u;
const SIMPLE = /^[\p{L}\p{N}\p{M}]+$/u;
const CAPITAL = /^\p{Lu}/u;
/** What stands before a word that starts a sentence or a line: nothing, an end mark, a line break, a quote or dash. */
const SENTENCE_START = /(?:^|[.!?…:]\s+|\n\s*|^\s*)["«„“‘'(—–-]?\s*$/u;

/**
 * Words of a text with their positions. A compound gives its parts ("Russia's" → "russia"); a
 * hyphenated one also gives the joined form, at the same position; "14,500" gives "14500".
 */
export function wordsOf(text: string, singleLetters = false): Word[] {
  return [...wordsIn(text, singleLetters)];
}

/** The words of a text one by one (wordsOf), for a reader that may stop early; one-letter words ("a", "в") only if asked. */
export function* wordsIn(text: string, singleLetters = false): Generator<Word> {
  const kept = (word: string): boolean => singleLetters || word.length > 1 || /\d/.test(word);
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const start = match.index;
    const lower = token.toLowerCase();
    if (SIMPLE.test(lower)) {
      if (kept(lower)) yield { text: lower, start, end: start + token.length, ...(CAPITAL.test(token) && { capitalised: true as const }) };
      continue;
    }
    if (GROUPED_NUMBER.test(lower) || /^\d+\.\d+$/.test(lower)) {
      yield { text: lower.replace(/[,\u202f\u00a0 ]/g, ''), start, end: start + token.length };
      continue;
    }
    const parts = [...lower.matchAll(PART)];
    for (const part of parts) {
      if (kept(part[0]))
        yield {
          text: part[0],
          start: start + part.index,
          end: start + part.index + part[0].length,
          ...(CAPITAL.test(token.slice(part.index)) && { capitalised: true as const }),
        };
    }
    if (parts.length > 1 && HYPHENATED.test(lower))
      yield { text: parts.map((part) => part[0]).join(''), start, end: start + token.length, joined: true };
  }
}

/** A word's index terms in its document's language, with the bridge term of a capitalised one. */
export function wordTerms(word: Word, language: string | null, keepStopWords = false): string[] {
  const terms = termsOfWord(word.text, language, keepStopWords);
  const bridge = word.capitalised && terms.length > 0 ? bridgeTermOf(word.text) : undefined;
  return bridge ? [...terms, bridge] : terms;
}

/** The index terms of a text in a document's language, stop words dropped. */
export function termsOf(text: string, language: string | null): string[] {
  const terms: string[] = [];
  for (const word of wordsOf(text)) terms.push(...termsOfWord(word.text, language));
  return terms;
}

/**
 * A field's index terms and, in the same pass over its words, the bridge terms of its names — capitalised
 * words inside a sentence (one that starts a sentence or a line is as often a common word: "Government",
 * "Talks"; the same name stands mid-sentence elsewhere) — for the index's `names` field.
 */
export function fieldTermsOf(text: string, language: string | null): { terms: string[]; names: string[] } {
  const terms: string[] = [];
  const names: string[] = [];
  for (const word of wordsOf(text)) {
    const own = termsOfWord(word.text, language);
    terms.push(...own);
    if (own.length === 0 || !word.capitalised || SENTENCE_START.test(text.slice(Math.max(0, word.start - 4), word.start))) continue;
    const bridge = bridgeTermOf(word.text);
    if (bridge) names.push(bridge);
  }
  return { terms, names };
}

/** Whether a word (lower case) is one of a language's stop words, left out of the index. */
export function isStopWordIn(word: string, language: string | null): boolean {
  if (/^\d/.test(word)) return false;
  // the word's own analysis only (a German compound's tails would need the dictionary read)
  const { terms, stopWord } = analyse(word, stemmingLanguage(word, language));
  return stopWord || terms.length === 0;
}

/**
 * Whether the index may have left a word (lower case) out of a document in `language`: a stop word, or
 * one typed without its accents ("estan" for "están", "fur" for "für"), which the index never sees so.
 */
export function mayBeStopWordIn(word: string, language: string | null): boolean {
  return isStopWordIn(word, language) || foldedStopWords(stemmingLanguage(word, language)).has(word);
}

const foldedStopWordLists = new Map<Language, Set<string>>();
/** A language's accented stop words, folded: the ones of stopwords-iso's list that its own filter drops. */
function foldedStopWords(language: Language): Set<string> {
  let folded = foldedStopWordLists.get(language);
  if (!folded) {
    const list = stopwordsIso[language] ?? [];
    const accented = list.filter((word) => foldDiacritics(word) !== word && analyse(word, language).stopWord);
    foldedStopWordLists.set(language, (folded = new Set(accented.map(foldDiacritics))));
  }
  return folded;
}
