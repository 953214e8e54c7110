// The command line as a user runs it: `npx attache …` in a child process, on a fresh library.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { docxCheck } from '../support/docxCheck';
import { PROJECT_DIR, tempDir } from '../support/paths';

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
    expect(stdout).toMatch(/Imported 0 articles into "Again" from 5 files; 0 updated; 5 duplicates; 0 skipped\./);
    const list = JSON.parse((await attache(['list', '--json'], libraryDir)).stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(5);
    for (const article of list) {
      expect(Object.keys(article)).toEqual([
        'id',
        'title',
        'date',
        'source',
        'place',
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
  });

  it('a malformed query exits 1 with a message', async () => {
    const failure = await attache(['search', 'title:'], await tempDir('cli')).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/Nothing follows “title:”/);
  });
});
