// A PDF's title is the large type at the top of its first page — set apart from the body it would run
// into, with the dateline after it read as one. The PDFs are printed here by Chromium from real-looking pages.
import { describe, expect, it } from 'vitest';
import { printHtmlToPdf } from '../../../electron/core/export/chromiumPdf';
import { readArticle } from '../../../electron/core/library/article';

const BODY = Array.from(
  { length: 5 },
  (_, at) =>
    `<p>Paragraph ${at + 1}: the two delegations discussed trade, transit, agricultural machinery and new rail links, and agreed to meet again in Havana before the end of the year.</p>`,
).join('');

async function printed(head: string): Promise<Uint8Array> {
  return printHtmlToPdf(
    `<!doctype html><html><head><title>Microsoft Word - brief.docx</title><style>body{font:11pt serif;width:15cm} h1{font:24pt sans-serif}</style></head><body>${head}${BODY}</body></html>`,
  );
}

describe('a PDF’s printed title', () => {
  it('takes the large first lines as the title, apart from the dateline and body under them', async () => {
    const bytes = await printed(
      '<h1>Belarus and Cuba agree a long programme of trade, transit and tractor deliveries</h1><p>MINSK, 14 March (BelTA) – Belarus and Cuba signed six agreements on Thursday.</p>',
    );
    const outcome = await readArticle(bytes, '/feeds/brief.pdf', 'PDFs');
    if (!outcome.ok) throw new Error(outcome.reason);
    const { title, body, place, source } = outcome.article;
    expect(title).toBe('Belarus and Cuba agree a long programme of trade, transit and tractor deliveries');
    expect(body).not.toContain('tractor deliveries');
    expect({ place, source }).toEqual({ place: 'Minsk', source: 'BelTA' });
  });

  it('does not take a title from a page all in one size, nor the word processor’s file name', async () => {
    const bytes = await printed('<p>Belarus and Cuba agree a programme of trade.</p>');
    const outcome = await readArticle(bytes, '/feeds/brief.pdf', 'PDFs');
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.article.title).not.toMatch(/Microsoft Word|brief\.docx/);
    expect(outcome.article.title).toBe('Belarus and Cuba agree a programme of trade.');
  });
});
