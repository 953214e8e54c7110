// A briefing with every element, exported and opened the way real clients open it (docx-check:
// python-docx for structure, LibreOffice for layout and pages, pandoc for text).
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Briefing } from '../../../electron/contract';
import { emptyBriefing } from '../../../electron/core/briefing/model/briefing';
import { itemFromArticle } from '../../../electron/core/briefing/model/briefingText';
import { AttacheService } from '../../../electron/core/service';
import { writeFailure } from '../../../electron/core/writeFailure';
import { docxCheck, type DocxSummary } from '../../support/docxCheck';
import { PROJECT_DIR, SEEDS_DIR, tempDir } from '../../support/paths';
import { importOrThrow } from '../../support/imports';

let briefing: Briefing;
let summary: DocxSummary;
let text: string;
let documentXml: string;
let outFile: string;
let service: AttacheService;

const byTitle = (articles: Article[], start: string): Article => articles.find((article) => article.title.startsWith(start))!;

beforeAll(async () => {
  service = await AttacheService.open({ libraryDir: await tempDir('export'), seedsDir: SEEDS_DIR });
  await importOrThrow(service, path.join(PROJECT_DIR, 'test', 'fixtures', 'multilingual'));
  const articles = (await Promise.all(service.listArticles().map((meta) => service.getArticle(meta.id)))).filter(
    (article) => article !== null,
  );
  const belta = byTitle(articles, 'Lukashenko, Aliyev');
  const azernews = byTitle(articles, 'Azerbaijan and Belarus forge');
  const russian = byTitle(articles, 'Минск и Гавана');
  const spanish = byTitle(articles, 'Cuba y Belarús');
  briefing = {
    ...emptyBriefing(),
    title: 'Belarus: partners and trade',
    subtitle: 'Visit of the Prime Minister of Azerbaijan, Minsk',
    marking: 'RESTRICTED',
    author: 'Political Section',
    date: '2024-10-10',
    recipient: 'H.E. the Ambassador',
    summary: 'Belarus is widening trade with Azerbaijan and Cuba.\n\nBoth relationships rest on machinery exports.',
    keyPoints: ['Trade with Azerbaijan rose 39 percent.', 'Cuba wants more tractors before the harvest.'],
    sections: [
      {
        heading: 'Azerbaijan',
        items: [
          { ...itemFromArticle(belta), note: 'Aliyev is expected in Minsk in November.' },
          itemFromArticle(
            azernews,
            'Economic and trade collaboration was a key focus of the talks, with a notable 39 percent increase in bilateral trade volume over the first eight months of the year.',
          ),
        ],
      },
      {
        heading: 'Cuba',
        items: [
          itemFromArticle(russian, 'Стороны обсудили поставки белорусской техники на Кубу и совместные проекты в области здравоохранения.'),
          itemFromArticle(spanish),
        ],
      },
    ],
    settings: { pageSize: 'Letter', margins: 'normal', font: 'Liberation Serif', portionMarking: '(R)' },
  };
  outFile = path.join(await tempDir('out'), 'brief.docx');
  expect(await service.exportTo(briefing, outFile)).toEqual({ ok: true, path: outFile });
  summary = await docxCheck(outFile);
  // pandoc wraps lines: compare with whitespace collapsed
  text = (await readFile(path.join(path.dirname(summary.pdf), 'text.txt'), 'utf8')).replace(/\s+/g, ' ');
  documentXml = await (await JSZip.loadAsync(await readFile(outFile))).file('word/document.xml')!.async('string');
}, 120_000);

describe('a briefing exported to Word (checked by docx-check in LibreOffice)', () => {
  it('has the headings in order: title, subtitle, summary, key points, sections with their articles, sources', () => {
    expect(summary.headings.map((heading) => `${heading.style}: ${heading.text.replace(/^\(R\) /, '')}`)).toEqual([
      'Title: Belarus: partners and trade',
      'Subtitle: Visit of the Prime Minister of Azerbaijan, Minsk',
      'Heading 1: Executive summary',
      'Heading 1: Key points',
      'Heading 1: Azerbaijan',
      'Heading 2: Lukashenko, Aliyev discuss ways to expand Belarus-Azerbaijan manufacturing cooperation',
      'Heading 2: Azerbaijan and Belarus forge new paths in economic and industrial collaboration',
      'Heading 1: Cuba',
      'Heading 2: Минск и Гавана договорились расширить сотрудничество',
      'Heading 2: Cuba y Belarús firman acuerdos de cooperación agrícola',
      'Heading 1: Sources',
    ]);
  });

  it('uses real Word styles: Quote for excerpts, Caption for source lines, list styles, a Note style', () => {
    for (const style of ['Quote', 'Caption', 'List Bullet', 'List Number', 'Note', 'Normal'])
      expect(summary.styles[style], style).toBeGreaterThan(0);
  });

  it('has a table of contents field, already filled in, that Word is not asked to update on open', () => {
    expect(summary.has_toc).toBe(true);
    expect(text).toMatch(/Contents[\s\S]*Executive summary[\s\S]*Key points[\s\S]*Azerbaijan[\s\S]*Sources/);
    expect(documentXml).not.toMatch(/w:dirty="(true|1)"/);
  });

  it('cites each excerpt in a footnote: outlet, title, date, original file name', () => {
    expect(summary.footnotes).toBe(2);
    expect(text).toContain(
      'Azernews, “Azerbaijan and Belarus forge new paths in economic and industrial collaboration”, 4 October 2024, original file 003_8c46c9299edbd5f3.txt.',
    );
  });

  it('puts the marking in every header and footer, and "Page X of Y" in the footer', () => {
    expect(summary.header_texts.length).toBeGreaterThanOrEqual(2);
    for (const header of summary.header_texts) expect(header).toContain('RESTRICTED');
    for (const footer of summary.footer_texts) expect(footer).toContain('RESTRICTED');
    expect(
      summary.footer_texts.some((footer) => footer.includes('Page') && /\{.*NUMPAGES.*\}/.test(footer) && /\{.*PAGE.*\}/.test(footer)),
    ).toBe(true);
  });

  it('lists every cited article once in the Sources appendix, in order of first citation, with file and hash', () => {
    const sources = text.slice(text.lastIndexOf('Sources'));
    const order = ['Lukashenko, Aliyev discuss', 'Azerbaijan and Belarus forge', 'Минск и Гавана', 'Cuba y Belarús firman'].map((title) =>
      sources.indexOf(title),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const belta = briefing.sections[0]!.items[0]!;
    expect(sources).toContain(`File: 001_f52338263b10aef5.txt; SHA-256: ${belta.hash}`);
  });

  it('keeps the author’s note apart from the quoted text, and puts the portion marking before paragraphs', () => {
    expect(text).toContain('(R) Note: Aliyev is expected in Minsk in November.');
    expect(text).toContain('(R) Belarus is widening trade with Azerbaijan and Cuba.');
  });

  it('marks the language of Russian and Spanish text', () => {
    expect(summary.languages).toEqual(expect.arrayContaining(['en-GB', 'ru-RU', 'es-ES']));
  });

  it('has the page size asked for and the document properties', () => {
    expect(summary.page).toMatchObject({ width_mm: 215.9, height_mm: 279.4, orientation: 'portrait' });
    expect(summary.core_properties).toMatchObject({
      title: 'Belarus: partners and trade',
      creator: 'Political Section',
      subject: 'Visit of the Prime Minister of Azerbaijan, Minsk',
    });
    expect(summary.core_properties.keywords).toContain('BelTA');
    expect(summary.core_properties.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('lays out to the same number of pages every time', async () => {
    const again = path.join(path.dirname(outFile), 'again.docx');
    await service.exportTo(briefing, again);
    expect((await docxCheck(again)).pages).toBe(summary.pages);
    expect(summary.pages).toBeGreaterThanOrEqual(4);
  });

  it('says so when the target cannot be written', async () => {
    const result = await service.exportTo(briefing, path.join(path.dirname(outFile), 'no-such-folder', 'x.docx'));
    expect(result).toEqual({ ok: false, reason: 'write-failed', message: 'Cannot write “x.docx”: its folder does not exist.' });
  });

  it('keeps the previous file whole when writing over it fails', async () => {
    const target = path.join(path.dirname(outFile), 'kept.docx');
    await writeFile(target, 'the previous export');
    // a folder where the temp file should go makes the write fail after the old file was found
    const blocked = await service.exportTo(briefing, path.join(target, 'inside.docx'));
    expect(blocked.ok).toBe(false);
    expect(await readFile(target, 'utf8')).toBe('the previous export');
  });

  it.each([
    ['EACCES', 'Cannot write “b.docx”: the file or its folder is read-only, or you lack permission. Choose another place.'],
    ['EROFS', 'Cannot write “b.docx”: the file or its folder is read-only, or you lack permission. Choose another place.'],
    ['EBUSY', 'Cannot write “b.docx”: it is open in another program (Word?). Close it and export again.'],
    ['ENOSPC', 'Cannot write “b.docx”: the disk is full.'],
  ])('explains %s in words', (code, message) => {
    expect(writeFailure('/x/b.docx', Object.assign(new Error(code), { code }))).toBe(message);
  });

  // root writes through permissions, so there the test is skipped (the mapping above covers the message)
  it.skipIf(process.getuid?.() === 0)('refuses a read-only folder with that message', async () => {
    const folder = path.join(path.dirname(outFile), 'readonly');
    await mkdir(folder);
    await chmod(folder, 0o555);
    const result = await service.exportTo(briefing, path.join(folder, 'b.docx'));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/read-only/) });
  });
});

describe('a long title and a Russian article in Word', () => {
  const LONG_TITLE =
    'Belarus, Azerbaijan and Cuba: trade, machinery exports and the diplomatic calendar for the coming autumn and winter term';
  let xml: { document: string; styles: string; footnotes: string };
  /** The paragraphs of a part that have this style and this text. */
  const paragraphs = (part: string, style: string, text: string): string[] =>
    (part.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`) && p.includes(text));

  beforeAll(async () => {
    const russian = (await Promise.all(service.listArticles().map((meta) => service.getArticle(meta.id)))).find(
      (article) => article?.language === 'ru',
    )!;
    const file = path.join(await tempDir('out-ru'), 'ru.docx');
    const brief: Briefing = {
      ...emptyBriefing(),
      title: LONG_TITLE,
      sections: [{ heading: 'Cuba', items: [itemFromArticle(russian), itemFromArticle(russian, russian.body.slice(0, 120))] }],
    };
    expect(await service.exportTo(brief, file)).toMatchObject({ ok: true });
    const zip = await JSZip.loadAsync(await readFile(file));
    const part = (name: string) => zip.file(name)!.async('string');
    xml = { document: await part('word/document.xml'), styles: await part('word/styles.xml'), footnotes: await part('word/footnotes.xml') };
  });

  it('gives the title and headings proportional line heights, which never overlap when they wrap', () => {
    expect(LONG_TITLE.length).toBe(120);
    const title = xml.styles.match(/<w:style w:type="paragraph" w:styleId="Title">[\s\S]*?<\/w:style>/)![0];
    expect(title).toMatch(/<w:spacing [^>]*w:lineRule="auto"/);
    expect(xml.styles).not.toMatch(/w:lineRule="exact"/);
    expect(xml.styles.match(/<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/)![0]).toMatch(/w:lineRule="auto"/);
  });

  it('marks the Russian heading, contents entry, source line and footnote as Russian', () => {
    const russianIn = (found: string[]) => found.length > 0 && found.every((p) => p.includes('<w:lang w:val="ru-RU"/>'));
    expect(russianIn(paragraphs(xml.document, 'Heading2', 'Минск и Гавана'))).toBe(true);
    expect(russianIn(paragraphs(xml.document, 'TOC2', 'Минск и Гавана'))).toBe(true);
    expect(russianIn(paragraphs(xml.document, 'Caption', 'BelTA, Минск'))).toBe(true);
    expect(russianIn(xml.footnotes.match(/<w:p[ >][\s\S]*?Минск и Гавана[\s\S]*?<\/w:p>/g) ?? [])).toBe(true);
    // the English headings stay English (the document's language)
    expect(paragraphs(xml.document, 'TOC1', 'Cuba')[0]).not.toContain('ru-RU');
  });
});
