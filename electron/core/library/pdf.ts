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
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        pages.push(
          (content.items as TextItem[])
            .filter((item) => typeof item.str === 'string')
            .map((item) => item.str + (item.hasEOL ? '\n' : ''))
            .join(''),
        );
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
    return { ok: true, text, title: info?.Title?.trim() || null };
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
