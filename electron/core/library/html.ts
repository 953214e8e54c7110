// HTML → article text. Readability (Mozilla's reader view) picks the article out of a saved page; the
// DOM is linkedom's, which is small and pure JS. Block elements become paragraphs; text is never HTML again.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type DateLine, isoDate, parseDateLine } from './dates.js';
import { parseDatePart } from './datelines.js';
import { authorName } from './authors.js';

export interface HtmlArticle {
  title: string | null;
  paragraphs: string[];
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of an element as paragraphs: one per block element, whitespace collapsed. */
export function blocksOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    const block = BLOCK.has(node.nodeName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

function metaContent(document: Document, names: string[]): string | null {
  for (const name of names) {
    // property="og:title twitter:title" names several at once
    const element = document.querySelector(`meta[property~="${name}" i], meta[name~="${name}" i], meta[itemprop="${name}"]`);
    // some sites write value= where the standard says content=
    const content = (element?.getAttribute('content') ?? element?.getAttribute('value'))?.trim();
    if (content) return content;
  }
  return null;
}

/** What a page's JSON-LD says of its article (schema.org NewsArticle, Article, BlogPosting …). */
interface StructuredArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting|WebPage)$/;

function structuredArticle(document: Document): StructuredArticle {
  const found: StructuredArticle = { headline: null, datePublished: null, author: null, publisher: null };
  let pass: 'article' | 'page' = 'article';
  const nameOf = (value: unknown): string | null => {
    if (typeof value === 'string') return value.trim() || null;
    if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
    if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
    return null;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(record['@type'] ?? []).map(String);
    // the article itself, not the page around it: an Article type wins over WebPage
    if (types.some((type) => ARTICLE_TYPES.test(type) && (pass === 'article' ? type !== 'WebPage' : type === 'WebPage'))) {
      found.headline ??= nameOf(record.headline);
      found.datePublished ??= typeof record.datePublished === 'string' ? record.datePublished : null;
      found.author ??= nameOf(record.author);
      found.publisher ??= nameOf(record.publisher);
    }
    if (Object.hasOwn(record, '@graph')) visit(record['@graph']);
    if (Object.hasOwn(record, 'mainEntity')) visit(record.mainEntity);
  };
  const graphs: unknown[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // some sites wrap it in <![CDATA[ … ]]> (commented out or not)
      const json = (script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '');
      graphs.push(JSON.parse(json));
    } catch {
      // a page's broken JSON-LD says nothing
    }
  }
  // the article's own node first, wherever it stands; the WebPage around it only fills what is left
  for (const next of ['article', 'page'] as const) {
    pass = next;
    graphs.forEach(visit);
  }
  return found;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A title's parts around " | ", " – ", " · ", "｜", "：" … (a hyphen or colon inside words is not one). */
const SITE_SEPARATOR = /\s+[|–—·•»/:-]\s+|\s*[|｜：_]\s*|\s+::\s+/u;
/** CJK titles glue a site's name with a bare colon ("…「Treeviz」:phpspot開発日誌"); not between digits. */
const CJK_SITE_SEPARATOR = new RegExp(`${SITE_SEPARATOR.source}|(?<!\\d):(?!\\d)`, 'u');
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const isCjk = (text: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
/** Whether a heading says at least this many words' worth (CJK writes no spaces: two characters a word). */
const hasWords = (text: string, words: number): boolean =>
  isCjk(text) ? text.replace(/\s+/g, '').length >= words * 2 : text.split(' ').length >= words;

/**
 * A title without the site's name the <title> adds before or after it ("How to … | eHow", "Site - Headline"):
 * the part that names the site (its og:site_name, its host) goes; failing that, a short last part
 * (at most four words, under a third of the whole) goes.
 */
export function withoutSiteName(title: string, siteNames: string[]): string {
  const parts = title.split(isCjk(title) ? CJK_SITE_SEPARATOR : SITE_SEPARATOR);
  if (parts.length < 2) return title;
  const names = siteNames
    // a host names the site by its first label too ("www.ipa.go.jp" → "ipa.go", "ipa")
    .flatMap((name) => {
      const bare = name
        .toLowerCase()
        .replace(/^www\./, '')
        .replace(/\.\w+$/, '');
      return bare.includes('.') && !/\s/.test(bare) ? [bare, bare.split('.')[0]!] : [bare];
    })
    .filter((name) => name.length > 1);
  // the part is the name, or one holds the other and is at most twice as long ("RT" inside "support for
  // Donbass" is not: a name of under four letters must be the whole part, or its first word)
  const longest = Math.max(...parts.map((part) => part.length));
  const namesSite = (part: string) => {
    const folded = part.toLowerCase().replace(/\s+/g, '');
    // "IPA 独立行政法人 情報処理推進機構" for ipa.go.jp: the name as the part's first word
    const firstWord = part.trim().split(/\s+/)[0]!.toLowerCase();
    return names.some((spaced) => {
      const name = spaced.replace(/\s+/g, '');
      if (folded === name || (firstWord === name && part.length < longest)) return true;
      const [short, long] = folded.length < name.length ? [folded, name] : [name, folded];
      return short.length >= 4 && long.includes(short) && long.length <= short.length * 2;
    });
  };
  const kept = parts.filter((part) => !namesSite(part));
  if (kept.length > 0 && kept.length < parts.length) return rejoin(title, kept);
  // short trailing parts, one after the other: a site's name, or its breadcrumb ("…_智能_好奇心日报")
  let count = parts.length;
  const short = (part: string): boolean => (isCjk(part) ? part.length <= 16 : wordCount(part) <= 4);
  while (count > 1 && short(parts[count - 1]!) && parts[count - 1]!.length * 3 < rejoin(title, parts.slice(0, count)).length) count--;
  return count < parts.length ? rejoin(title, parts.slice(0, count)) : title;
}

/** The kept parts as the title wrote them (their separators inside kept). */
function rejoin(title: string, kept: string[]): string {
  const first = title.indexOf(kept[0]!);
  const last = kept.at(-1)!;
  return squash(title.slice(first, title.lastIndexOf(last) + last.length));
}

/**
 * The headline: the article's own <h1> (when the page's title or og:title starts with it), JSON-LD
 * headline, og:title, Dublin Core — over a <title> that adds the site's name, which goes. A page's
 * branding <h1> (the blog's name, "Hi, I'm …") does not beat a declared title.
 */
function headlineOf(
  document: Document,
  structured: StructuredArticle,
  address: URL | null,
  readabilityTitle: string | null,
): string | null {
  const documentTitle = squash(document.querySelector('title')?.textContent ?? '') || null;
  const declared =
    structured.headline ??
    metaContent(document, ['dc:title', 'dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'parsely-title', 'title']);
  const headings = Array.from(document.querySelectorAll('h1'))
    .filter((h1) => !isBranding(h1))
    .map((element) => ({ element, text: squash(element.textContent ?? '') }))
    .filter(({ text }) => hasWords(text, 2) && text.length <= 300);
  const h1s = headings.map(({ text }) => text);
  const titles = [declared, documentTitle, readabilityTitle].filter((title): title is string => Boolean(title));
  const siteNames = [metaContent(document, ['og:site_name', 'application-name']), structured.publisher, address?.hostname].filter(
    (name): name is string => Boolean(name),
  );
  const titleAfter = (text: string): string | undefined => {
    for (const title of titles) {
      if (title === text) return '';
      const separator = title.startsWith(text) ? SITE_SEPARATOR.exec(title.slice(text.length, text.length + 4)) : null;
      if (separator?.index === 0) return title.slice(text.length + separator[0].length);
    }
    return undefined;
  };
  for (const { element, text } of headings) {
    const rest = titleAfter(text);
    if (rest === undefined) continue;
    // "Blog name - The entry's title": the <h1>, outside any article, is the blog's name when the rest of the
    // title is what a heading below it prints (tDiary's "■ <entry>", Blogger's post title)
    if (rest.length > text.length * 1.5 && !element.closest('article, main') && printedAsHeading(document, rest))
      return withoutSiteName(rest, siteNames);
    return text;
  }
  // the one headline the page shows, inside its article or alone on the page
  const shown = Array.from(document.querySelectorAll('article h1, main h1'))
    .map((element) => squash(element.textContent ?? ''))
    .filter((text) => hasWords(text, 3));
  // (a declared title that shares nothing with it names something else: the page's own test, a section)
  if (shown.length === 1 && (!declared || sharesWords(declared, shown[0]!))) return shown[0]!;
  // a lone <h1> that says something of what the titles say (not a section's name: "Allergies Health Center")
  const single = h1s.length === 1 && hasWords(h1s[0]!, 3) ? h1s[0]! : null;
  if (single && (titles.length === 0 || titles.some((title) => sharesWords(title, single)))) return single;
  const fallback = declared ?? readabilityTitle ?? documentTitle;
  if (fallback && (wordCount(fallback) >= 2 || isCjk(fallback))) return withoutSiteName(squash(fallback), siteNames);
  return h1s.length === 1 ? h1s[0]! : fallback;
}

/** Whether an <h2>–<h4> prints this text (give or take a mark before it: "■ "). */
function printedAsHeading(document: Document, text: string): boolean {
  return Array.from(document.querySelectorAll('h2, h3, h4')).some((heading) => {
    const printed = squash(heading.textContent ?? '');
    return printed.endsWith(text) && printed.length <= text.length + 3;
  });
}

/** A site's name in an <h1> (a link home, the page's banner outside the article) is not a headline. */
function isBranding(h1: Element): boolean {
  if (h1.closest('article, main')) return false;
  if (h1.closest('nav, [role="banner"]')) return true;
  const links = Array.from(h1.querySelectorAll('a'));
  return links.length > 0 && links.every((link) => /^(?:\/|https?:\/\/[^/]+\/?)$/.test(link.getAttribute('href') ?? ''));
}

const contentWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 3 || (word.length > 0 && isCjk(word)));
/** Whether most of a heading's words (two in five) are in a title: the same headline, reworded. */
function sharesWords(title: string, heading: string): boolean {
  const words = new Set(contentWords(title));
  const own = contentWords(heading);
  return own.length > 0 && own.filter((word) => words.has(word)).length * 5 >= own.length * 2;
}

/** The page's own address as it says (canonical link, og:url, a browser's "saved from url=" comment). */
function addressOf(document: Document, html: string): URL | null {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const candidates = [document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), metaContent(document, ['og:url']), saved];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch {
      // not an address
    }
  }
  return null;
}

/** The day many news addresses carry: /2024/03/14/, /2024-03-14-…, /20240314/ (a year or month alone is not a date). */
export function dateFromAddress(url: URL): string | null {
  const match =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(url.pathname) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/)/.exec(url.pathname);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoDate(year, month, day);
}

/** A site's name from its host: "www.nytimes.com" → "nytimes.com". */
const outletOfHost = (host: string): string => host.replace(/^(?:www\d?|m|mobile|amp)\./i, '');

/**
 * The <time datetime> of the article: one marked as the publication's (also in microdata's `content`);
 * else the first after the headline that shares a small part of the page with it (its header, not a list
 * of other stories); else the one day every <time> on the page, or in its <article>, says.
 */
function timeOfArticle(document: Document): string | null {
  // (schema.org microdata may keep the machine-readable date in `content` on any element, <dd itemprop=…
  // content=…>; an empty one says nothing, and the page's other dates are looked at)
  for (const marked of Array.from(
    document.querySelectorAll('time[pubdate][datetime], [itemprop="datePublished"][datetime], [itemprop="datePublished"][content]'),
  )) {
    const value = (marked.getAttribute('datetime') ?? marked.getAttribute('content') ?? '').trim();
    if (value) return value;
  }
  const times = Array.from(document.querySelectorAll('time[datetime]'));
  const heading = Array.from(document.querySelectorAll('h1')).find((h1) => !isBranding(h1));
  const after = heading ? times.find((time) => heading.compareDocumentPosition(time) & 4 /* FOLLOWING */) : undefined;
  if (heading && after) {
    let shared: Element | null = heading.parentElement;
    while (shared && !shared.contains(after)) shared = shared.parentElement;
    if (shared && shared.querySelectorAll('time[datetime]').length <= 2) return after.getAttribute('datetime');
  }
  for (const scope of [times, Array.from(document.querySelectorAll('article time[datetime]'))]) {
    const days = new Set(scope.map((time) => time.getAttribute('datetime')!.slice(0, 10)));
    if (days.size === 1) return scope[0]!.getAttribute('datetime');
  }
  return null;
}

/**
 * "Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT", "By Ann Lee | 14 March 2024": a
 * byline that dates its article.
 */
function bylineDate(block: string): DateLine | undefined {
  // a short block, "By" and a capitalised name first: "By the end of the talks on 12 March…" is a sentence
  const on =
    block.length <= 200
      ? /^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished)\s+)?[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\b.{0,60}?(?:\s(?:on|am|le|el)\s+|\s*[|·•–—]\s*)(.{6,40})/u.exec(
          block,
        )
      : null;
  const date = on ? parseDatePart(on[1]!, null) : undefined;
  return date?.year ? { date: isoDate(date.year, date.month, date.day), withWeekday: false, role: 'published' } : undefined;
}

/**
 * A date stamp printed near the headline ("Updated: Dec 15, 2016 2:57 PM UTC", "Published 12 March 2024")
 * when the page's metadata gives none: a published stamp first; then a stamp in the headline's own lines
 * (a kicker's just above it, a byline's just below), a plain one before an updated one — a page that says
 * only when it was last updated is dated by that, not by a date in its text; then a plain date line
 * elsewhere near the headline, then an updated one. A masthead's weekday date is not an article's.
 */
function pageDateLine({ blocks, headline }: NearHeadline): string | null {
  const lines = blocks.map((block, at) => ({ at, line: parseDateLine(block) ?? bylineDate(block) }));
  const dated = lines.filter((entry): entry is { at: number; line: DateLine } => entry.line !== undefined && !entry.line.withWeekday);
  const inHeader = ({ at }: { at: number }): boolean =>
    headline >= 0 && at !== headline && at >= headline - HEADER_BEFORE && at <= headline + HEADER_AFTER;
  const header = dated.filter(inHeader);
  const chosen =
    dated.find(({ line }) => line.role === 'published') ??
    header.find(({ line }) => line.role === undefined) ??
    header.find(({ line }) => line.role === 'updated') ??
    dated.find(({ line }) => line.role === undefined) ??
    dated.find(({ line }) => line.role === 'updated');
  return chosen?.line.date ?? null;
}

/** How many blocks before the headline (a kicker, a section) and after it (a byline, a stamp, a dek) are its header. */
const HEADER_BEFORE = 2;
const HEADER_AFTER = 3;

/** The page's text blocks around its headline, and where the headline is among them (-1: not found). */
interface NearHeadline {
  blocks: string[];
  headline: number;
}

/** The page's text blocks around its headline (the first 30 when the headline is not among them). */
function blocksNear(document: Document, headline: string | null): NearHeadline {
  if (!document.body) return { blocks: [], headline: -1 };
  const blocks = blocksOf(document.body as unknown as DomNode);
  // the headline as printed, or a block that is most of it (a title that keeps a section or a "[News]" tag)
  const most = (part: string, whole: string): boolean => whole.includes(part) && part.length * 5 >= whole.length * 3;
  let at = headline ? blocks.indexOf(headline) : -1;
  if (headline && at < 0) at = blocks.findIndex((block) => most(block, headline) || most(headline, block));
  if (at < 0) return { blocks: blocks.slice(0, 30), headline: -1 };
  const from = Math.max(0, at - 5);
  return { blocks: blocks.slice(from, at + 15), headline: at - from };
}

/**
 * A byline's label in the languages of the desk: "By", "Von", "Par", "Por", "Door", "Przez", "Автор:" (a rule
 * of our own); Italian "Di" and Swedish "Av" only as a block of their own, as they start many sentences.
 */
const BYLINE_WORDS = 'by|von|par|por|door|przez|written by';
const AUTHOR = 'автор(?:ы)?';
const BYLINE_LABEL = new RegExp(`^(?:${BYLINE_WORDS}|di|av|${AUTHOR}:?)$`, 'iu');
const BYLINE_START = new RegExp(`^(?:${BYLINE_WORDS}|${AUTHOR}:)\\s+\\p{Lu}`, 'iu');

/** A "By <name>" line printed by the headline, also when the label and the name are separate blocks. */
function bylineNear(near: string[]): string | null {
  for (let at = 0; at < near.length; at++) {
    const block = near[at]!;
    if (BYLINE_LABEL.test(block) && near[at + 1] && near[at + 1]!.length <= 100) return `${block} ${near[at + 1]}`;
    if (BYLINE_START.test(block) && block.length <= 100) return block;
  }
  return null;
}

/** Meta names sites use for the author besides the standard ones (newspaper CMSs, analytics tags). */
const AUTHOR_METAS = [
  'author',
  'article:author',
  'dc.creator',
  'byl',
  'dc.author',
  'dcsext.author',
  'parsely-author',
  'sailthru.author',
  'qc:author',
  'authors',
  'rbauthors',
];

/**
 * Where a page prints its byline, most specific first: schema.org microdata, a link marked rel=author, a
 * vCard name in a byline or author box, an element classed as the byline or the author's name. The same
 * idea as the generic author rules of Mercury (Postlight's parser); the list is ours.
 */
const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop="name"]',
  '[itemprop~="author"]',
  'a[rel~="author"]',
  '.byline .fn, .author .fn, .vcard .fn',
  '[class*="author-name" i], [class*="author_name" i], [class*="authorname" i], [class*="byline-name" i]',
  '#byline, [class*="byline" i]',
  '[class~="author" i], [class*="article-author" i], [class*="post-author" i]',
];

/** The byline's candidates in the page's markup, each as the page prints it (made a name by the caller). */
function markedBylines(document: Document): string[] {
  const found: string[] = [];
  for (const selector of BYLINE_SELECTORS) {
    for (const element of Array.from(document.querySelectorAll(selector)).slice(0, 3)) {
      if (element.closest('nav, footer, aside, [class*="comment" i]')) continue;
      const text = (element.getAttribute('content') ?? element.getAttribute('value') ?? element.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      if (text && text.length <= 160) found.push(text);
    }
  }
  return found;
}

/**
 * The page's author, from its candidates in this order: Readability's byline, JSON-LD, the metas, the
 * byline marked in the markup, a "By …" line by the headline. A name printed by the headline wins over
 * one printed elsewhere (a related story's byline); a headline (`<h1>`), the outlet's own name ("ABC
 * News") or a user handle ("mikecason") gives way to a person named anywhere, and is kept only when no
 * one is.
 */
function pageAuthor(
  document: Document,
  sources: { structured: string | null; readability: string | null | undefined; meta: string | null; siteName: string | null },
  near: () => NearHeadline,
): string | null {
  const headings = new Set(Array.from(document.querySelectorAll('h1')).map((heading) => squash(heading.textContent ?? '').toLowerCase()));
  const outlet = sources.siteName ? squash(sources.siteName).toLowerCase() : null;
  const names = [sources.readability, sources.structured, sources.meta, ...markedBylines(document), bylineNear(near().blocks)]
    .map(authorName)
    .filter((name) => name !== null);
  const weak = (name: string): boolean =>
    headings.has(name.toLowerCase()) || name.toLowerCase() === outlet || /^[\p{Ll}\d_.]+$/u.test(name);
  const people = names.filter((name) => !weak(name));
  // a short line by the headline: a byline, not a paragraph that quotes the name
  const byHeadline = near()
    .blocks.filter((block) => block.length <= 120)
    .join('\n');
  return people.find((name) => byHeadline.includes(name)) ?? people[0] ?? names.find((name) => !headings.has(name.toLowerCase())) ?? null;
}

export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const structured = structuredArticle(document as unknown as Document);
  const address = addressOf(document as unknown as Document, html);
  // (a CJK heading may close with a full stop; a headline does not)
  const headline = (readabilityTitle: string | null) =>
    headlineOf(document as unknown as Document, structured, address, readabilityTitle)?.replace(/(?<=\S)[。．]$/u, '') ?? null;
  let nearHeadline: NearHeadline | undefined;
  // the page's blocks are walked at most once, and only when a date or an author must be looked for there
  const near = (): NearHeadline => (nearHeadline ??= blocksNear(document as unknown as Document, headline(null)));
  const publishedTime =
    structured.datePublished ??
    metaContent(document, [
      'article:published_time',
      'datePublished',
      'og:article:published_time',
      'date',
      'DC.date.issued',
      'dcterms.created',
      'pubdate',
      'parsely-pub-date',
      'sailthru.date',
      'publish-date',
      'publication_date',
    ]) ??
    timeOfArticle(document as unknown as Document);
  // the page's text scanned for a stamp only when its metadata has no date (every HTML import goes through here)
  const stampedTime = (): string | null => pageDateLine(near()) ?? (address && dateFromAddress(address));
  const siteName =
    metaContent(document, ['og:site_name', 'application-name']) ?? structured.publisher ?? (address && outletOfHost(address.hostname));
  const author = (readabilityByline: string | null | undefined): string | null =>
    pageAuthor(
      document as unknown as Document,
      { structured: structured.author, readability: readabilityByline, meta: metaContent(document, AUTHOR_METAS), siteName },
      near,
    );
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    // Readability changes the document it reads: everything the page says of itself is read first
    const fresh = parseHTML(html).document;
    parsed = new Readability(fresh as unknown as Document).parse();
  } catch {
    parsed = null; // a page Readability cannot read: fall back to the whole body below
  }
  if (parsed?.content) {
    const { document: articleDocument } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    return {
      title: headline(parsed.title?.trim() || null),
      paragraphs: blocksOf(articleDocument.body as unknown as DomNode),
      byline: author(parsed.byline),
      siteName: parsed.siteName?.trim() || siteName,
      publishedTime: publishedTime ?? (parsed.publishedTime?.trim() || null) ?? stampedTime(),
    };
  }
  return {
    title: headline(null),
    paragraphs: document.body ? blocksOf(document.body as unknown as DomNode) : [],
    byline: author(null),
    siteName,
    publishedTime: publishedTime ?? stampedTime(),
  };
}

/** The charset a page declares for itself, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 16384)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
