// The countries an article mentions, by name or demonym, in English, French, Spanish, German, Italian,
// Russian and Ukrainian (names; demonyms in English and French),
// from the world-countries data set. Russian names are matched in their case forms ("Белоруссии",
// "Южной Корее", "Соединённых Штатов"), and the usual abbreviations (США, КНДР …) in capitals.
import worldCountries from 'world-countries';

interface CountryData {
  name: { common: string; official: string };
  area: number;
  altSpellings: string[];
  demonyms?: Record<string, { m: string; f: string }>;
  translations: Record<string, { common: string; official: string }>;
}

// (not Portuguese or Polish: their "Gana", "Indie" are Spanish and English words at a sentence's start)
const TRANSLATIONS = ['fra', 'spa', 'deu', 'ita', 'rus', 'ukr'];
const RUSSIAN_ENDINGS = ['', 'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ью', 'ии', 'ию', 'ия', 'ией', 'ь', 'ом', 'ем'];
/**
 * Abbreviations matched only in capitals, so "us" the pronoun is not the United States; null marks an
 * organisation that is no country (ЕС, NATO). A Map: text is never looked up on an object.
 */
const ABBREVIATIONS = new Map<string, string | null>([
  ['US', 'United States'],
  ['USA', 'United States'],
  ['UK', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['DPRK', 'North Korea'],
  ['PRC', 'China'],
  ['США', 'United States'],
  ['РФ', 'Russia'],
  ['КНР', 'China'],
  ['КНДР', 'North Korea'],
  ['ФРГ', 'Germany'],
  ['ОАЭ', 'United Arab Emirates'],
  ['ЮАР', 'South Africa'],
  ['ЕС', null],
  ['EU', null],
  ['НАТО', null],
  ['NATO', null],
  ['ООН', null],
  ['UN', null],
]);

/** Russian names the data set does not give (older or everyday forms), declined like its own. */
const RUSSIAN_NAMES: [string, string][] = [
  ['Белоруссия', 'Belarus'],
  ['Молдавия', 'Moldova'],
  ['Киргизия', 'Kyrgyzstan'],
  ['Туркмения', 'Turkmenistan'],
  ['Британия', 'United Kingdom'],
  ['Соединённые Штаты', 'United States'],
  ['Соединённые Штаты Америки', 'United States'],
  ['Соединённое Королевство', 'United Kingdom'],
  ['Северная Корея', 'North Korea'],
  ['Южная Корея', 'South Korea'],
];

/** Names in other languages the data set does not give (older but still common forms). */
const OTHER_NAMES: [string, string][] = [['Weißrussland', 'Belarus']];

/** Russian case endings by the kind of word (a rule of our own: no Russian morphology library covers place names offline). */
const ADJECTIVE_FORMS: [RegExp, string[]][] = [
  [/ая$/u, ['ая', 'ой', 'ую', 'ою']],
  [/ое$/u, ['ое', 'ого', 'ому', 'ым', 'ом']],
  [/ые$/u, ['ые', 'ых', 'ым', 'ыми']],
  [/ий$/u, ['ий', 'ого', 'ому', 'им', 'ом']],
  [/ый$/u, ['ый', 'ого', 'ому', 'ым', 'ом']],
];

/** Every case form of one Russian word of a name: "Корея" → Корея, Кореи, Корее, Корею, Кореей …; "Штаты" → Штатов … */
function russianForms(word: string): string[] {
  for (const [ending, forms] of ADJECTIVE_FORMS) if (ending.test(word)) return forms.map((form) => word.replace(ending, form));
  if (/ы$/u.test(word)) return ['ы', 'ов', 'ам', 'ами', 'ах'].map((form) => word.slice(0, -1) + form);
  if (/о$/u.test(word)) return ['о', 'а', 'у', 'ом', 'е'].map((form) => word.slice(0, -1) + form);
  if (word.length < 4) return [word];
  const stem = word.replace(/(ия|ь|а|я|й)$/u, '');
  return [word, ...RUSSIAN_ENDINGS.map((ending) => stem + ending)];
}

/** The case forms of a Cyrillic name of one to three words (each word declined; the genitive tail "Америки" kept). */
function russianNameForms(name: string): string[] {
  const words = name.split(' ');
  if (words.length > 3 || !words.every((word) => /^[\p{Script=Cyrillic}-]+$/u.test(word))) return [name];
  // a name's last word in the genitive ("Штаты Америки") does not decline
  const fixed = words.length === 3 ? [words[2]!] : [];
  const declined = words.slice(0, words.length === 3 ? 2 : words.length).map(russianForms);
  const combos = declined.reduce<string[]>(
    (all, forms) => all.flatMap((start) => forms.map((form) => (start ? `${start} ${form}` : form))),
    [''],
  );
  return combos.map((combo) => [combo, ...fixed].join(' '));
}

/** A name as the tables key it: lower case, accents folded ("Belarús" and "Belarus" are one name), hyphens as spaces. */
export const normalise = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[-‐]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Regions named after a demonym: "Latin American" is not the United States. */
const NOT_COUNTRIES = ['latin america', 'latin american', 'north american', 'south american', 'central american'];

function buildNameTable(): Map<string, string | null> {
  const table = new Map<string, string | null>(NOT_COUNTRIES.map((phrase) => [phrase, null]));
  const add = (alias: string | undefined, country: string): void => {
    if (!alias || alias.length < 4 || /^[A-Z]+$/.test(alias)) return;
    const key = normalise(alias);
    if (!table.has(key)) table.set(key, country);
  };
  // Shared demonyms ("American": the United States, American Samoa, …) go to the largest country.
  const countries = [...(worldCountries as unknown as CountryData[])].sort((a, b) => b.area - a.area);
  for (const country of countries) {
    const name = country.name.common;
    add(name, name);
    add(country.name.official, name);
    country.altSpellings.forEach((alias) => add(alias, name));
    for (const language of TRANSLATIONS) {
      const translated = Object.hasOwn(country.translations, language) ? country.translations[language]?.common : undefined;
      add(translated, name);
      // Cyrillic names decline: Беларусь → Беларуси, Куба → Кубы, Кубе; Южная Корея → Южной Корее
      if (translated && /^[\p{Script=Cyrillic} -]+$/u.test(translated)) for (const form of russianNameForms(translated)) add(form, name);
    }
  }
  for (const [russian, name] of RUSSIAN_NAMES) for (const form of russianNameForms(russian)) add(form, name);
  for (const [other, name] of OTHER_NAMES) add(other, name);
  for (const country of countries) {
    for (const demonym of Object.values(country.demonyms ?? {})) {
      add(demonym.m, country.name.common);
      add(demonym.f, country.name.common);
    }
  }
  return table;
}

let nameTable: Map<string, string | null> | undefined;
/** For each word a name starts with, the most words a name starting with it has: most words start none. */
let firstWords: Map<string, number> | undefined;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const LONGEST_NAME_WORDS = 5;

function tables(): { names: Map<string, string | null>; firstWords: Map<string, number> } {
  nameTable ??= buildNameTable();
  if (!firstWords) {
    firstWords = new Map();
    for (const key of nameTable.keys()) {
      const words = key.split(' ');
      firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
    }
  }
  return { names: nameTable, firstWords };
}

/** Words repeat across articles: their table keys are kept (bounded). */
const normalisedWords = new Map<string, string>();
function normalisedWord(word: string): string {
  let key = normalisedWords.get(word);
  if (key === undefined) {
    key = normalise(word);
    if (normalisedWords.size >= 200_000) normalisedWords.clear();
    normalisedWords.set(word, key);
  }
  return key;
}

/** English names of the countries mentioned, most mentioned first. */
export function countriesMentioned(text: string): string[] {
  const { names, firstWords } = tables();
  const words = [...text.matchAll(WORD)].map((match) => match[0]);
  const counts = new Map<string, number>();
  const count = (country: string): void => void counts.set(country, (counts.get(country) ?? 0) + 1);
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (ABBREVIATIONS.has(word)) {
      const abbreviated = ABBREVIATIONS.get(word);
      if (abbreviated) count(abbreviated);
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) continue; // names are capitalised; "turkey" and "chad" in lower case are not countries
    const longest = firstWords.get(normalisedWord(word));
    if (longest === undefined) continue;
    // the words of a name, each a table key's word (a WORD has no hyphen or space for normalise to change)
    for (let length = Math.min(longest, words.length - at); length >= 1; length--) {
      const key = words
        .slice(at, at + length)
        .map(normalisedWord)
        .join(' ');
      const country = names.get(key);
      if (country !== undefined) {
        if (country) count(country);
        at += length - 1;
        break;
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([country]) => country);
}

/** The country one word or name names, in any of the languages the table knows, in any case ("Кубой" → "Cuba"). */
export function countryNamed(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  const [country] = countriesMentioned(trimmed.charAt(0).toUpperCase() + trimmed.slice(1));
  return country;
}

/** The country a whole name names (not one it contains): "Russia", "Russian", "России" → "Russia"; "Russian Foreign Minister" → undefined. */
export function countryOfName(name: string): string | undefined {
  const { names } = tables();
  const words = name.match(WORD) ?? [];
  if (words.length === 0 || words.length > LONGEST_NAME_WORDS) return undefined;
  if (words.length === 1 && ABBREVIATIONS.has(words[0]!)) return ABBREVIATIONS.get(words[0]!) ?? undefined;
  return names.get(normalise(words.join(' '))) ?? undefined;
}
