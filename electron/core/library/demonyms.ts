// What the people and things of a country are called, in the languages Attaché reads: "Belarusian",
// "biélorusse", "bielorruso", "weißrussisch", "bielorusso", "белорусский" → Belarus. English and French
// come from world-countries, German, Spanish and Italian from i18n-nationality; Russian has no such data
// set, so its adjectives are a table of our own (the country's usual adjective, masculine nominative).
// Each is declined by its language's endings (ENDINGS) and looked up exactly, accents folded: a stemmer's
// stems would be shorter and meet common words ("libera" and "liberiano" share one).
import worldCountries from 'world-countries';
import { countryNamed, normalise } from './countries.js';
import german from 'i18n-nationality/langs/de.json';
import spanish from 'i18n-nationality/langs/es.json';
import italian from 'i18n-nationality/langs/it.json';

interface Demonym {
  /** the demonym as a dictionary gives it ("Bielorruso", "белорусский") */
  word: string;
  /** ISO 639-1: the language whose endings make its other forms */
  language: string;
  /** the country, named as the catalog names it (world-countries' common English name) */
  country: string;
}

/** Russian adjectives of the countries most often in the news, by ISO 3166 code. */
const RUSSIAN: Record<string, string> = {
  AF: 'афганский',
  AL: 'албанский',
  DZ: 'алжирский',
  AR: 'аргентинский',
  AM: 'армянский',
  AU: 'австралийский',
  AT: 'австрийский',
  AZ: 'азербайджанский',
  BD: 'бангладешский',
  BY: 'белорусский',
  BE: 'бельгийский',
  BO: 'боливийский',
  BA: 'боснийский',
  BR: 'бразильский',
  BG: 'болгарский',
  CA: 'канадский',
  CL: 'чилийский',
  CN: 'китайский',
  CO: 'колумбийский',
  HR: 'хорватский',
  CU: 'кубинский',
  CY: 'кипрский',
  CZ: 'чешский',
  DK: 'датский',
  EC: 'эквадорский',
  EG: 'египетский',
  EE: 'эстонский',
  ET: 'эфиопский',
  FI: 'финский',
  FR: 'французский',
  GE: 'грузинский',
  DE: 'немецкий',
  GR: 'греческий',
  HU: 'венгерский',
  IS: 'исландский',
  IN: 'индийский',
  ID: 'индонезийский',
  IR: 'иранский',
  IQ: 'иракский',
  IE: 'ирландский',
  IL: 'израильский',
  IT: 'итальянский',
  JP: 'японский',
  JO: 'иорданский',
  KZ: 'казахстанский',
  KE: 'кенийский',
  KP: 'северокорейский',
  KR: 'южнокорейский',
  KW: 'кувейтский',
  KG: 'киргизский',
  LV: 'латвийский',
  LB: 'ливанский',
  LY: 'ливийский',
  LT: 'литовский',
  LU: 'люксембургский',
  MK: 'македонский',
  MY: 'малайзийский',
  MX: 'мексиканский',
  MD: 'молдавский',
  MN: 'монгольский',
  ME: 'черногорский',
  MA: 'марокканский',
  MM: 'мьянманский',
  NL: 'нидерландский',
  NZ: 'новозеландский',
  NI: 'никарагуанский',
  NG: 'нигерийский',
  NO: 'норвежский',
  PK: 'пакистанский',
  PS: 'палестинский',
  PE: 'перуанский',
  PH: 'филиппинский',
  PL: 'польский',
  PT: 'португальский',
  QA: 'катарский',
  RO: 'румынский',
  RU: 'российский',
  SA: 'саудовский',
  RS: 'сербский',
  SK: 'словацкий',
  SI: 'словенский',
  ZA: 'южноафриканский',
  ES: 'испанский',
  SD: 'суданский',
  SE: 'шведский',
  CH: 'швейцарский',
  SY: 'сирийский',
  TJ: 'таджикский',
  TH: 'таиландский',
  TN: 'тунисский',
  TR: 'турецкий',
  TM: 'туркменский',
  UA: 'украинский',
  AE: 'эмиратский',
  GB: 'британский',
  US: 'американский',
  UZ: 'узбекский',
  VE: 'венесуэльский',
  VN: 'вьетнамский',
};

interface CountryData {
  cca2: string;
  area: number;
  unMember: boolean;
  independent?: boolean;
  name: { common: string };
  demonyms?: Record<string, { m: string; f: string }>;
}

/**
 * The forms a demonym takes in its language — gender, number, and Russian's six cases — by its ending (a
 * table of our own, over-generating harmlessly: a form no one writes is never looked up).
 */
const ENDINGS: Record<string, [RegExp, string[]][]> = {
  en: [[/$/u, ['', 's']]],
  fr: [
    [/ien$/u, ['ien', 'ienne', 'iens', 'iennes']],
    [/s$/u, ['s', 'se', 'ses']],
    [/e$/u, ['e', 'es']],
    [/$/u, ['', 'e', 's', 'es']],
  ],
  es: [
    [/o$/u, ['o', 'a', 'os', 'as']],
    [/és$/u, ['és', 'esa', 'eses', 'esas']],
    [/e$/u, ['e', 'es']],
    [/$/u, ['', 'es', 's']],
  ],
  it: [
    [/o$/u, ['o', 'a', 'i', 'e']],
    [/e$/u, ['e', 'i']],
  ],
  de: [
    [/isch$/u, ['isch', 'ische', 'ischen', 'ischer', 'isches', 'ischem']],
    [/$/u, ['', 'e', 'en', 'er', 'es', 'em']],
  ],
  ru: [[/(?<=[кгх])ий$/u, ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ою', 'ое', 'ие', 'их', 'ими', 'о']]],
};

/** Every form of a demonym in its language, folded (lower case, no accents). */
function formsOf(word: string, language: string): string[] {
  const lower = word.toLowerCase();
  for (const [ending, forms] of ENDINGS[language] ?? []) {
    const match = ending.exec(lower);
    if (match) return forms.map((form) => normalise(lower.slice(0, match.index) + form));
  }
  return [normalise(lower)];
}

let table: Map<string, string> | undefined;

/** Every form of every demonym of the sovereign states, to the country (the largest, when two share one). */
function demonymTable(): Map<string, string> {
  if (table) return table;
  const countries = (worldCountries as unknown as CountryData[])
    .filter((country) => country.unMember || country.independent)
    .sort((a, b) => b.area - a.area);
  const byCode = new Map(countries.map((country) => [country.cca2, country.name.common]));
  const demonyms: Demonym[] = [];
  for (const country of countries)
    for (const [code, language] of [
      ['eng', 'en'],
      ['fra', 'fr'],
    ] as const) {
      const forms = country.demonyms?.[code];
      if (forms) for (const word of new Set([forms.m, forms.f])) demonyms.push({ word, language, country: country.name.common });
    }
  const sources = [
    [german.nationalities, 'de'],
    [spanish.nationalities, 'es'],
    [italian.nationalities, 'it'],
    [RUSSIAN, 'ru'],
  ] as const;
  for (const [words, language] of sources)
    for (const [code, word] of Object.entries(words as Record<string, string>)) {
      const country = byCode.get(code);
      if (country) demonyms.push({ word, language, country });
    }
  table = new Map();
  for (const { word, language, country } of demonyms)
    for (const form of formsOf(word, language)) if (form.length >= SHORTEST && !table.has(form)) table.set(form, country);
  return table;
}

/** Shorter forms are too likely other words ("Thai" stays: four letters). */
const SHORTEST = 4;

/** The country a query word names in any language: its name ("Kuba", "Белоруссии") or a demonym in any form ("белорусского"). */
export const countryOfWord = (word: string): string | undefined => countryNamed(word) ?? demonymCountry(word);

/** The country a demonym names, in any of its forms ("белорусского", "bielorrusas", "weißrussischen" → "Belarus"). */
export function demonymCountry(word: string): string | undefined {
  return demonymTable().get(normalise(word));
}
