// The app's way of running library jobs: in a worker thread, while the service keeps answering searches.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../electron/contract';
import { LibraryThread, runImport } from '../../../electron/core/jobs/libraryJobs';
import { Library } from '../../../electron/core/library/library';
import { indexDirOf } from '../../../electron/core/search/engine/searchIndex';
import { AttacheService } from '../../../electron/core/service';
import { headlessShell } from '../../../electron/core/shell';
import { CORPORA_DIR, SEEDS_DIR, tempDir } from '../../support/paths';
import { LIBRARY_WORKER } from '../../support/workerScript';
import { importOrThrow } from '../../support/imports';

const BBC_TECH = path.join(CORPORA_DIR, 'bbc', 'tech');

describe('import in a worker thread', () => {
  it('imports, streams progress, and answers searches from the old index meanwhile', async () => {
    const service = await AttacheService.open({ libraryDir: await tempDir('worker'), seedsDir: SEEDS_DIR, libraryWorker: LIBRARY_WORKER });
    const progress: ImportProgress[] = [];
    const answered: number[] = [];
    const importing = importOrThrow(service, BBC_TECH, { onProgress: (update) => progress.push(update) });
    expect(service.importRunning).toBe(true);
    expect(await service.removeCollection('Samples')).toMatchObject({ ok: false, reason: 'busy' });
    let finished = false;
    void importing.finally(() => (finished = true));
    while (progress.length < 50 && !finished) {
      const response = await service.search('Azerbaijan');
      if (response.ok) answered.push(response.total);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const report = await importing;
    expect(answered.length).toBeGreaterThan(5);
    expect(answered.every((total) => total === 2)).toBe(true);
    expect(report.imported.length + report.duplicates.length).toBe(401);
    expect(progress.at(-1)).toEqual({ done: 401, total: 401, current: null });
    expect(service.listArticles()).toHaveLength(5 + report.imported.length);
    const search = await service.search('broadband');
    expect(search.ok && search.total).toBeGreaterThan(10);
  });

  it('cancels: the articles read so far stay, consistent', async () => {
    const service = await AttacheService.open({ libraryDir: await tempDir('worker-cancel'), libraryWorker: LIBRARY_WORKER });
    const importing = importOrThrow(service, BBC_TECH, {
      onProgress: ({ done }) => {
        if (done === 100) service.cancelImport();
      },
    });
    const report = await importing;
    expect(report.canceled).toBe(true);
    expect(report.imported.length + report.duplicates.length).toBeGreaterThanOrEqual(100);
    expect(report.imported.length + report.duplicates.length).toBeLessThan(401);
    expect(service.listArticles()).toHaveLength(report.imported.length);
    expect(service.importRunning).toBe(false);
  });

  it('removes a collection and updates the index in the worker; searches answered, other changes refused meanwhile', async () => {
    const libraryDir = await tempDir('worker-remove');
    const service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR, libraryWorker: LIBRARY_WORKER });
    await importOrThrow(service, BBC_TECH);
    const segments = async () => (await readdir(indexDirOf(libraryDir))).filter((name) => /^segment-\w+\.seg$/.test(name));
    expect(await segments()).toHaveLength(2);
    const removing = service.removeCollection('tech');
    expect(await service.importFrom(BBC_TECH)).toMatchObject({ ok: false, reason: 'busy' });
    expect(await service.search('Azerbaijan')).toMatchObject({ ok: true, total: 2 });
    expect(await removing).toMatchObject({ kept: 0 });
    expect(await service.search('broadband')).toMatchObject({ ok: true, total: 0 });
    // the tech articles' segment, all removed, is gone; the samples' one stays
    expect(await segments()).toHaveLength(1);
    expect(await service.search('Havana')).toMatchObject({ ok: true, total: 2 });
  });
});

describe('the library thread, kept between jobs', () => {
  it('sees what the main thread changed between its jobs (a removal), and never brings it back', async () => {
    const libraryDir = await tempDir('worker-kept');
    const service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR, libraryWorker: LIBRARY_WORKER });
    await importOrThrow(service, path.join(CORPORA_DIR, 'noticias-es', 'deporte'), { collection: 'deporte' });
    // removed by the main thread (the index updated by the kept thread), then a second import in that thread
    const samples = service.listArticles().filter((meta) => meta.collections.includes('Samples'));
    const removed = await service.removeCollection('Samples');
    expect(removed).toMatchObject({ ok: true, removed: 5 });
    const second = await importOrThrow(service, path.join(CORPORA_DIR, 'noticias-es', 'ciencia'), { collection: 'ciencia' });
    expect(second.imported.length).toBeGreaterThan(0);

    const onDisk = await Library.open(libraryDir);
    expect(onDisk.collections().map((collection) => collection.name)).toEqual(['ciencia', 'deporte']);
    expect(samples.filter((meta) => onDisk.meta(meta.id) !== undefined)).toEqual([]);
    const found = await service.search(samples[0]!.title);
    expect(found.ok && found.hits.map((hit) => hit.id)).not.toContain(samples[0]!.id);
    // the same folder again: the thread's library knows it holds it
    const again = await importOrThrow(service, path.join(CORPORA_DIR, 'noticias-es', 'deporte'), { collection: 'deporte' });
    expect(again.imported).toHaveLength(0);
    expect(again.duplicates.length).toBeGreaterThan(0);
    expect(again.duplicates.every((duplicate) => duplicate.kind === 'unchanged')).toBe(true);
  });

  it('readies the thread while the import dialog is open: a canceled dialog leaves it idle, a chosen folder is imported', async () => {
    const libraryDir = await tempDir('worker-dialog');
    const chosen: (string | undefined)[] = [undefined, path.join(CORPORA_DIR, 'noticias-es', 'deporte')];
    const shell = { ...headlessShell, choosePath: async () => chosen.shift() };
    const service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR, libraryWorker: LIBRARY_WORKER, shell });
    expect(await service.importFolder()).toMatchObject({ ok: false, reason: 'canceled' });
    const outcome = await service.importFolder();
    expect(outcome.ok && outcome.report.imported.length).toBeGreaterThan(5);
    expect(service.listArticles().length).toBe(5 + (outcome.ok ? outcome.report.imported.length : 0));
  });

  it('readies the thread once while files are dragged over the window, however often it is asked; the drop imports through it', async () => {
    const libraryDir = await tempDir('worker-drag');
    await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR }); // the samples, for the thread to read one
    const thread = new LibraryThread(LIBRARY_WORKER);
    // a drag enters the window, leaves and comes back while the thread is readying itself
    const asked = [thread.prepare(libraryDir), thread.prepare(libraryDir)];
    expect(asked[1]).toBe(asked[0]);
    await Promise.all(asked);
    const library = await Library.open(libraryDir);
    const report = await runImport(library, path.join(CORPORA_DIR, 'noticias-es', 'deporte'), {}, thread);
    expect(report.imported.length).toBeGreaterThan(5);
    // readied again after a job: a new readying, which finds the library the job left
    const again = thread.prepare(libraryDir);
    expect(again).not.toBe(asked[0]);
    await again;
    await thread.close();
  });

  it('gives a job asked while the kept thread is stopping to a new thread, and nothing of the old one to it', async () => {
    const libraryDir = await tempDir('worker-restarted');
    const library = await Library.open(libraryDir);
    const thread = new LibraryThread(LIBRARY_WORKER);
    const sections = ['deporte', 'ciencia', 'internacional'].map((section) => path.join(CORPORA_DIR, 'noticias-es', section));
    const first = await runImport(library, sections[0]!, {}, thread);
    // the idle stop, as its timer does it (not awaited), and a job asked at once, before the old thread has exited
    const reopened = await library.reopened();
    void thread.close();
    const second = await runImport(reopened, sections[1]!, {}, thread);
    const third = await runImport(await library.reopened(), sections[2]!, {}, thread);
    expect([first, second, third].map((report) => report.folder)).toEqual(sections);
    expect(second.imported.length).toBeGreaterThan(0);
    expect(third.imported.length).toBeGreaterThan(0);
    await thread.close();
  });

  it('fails the job it was running if it stops, with the reason; the next job starts it again', async () => {
    const libraryDir = await tempDir('worker-stopped');
    const library = await Library.open(libraryDir);
    const thread = new LibraryThread(LIBRARY_WORKER);
    const running = runImport(library, BBC_TECH, {}, thread);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await thread.close();
    await expect(running).rejects.toThrow(/^Import failed: the library thread stopped/);
    const report = await runImport(await library.reopened(), path.join(CORPORA_DIR, 'noticias-es', 'deporte'), {}, thread);
    expect(report.imported.length + report.duplicates.length).toBeGreaterThan(5);
    await thread.close();
  });
});
