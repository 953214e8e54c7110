// Step 3 of import: a file's bytes → article text by format, with whatever facts the format itself
// carries (an HTML page's title, byline, site name and publication time). Unknown formats are refused.
// The parsers for HTML, Word and PDF are large: each is loaded the first time a file needs it.
import iconv from 'iconv-lite';
import { asUtf8, decodeText, normaliseText } from './decode.js';

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
  // the BOM, then valid UTF-8 (a page resaved as UTF-8 often keeps its old <meta charset>; legacy bytes
  // are almost never valid UTF-8 by chance), then the page's own declaration, then detection
  const charset = declaredCharset(bytes);
  const legacy = charset && iconv.encodingExists(charset) && !/^utf-?8$/i.test(charset) && asUtf8(bytes) === undefined;
  const decoded = legacy ? decodeWith(bytes, charset) : decodeText(bytes);
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

/** Why a .docx cannot be imported, in words a user can act on (never a library's raw message). */
export const DOCX_REASONS = {
  notZip: 'damaged Word file: it is not a readable .docx (truncated, or not a Word document at all); get the file again',
  encrypted: 'password-protected Word file: save a copy without a password and import that',
  legacy: 'a Word 97–2003 (.doc) file named .docx: open it in Word or LibreOffice, save it as “Word Document (.docx)” and import that',
  notWord: 'not a Word document: the .docx package holds no Word text (another kind of file renamed .docx?)',
  strict:
    'ISO Strict .docx: Attaché reads Word’s usual .docx; open it in Word or LibreOffice, save it as “Word Document (.docx)” and import that',
  unreadable:
    'unsupported Word variant: its main text could not be read; save it again from Word as “Word Document (.docx)” and import that',
  empty: 'no text in the Word file',
} as const;

/** An OLE compound file (what Word wraps an encrypted .docx in, and what a .doc is). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const STRICT_NAMESPACE = 'purl.oclc.org/ooxml/';

/** What is wrong with a .docx package before mammoth reads it, or undefined. */
async function docxProblem(bytes: Uint8Array): Promise<string | undefined> {
  if (COMPOUND_FILE.every((byte, at) => bytes[at] === byte)) {
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptionInfo', 'utf16le'));
    return encrypted ? DOCX_REASONS.encrypted : DOCX_REASONS.legacy;
  }
  const { default: JSZip } = await import('jszip');
  let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return DOCX_REASONS.notZip;
  }
  const contentTypes = await zip.file('[Content_Types].xml')?.async('string');
  const relationships = await zip.file('_rels/.rels')?.async('string');
  if (contentTypes === undefined || relationships === undefined) return DOCX_REASONS.notWord;
  if (relationships.includes(STRICT_NAMESPACE) || contentTypes.includes(STRICT_NAMESPACE)) return DOCX_REASONS.strict;
  if (!/wordprocessingml/.test(contentTypes)) return DOCX_REASONS.notWord;
  return undefined;
}

async function docxToText(bytes: Uint8Array): Promise<Extracted> {
  const problem = await docxProblem(bytes);
  if (problem) return { ok: false, reason: problem };
  const [{ default: mammoth }, { parseHTML }, { blocksOf }] = await Promise.all([
    import('mammoth'),
    import('linkedom'),
    import('./html.js'),
  ]);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    return { ok: false, reason: DOCX_REASONS.unreadable };
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs = blocksOf(document.body as never);
  if (paragraphs.length === 0) return { ok: false, reason: DOCX_REASONS.empty };
  return { ok: true, text: normaliseText(paragraphs.join('\n\n')), hints: {} };
}
