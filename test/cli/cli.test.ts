// The command line as a user runs it: `npx attache …` in a child process, on a fresh library.
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AttacheService } from '../../electron/core/service';
import { docxCheck } from '../support/docxCheck';
import { PROJECT_DIR, SEEDS_DIR, tempDir } from '../support/paths';
import { pdfFacts } from '../support/printedBriefing';
import { testShell } from '../support/testShell';

const attache = async (args: string[], libraryDir: string) =>
  promisify(execFile)('npx', ['--no-install', 'attache', ...args], {
    cwd: PROJECT_DIR,
    env: { ...process.env, ATTACHE_LIBRARY: libraryDir },
  });

describe('npx attache', () => {
  it('search --json on a fresh library returns exactly the two Azerbaijan articles', async () => {
    const { stdout } = await attache(['search', 'Azerbaijan', '--json'], await tempDir('cli'));
    const hits = JSON.parse(stdout) as { id: string; title: string; source: string; date: string; score: number; snippet: string }[];
    expect(hits.map((hit) => Object.keys(hit).sort())).toEqual(Array(2).fill(['date', 'id', 'score', 'snippet', 'source', 'title']));
    expect(hits.map((hit) => [hit.source, hit.title]).sort()).toEqual([
      ['Azernews', 'Azerbaijan and Belarus forge new paths in economic and industrial collaboration'],
      ['BelTA', 'Lukashenko, Aliyev discuss ways to expand Belarus-Azerbaijan manufacturing cooperation'],
    ]);
  });

  it('insights prints quotes, figures, timeline, entities and clusters as the JSON it promises; a wrong kind exits 2', async () => {
    const libraryDir = await tempDir('cli-insights');
    const json = async (kind: string, ...more: string[]) =>
      JSON.parse((await attache(['insights', kind, ...more, '--json'], libraryDir)).stdout) as Record<string, unknown>[];
    const quotes = await json('quotes', '--query', 'Kaliningrad');
    expect(Object.keys(quotes[0]!).sort()).toEqual(['articleId', 'date', 'kind', 'speaker', 'text']);
    expect(quotes.every((quote) => quote.speaker === 'Mikhail Rusy')).toBe(true);
    const figures = await json('figures');
    expect(Object.keys(figures[0]!).sort()).toEqual(['articleId', 'sentence', 'text', 'unit', 'value', 'what']);
    expect(figures).toContainEqual(expect.objectContaining({ text: '$400 million', value: 400_000_000, unit: 'USD' }));
    const timeline = await json('timeline');
    expect(timeline).toContainEqual(expect.objectContaining({ date: '2024-10-03', people: ['Ali Asadov', 'Roman Golovchenko'] }));
    const entities = await json('entities');
    expect(Object.keys(entities[0]!).sort()).toEqual(['articles', 'kind', 'mentions', 'name']);
    // the five samples are five stories, none a copy of another
    expect(await json('clusters')).toEqual([]);
    const wrong = await attache(['insights', 'rumours'], libraryDir).catch((error: { code: number; stderr: string }) => error);
    expect(wrong).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown insight "rumours"') });
  });

  it('export writes a .docx with the two Cuba articles and the marking in header and footer', async () => {
    const out = path.join(await tempDir('cli-out'), 'cuba.docx');
    const libraryDir = await tempDir('cli');
    const { stdout } = await attache(
      ['export', '--query', 'Cuba', '--title', 'Cuba: recent contacts', '--marking', 'RESTRICTED', '--out', out, '--library', libraryDir],
      '/nonexistent-env-library-is-overridden',
    );
    expect(stdout).toContain('2 articles');
    const summary = await docxCheck(out);
    const headings = summary.headings.filter((heading) => heading.style === 'Heading 1').map((heading) => heading.text);
    // one Heading 1 per article, then the Sources appendix
    expect(headings.slice(0, -1).sort()).toEqual([
      'Aleksandr Lukashenko makes official visit to Cuba',
      'Russia and Cuba to strengthen strategic ties with Lavrov visit',
    ]);
    expect(headings.at(-1)).toBe('Sources');
    expect(summary.header_texts.join()).toContain('RESTRICTED');
    expect(summary.footer_texts.join()).toContain('RESTRICTED');
  });

  it('import reports imported, duplicate and skipped counts; list --json shows metadata', async () => {
    const libraryDir = await tempDir('cli');
    const { stdout } = await attache(['import', path.join(PROJECT_DIR, 'seeds'), '--collection', 'Again'], libraryDir);
    expect(stdout).toBe(
      'Imported 0 articles into "Again" from 5 files; 0 updated; 0 unchanged; 5 added to collection "Again"; 0 with the same text as another file; 0 near-duplicates; 0 skipped.\n',
    );
    const again = await attache(['import', path.join(PROJECT_DIR, 'seeds'), '--collection', 'Again'], libraryDir);
    expect(again.stdout).toMatch(
      /; 5 unchanged; 0 added to collection "Again"; 0 with the same text as another file; 0 near-duplicates; 0 skipped\.\n$/,
    );
    const list = JSON.parse((await attache(['list', '--json'], libraryDir)).stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(5);
    for (const article of list) {
      expect(Object.keys(article)).toEqual([
        'id',
        'title',
        'date',
        'source',
        'place',
        'placeInEnglish',
        'author',
        'language',
        'countries',
        'collections',
        'folder',
        'path',
      ]);
      expect(article.collections).toEqual(['Samples', 'Again']);
    }
    expect(list.find((article) => article.source === 'Radio Havana Cuba')).toMatchObject({
      title: 'Russia and Cuba to strengthen strategic ties with Lavrov visit',
      date: '2024-02-19',
      place: 'Havana',
      author: 'Ed Newman',
      language: 'en',
      countries: ['Russia', 'Cuba', 'United States'],
    });
    const removed = await attache(['remove', '--collection', 'Samples'], libraryDir);
    expect(removed.stdout).toContain('0 articles removed, 5 kept');
    const copies = path.join(await tempDir('cli-copies'), 'Copies');
    await mkdir(copies);
    await copyFile(path.join(PROJECT_DIR, 'seeds', '001_f52338263b10aef5.txt'), path.join(copies, 'belta.txt'));
    const copied = await attache(['import', copies], libraryDir);
    expect(copied.stdout).toContain('; 1 with the same text as another file; 0 near-duplicates; 0 skipped.\n');
    expect(copied.stdout).toContain(
      `  same text as ${path.join(PROJECT_DIR, 'seeds', '001_f52338263b10aef5.txt')}: ${path.join(copies, 'belta.txt')}`,
    );
  });

  it('export --briefing writes a saved briefing as .docx, and as PDF with --pdf; wrong arguments say what is wrong', async () => {
    const libraryDir = await tempDir('cli');
    const outDir = await tempDir('cli-out');
    const briefingFile = path.join(outDir, 'cuba.attache');
    const service = await AttacheService.open({
      libraryDir,
      seedsDir: SEEDS_DIR,
      shell: testShell({ briefingFile: () => briefingFile }),
    });
    const built = await service.briefingFromQuery('Cuba', {
      title: 'Cuba: recent contacts',
      marking: 'RESTRICTED',
      summary: 'Two visits.',
    });
    if (!built.ok) throw new Error(built.message);
    expect(await service.saveBriefing(built.briefing, true)).toMatchObject({ ok: true, file: briefingFile });

    const docx = path.join(outDir, 'cuba.docx');
    expect((await attache(['export', '--briefing', briefingFile, '--out', docx], libraryDir)).stdout).toBe(`Wrote ${docx} (2 items).\n`);
    const summary = await docxCheck(docx);
    expect(summary.headings.map((heading) => heading.text)).toEqual(
      expect.arrayContaining(['Cuba: recent contacts', 'Executive summary', 'Aleksandr Lukashenko makes official visit to Cuba']),
    );

    const pdfFile = path.join(outDir, 'cuba-brief');
    expect((await attache(['export', '--briefing', briefingFile, '--pdf', '--out', pdfFile], libraryDir)).stdout).toContain('Wrote');
    const pdf = await pdfFacts(pdfFile);
    expect(pdf.pages).toBe(summary.pages);
    expect(pdf.pageLines.every((lines) => lines[0] === 'RESTRICTED')).toBe(true);

    const wrong = (args: string[]) => attache(args, libraryDir).catch((error: { code: number; stderr: string }) => error);
    expect(await wrong(['export', '--briefing', briefingFile, '--query', 'Cuba', '--title', 'T', '--out', docx])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('export takes --briefing (a saved briefing) or --query and --title (a new one), not both.'),
    });
    expect(await wrong(['export', '--briefing', briefingFile, '--pdf', '--out', docx])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--pdf writes a PDF: give --out a name ending in .pdf.'),
    });
    expect(await wrong(['export', '--briefing', path.join(outDir, 'nope.attache'), '--out', docx])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^attache: “nope.attache” does not exist.$/m),
    });
    expect(await wrong(['export', '--briefing', briefingFile])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('export needs --out.'),
    });
  });

  it('exits non-zero, saying why, when a folder, collection or article does not exist or nothing could be read', async () => {
    const libraryDir = await tempDir('cli');
    const fails = (args: string[]) => attache(args, libraryDir).catch((error: { code: number; stderr: string }) => error);
    expect(await fails(['import', '/nonexistent/folder'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^attache: \/nonexistent\/folder: no such folder\.$/m),
    });
    expect(await fails(['import', path.join(PROJECT_DIR, 'test', 'fixtures', 'bad')])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^attache: Nothing could be read from .+bad: every file was skipped\.$/m),
    });
    expect(await fails(['remove', '--collection', 'Nope'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^attache: No collection named "Nope"\. The collections are: "Samples"\.$/m),
    });
    expect(await fails(['show', 'ffffffffffffffff'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^attache: No article ffffffffffffffff in the library\.$/m),
    });
    expect(await fails(['search', '-Georgia'])).toMatchObject({ code: 2, stderr: expect.stringContaining('goes after --') });
  });

  it('show prints an article with its metadata (languages by name) and body; -- lets a query start with "-"', async () => {
    const libraryDir = await tempDir('cli');
    const [hit] = JSON.parse((await attache(['search', 'Lavrov', '--json'], libraryDir)).stdout) as { id: string }[];
    const { stdout } = await attache(['show', hit!.id], libraryDir);
    expect(stdout.split('\n').slice(0, 7)).toEqual([
      'Russia and Cuba to strengthen strategic ties with Lavrov visit',
      'Source:      Radio Havana Cuba',
      'Date:        2024-02-19',
      'Place:       Havana',
      'Author:      Ed Newman',
      'Language:    English',
      'Countries:   Russia, Cuba, United States',
    ]);
    expect(stdout).toContain('Havana, February 19 (RHC) -- Cuba and Russia are seeking to strengthen');
    const json = JSON.parse((await attache(['show', hit!.id, '--json'], libraryDir)).stdout) as { id: string; body: string };
    expect(json.id).toBe(hit!.id);
    expect(json.body).toContain('Lavrov');
    const listed = (await attache(['list'], libraryDir)).stdout;
    expect(listed).toMatch(new RegExp(`^${hit!.id}  2024-02-19  English +Radio Havana Cuba +Russia and Cuba`, 'm'));
    const excluded = await attache(['search', '--json', '--', '-Georgia'], libraryDir);
    expect((JSON.parse(excluded.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  it('a malformed query exits 1 with a message', async () => {
    const failure = await attache(['search', 'title:'], await tempDir('cli')).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/Nothing follows “title:”/);
  });
});
