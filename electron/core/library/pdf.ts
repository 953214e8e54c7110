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

export async function textOfPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  let document: PDFDocumentProxy;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    return { ok: false, reason: /password/i.test(message) ? 'password-protected PDF' : `broken PDF: ${message}` };
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        (content.items as TextItem[])
          .filter((item) => typeof item.str === 'string')
          .map((item) => item.str + (item.hasEOL ? '\n' : ''))
          .join(''),
      );
      page.cleanup();
    }
    const text = pages.map(reflow).join('\n\n');
    if (text.replace(/\s/g, '').length < 20) return { ok: false, reason: 'no text: scanned PDF? (no text layer)' };
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
    return { ok: true, text, title: info?.Title?.trim() || null };
  } catch (error) {
    return { ok: false, reason: `broken PDF: ${(error as Error).message ?? String(error)}` };
  } finally {
    await document.destroy();
  }
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
