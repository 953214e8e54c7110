// HTML → article text. Readability (Mozilla's reader view) picks the article out of a saved page; the
// DOM is linkedom's, which is small and pure JS. Block elements become paragraphs; text is never HTML again.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseDateLine } from './dates.js';

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
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
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
/** " | Site", " - Site — News, Weather", ":site": what a <title> adds after the headline. */
const TITLE_SEPARATOR = /\s+[|–—-]\s+|\s*[|｜:：]\s*/u;

/**
 * The headline: the article's own <h1> (when the page's title or og:title starts with it), JSON-LD
 * headline, og:title — over a <title> that adds the site's name. A generic <title> ("Page") never wins.
 */
function headlineOf(document: Document, structured: StructuredArticle, readabilityTitle: string | null): string | null {
  const documentTitle = squash(document.querySelector('title')?.textContent ?? '') || null;
  const declared = structured.headline ?? metaContent(document, ['og:title', 'twitter:title']);
  const h1s = Array.from(document.querySelectorAll('h1'))
    .map((h1) => squash(h1.textContent ?? ''))
    .filter((text) => text.split(' ').length >= 2 && text.length <= 300);
  const titles = [declared, documentTitle, readabilityTitle].filter((title): title is string => Boolean(title));
  const h1 = h1s.find((text) =>
    titles.some((title) => title === text || (title.startsWith(text) && TITLE_SEPARATOR.test(title.slice(text.length, text.length + 4)))),
  );
  if (h1) return h1;
  // the one headline the page shows, inside its article or alone on the page, over a social-media title
  const shown = Array.from(document.querySelectorAll('article h1, main h1'))
    .map((element) => squash(element.textContent ?? ''))
    .filter((text) => text.split(' ').length >= 3);
  if (shown.length === 1) return shown[0]!;
  if (h1s.length === 1 && h1s[0]!.split(' ').length >= 3) return h1s[0]!;
  if (declared) return squash(declared);
  if (h1s.length === 1 && (!documentTitle || documentTitle.split(' ').length < 3)) return h1s[0]!;
  return readabilityTitle ?? documentTitle;
}

/**
 * A date stamp printed near the headline ("Updated: Dec 15, 2016 2:57 PM UTC", "Published 12 March 2024")
 * when the page's metadata gives none: a published stamp first, then a plain date line, then an updated
 * one; a masthead's weekday date is not an article's.
 */
function pageDateLine(document: Document, headline: string | null): string | null {
  if (!document.body) return null;
  const blocks = blocksOf(document.body as unknown as DomNode);
  const at = headline ? blocks.findIndex((block) => block === headline) : -1;
  const near = at >= 0 ? blocks.slice(Math.max(0, at - 5), at + 15) : blocks.slice(0, 30);
  const lines = near.map((block) => parseDateLine(block)).filter((line) => line !== undefined);
  const chosen =
    lines.find((line) => line.role === 'published') ??
    lines.find((line) => line.role === undefined && !line.withWeekday) ??
    lines.find((line) => line.role === 'updated');
  return chosen?.date ?? null;
}

export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const structured = structuredArticle(document as unknown as Document);
  const headline = (readabilityTitle: string | null) => headlineOf(document as unknown as Document, structured, readabilityTitle);
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
    ]) ??
    document.querySelector('article time[datetime], time[pubdate], time[datetime]')?.getAttribute('datetime') ??
    null;
  // the page's text scanned for a stamp only when its metadata has no date (every HTML import goes through here)
  const stampedTime = (): string | null => pageDateLine(document as unknown as Document, headline(null));
  const author = structured.author ?? metaContent(document, ['author', 'article:author', 'dc.creator', 'DC.creator']);
  const siteName = metaContent(document, ['og:site_name', 'application-name']) ?? structured.publisher;
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    // Readability changes the document it reads: everything the page says of itself is read first
    const fresh = parseHTML(html).document;
    parsed = new Readability(fresh as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null; // a page Readability cannot read: fall back to the whole body below
  }
  if (parsed?.content) {
    const { document: articleDocument } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    return {
      title: headline(parsed.title?.trim() || null),
      paragraphs: blocksOf(articleDocument.body as unknown as DomNode),
      byline: parsed.byline?.trim() || author,
      siteName: parsed.siteName?.trim() || siteName,
      publishedTime: publishedTime ?? (parsed.publishedTime?.trim() || null) ?? stampedTime(),
    };
  }
  return {
    title: headline(null),
    paragraphs: document.body ? blocksOf(document.body as unknown as DomNode) : [],
    byline: author,
    siteName,
    publishedTime: publishedTime ?? stampedTime(),
  };
}

/** The charset a page declares for itself, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 16384)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
