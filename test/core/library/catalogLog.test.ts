// The catalog at scale: a change of a few articles appends one line to catalog.log instead of writing
// catalog.json again; the log is folded into the catalog when it passes a quarter of its size; a torn
// last line (a kill mid-append) is left out quietly, a damaged one with a notice; another process's
// changes are read from the log alone.
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../electron/contract';
import { Library } from '../../../electron/core/library/library';
import { tempDir } from '../../support/paths';

function article(n: number): Article {
  const id = n.toString(16).padStart(16, '0');
  return {
    id,
    title: `Report ${n} on the Caspian gas talks`,
    date: '2024-03-01',
    source: 'Reuters',
    place: null,
    author: null,
    language: 'en',
    countries: ['Azerbaijan'],
    collections: ['Energy'],
    folder: 'Energy',
    path: `/feeds/energy/${n}.txt`,
    paths: [`/feeds/energy/${n}.txt`],
    size: 100,
    hash: id.repeat(4),
    body: `Text of report ${n}: ministers met in Baku.`,
  };
}

const range = (from: number, to: number): Article[] => Array.from({ length: to - from }, (_, at) => article(from + at));

/** A library of `size` articles, written as one catalog. */
async function libraryOf(size: number): Promise<{ dir: string; library: Library }> {
  const dir = await tempDir('catalog-log');
  const library = await Library.open(dir);
  await library.commit({ added: range(0, size) });
  return { dir, library };
}

const catalogStat = async (dir: string): Promise<{ ino: number; mtimeMs: number; size: number }> => {
  const { ino, mtimeMs, size } = await stat(path.join(dir, 'catalog.json'));
  return { ino, mtimeMs, size };
};

describe('the catalog and its log of changes', () => {
  it('adds and removes a few articles by appending to the log, without writing the catalog again', async () => {
    const { dir, library } = await libraryOf(2000);
    const before = await catalogStat(dir);
    await library.commit({ added: range(2000, 2010) });
    await library.commit({ removed: range(0, 10).map((meta) => meta.id) });
    await library.commit({ updated: [{ ...library.meta(article(20).id)!, collections: ['Energy', 'Caspian'] }] });
    expect(await catalogStat(dir)).toEqual(before);
    expect((await readFile(path.join(dir, 'catalog.log'), 'utf8')).split('\n').filter(Boolean)).toHaveLength(3);

    const reopened = await Library.open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.list()).toHaveLength(2000);
    expect(reopened.meta(article(2005).id)?.title).toBe('Report 2005 on the Caspian gas talks');
    expect(reopened.meta(article(5).id)).toBeUndefined();
    expect(reopened.meta(article(20).id)?.collections).toEqual(['Energy', 'Caspian']);
    expect((await reopened.get(article(2009).id))?.body).toContain('ministers met in Baku');
  });

  it('folds the log into the catalog once it passes a quarter of its size', async () => {
    const { dir, library } = await libraryOf(400);
    const first = await catalogStat(dir);
    for (let at = 400; at < 520; at += 10) await library.commit({ added: range(at, at + 10) });
    const after = await catalogStat(dir);
    expect(after.ino).not.toBe(first.ino);
    // what is left in the log is less than a quarter of the catalog written last
    expect((await stat(path.join(dir, 'catalog.log'))).size).toBeLessThan(after.size / 4);
    const reopened = await Library.open(dir);
    expect(reopened.list()).toHaveLength(520);
    expect(reopened.notices).toEqual([]);
  });

  it('leaves out a torn last line quietly, and the next change follows the last whole one', async () => {
    const { dir, library } = await libraryOf(500);
    await library.commit({ added: range(500, 505) });
    // a kill in the middle of the next append: half a line, no newline
    const log = path.join(dir, 'catalog.log');
    const line = (await readFile(log, 'utf8')).trimEnd();
    await appendFile(log, line.slice(0, line.length / 2));
    const reopened = await Library.open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.list()).toHaveLength(505);
    await reopened.commit({ added: range(505, 507) });
    const again = await Library.open(dir);
    expect(again.list()).toHaveLength(507);
    expect(again.notices).toEqual([]);
  });

  it('stops at a damaged line, says so and which import to repeat', async () => {
    const { dir, library } = await libraryOf(500);
    await library.commit({ added: range(500, 503) });
    await library.recordImport({
      folder: '/feeds/late',
      collection: 'Late',
      imported: range(503, 506).map(({ id, path }) => ({ id, path })),
      updated: [],
    });
    await library.commit({ added: range(503, 506) });
    const log = path.join(dir, 'catalog.log');
    const lines = (await readFile(log, 'utf8')).split('\n');
    await writeFile(log, [lines[0], lines[1]!.replace('Report 504', 'Report 5O4'), ...lines.slice(2)].join('\n'));
    const reopened = await Library.open(dir);
    expect(reopened.list()).toHaveLength(503);
    expect(reopened.notices).toEqual([
      expect.stringMatching(
        /^The library's log of changes was damaged \(a change does not match its checksum; 1 changes left out\)\. The library was opened as it was before that change: 503 articles\. It lacks 3 articles imported since; import again: \/feeds\/late \(collection “Late”, 3 articles/,
      ),
    ]);
    // cut: it opens without a notice from now on
    expect((await Library.open(dir)).notices).toEqual([]);
  });

  it('tells a reader catching up with another writer that a line it was to read is damaged', async () => {
    const { dir, library: reader } = await libraryOf(500);
    const writer = await Library.open(dir);
    await writer.commit({ added: range(500, 503) });
    await writer.commit({ added: range(503, 506) });
    const log = path.join(dir, 'catalog.log');
    const lines = (await readFile(log, 'utf8')).split('\n');
    await writeFile(log, [lines[0], lines[1]!.replace('Report 504', 'Report 5O4'), ...lines.slice(2)].join('\n'));
    const caughtUp = await reader.reopened();
    expect(caughtUp.list()).toHaveLength(503);
    expect(caughtUp.notices).toEqual([
      expect.stringMatching(
        /^The library's log of changes was damaged \(a change does not match its checksum; 1 changes left out\)\. The library was opened as it was before that change: 503 articles\./,
      ),
    ]);
  });

  it('reads another writer’s changes from the log alone, and the whole catalog once it was written again', async () => {
    const { dir, library: reader } = await libraryOf(1000);
    const writer = await Library.open(dir);
    await writer.commit({ added: range(1000, 1010) });
    const caughtUp = await reader.reopened();
    expect(caughtUp).toBe(reader);
    expect(caughtUp.list()).toHaveLength(1010);
    for (let at = 1010; at < 1410; at += 50) await writer.commit({ added: range(at, at + 50) });
    const reread = await reader.reopened();
    expect(reread).not.toBe(reader);
    expect(reread.list()).toHaveLength(1410);
  });

  it('never writes a change its reader would refuse', async () => {
    const { dir, library } = await libraryOf(300);
    const before = await readFile(path.join(dir, 'catalog.json'));
    const bad = { ...library.meta(article(3).id)!, countries: [undefined as unknown as string] };
    await expect(library.commit({ updated: [bad] })).rejects.toThrow(/would not read back/);
    expect(library.meta(article(3).id)?.countries).toEqual(['Azerbaijan']);
    expect(await readFile(path.join(dir, 'catalog.json'))).toEqual(before);
    expect((await Library.open(dir)).meta(article(3).id)?.countries).toEqual(['Azerbaijan']);
  });

  it('after a restore from the last good copy, writes the catalog past every generation in the log', async () => {
    const { dir, library } = await libraryOf(400);
    const first = await catalogStat(dir);
    let at = 400;
    while ((await catalogStat(dir)).ino === first.ino) {
      await library.commit({ added: range(at, at + 10) });
      at += 10;
    }
    // a line of the newer generation, then the newer catalog damaged: its last good copy is older
    await library.commit({ added: [article(9000)] });
    const log = path.join(dir, 'catalog.log');
    const lines = await readFile(log, 'utf8');
    const catalog = path.join(dir, 'catalog.json');
    await writeFile(catalog, (await readFile(catalog, 'utf8')).replace('Report 5', 'Report five'));
    const restored = await Library.open(dir);
    expect(restored.notices).toHaveLength(1);
    expect(restored.meta(article(9000).id)).toBeDefined();
    // removed in a change large enough to write the catalog again; then a crash before the log was
    // emptied is played by putting its old lines back: they must not bring the article back
    await restored.commit({ removed: [article(9000).id], added: range(10_000, 10_400) });
    await writeFile(log, lines);
    const reopened = await Library.open(dir);
    expect(reopened.meta(article(9000).id)).toBeUndefined();
    expect(reopened.meta(article(10_399).id)).toBeDefined();
  });
});
