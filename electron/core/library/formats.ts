// Step 3 of import: a file's bytes → article text by format, with whatever facts the format itself
// carries (an HTML page's title, byline, site name and publication time). Unknown formats are refused.
// The parsers for HTML, Word and PDF are large: each is loaded the first time a file needs it.
import iconv from 'iconv-lite';
import { decodeText, normaliseText } from './decode.js';

export interface FormatHints {
  title?: string;
  author?: string;
  source?: string;
  /** As written by the format, e.g. "2024-05-16T14:55:00+03:00". */
  published?: string;
}

export type Extracted = { ok: true; text: string; hints: FormatHints } | { ok: false; reason: string };

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const;

export function isSupported(extension: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extension.toLowerCase());
}

export async function extractText(bytes: Uint8Array, extension: string): Promise<Extracted> {
  switch (extension.toLowerCase()) {
    case '.txt':
      return decodeAnd(bytes, async (text) => ({ text, hints: {} }));
    case '.md':
    case '.markdown':
      return decodeAnd(bytes, markdownToText);
    case '.html':
    case '.htm':
      return htmlToText(bytes);
    case '.docx':
      return docxToText(bytes);
    case '.pdf': {
      const { textOfPdf } = await import('./pdf.js');
      const pdf = await textOfPdf(bytes);
      return pdf.ok ? { ok: true, text: normaliseText(pdf.text), hints: pdf.title ? { title: pdf.title } : {} } : pdf;
    }
    default:
      return { ok: false, reason: `unsupported file type (${extension || 'no extension'})` };
  }
}

async function decodeAnd(bytes: Uint8Array, convert: (text: string) => Promise<{ text: string; hints: FormatHints }>): Promise<Extracted> {
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, ...(await convert(decoded.text)) } : decoded;
}

async function markdownToText(markdown: string): Promise<{ text: string; hints: FormatHints }> {
  const [{ marked }, { parseHTML }, { blocksOf }] = await Promise.all([import('marked'), import('linkedom'), import('./html.js')]);
  const html = marked.parse(markdown, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const title = document.querySelector('h1')?.textContent?.trim();
  return { text: blocksOf(document.body as never).join('\n\n'), hints: title ? { title } : {} };
}

async function htmlToText(bytes: Uint8Array): Promise<Extracted> {
  const { articleFromHtml, declaredCharset } = await import('./html.js');
  const charset = declaredCharset(bytes);
  const decoded = charset && iconv.encodingExists(charset) && !/^utf-?8$/i.test(charset) ? decodeWith(bytes, charset) : decodeText(bytes);
  if (!decoded.ok) return decoded;
  const article = articleFromHtml(decoded.text);
  if (article.paragraphs.length === 0) return { ok: false, reason: 'no article text found in the page' };
  const hints: FormatHints = {};
  if (article.title) hints.title = article.title;
  if (article.byline) hints.author = article.byline;
  if (article.siteName) hints.source = article.siteName;
  if (article.publishedTime) hints.published = article.publishedTime;
  return { ok: true, text: normaliseText(article.paragraphs.join('\n\n')), hints };
}

function decodeWith(bytes: Uint8Array, charset: string): ReturnType<typeof decodeText> {
  const text = normaliseText(iconv.decode(Buffer.from(bytes), charset));
  return text.trim() ? { ok: true, text, encoding: charset } : { ok: false, reason: 'no text (only whitespace)' };
}

async function docxToText(bytes: Uint8Array): Promise<Extracted> {
  const [{ default: mammoth }, { parseHTML }, { blocksOf }] = await Promise.all([
    import('mammoth'),
    import('linkedom'),
    import('./html.js'),
  ]);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    return { ok: false, reason: `broken Word file: ${(error as Error).message ?? String(error)}` };
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs = blocksOf(document.body as never);
  if (paragraphs.length === 0) return { ok: false, reason: 'no text in the Word file' };
  return { ok: true, text: normaliseText(paragraphs.join('\n\n')), hints: {} };
}
