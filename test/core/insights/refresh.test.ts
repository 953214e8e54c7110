// When the reading of quotes, figures and names changes (its version), every article stored by the older
// one is read again and rewritten, batch by batch, with progress; what the catalog knows of it (a second
// file's path) is kept; an import meanwhile is told to wait.
import { describe, expect, it } from 'vitest';
import { INSIGHTS_VERSION } from '../../../electron/contract';
import { refreshInsights, staleInsights } from '../../../electron/core/jobs/insightsRefresh';
import { extractInsights } from '../../../electron/core/insights/extract';
import { Library } from '../../../electron/core/library/library';
import { AttacheService } from '../../../electron/core/service';
import { testShell } from '../../support/testShell';
import { LIBRARY_WORKER } from '../../support/workerScript';
import { SEEDS_DIR, tempDir } from '../../support/paths';

/** A library of the seeds as an older version left it: no insights in the files, none recorded in the catalog. */
async function olderLibrary(): Promise<string> {
  const dir = await tempDir('insights-refresh');
  await AttacheService.open({ libraryDir: dir, seedsDir: SEEDS_DIR });
  const library = await Library.open(dir);
  const older = await Promise.all(
    library.list().map(async (meta) => {
      const { insights: _insights, insightsVersion: _version, ...article } = (await library.get(meta.id))!;
      return { ...article, paths: [...meta.paths, '/elsewhere/copy.txt'] };
    }),
  );
  await library.commit({ added: older });
  return dir;
}

describe('reading the library again for its insights', () => {
  it('rewrites every stale article with the current insights, keeps the catalog’s paths, and reports progress', async () => {
    const dir = await olderLibrary();
    const library = await Library.open(dir);
    expect(staleInsights(library)).toHaveLength(5);
    const progress: [number, number][] = [];
    const rewritten = await refreshInsights(library, extractInsights, { onProgress: (done, total) => progress.push([done, total]) });
    expect(rewritten).toBe(5);
    expect(progress).toEqual([[5, 5]]);
    const reopened = await Library.open(dir);
    expect(staleInsights(reopened)).toEqual([]);
    for (const meta of reopened.list()) {
      expect(meta.insightsVersion).toBe(INSIGHTS_VERSION);
      expect(meta.paths).toContain('/elsewhere/copy.txt');
      const article = await reopened.get(meta.id);
      expect(article?.insights?.version).toBe(INSIGHTS_VERSION);
      expect(article?.paths).toContain('/elsewhere/copy.txt');
    }
    // nothing left: a second pass reads nothing
    expect(await refreshInsights(reopened, extractInsights)).toBe(0);
  });

  it('goes on past an article the extractor fails on, which stays to do; a stopped refresh leaves the rest to do', async () => {
    const dir = await olderLibrary();
    const library = await Library.open(dir);
    const [failing] = staleInsights(library);
    const rewritten = await refreshInsights(library, (article) => {
      if (article.id === failing) throw new Error('a bug in the reading');
      return extractInsights(article);
    });
    expect(rewritten).toBe(4);
    expect(staleInsights(await Library.open(dir))).toEqual([failing]);
    const stopped = new AbortController();
    stopped.abort();
    expect(await refreshInsights(await Library.open(dir), extractInsights, { signal: stopped.signal })).toBe(0);
    expect(staleInsights(await Library.open(dir))).toEqual([failing]);
  });

  it.each([
    ['in this thread', undefined],
    ['in the library worker', LIBRARY_WORKER],
  ])('runs through the service %s with insightsProgress events; an import meanwhile is refused as busy', async (_where, libraryWorker) => {
    const dir = await olderLibrary();
    const shell = testShell({});
    const events: { done: number; total: number }[] = [];
    shell.on('insightsProgress', (progress) => events.push(progress));
    const service = await AttacheService.open({ libraryDir: dir, seedsDir: SEEDS_DIR, shell, libraryWorker });
    const running = service.refreshInsights();
    const meanwhile = await service.importFrom(SEEDS_DIR);
    expect(meanwhile).toMatchObject({ ok: false, reason: 'busy', message: expect.stringContaining('read again') });
    expect(await running).toEqual({ ok: true, refreshed: 5 });
    expect(events).toEqual([{ done: 5, total: 5 }]);
    expect(staleInsights(await Library.open(dir))).toEqual([]);
    // the service reads the library the worker rewrote
    expect(service.listArticles().every((meta) => meta.insightsVersion === INSIGHTS_VERSION)).toBe(true);
  });
});
