// Publication dates as written in articles, in the languages Attaché imports, parsed by chrono.
import * as chrono from 'chrono-node';
import { isWritten, parseDatePart } from './datelines.js';

// Italian, Dutch, Japanese and Chinese too: saved pages come from everywhere
const parsers = [chrono.en, chrono.ru, chrono.es, chrono.fr, chrono.de, chrono.pt, chrono.uk, chrono.it, chrono.nl, chrono.ja, chrono.zh];

const WEEKDAY =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/iu;

/**
 * Whether a line may hold a year chrono reads as certain: four digits (1900–2199, or a Buddhist-era
 * 25xx), a Japanese era (令和6年), or two separate numbers (a day and a two-digit year: "14.03.24",
 * "14 March 24", "Mar 14, 24"), or an elided one ("March '24"). A rule of our own, for speed: most short
 * lines with digits ("Page 2", "3 killed") are none, and chrono's eleven parsers cost a millisecond a line.
 */
const HAS_YEAR =
  /(?<![0-9])(?:19|2[015])[0-9]{2}(?![0-9])|(?:明治|大正|昭和|平成|令和)\s*(?:[0-9]|元)|[0-9](?:[^0-9]+[0-9])+|['’][0-9]{2}(?![0-9])/u;

export interface DateLine {
  /** YYYY-MM-DD */
  date: string;
  /** A weekday in the line marks a site masthead ("Saturday, 27 July 2024") rather than an article stamp. */
  withWeekday: boolean;
  /** Said by its label: "Published: …" (the date wanted) or "Updated: …" (used only when nothing else dates the article). */
  role?: 'published' | 'updated';
}

/** Labels of a publication and of an update stamp, in the languages Attaché imports (a rule of our own). */
const PUBLISHED =
  /^(?:published(?: on)?|posted(?: on)?|first published|this story is from|公開日|投稿日|掲載日|配信日|发布时间|发布日期|publié(?:e)?(?: le)?|publicado(?: el| em)?|veröffentlicht(?: am)?|erschienen(?: am)?|pubblicato(?: il)?|opublikowano|опубликовано|дата публикации|опубліковано)(?=[\s:：])\s*[:：]?\s*/iu;
const UPDATED =
  /^(?:updated(?: on)?|last updated|最終更新日|更新日|更新时间|modified|mis à jour(?: le)?|modifié(?:e)?(?: le)?|actualizado(?: el)?|atualizado(?: em)?|aktualisiert(?: am)?|zuletzt aktualisiert(?: am)?|aggiornato(?: il)?|zaktualizowano|обновлено|оновлено)(?=[\s:：])\s*[:：]?\s*/iu;

/** "Опубликовано: 20.02.2024 09:10", "Publié le 12 mars 2024 à 14h05, modifié le 13 mars", "Updated: 21.02.2024". */
export function parseLabelledDate(line: string, language: string | null = null): DateLine | undefined {
  const trimmed = line.trim();
  for (const [label, role] of [
    [PUBLISHED, 'published'],
    [UPDATED, 'updated'],
  ] as const) {
    const match = label.exec(trimmed);
    if (!match) continue;
    const date = parseDatePart(trimmed.slice(match[0].length), language);
    if (!date?.year) return undefined;
    return { date: isoDate(date.year, date.month, date.day), withWeekday: false, role };
  }
  return undefined;
}

/**
 * A line that is essentially a full date (year included), e.g. "16 May 2024, 14:55" or "2024-02-19 08:34:09".
 * Lines where the date is only part of a sentence are not date lines.
 */
export function parseDateLine(line: string): DateLine | undefined {
  const labelled = parseLabelledDate(line);
  if (labelled) return labelled;
  const trimmed = line.trim();
  // a full date writes its year in digits: a line without one (most short lines: headings, names) is none
  if (trimmed.length < 6 || trimmed.length > 60 || !/\p{Nd}/u.test(trimmed)) return undefined;
  // "Von Anna Roth | 14. März 2024": a byline that dates its article, its name not a date's label
  if (BYLINE_NAMED.test(trimmed)) return undefined;
  // year first with dots or slashes, a time after it ("2019.03.05", "2017-03-01 14:27:02"): a rule of our own
  const numeric = /^((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(\S+\))?$/u.exec(trimmed);
  if (numeric) {
    const written = parseDatePart(`${numeric[1]}-${numeric[3]!.padStart(2, '0')}-${numeric[4]!.padStart(2, '0')}`, null);
    if (written?.year) return { date: isoDate(written.year, written.month, written.day), withWeekday: false };
  }
  if (!HAS_YEAR.test(trimmed.normalize('NFKC'))) return undefined;
  for (const parser of parsers) {
    const [result] = parser.parse(trimmed);
    if (!result || !isWritten(result) || !result.start.isCertain('year') || !result.start.isCertain('day')) continue;
    const before = trimmed.slice(0, result.index);
    const rest = (before + trimmed.slice(result.index + result.text.length)).replace(/[\s,.|·•–—-]/g, '');
    // what is left besides the date may be a short label such as "Flag" or "Updated:", not a sentence; a
    // stamp with its time that ends the line may follow a section's name ("OSS×クラウド最新TOPICS 2019年3月15日 09:43")
    if (rest.length > 12 && !isSectionStamp(before, result, trimmed)) continue;
    const year = result.start.get('year');
    const month = result.start.get('month');
    const day = result.start.get('day');
    if (year === null || month === null || day === null || year < 1900 || year > 2100) continue;
    return { date: isoDate(year, month, day), withWeekday: WEEKDAY.test(trimmed) };
  }
  return undefined;
}

/** A byline's label ("By", "Von", "Автор:"…: a rule of our own); a line it starts, with a name, is a byline. */
export const BYLINE_WORD = String.raw`(?:[Bb]y|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Dd]oor|[Aa]utor:?|[Аа]втор:?|[Тт]екст:?)`;
const BYLINE_NAMED = new RegExp(String.raw`^${BYLINE_WORD}\s+\p{Lu}`, 'u');

/**
 * A section's name before a date and time that end the line: three words at most, each capitalised (a
 * name, not "he said on"), no sentence's punctuation (a byline is none either: see BYLINE_NAMED). A rule
 * of our own.
 */
function isSectionStamp(before: string, result: chrono.ParsedResult, line: string): boolean {
  if (!result.start.isCertain('hour') || result.index + result.text.length < line.replace(/[\s.]+$/u, '').length) return false;
  const label = before.trim();
  const words = label.split(/\s+/u);
  return label.length <= 24 && words.length <= 3 && words.every((word) => !/^\p{Ll}/u.test(word)) && !/[.!?;:,。！？，、：；]/u.test(label);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Runs each locale's parsers twice on a short date, for a thread about to read articles: V8 compiles a
 * pattern to machine code at its second run, and chrono's largest (English and Italian numbers and
 * ordinals) take 50–80 ms each — about 0.4 s in all, paid before an import rather than during it.
 */
export function warmDateParsers(): void {
  const reference = new Date(0);
  for (const parser of parsers) for (let run = 0; run < 2; run++) parser.parse('Tuesday, 14 March 2024, in two weeks', reference);
}
