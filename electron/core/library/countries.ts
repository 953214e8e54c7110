// The countries an article mentions, by name or demonym, in English, French, Spanish, German and Russian,
// from the world-countries data set. Russian names are matched in their case forms ("Белоруссии").
import worldCountries from 'world-countries';

interface CountryData {
  name: { common: string; official: string };
  area: number;
  altSpellings: string[];
  demonyms?: Record<string, { m: string; f: string }>;
  translations: Record<string, { common: string; official: string }>;
}

const TRANSLATIONS = ['fra', 'spa', 'deu', 'rus', 'ukr'];
const RUSSIAN_ENDINGS = ['', 'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ью', 'ии', 'ию', 'ия', 'ь', 'ом', 'ем'];
/** Abbreviations matched only in capitals, so "us" the pronoun is not the United States. A Map: text is never looked up on an object. */
const ABBREVIATIONS = new Map([
  ['US', 'United States'],
  ['USA', 'United States'],
  ['UK', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['DPRK', 'North Korea'],
  ['PRC', 'China'],
]);

// accents folded: "Belarús" (Spanish) and "Belarus" are one name
const normalise = (name: string): string =>
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
      // Cyrillic single-word names decline: Беларусь → Беларуси, Куба → Кубы, Кубе
      if (translated && /^[\p{Script=Cyrillic}]+$/u.test(translated) && translated.length >= 4) {
        const stem = translated.replace(/(ия|ь|а|я|й)$/u, '');
        for (const ending of RUSSIAN_ENDINGS) add(stem + ending, name);
      }
    }
  }
  for (const country of countries) {
    for (const demonym of Object.values(country.demonyms ?? {})) {
      add(demonym.m, country.name.common);
      add(demonym.f, country.name.common);
    }
  }
  return table;
}

let nameTable: Map<string, string | null> | undefined;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const LONGEST_NAME_WORDS = 5;

/** English names of the countries mentioned, most mentioned first. */
export function countriesMentioned(text: string): string[] {
  nameTable ??= buildNameTable();
  const words = [...text.matchAll(WORD)].map((match) => match[0]);
  const counts = new Map<string, number>();
  const count = (country: string): void => void counts.set(country, (counts.get(country) ?? 0) + 1);
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    const abbreviated = ABBREVIATIONS.get(word);
    if (abbreviated) {
      count(abbreviated);
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) continue; // names are capitalised; "turkey" and "chad" in lower case are not countries
    for (let length = Math.min(LONGEST_NAME_WORDS, words.length - at); length >= 1; length--) {
      const country = nameTable.get(normalise(words.slice(at, at + length).join(' ')));
      if (country !== undefined) {
        if (country) count(country);
        at += length - 1;
        break;
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([country]) => country);
}
