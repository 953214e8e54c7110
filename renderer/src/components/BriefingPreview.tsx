// The print preview: the briefing's pages exactly as Print and Export PDF lay them out — the core prints
// the briefing to PDF (the .docx's words, order and contents, on its paper and margins, the marking at
// the top and bottom of every page, "Page X of Y") and this draws that PDF's pages.
import { useEffect, useState } from 'react';
import type { Briefing } from '../../../electron/contract';
import { api } from '../api';
import type { PdfPage } from '../pdfPages';
import { useBriefingFile } from '../state/briefingFile';
import { callSafely } from '../state/status';

type Pages = { state: 'laying-out' } | { state: 'failed'; message: string } | { state: 'ready'; pages: PdfPage[] };

export function BriefingPreview({ briefing, onClose }: { briefing: Briefing; onClose(): void }) {
  const [pages, setPages] = useState<Pages>({ state: 'laying-out' });
  /** Pages side by side (the layout at a glance), or each at its actual size (to read). */
  const [actualSize, setActualSize] = useState(false);
  const exportPdf = useBriefingFile((state) => state.exportPdf);
  const print = useBriefingFile((state) => state.print);

  useEffect(() => {
    let current = true;
    void (async () => {
      const result = await callSafely('Preview', () => api.previewBriefing(briefing));
      if (!result || !result.ok) {
        if (current) setPages({ state: 'failed', message: result?.message ?? 'The pages could not be laid out.' });
        return;
      }
      try {
        const { pagesOfPdf } = await import('../pdfPages');
        const drawn = await pagesOfPdf(result.pdf);
        if (current) setPages({ state: 'ready', pages: drawn });
      } catch (error) {
        if (current) setPages({ state: 'failed', message: `The pages could not be drawn: ${(error as Error).message}` });
      }
    })();
    return () => {
      current = false;
    };
  }, [briefing]);

  const paper = `${briefing.settings.pageSize}, ${briefing.settings.margins} margins`;
  return (
    <div className="overlay" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Print preview"
        className="preview"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <div className="preview-bar">
          <strong>
            Print preview
            {pages.state === 'ready' ? ` — ${pages.pages.length} ${pages.pages.length === 1 ? 'page' : 'pages'}, ${paper}` : ''}
          </strong>
          <button type="button" aria-pressed={actualSize} onClick={() => setActualSize((actual) => !actual)}>
            Actual size
          </button>
          <button type="button" onClick={() => void print()}>
            Print…
          </button>
          <button type="button" onClick={() => void exportPdf()}>
            Export PDF…
          </button>
          <button type="button" className="primary" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
        <div className={`preview-pages${actualSize ? ' actual-size' : ''}`} aria-busy={pages.state === 'laying-out'}>
          {pages.state === 'laying-out' ? <p className="message">Laying out the pages…</p> : null}
          {pages.state === 'failed' ? (
            <p className="message" role="alert">
              {pages.message}
            </p>
          ) : null}
          {pages.state === 'ready'
            ? pages.pages.map((page, at) => (
                <figure key={at} className="preview-page" aria-label={`Page ${at + 1} of ${pages.pages.length}`}>
                  <img src={page.image} width={page.width} height={page.height} alt="" />
                  <figcaption className="visually-hidden">{page.text}</figcaption>
                </figure>
              ))
            : null}
        </div>
      </div>
    </div>
  );
}
