// The pages of a PDF as images and text, drawn by pdf.js (Mozilla's PDF reader, already the importer's):
// the preview shows the very PDF that Print and Export PDF produce. Loaded only when a preview opens.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export interface PdfPage {
  /** The page drawn as a PNG data URL. */
  image: string;
  /** Its size in CSS pixels at 100 %. */
  width: number;
  height: number;
  /** The page's text, top to bottom: what a screen reader reads instead of the image. */
  text: string;
}

/** Draws every page at `scale` × its size (1 = 96 dpi), sharper on high-density screens. */
export async function pagesOfPdf(bytes: Uint8Array, scale = 1.5): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // glyphs drawn as paths: no font is loaded through the page's policy; no eval
  const document = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: (scale * 96) / 72 });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const text = linesOf(await page.getTextContent()).join('\n');
      pages.push({ image: canvas.toDataURL('image/png'), width: viewport.width / scale, height: viewport.height / scale, text });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

interface Positioned {
  str: string;
  transform: number[];
}

/** A page's text as lines, top to bottom and left to right (a PDF may draw its header and footer first). */
function linesOf(content: { items: object[] }): string[] {
  const lines = new Map<number, Positioned[]>();
  for (const item of content.items) {
    if (!('str' in item) || !(item as Positioned).str.trim()) continue;
    const positioned = item as Positioned;
    const y = Math.round(positioned.transform[5]!);
    lines.set(y, [...(lines.get(y) ?? []), positioned]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, items]) =>
      items
        .sort((a, b) => a.transform[4]! - b.transform[4]!)
        .map((item) => item.str)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}
