// Wire datelines as agencies and papers print them, in the languages Attaché imports:
//   BRUSSELS, 18 April 2024 (Trend) -          BEIJING, July 10 (Xinhua) --        Berlin (dpa) -
//   МИНСК, 14 марта. /ТАСС/.                    МОСКВА, 5 мая — РИА Новости.       La Habana, 19 feb (EFE).-
//   (ANSA) - ROMA, 14 MAR -                     Lisboa, 14 mar 2024 (Lusa)          Warszawa, 14.03.2024 (PAP)
// The shapes (place, date, agency and their separators) are rules of our own; the date inside is read
// by chrono-node's locale parsers, except numeric dates (day first with dots, a rule) and Polish month
// names (chrono has no Polish). Agencies are named through the table of outlets.ts.
import * as chrono from 'chrono-node';
import { outletByAlias } from './outlets.js';

/** A date as a dateline gives it: often without its year ("14 марта", "Oct 27"). */
export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
}

export interface Dateline {
  place: string | null;
  /** The agency's name (from the table), or its code as written when the table does not know it. */
  agency: string | null;
  date: PartialDate | null;
}

const CHRONO = new Map<string, chrono.Chrono>([
  ['en', chrono.en.casual],
  ['ru', chrono.ru.casual],
  ['es', chrono.es.casual],
  ['fr', chrono.fr.casual],
  ['de', chrono.de.casual],
  ['pt', chrono.pt.casual],
  ['it', chrono.it.casual],
  ['uk', chrono.uk.casual],
  ['nl', chrono.nl.casual],
  ['ja', chrono.ja.casual],
  ['zh', chrono.zh.casual],
]);
const POLISH_MONTHS = ['stycz', 'lut', 'mar', 'kwie', 'maj', 'czerw', 'lip', 'sierp', 'wrze', 'pa', 'listopad', 'grud'];

/** "Weds 14 March" → {year: null, month: 3, day: 14}; a year is kept only when the text gives it. */
export function parseDatePart(text: string, language: string | null): PartialDate | undefined {
  const trimmed = text.trim().replace(/[.,:]+$/, '');
  // numbers with dots are day first everywhere they are written so
  const dotted = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(trimmed);
  if (dotted) return valid(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const iso = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})\b/.exec(trimmed);
  if (iso) return valid(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const polish = /^(\d{1,2})\s+(\p{L}+)(?:\s+(\d{4}))?/u.exec(trimmed);
  if (language === 'pl' && polish) {
    const month = POLISH_MONTHS.findIndex((stem) => polish[2]!.toLowerCase().startsWith(stem));
    if (month >= 0) return valid(polish[3] ? Number(polish[3]) : null, month + 1, Number(polish[1]));
  }
  const order = [...(language && CHRONO.has(language) ? [language] : []), ...CHRONO.keys()];
  for (const code of order) {
    const [result] = CHRONO.get(code)!.parse(trimmed);
    if (!result || result.index > 3 || !isWritten(result) || !result.start.isCertain('day') || !result.start.isCertain('month')) continue;
    return valid(result.start.isCertain('year') ? result.start.get('year') : null, result.start.get('month')!, result.start.get('day')!);
  }
  return undefined;
}

/**
 * A date written out, not one worked out from the clock: "2 hours ago", "vor 2 Stunden", "yesterday" are
 * resolved by chrono against now, which for a page saved years ago invents a date. They never date an article.
 */
export function isWritten(result: chrono.ParsedResult): boolean {
  return ![...result.tags()].some((tag) => /relative|casual/i.test(tag));
}

function valid(year: number | null, month: number, day: number): PartialDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (year !== null && (year < 1900 || year > 2100)) return undefined;
  // no 31 April, no 29 February outside leap years (2024 stands for a year not given)
  const check = new Date(Date.UTC(year ?? 2024, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return undefined;
  return { year, month, day };
}

const PLACE = String.raw`(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -]\p{L}[\p{L}\p{M}'’.-]*){0,3})`;
const DATE = String.raw`([^()/\n—–]{3,32}?)`;
const AGENCY = String.raw`[(/]\s*([^()/\n]{2,40}?)\s*[)/]`;
const END = String.raw`\s*[.,]?\s*(--|[-–—:]|\.-|\.—)?`;

/** PLACE[, DATE] (AGENCY) – … and PLACE[, DATE]. /AGENCY/. … */
const PLACE_FIRST = new RegExp(String.raw`^${PLACE}(?:,\s*${DATE})?\s*\.?\s*${AGENCY}${END}`, 'u');
/** (AGENCY) - PLACE, DATE - … */
const AGENCY_FIRST = new RegExp(String.raw`^${AGENCY}\s*[-–—]\s*${PLACE},\s*${DATE}\s*(?:--|[-–—:])`, 'u');
/** DATE (AGENCY) - … : "Oct 27 (Reuters) -" */
const DATE_FIRST = new RegExp(String.raw`^${DATE}\s*${AGENCY}${END}`, 'u');
/** PLACE, DATE — AGENCY. … (the agency must be one the table knows) */
const AGENCY_AFTER = new RegExp(String.raw`^${PLACE},\s*${DATE}\s*[—–-]\s*([^.\n]{2,30}?)\.`, 'u');

/**
 * An agency named in a dateline: the table's name; or, followed by a dash, an unknown code kept as
 * written if it looks like one (one or two capitalised words, no digits): "(UzA) -", not "(Russia's foreign minister)".
 */
function agencyOf(raw: string, dashed: boolean): string | null {
  const known = outletByAlias(raw);
  if (known) return known;
  const code = raw.trim();
  return dashed && code.length <= 20 && /^\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*)?$/u.test(code) ? code : null;
}

/** "МИНСК" → "Минск", "LA HABANA" → "La Habana"; mixed case is kept as written. */
export function placeName(raw: string): string {
  const place = raw.trim().replace(/[.,]+$/, '');
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (start) => start.toUpperCase());
}

/** The dateline that opens a paragraph, if it has one. */
export function readDateline(paragraph: string, language: string | null): Dateline | undefined {
  const text = paragraph.trimStart();
  const placeFirst = PLACE_FIRST.exec(text);
  if (placeFirst) {
    const agency = agencyOf(placeFirst[3]!, placeFirst[4] !== undefined);
    const date = placeFirst[2] ? parseDatePart(placeFirst[2], language) : undefined;
    // "Lavrov (Russia's foreign minister) said …" is no dateline: the parentheses must hold an agency,
    // and a date part must read as a date
    if (agency && (placeFirst[2] === undefined || date)) return { place: placeName(placeFirst[1]!), agency, date: date ?? null };
  }
  const agencyFirst = AGENCY_FIRST.exec(text);
  if (agencyFirst) {
    const agency = agencyOf(agencyFirst[1]!, true);
    const date = parseDatePart(agencyFirst[3]!, language);
    if (agency && date) return { place: placeName(agencyFirst[2]!), agency, date };
  }
  const dateFirst = DATE_FIRST.exec(text);
  if (dateFirst) {
    const agency = agencyOf(dateFirst[2]!, dateFirst[3] !== undefined);
    const date = parseDatePart(dateFirst[1]!, language);
    if (agency && date) return { place: null, agency, date };
  }
  const agencyAfter = AGENCY_AFTER.exec(text);
  if (agencyAfter) {
    const agency = outletByAlias(agencyAfter[3]!);
    const date = parseDatePart(agencyAfter[2]!, language);
    if (agency && date) return { place: placeName(agencyAfter[1]!), agency, date };
  }
  return undefined;
}
