// Worker-thread entry: runs one library job against the library on disk — an import, then indexing what
// it added, or only an index update after a removal — posting progress and the final report to the
// thread that started it, which keeps serving searches from the segments it has loaded meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportReport } from '../../contract.js';
import { importFolderInto } from '../library/folderImport.js';
import { serveReads } from '../library/fileReader.js';
import { threadedReaders } from './libraryJobs.js';
import { extractInsights } from '../insights/extract.js';
import { refreshInsights } from './insightsRefresh.js';
import { Library } from '../library/library.js';
import { indexDirOf, updateIndex } from '../search/engine/searchIndex.js';

export type LibraryJob =
  /** `script`: this worker's own entry point, started again as the import's reading threads. */
  | { kind: 'import'; libraryDir: string; folder: string; collection?: string; script?: { script: string; execArgv?: string[] } }
  | { kind: 'read' }
  | { kind: 'index'; libraryDir: string }
  | { kind: 'insights'; libraryDir: string };

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; current: string | null }
  | { type: 'done'; report?: ImportReport }
  | { type: 'failed'; message: string };

const port = parentPort!;
const job = workerData as LibraryJob;
const controller = new AbortController();
port.on('message', (message: { type?: string }) => {
  if (message.type === 'cancel') controller.abort();
});

async function run(): Promise<void> {
  if (job.kind === 'read') {
    serveReads(port, extractInsights);
    return;
  }
  const library = await Library.open(job.libraryDir);
  if (job.kind === 'insights') {
    await refreshInsights(library, extractInsights, {
      signal: controller.signal,
      onProgress: (done, total) => port.postMessage({ type: 'progress', done, total, current: null } satisfies WorkerMessage),
    });
    port.postMessage({ type: 'done' } satisfies WorkerMessage);
    return;
  }
  let report: ImportReport | undefined;
  if (job.kind === 'import') {
    const { script } = job;
    report = await importFolderInto(library, job.folder, {
      collection: job.collection,
      extract: extractInsights,
      ...(script ? { readers: threadedReaders(script) } : {}),
      signal: controller.signal,
      onProgress: (progress) => port.postMessage({ type: 'progress', ...progress } satisfies WorkerMessage),
    });
    // what this thread's open of the library found wrong (a damaged log cut) is told with the report
    if (library.notices.length > 0) report = { ...report, notices: [...library.notices] };
  }
  await updateIndex(indexDirOf(job.libraryDir), library);
  port.postMessage({ type: 'done', report } satisfies WorkerMessage);
}

run().catch((error: unknown) => {
  port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
});
