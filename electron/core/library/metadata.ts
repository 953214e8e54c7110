// Step 5 of import: facts about an article from its cleaned text. Each fact is either found in the
// text or null: nothing is guessed from the file name or the clock.
import { franc } from 'franc-min';
import type { CleanArticle } from './clean.js';
import { outletByAlias, selfAttributedOutlet } from './outlets.js';

export interface ArticleFacts {
  date: string | null;
  source: string | null;
  place: string | null;
  author: string | null;
  language: string | null;
}

/** "BAKU, 16 May (BelTA) – …", "Havana, February 19 (RHC) -- …", "MINSK (BelTA) - …" */
const DATELINE = /^(\p{Lu}[\p{L}\p{M}'’. -]{1,40}?)(?:,\s*[\p{L}\p{N} .]{3,30}?)?\s*\(([^()]{2,40})\)\s*(?:--|[-–—:])\s/u;

export function extractFacts(article: CleanArticle): ArticleFacts {
  const body = article.paragraphs.join('\n\n');
  const dateline = DATELINE.exec(article.paragraphs[0] ?? '');
  const datelineSource = dateline?.[2] ? (outletByAlias(dateline[2]) ?? dateline[2].trim()) : undefined;
  const mastheadSource = article.mastheads.map((line) => outletByAlias(line) ?? outletByAlias(line.split('.')[0] ?? '')).find(Boolean);
  return {
    date: articleDate(article),
    source: datelineSource ?? mastheadSource ?? selfAttributedOutlet(body) ?? null,
    place: dateline?.[1] ? placeName(dateline[1]) : null,
    author: article.bylines[0] ?? null,
    language: detectLanguage(`${article.title}\n${body}`),
  };
}

/** The article's own stamp; a masthead date (with a weekday) counts only when it is the only date there is. */
function articleDate(article: CleanArticle): string | null {
  return (article.dates.find((line) => !line.withWeekday) ?? (article.dates.length === 1 ? article.dates[0] : undefined))?.date ?? null;
}

function placeName(raw: string): string {
  const place = raw.trim();
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (start) => start.toUpperCase());
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
