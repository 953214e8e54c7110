import { execFileSync } from 'node:child_process';
import { BAD_FIXTURE_REASONS } from '../../support/badFixtures';
import { chmod, cp, mkdir, open, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../electron/contract';
import { importFolderInto } from '../../../electron/core/library/folderImport';
import { Library } from '../../../electron/core/library/library';
import { PROJECT_DIR, SEEDS_DIR, tempDir } from '../../support/paths';

const FIXTURES = path.join(PROJECT_DIR, 'test', 'fixtures');
const GOOD = 'Ministers meet in Minsk\n\nThe ministers met in Minsk on Monday to discuss trade, transit and new rail links.';
const base = (entries: { path: string }[]) => entries.map((entry) => path.basename(entry.path)).sort();

describe('importFolder', () => {
  it('imports every seed into the library with its metadata and text', async () => {
    const library = await Library.open(await tempDir('lib'));
    const report = await importFolderInto(library, SEEDS_DIR);
    expect(report.imported).toHaveLength(5);
    expect(report.skipped).toEqual([]);
    expect(library.list().map((meta) => meta.collections)).toEqual(Array(5).fill(['seeds']));
    const belta = library.list().find((meta) => meta.title.startsWith('Lukashenko, Aliyev'))!;
    const article = await library.get(belta.id);
    expect(article?.body).toContain('In 2023 Belarus-Azerbaijan trade exceeded $400 million.');
    expect(article?.path).toBe(path.join(SEEDS_DIR, '001_f52338263b10aef5.txt'));
  });

  it('stores the same text once, reports the copies as duplicates, and lists it under both collections', async () => {
    const library = await Library.open(await tempDir('lib'));
    const first = await importFolderInto(library, path.join(FIXTURES, 'multilingual'), { collection: 'Wires' });
    // ru-utf16le, ru-utf8 and ru-windows-1251 hold the same text, as do fr-utf8-bom and fr-windows-1252;
    // the ISO-8859-1 and KOI8-R copies (imported first, in name order) differ from the others only in
    // punctuation those encodings cannot write (dashes, quotes): the others are their near-duplicates
    expect(first.duplicates.map((duplicate) => [path.basename(duplicate.path), duplicate.kind])).toEqual([
      ['es-utf16be-bom.txt', 'near-duplicate'],
      ['fr-windows-1252.txt', 'same-text'],
      ['ru-utf16le-bom.txt', 'near-duplicate'],
      ['ru-utf8.txt', 'near-duplicate'],
      ['ru-windows-1251.txt', 'near-duplicate'],
    ]);
    expect(base(first.imported)).toEqual(['es-iso-8859-1.txt', 'fr-utf8-bom.txt', 'ru-koi8-r.txt']);
    const second = await importFolderInto(library, path.join(FIXTURES, 'formats'), { collection: 'Embassy' });
    // the Spanish Word file and PDF are the UTF-16 text's article
    expect(base(second.duplicates)).toEqual(['cuba-belarus-agreements.docx', 'cuba-belarus-agreements.pdf']);
    const spanish = library
      .list()
      .find((meta) => meta.title.startsWith('Cuba y Belarús') && meta.paths.some((file) => file.endsWith('.pdf')))!;
    expect(spanish.collections).toEqual(['Wires', 'Embassy']);
    expect(base(spanish.paths.map((file) => ({ path: file })))).toEqual([
      'cuba-belarus-agreements.docx',
      'cuba-belarus-agreements.pdf',
      'es-iso-8859-1.txt',
      'es-utf16be-bom.txt',
    ]);
  });

  it('updates the article of a file that changed since it was imported', async () => {
    const folder = await tempDir('changing');
    const file = path.join(folder, 'talks.txt');
    await writeFile(file, GOOD);
    const library = await Library.open(await tempDir('lib'));
    const first = await importFolderInto(library, folder);
    await writeFile(file, GOOD.replace('Monday', 'Tuesday'));
    const second = await importFolderInto(library, folder);
    expect(second.updated).toEqual([{ path: file, id: expect.any(String), replaced: first.imported[0]!.id }]);
    expect(library.list()).toHaveLength(1);
    expect((await library.get(library.list()[0]!.id))?.body).toContain('Tuesday');
    expect(await library.get(first.imported[0]!.id)).toBeNull();
  });

  it('names every bad file with its reason, and imports the good files beside them', async () => {
    const folder = await tempDir('bad-inputs');
    await cp(path.join(FIXTURES, 'bad'), folder, { recursive: true });
    await mkdir(path.join(folder, 'good', 'deeper'), { recursive: true });
    await writeFile(path.join(folder, 'good', 'deeper', 'plain.txt'), GOOD);
    await writeFile(path.join(folder, 'good', 'Ünïcödé — 記事 (copy) [1] #2.txt'), GOOD.replaceAll('Minsk', 'Brest'));
    await cp(path.join(FIXTURES, 'formats'), path.join(folder, 'good', 'formats'), { recursive: true });
    // a 100 MB file (sparse: nothing is written), a symbolic link loop, a broken link, a named pipe
    const huge = await open(path.join(folder, 'huge.txt'), 'w');
    await huge.truncate(100 * 1024 * 1024);
    await huge.close();
    await symlink(folder, path.join(folder, 'good', 'loop'));
    await symlink(path.join(folder, 'missing.txt'), path.join(folder, 'dangling.txt'));
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    const unreadable = path.join(folder, 'unreadable.txt');
    await writeFile(unreadable, GOOD.replaceAll('Minsk', 'Gomel'));
    await chmod(unreadable, 0o000);
    const asRoot = process.getuid?.() === 0; // root reads any file, so there it imports

    const library = await Library.open(await tempDir('lib'));
    const report = await importFolderInto(library, folder);
    const reasons = Object.fromEntries(report.skipped.map((skip) => [path.relative(folder, skip.path), skip.reason]));
    expect(reasons).toEqual({
      ...BAD_FIXTURE_REASONS,
      'huge.txt': 'larger than 20 MB (the limit for one article)',
      'good/loop': 'folder already visited (symbolic link loop)',
      'dangling.txt': 'broken symbolic link',
      'pipe.txt': 'not a regular file',
      ...(asRoot ? {} : { 'unreadable.txt': 'unreadable: EACCES' }),
    });
    expect(base(report.imported)).toEqual(
      [
        'plain.txt',
        'Ünïcödé — 記事 (copy) [1] #2.txt',
        'saved-embassy-page.html',
        'cuba-belarus-agreements.docx',
        'mission-notes.md',
        ...(asRoot ? ['unreadable.txt'] : []),
      ].sort(),
    );
    expect(base(report.duplicates)).toEqual(['cuba-belarus-agreements.pdf']);
    // every file found is accounted for exactly once
    expect(
      report.imported.length +
        report.duplicates.length +
        report.skipped.filter(
          (skip) => !skip.reason.includes('folder') && !skip.reason.includes('link') && skip.reason !== 'not a regular file',
        ).length,
    ).toBe(report.files);
  });

  it('reports progress per file and keeps what it finished when cancelled', async () => {
    const folder = await tempDir('cancel');
    for (let n = 0; n < 30; n++)
      await writeFile(path.join(folder, `${String(n).padStart(2, '0')}.txt`), GOOD.replace('Monday', `day ${n}`));
    const library = await Library.open(await tempDir('lib'));
    const controller = new AbortController();
    const seen: ImportProgress[] = [];
    const report = await importFolderInto(library, folder, {
      signal: controller.signal,
      onProgress: (progress) => {
        seen.push(progress);
        if (progress.done === 12) controller.abort();
      },
    });
    expect(report.canceled).toBe(true);
    expect(report.imported).toHaveLength(12);
    expect(seen.slice(0, 3)).toEqual([0, 1, 2].map((done) => ({ done, total: 30, current: path.join(folder, `0${done}.txt`) })));
    const reopened = await Library.open(library.dir);
    expect(reopened.list()).toHaveLength(12);
    for (const meta of reopened.list()) expect((await reopened.get(meta.id))?.body).toContain('ministers met');
    // the next import picks up the rest
    const rest = await importFolderInto(reopened, folder);
    expect([rest.imported.length, rest.duplicates.length]).toEqual([18, 12]);
  });

  it('removes a collection, keeping articles that are also in another', async () => {
    const library = await Library.open(await tempDir('lib'));
    await importFolderInto(library, SEEDS_DIR, { collection: 'A' });
    const folder = await tempDir('b');
    await cp(path.join(SEEDS_DIR, '000_c7b95a1e73798daa.txt'), path.join(folder, 'copy.txt'));
    await writeFile(path.join(folder, 'own.txt'), GOOD);
    await importFolderInto(library, folder, { collection: 'B' });
    expect(library.collections()).toEqual([
      { name: 'A', articles: 5 },
      { name: 'B', articles: 2 },
    ]);
    expect(await library.removeCollection('A')).toEqual({ removed: 4, kept: 1 });
    expect(library.list().map((meta) => meta.collections)).toEqual([['B'], ['B']]);
    const [one] = library.list();
    expect(await library.removeArticles([one!.id, 'ffffffffffffffff'])).toBe(1);
    expect(library.list()).toHaveLength(1);
    expect((await Library.open(library.dir)).list()).toHaveLength(1);
  });
});
