// Reading threads: an import read on them stores the same articles, with the same report, as one read in
// the calling thread; a thread that dies reading costs only the files it held, each skipped with the
// reason; one that dies before it is ready costs nothing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFolderInto } from '../../../electron/core/library/folderImport';
import { ThreadReaders } from '../../../electron/core/library/fileReader';
import { Library } from '../../../electron/core/library/library';
import { extractInsights } from '../../../electron/core/insights/extract';
import { CORPORA_DIR, PROJECT_DIR, tempDir } from '../../support/paths';
import { LIBRARY_WORKER } from '../../support/workerScript';

// Russian articles with copies among them (duplicates are decided in walk order, whoever read them)
const NG_RU = path.join(CORPORA_DIR, 'ng-ru');

describe('reading threads', () => {
  it('store what reading in the calling thread stores, and report it the same', { timeout: 240_000 }, async () => {
    const here = await Library.open(await tempDir('read-here'));
    const hereReport = await importFolderInto(here, NG_RU, { extract: extractInsights });
    const threaded = await Library.open(await tempDir('read-threads'));
    const readers = new ThreadReaders({ ...LIBRARY_WORKER, workerData: { kind: 'read' } }, extractInsights, 2);
    const threadedReport = await importFolderInto(threaded, NG_RU, { extract: extractInsights, readers: () => readers });
    expect(threadedReport).toEqual(hereReport);
    expect(hereReport.duplicates.length).toBeGreaterThan(10);
    expect(threaded.list()).toEqual(here.list());
    const [first] = here.list();
    expect((await threaded.get(first!.id))?.insights).toEqual((await here.get(first!.id))?.insights);
  });

  it('a thread that dies costs the files it held, each with the reason; with none left, files are read in this thread', async () => {
    const readers = new ThreadReaders(
      { script: path.join(PROJECT_DIR, 'test/support/dyingReader.mjs'), workerData: null },
      extractInsights,
      1,
    );
    const seeds = path.join(PROJECT_DIR, 'seeds');
    const library = await Library.open(await tempDir('read-dying'));
    // all five were handed to the one thread before it died
    const report = await importFolderInto(library, seeds, { readers: () => readers });
    expect(report.imported).toEqual([]);
    expect(report.skipped.map(({ reason }) => reason)).toEqual(
      Array(5).fill('could not be read: the reading thread stopped (exit code 3)'),
    );
    // with no thread left, they are read here
    const again = await importFolderInto(library, seeds, { readers: () => readers, extract: extractInsights });
    expect(again.skipped).toEqual([]);
    expect(again.imported).toHaveLength(5);
    expect(library.list().every((meta) => meta.insightsVersion !== undefined)).toBe(true);
  });

  it('a thread that cannot start has read nothing: its files go to the others, or are read in this thread', async () => {
    const readers = new ThreadReaders(
      { script: path.join(PROJECT_DIR, 'test/support/brokenReader.mjs'), workerData: null },
      extractInsights,
      2,
    );
    const library = await Library.open(await tempDir('read-broken'));
    const report = await importFolderInto(library, path.join(PROJECT_DIR, 'seeds'), { readers: () => readers, extract: extractInsights });
    expect(report.skipped).toEqual([]);
    expect(report.imported).toHaveLength(5);
  });

  it('a cancel does not wait for a thread stuck on a file: the threads are stopped and the import ends', async () => {
    const readers = new ThreadReaders(
      { script: path.join(PROJECT_DIR, 'test/support/stuckReader.mjs'), workerData: null },
      extractInsights,
      1,
    );
    const library = await Library.open(await tempDir('read-stuck'));
    const controller = new AbortController();
    const importing = importFolderInto(library, path.join(PROJECT_DIR, 'seeds'), { readers: () => readers, signal: controller.signal });
    setTimeout(() => controller.abort(), 500);
    const report = await importing;
    expect(report.canceled).toBe(true);
    expect(report.imported).toEqual([]);
    expect(library.list()).toEqual([]);
  });
});
