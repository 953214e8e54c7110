// Step 4 of import: from a page's worth of text lines to the article itself. Site furniture (mastheads,
// menus, share buttons, comment forms) is recognised line by line and dropped; what is recognised as a
// fact about the article (its dates, byline, masthead name) is kept aside for metadata.
// Rule of thumb: a line is only dropped when it is recognised; unknown lines stay in the body.
import { parseDatePart } from './datelines.js';
import { BYLINE_WORD, isoDate, parseDateLine, type DateLine } from './dates.js';
import { outletByAlias } from './outlets.js';

export interface CleanArticle {
  title: string;
  paragraphs: string[];
  /** Date lines seen before the body, in order. */
  dates: DateLine[];
  /** Byline names, as written. */
  bylines: string[];
  /** Masthead lines naming the outlet, e.g. "Azernews.Az", "THE MINSK HERALD". */
  mastheads: string[];
  /** Agencies a byline names: "By Lorne Cook, Associated Press". */
  agencies: string[];
}

const FURNITURE = new RegExp(
  '^(?:' +
    [
      'subscribe(?: to us)?',
      'all news',
      'government bodies',
      'projects',
      'flag',
      'loading\\.*',
      'latest(?: see more)?',
      'see more',
      'more news',
      'share(?: this(?: article)?)?',
      'print',
      'tweet',
      'pinterest|telegram|linkedin|whatsapp|twitter|facebook|instagram|vkontakte|vk|reddit|e-?mail|x',
      'follow us on .{1,40}',
      'recent news from .{1,30}',
      'comments?|comentarios|комментарии|commentaires',
      'leave a (?:comment|reply)|deja un comentario',
      'todos los campos son requeridos|all fields are required',
      'no será publicado|will not be published',
      'captcha(?: challenge)?',
      'up|back to top|to top',
      'advertisement|реклама|publicidad',
      '[-_=*~.•·]{3,}',
    ].join('|') +
    ')$',
  'iu',
);
/** The marker of a read-more or related-articles box, in the languages Attaché imports. */
const READ_MORE =
  /^(?:read more|read also|see also|related(?: articles| stories)?|more on this(?: story)?|читайте также|также по теме|по теме|смотрите также|читайте нас|lee también|lea también|te puede interesar|lire aussi|à lire aussi|voir aussi|mehr zum thema|lesen sie auch|auch interessant|leggi anche|potrebbe interessarti|leia também|veja também|czytaj też|czytaj także|zobacz też|zobacz także)\s*:?$/iu;
const PHOTO_CREDIT = /^(?:photo|foto|фото|image|picture|illustration)\s*:\s*.{1,80}$/iu;
const BYLINE =
  /^(?:[Bb]y|[Ee]ditad[oa] por|[Pp]or|[Pp]ar|[Vv]on|[Аа]втор:?|[Тт]екст:?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u;
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const AND = String.raw`(?:and|und|y|et|e|i|и|,)`;
/** "By Lorne Cook and Raf Casert, Associated Press": names, then an agency the table knows. */
const BYLINE_WITH_AGENCY = new RegExp(String.raw`^${BYLINE_WORD}\s+(${NAME}(?:\s*${AND}\s+${NAME})*),\s*([^,]{2,40})$`, 'u');
/** "Von Anna Schmidt | 14. März 2024, 10:15 Uhr": a byline with its date. */
const BYLINE_WITH_DATE = new RegExp(String.raw`^${BYLINE_WORD}\s+(${NAME})\s*[|·•,–—]\s*(.{6,60})$`, 'u');
/** A masthead set in capitals: "THE MINSK HERALD" (two to five words, nothing in lower case, no sentence). */
const MASTHEAD_CAPS = /^(?=(?:\S+\s+){1,4}\S+$)[\p{Lu}&'’. -]{5,40}$/u;
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+){1,2}$/u;
const MASTHEAD_DOMAIN = /^[\p{L}\d-]{2,30}\.(?:az|by|ru|ua|kz|uz|am|ge|cu|com|net|org|info|news|gov|co\.uk|de|fr|es)$/iu;
const SENTENCE_END = /[.!?:;"”»)…]$/u;

const wordCount = (line: string): number => line.split(/\s+/).filter(Boolean).length;

type Kind = 'blank' | 'furniture' | 'readMore' | 'date' | 'byline' | 'masthead' | 'text';
interface Line {
  text: string;
  kind: Kind;
  date?: DateLine;
  byline?: string;
  agency?: string;
}

function classify(raw: string): Line {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return { text, kind: 'blank' };
  if (READ_MORE.test(text)) return { text, kind: 'readMore' };
  if (FURNITURE.test(text) || PHOTO_CREDIT.test(text)) return { text, kind: 'furniture' };
  const date = parseDateLine(text);
  if (date) return { text, kind: 'date', date };
  const byline = BYLINE.exec(text);
  if (byline?.[1]) return { text, kind: 'byline', byline: byline[1] };
  const withAgency = BYLINE_WITH_AGENCY.exec(text);
  const agency = withAgency ? outletByAlias(withAgency[2]!) : undefined;
  if (withAgency && agency) return { text, kind: 'byline', byline: withAgency[1]!, agency };
  const withDate = BYLINE_WITH_DATE.exec(text);
  const dated = withDate ? parseDatePart(withDate[2]!, null) : undefined;
  if (withDate && dated?.year)
    return {
      text,
      kind: 'byline',
      byline: withDate[1]!,
      date: { date: isoDate(dated.year, dated.month, dated.day), withWeekday: false, role: 'published' },
    };
  if (MASTHEAD_DOMAIN.test(text)) return { text, kind: 'masthead' };
  return { text, kind: 'text' };
}

/** `knownTitle`: the title the format itself gave (an HTML <title>, a Markdown heading), if any. */
export function cleanArticle(text: string, knownTitle?: string): CleanArticle {
  const lines = withoutTeasers(text.split('\n').map(classify));
  const dates: DateLine[] = [];
  const bylines: string[] = [];
  const mastheads: string[] = [];
  const agencies: string[] = [];
  const keepFact = (line: Line): void => {
    if (line.date) dates.push(line.date);
    if (line.byline) bylines.push(line.byline);
    if (line.agency) agencies.push(line.agency);
    if (line.kind === 'masthead') mastheads.push(line.text);
  };

  let at = 0;
  let title: string;
  if (knownTitle) {
    title = knownTitle.replace(/\s+/g, ' ').trim();
    // when the text repeats the title before its first paragraph, what stands before it is page header
    // (a page that prints its title again after the article, in a share box, keeps its body)
    const firstParagraph = lines.findIndex((line) => line.kind === 'text' && wordCount(line.text) >= 20);
    const repeated = lines.findIndex(
      (line, index) => line.kind === 'text' && line.text === title && (firstParagraph < 0 || index < firstParagraph),
    );
    if (repeated >= 0) {
      lines.slice(0, repeated).forEach(keepFact);
      at = repeated + 1;
    }
  } else {
    // Header: everything before the first text line of three words or more, which is the title.
    // a line in capitals above the headline is the paper's masthead ("THE MINSK HERALD"), not the title;
    // a capitals headline with nothing like a headline below it stays the title
    const isCapsMasthead = (index: number): boolean => {
      if (!MASTHEAD_CAPS.test(lines[index]!.text)) return false;
      const below = lines[nonBlankFrom(lines, index + 1)];
      // what is below must read as a headline: a few words in mixed case, not a sentence
      return (
        below?.kind === 'text' &&
        wordCount(below.text) >= 3 &&
        wordCount(below.text) <= 20 &&
        /\p{Ll}/u.test(below.text) &&
        !/[.…]$/u.test(below.text)
      );
    };
    // a short headline ("Эффект антитеррора") counts when a paragraph of text follows it
    const isShortHeadline = (index: number): boolean => {
      const line = lines[index]!;
      if (line.kind !== 'text' || wordCount(line.text) > 2 || SENTENCE_END.test(line.text) || MASTHEAD_CAPS.test(line.text)) return false;
      const next = nonBlankFrom(lines, index + 1);
      return next > index + 1 && lines[next]?.kind === 'text' && wordCount(lines[next]!.text) >= 8;
    };
    const isHeadline = (index: number): boolean =>
      (lines[index]!.kind === 'text' && wordCount(lines[index]!.text) >= 3 && !isCapsMasthead(index)) || isShortHeadline(index);
    while (at < lines.length && !isHeadline(at)) {
      const line = lines[at++]!;
      keepFact(line.kind === 'text' && MASTHEAD_CAPS.test(line.text) ? { ...line, kind: 'masthead' } : line);
    }
    const titleLine = lines[at];
    if (!titleLine) return { title: '', paragraphs: [], dates, bylines, mastheads, agencies };
    // no headline at all: the text starts with its first paragraph, which stays in the body
    if (wordCount(titleLine.text) > 30) title = firstWords(titleLine.text, 14);
    else {
      title = titleLine.text;
      at++;
    }
  }

  // Between title and body: stamps, bylines, a repeated title, share buttons. Unknown short lines stay.
  const body: Line[] = [];
  for (; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.kind === 'text' && line.text === title) continue;
    if (line.kind === 'text' && wordCount(line.text) >= 8) break;
    if (line.kind === 'text' && PERSON_NAME.test(line.text) && !SENTENCE_END.test(line.text)) {
      bylines.push(line.text);
      continue;
    }
    keepFact(line);
    if (line.kind === 'text') body.push(line);
  }
  body.push(
    ...lines
      .slice(at)
      .filter(
        (line) =>
          (line.kind === 'text' && line.text !== title) ||
          line.kind === 'blank' ||
          line.kind === 'date' ||
          line.kind === 'byline' ||
          line.kind === 'masthead',
      ),
  );

  dropTrailingFurniture(body, lines.slice(at));
  return { title, paragraphs: toParagraphs(body), dates, bylines, mastheads, agencies };
}

/** The index of the first line from `from` on that is not blank (lines.length when there is none). */
function nonBlankFrom(lines: Line[], from: number): number {
  let at = from;
  while (at < lines.length && lines[at]!.kind === 'blank') at++;
  return at;
}

/**
 * A read-more box: its marker, the teaser's headline (a short line without a full stop) and, when the
 * scraper cut it off, the teaser's first sentence (no end punctuation, and what follows starts anew).
 */
function withoutTeasers(lines: Line[]): Line[] {
  const kept: Line[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.kind !== 'readMore') {
      kept.push(line);
      continue;
    }
    let next = nonBlankFrom(lines, at + 1);
    const headline = lines[next];
    // a headline: short, and never ending in a full stop (it may end in a quote, a question or an exclamation)
    if (headline?.kind === 'text' && wordCount(headline.text) <= 25 && !/[.…]$/u.test(headline.text)) {
      at = next;
      next = nonBlankFrom(lines, at + 1);
      const teaser = lines[next];
      const after = lines[nonBlankFrom(lines, next + 1)];
      if (teaser?.kind === 'text' && !SENTENCE_END.test(teaser.text) && (!after || /^[\p{Lu}«"„“(\d]/u.test(after.text))) at = next;
    }
  }
  return kept;
}

/**
 * Pages end in blocks like "Subscribe to us / Recent news from Belarus": short lines without sentence
 * punctuation. Such a tail is dropped only when the original tail held at least one recognised furniture line.
 */
function dropTrailingFurniture(body: Line[], original: Line[]): void {
  let tailHasFurniture = false;
  for (let i = original.length - 1; i >= 0; i--) {
    const line = original[i]!;
    if (line.kind === 'blank') continue;
    if (line.kind === 'furniture') {
      tailHasFurniture = true;
      continue;
    }
    if (!isShortLabel(line.text)) break;
  }
  if (!tailHasFurniture) return;
  while (body.length > 0) {
    const last = body[body.length - 1]!;
    if (last.kind === 'blank' || isShortLabel(last.text)) body.pop();
    else break;
  }
}

const isShortLabel = (text: string): boolean => wordCount(text) <= 6 && !SENTENCE_END.test(text) && !/^["“«]/u.test(text);

/**
 * Blank lines separate paragraphs; lines wrapped mid-sentence are joined, and so are paragraphs a scraper
 * broke mid-sentence (the next one goes on in lower case after a paragraph that ends no sentence).
 */
function toParagraphs(lines: Line[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (line.kind === 'blank') {
      if (current) paragraphs.push(current);
      current = '';
    } else if (!current && paragraphs.length > 0 && !SENTENCE_END.test(paragraphs.at(-1)!) && /^\p{Ll}/u.test(line.text)) {
      current = `${paragraphs.pop()!} ${line.text}`;
    } else if (current && !SENTENCE_END.test(current) && /^\p{Ll}/u.test(line.text)) {
      current += ' ' + line.text;
    } else {
      if (current) paragraphs.push(current);
      current = line.text;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/);
  return words.length <= count ? text : words.slice(0, count).join(' ') + '…';
}
