// Publication dates as written in articles, in the languages Attaché imports, parsed by chrono.
import * as chrono from 'chrono-node';

const parsers = [chrono.en, chrono.ru, chrono.es, chrono.fr, chrono.de, chrono.pt, chrono.uk];

const WEEKDAY =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/iu;

export interface DateLine {
  /** YYYY-MM-DD */
  date: string;
  /** A weekday in the line marks a site masthead ("Saturday, 27 July 2024") rather than an article stamp. */
  withWeekday: boolean;
}

/**
 * A line that is essentially a full date (year included), e.g. "16 May 2024, 14:55" or "2024-02-19 08:34:09".
 * Lines where the date is only part of a sentence are not date lines.
 */
export function parseDateLine(line: string): DateLine | undefined {
  const trimmed = line.trim();
  if (trimmed.length < 6 || trimmed.length > 60) return undefined;
  for (const parser of parsers) {
    const [result] = parser.parse(trimmed);
    if (!result?.start.isCertain('year') || !result.start.isCertain('day')) continue;
    const rest = (trimmed.slice(0, result.index) + trimmed.slice(result.index + result.text.length)).replace(/[\s,.|·•–—-]/g, '');
    // what is left besides the date may be a short label such as "Flag" or "Updated:", not a sentence
    if (rest.length > 12) continue;
    const year = result.start.get('year');
    const month = result.start.get('month');
    const day = result.start.get('day');
    if (year === null || month === null || day === null || year < 1900 || year > 2100) continue;
    return { date: isoDate(year, month, day), withWeekday: WEEKDAY.test(trimmed) };
  }
  return undefined;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
