// The printed briefing (preview, Print, Export PDF) against the .docx: a twelve-article briefing of real
// articles printed by Chromium on A4 and on Letter has the marking at the top and bottom of every page,
// "Page X of Y" below every page but the cover, the .docx's contents — and as many pages as LibreOffice
// gives the .docx (±1), read back with poppler's pdfinfo / pdftotext and ../shared/tools/docx-check.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../electron/contract';
import { citation } from '../../../electron/core/briefing/model/briefingText';
import { layoutOf } from '../../../electron/core/export/briefingLayout';
import { briefingToHtml } from '../../../electron/core/export/briefingHtml';
import { AttacheService } from '../../../electron/core/service';
import { docxCheck } from '../../support/docxCheck';
import { tempDir } from '../../support/paths';
import { importTwelveArticles, MARKING, pdfFacts, twelveArticleBriefing, type PdfFacts } from '../../support/printedBriefing';
import { testShell } from '../../support/testShell';

let service: AttacheService;
let articles: Article[];
let outDir: string;

beforeAll(async () => {
  outDir = await tempDir('printed');
  service = await AttacheService.open({
    libraryDir: await tempDir('printed-lib'),
    shell: testShell({ exportPath: (name) => path.join(outDir, name) }),
  });
  articles = await importTwelveArticles(service);
}, 60_000);

describe.each([
  ['A4', /\(A4\)/],
  ['Letter', /\(letter\)/],
] as const)('a twelve-article briefing printed on %s', (pageSize, paperName) => {
  let pdf: PdfFacts;
  let docxPages: number;

  beforeAll(async () => {
    const briefing = twelveArticleBriefing(articles, pageSize);
    const pdfFile = path.join(outDir, `${pageSize}.pdf`);
    const docxFile = path.join(outDir, `${pageSize}.docx`);
    expect(await service.exportPdfTo(briefing, pdfFile)).toEqual({ ok: true, path: pdfFile });
    expect(await service.exportTo(briefing, docxFile)).toEqual({ ok: true, path: docxFile });
    pdf = await pdfFacts(pdfFile);
    docxPages = (await docxCheck(docxFile, path.join(outDir, `${pageSize}-docx`))).pages;
  }, 180_000);

  it('is on the paper asked for', () => {
    expect(pdf.pageSize).toMatch(paperName);
    expect(pdf.pages).toBeGreaterThan(8);
  });

  it('has the marking at the top and at the bottom of every page, and "Page X of Y" below all but the cover', () => {
    pdf.pageLines.forEach((lines, at) => {
      expect(lines[0], `top of page ${at + 1}`).toBe(MARKING);
      if (at === 0) expect(lines.at(-1), 'bottom of the cover').toBe(MARKING);
      else expect(lines.slice(-2), `bottom of page ${at + 1}`).toEqual([MARKING, `Page ${at + 1} of ${pdf.pages}`]);
    });
  });

  it('has as many pages as LibreOffice lays the .docx out on (±1)', () => {
    expect(Math.abs(pdf.pages - docxPages), `PDF ${pdf.pages} pages, .docx ${docxPages}`).toBeLessThanOrEqual(1);
  });

  it('lists the same contents as the .docx, with every article title, on the cover', () => {
    const cover = pdf.pageLines[0]!.join('\n');
    const entries = layoutOf(twelveArticleBriefing(articles, pageSize)).contents.map((entry) => entry.text);
    expect(entries).toEqual(expect.arrayContaining(articles.slice(0, 9).map((article) => article.title)));
    for (const entry of entries) expect(cover).toContain(entry);
  });

  it('starts the executive summary and the sources on a page of their own', () => {
    const pageOf = (heading: string) => pdf.pageLines.findIndex((lines) => lines[1] === heading);
    expect(pageOf('Executive summary')).toBe(1);
    expect(pageOf('Sources')).toBe(pdf.pages - 1);
  });
});

describe('the printed document', () => {
  it('quotes excerpts with their footnote, keeps notes apart and lists every source with its hash', () => {
    const briefing = twelveArticleBriefing(articles, 'A4');
    const html = briefingToHtml(briefing);
    const excerpted = briefing.sections[0]!.items[2]!;
    expect(excerpted.excerpt).toBeTruthy();
    const footnote = new RegExp(`<p class="quote"[^>]*>[^<]+<sup>1</sup></p><p class="footnote"[^>]*><sup>1</sup> ([^<]+)</p>`).exec(html);
    expect(footnote?.[1]).toBe(citation(excerpted).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
    const notes = briefing.sections.flatMap((section) => section.items).filter((item) => item.note).length;
    expect(notes).toBeGreaterThan(1);
    expect(html.match(/<p class="note">Note: Worth raising with the Minister at the next meeting\.<\/p>/g)).toHaveLength(notes);
    const sources = [...html.matchAll(/<p class="source"[^>]*><span class="label">(\d+)\.<\/span><span>([^<]+)<\/span><\/p>/g)];
    expect(sources.map((source) => Number(source[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const [at, source] of sources.entries()) expect(source[2]).toContain(`SHA-256: ${articles[at]!.hash}.`);
  });

  it('escapes what it prints, loads nothing and marks each article’s language', () => {
    const briefing = twelveArticleBriefing(articles, 'A4');
    briefing.title = 'Talks <script>alert(1)</script> & “quotes”';
    const html = briefingToHtml(briefing);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Talks &lt;script&gt;alert(1)&lt;/script&gt; &amp; “quotes”');
    // the marking and the font go into the stylesheet: nothing in them can close it or a CSS string
    const styled = briefingToHtml({
      ...briefing,
      marking: 'SECRET"; } </style><meta http-equiv="refresh" content="0">',
      settings: { ...briefing.settings, font: 'Arial"\f} body { display: none' },
    });
    const style = /<style>([\s\S]*?)<\/style>/.exec(styled)![1]!;
    expect(style).not.toMatch(/[<\f]/);
    expect(style).not.toContain('SECRET"');
    expect(style).not.toContain('Arial"');
    expect(styled.match(/<meta/g)).toHaveLength(2);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    const russian = articles.filter((article) => article.language === 'ru');
    expect(russian).toHaveLength(3);
    for (const article of russian) {
      const title = article.title.replace(/"/g, '&quot;');
      expect(html).toMatch(new RegExp(`<h2 id="[^"]+" lang="ru-RU">${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h2>`));
      expect(html).toContain(`<p class="toc2" lang="ru-RU"><a href="#`);
    }
  });

  it('says why when the PDF cannot be laid out or written, and leaves the previous file whole', async () => {
    const file = path.join(outDir, 'A4.pdf');
    const before = await readFile(file);
    const briefing = twelveArticleBriefing(articles, 'A4');
    const broken = await AttacheService.open({
      libraryDir: await tempDir('printed-broken'),
      shell: { ...testShell({}), printToPdf: () => Promise.reject(new Error('Chromium went away')) },
    });
    expect(await broken.exportPdfTo(briefing, file)).toEqual({
      ok: false,
      reason: 'failed',
      message: 'Could not lay out the PDF: Chromium went away',
    });
    expect(await readFile(file)).toEqual(before);
    const unwritable = await service.exportPdfTo(briefing, path.join(file, 'inside-a-file.pdf'));
    expect(unwritable).toMatchObject({ ok: false, reason: 'write-failed' });
    expect(await readFile(file)).toEqual(before);
  });
});
