// HTML → article text. Readability (Mozilla's reader view) picks the article out of a saved page; the
// DOM is linkedom's, which is small and pure JS. Block elements become paragraphs; text is never HTML again.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

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
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const publishedTime =
    metaContent(document, ['article:published_time', 'datePublished', 'date', 'DC.date.issued', 'pubdate']) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const documentTitle = document.querySelector('title')?.textContent?.trim() || null;
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null; // a page Readability cannot read: fall back to the whole body below
  }
  if (parsed?.content) {
    const { document: articleDocument } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    return {
      title: parsed.title?.trim() || documentTitle,
      paragraphs: blocksOf(articleDocument.body as unknown as DomNode),
      byline: parsed.byline?.trim() || null,
      siteName: parsed.siteName?.trim() || null,
      publishedTime: parsed.publishedTime?.trim() || publishedTime,
    };
  }
  const { document: fresh } = parseHTML(html);
  return {
    title: documentTitle,
    paragraphs: fresh.body ? blocksOf(fresh.body as unknown as DomNode) : [],
    byline: null,
    siteName: null,
    publishedTime,
  };
}

/** The charset a page declares for itself, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
