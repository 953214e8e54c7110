// PDF → text, from the text layer with pdfjs (Mozilla's PDF reader). A PDF without a text layer
// (a scan) has nothing to import and is reported as such.
import CSSMatrix from '@thednp/dommatrix';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * pdfjs needs DOMMatrix, which Node lacks; its own fallback loads a native canvas module that a bundled
 * app does not ship. A pure-JS DOMMatrix is installed first, then pdfjs and its worker code are loaded
 * (the worker runs in this thread: import itself already runs off the UI thread).
 */
async function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const global = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
  global.DOMMatrix ??= CSSMatrix;
  global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export type PdfText = { ok: true; text: string; title: string | null } | { ok: false; reason: string };

interface TextItem {
  str: string;
  hasEOL: boolean;
  /** the glyphs' height on the page (pdf.js: the text matrix's vertical scale) */
  height?: number;
  transform?: number[];
}

/** A printed line and the height of its largest glyphs. */
interface PrintedLine {
  text: string;
  height: number;
}

function printedLines(items: TextItem[]): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let text = '';
  let height = 0;
  for (const item of items) {
    text += item.str;
    if (item.str.trim()) height = Math.max(height, item.height || Math.hypot(item.transform?.[2] ?? 0, item.transform?.[3] ?? 0));
    if (item.hasEOL) {
      lines.push({ text: text.trim(), height });
      [text, height] = ['', 0];
    }
  }
  if (text.trim()) lines.push({ text: text.trim(), height });
  return lines;
}

/**
 * The title a first page prints: its first lines set in a type at least a quarter larger than the body's
 * (the body's size is the one most characters are printed in), up to three lines, before the body starts.
 */
export function printedTitle(lines: PrintedLine[]): { title: string; lines: number } | null {
  const sizes = new Map<number, number>();
  for (const line of lines) sizes.set(Math.round(line.height), (sizes.get(Math.round(line.height)) ?? 0) + line.text.length);
  const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const top = lines.slice(0, 16);
  const largest = Math.max(0, ...top.filter((line) => line.text).map((line) => line.height));
  if (body === 0 || largest < body * 1.25) return null;
  const large = (line: PrintedLine) => line.text !== '' && line.height >= largest * 0.9;
  const start = top.findIndex(large);
  // before the body starts: at most two lines (a running head, a date) above it
  if (top.slice(0, start).filter((line) => line.text !== '').length > 2) return null;
  let end = start;
  while (end < top.length && top.slice(start, end).filter(large).length < 3 && (large(top[end]!) || top[end]!.text === '')) end++;
  while (end > start && top[end - 1]!.text === '') end--;
  const title = top
    .slice(start, end)
    .filter(large)
    .map((line) => line.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return title.length >= 4 && title.length <= 300 ? { title, lines: end } : null;
}

/** Why a PDF cannot be imported, in words a user can act on (never pdf.js's own message). */
export const PDF_REASONS = {
  password:
    'password-protected PDF: it asks for a password to open (an empty password did not open it); save a copy without a password and import that',
  damaged: 'damaged PDF: it is not a readable PDF (truncated, or not a PDF at all); get the file again',
  pagesDamaged: 'damaged PDF: none of its pages could be read; get the file again',
  encryptedNoText:
    'encrypted PDF: it opened without a password, but its text could not be read (its encryption hides it); save a copy without protection and import that',
  scanned: 'scanned PDF: its pages are images, with no text layer; run text recognition (OCR) on it and import the result',
  empty: 'no text: the PDF’s pages hold neither text nor images',
} as const;

export async function textOfPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  let document: PDFDocumentProxy;
  try {
    // pdf.js tries the empty password itself: a PDF protected only against editing opens
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    return { ok: false, reason: (error as Error).name === 'PasswordException' ? PDF_REASONS.password : PDF_REASONS.damaged };
  }
  try {
    const pages: string[] = [];
    let unreadable = 0;
    let images = 0;
    let printed: string | null = null;
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        const items = (content.items as TextItem[]).filter((item) => typeof item.str === 'string');
        if (number === 1) {
          // the first page's title set apart from the body it would otherwise run into
          const lines = printedLines(items);
          const found = printedTitle(lines);
          printed = found?.title ?? null;
          const titled = found?.lines ?? 0;
          pages.push(
            [...lines.slice(0, titled), ...(titled ? [{ text: '', height: 0 }] : []), ...lines.slice(titled)]
              .map((line) => `${line.text}\n`)
              .join(''),
          );
        } else pages.push(items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
        if (!pages.at(-1)!.trim()) images += await imageCount(page, pdfjs.OPS);
        page.cleanup();
      } catch {
        unreadable++;
      }
    }
    if (document.numPages > 0 && unreadable === document.numPages) return { ok: false, reason: PDF_REASONS.pagesDamaged };
    const text = pages.map(reflow).join('\n\n');
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: string; EncryptFilterName?: string } | undefined;
    if (text.replace(/\s/g, '').length < 20) {
      if (info?.EncryptFilterName) return { ok: false, reason: PDF_REASONS.encryptedNoText };
      return { ok: false, reason: images > 0 ? PDF_REASONS.scanned : PDF_REASONS.empty };
    }
    // the printed title over the file's Title, which is often the word processor's ("Microsoft Word - a.docx")
    const declared = info?.Title?.trim() || null;
    const fileLike = declared !== null && /\.(?:docx?|pdf|rtf|odt|txt|indd|qxd)$|^Microsoft Word - |^untitled/i.test(declared);
    return { ok: true, text, title: printed ?? (fileLike ? null : declared) };
  } catch {
    return { ok: false, reason: PDF_REASONS.damaged };
  } finally {
    await document.destroy();
  }
}

/** How many images a page paints (a scanned page is one). */
async function imageCount(
  page: Awaited<ReturnType<PDFDocumentProxy['getPage']>>,
  ops: { paintImageXObject: number; paintInlineImageXObject: number; paintImageMaskXObject: number },
): Promise<number> {
  const list = await page.getOperatorList();
  const painting = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject]);
  return list.fnArray.filter((fn) => painting.has(fn)).length;
}

const ENDS_SENTENCE = /[.!?:;"”»)]$/u;

/**
 * PDF text comes as printed lines. Lines are joined into paragraphs: a line ending a sentence ends a
 * paragraph; a line continued in lower case is joined; a short line (a heading, a paragraph's last line)
 * ends its paragraph. Joining is only layout: no character is dropped.
 */
export function reflow(page: string): string {
  const lines = page.split('\n').map((line) => line.trim());
  const lengths = lines
    .filter(Boolean)
    .map((line) => line.length)
    .sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length / 2)] ?? 0;
  let text = '';
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    if (!line) text += '\n\n';
    else if (!previous) text += line;
    else if (ENDS_SENTENCE.test(previous) || (!/^\p{Ll}/u.test(line) && previous.length < typical * 0.7)) text += `\n\n${line}`;
    else text += previous.endsWith('-') ? line : ` ${line}`;
  }
  return text;
}
