// Step 5 of import: facts about an article from its cleaned text. Each fact is either found in the
// text or null: nothing is guessed from the file name or the clock.
import { franc } from 'franc-min';
import type { CleanArticle } from './clean.js';
import { parseDatePart, placeName, readDateline, type PartialDate } from './datelines.js';
import { isoDate } from './dates.js';
import { outletByAlias, selfAttributedOutlet } from './outlets.js';

export interface ArticleFacts {
  date: string | null;
  source: string | null;
  place: string | null;
  author: string | null;
  language: string | null;
}

export function extractFacts(article: CleanArticle, fallback: { published?: string | null } = {}): ArticleFacts {
  const body = article.paragraphs.join('\n\n');
  const language = detectLanguage(`${article.title}\n${body}`);
  const dateline = article.paragraphs
    .slice(0, 2)
    .map((paragraph) => readDateline(paragraph, language))
    .find(Boolean);
  const mastheadSource = article.mastheads.map(mastheadOutlet).find(Boolean);
  return {
    date: articleDate(article, dateline?.date ?? null, fallback.published ?? null, body, language),
    source: dateline?.agency ?? article.agencies[0] ?? mastheadSource ?? selfAttributedOutlet(body) ?? null,
    place: dateline?.place ?? null,
    author: article.bylines[0] ?? null,
    language,
  };
}

/** "Azernews.Az" → Azernews; "THE MINSK HERALD" → The Minsk Herald (an outlet the table does not know, as printed). */
function mastheadOutlet(line: string): string | undefined {
  const known = outletByAlias(line) ?? outletByAlias(line.split('.')[0] ?? '');
  if (known) return known;
  return /\p{Ll}/u.test(line) || /\.\p{L}{2,}$/u.test(line) ? undefined : placeName(line);
}

/**
 * The article's date, most trusted first: a "published" stamp; the dateline's full date; a date line of
 * its own (a masthead's, with a weekday, only when it is the only one); the dateline's day and month with
 * the year the article gives elsewhere; an "updated" stamp. Never the clock: what nothing dates stays undated.
 */
function articleDate(
  article: CleanArticle,
  dateline: PartialDate | null,
  published: string | null,
  body: string,
  language: string | null,
): string | null {
  const stamped = article.dates.find((line) => line.role === 'published');
  if (stamped) return stamped.date;
  if (dateline?.year) return isoDate(dateline.year, dateline.month, dateline.day);
  const plain = article.dates.filter((line) => line.role === undefined);
  const own = plain.find((line) => !line.withWeekday) ?? (plain.length === 1 ? plain[0] : undefined);
  if (own) return own.date;
  if (dateline) {
    const year = yearFromElsewhere(
      dateline,
      [...article.dates.map((line) => line.date), ...(published ? [published] : [])],
      body,
      language,
    );
    if (year) return isoDate(year, dateline.month, dateline.day);
  }
  return article.dates.find((line) => line.role === 'updated')?.date ?? null;
}

/** A dateline without its year ("14 марта") takes the year of a full date the article gives: one in the same month first. */
function yearFromElsewhere(dateline: PartialDate, dates: string[], body: string, language: string | null): number | null {
  const candidates = dates.map((date) => /^(\d{4})-(\d{2})/.exec(date)).filter((match) => match !== null);
  const full = candidates.map((match) => ({ year: Number(match[1]), month: Number(match[2]) }));
  const written = /\d{1,2}(?:[\s.]+de)?[\s.]+\p{L}+\.?(?:\s+de)?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}/gu;
  for (const found of body.slice(0, 3000).matchAll(written)) {
    const date = parseDatePart(found[0], language);
    if (date?.year) full.push({ year: date.year, month: date.month });
  }
  // only a date of the same month or the one either side: "14 марта" beside "8 декабря 1991" stays undated
  const near = full.find((date) => date.month === dateline.month) ?? full.find((date) => Math.abs(date.month - dateline.month) === 1);
  return near?.year ?? null;
}

/** franc's ISO 639-3 codes → the ISO 639-1 codes Attaché keeps. */
const ISO_639_1 = new Map([
  ['eng', 'en'],
  ['rus', 'ru'],
  ['spa', 'es'],
  ['fra', 'fr'],
  ['deu', 'de'],
  ['ukr', 'uk'],
  ['bel', 'be'],
  ['por', 'pt'],
  ['ita', 'it'],
  ['nld', 'nl'],
  ['pol', 'pl'],
  ['tur', 'tr'],
  ['azj', 'az'],
  ['uzn', 'uz'],
  ['kaz', 'kk'],
  ['arb', 'ar'],
  ['cmn', 'zh'],
  ['jpn', 'ja'],
  ['kor', 'ko'],
  ['pes', 'fa'],
  ['hin', 'hi'],
  ['ron', 'ro'],
  ['ces', 'cs'],
  ['swe', 'sv'],
  ['hun', 'hu'],
  ['ell', 'el'],
  ['bul', 'bg'],
  ['srp', 'sr'],
  ['hrv', 'hr'],
  ['vie', 'vi'],
]);

export function detectLanguage(text: string): string | null {
  // a thousand characters are plenty for trigram statistics, and franc's cost grows with length
  const code = franc(text.slice(0, 1000), { minLength: 20 });
  return ISO_639_1.get(code) ?? null;
}
