// Jobs that change the library and its index together: an import (read the folder, then index what it
// added) and an index update (after a removal). The app runs them in a worker thread, so the main process
// keeps answering searches from the segments it has loaded; the command line and most tests run them in
// the calling thread. Same report either way.
import { Worker } from 'node:worker_threads';
import type { ImportReport } from '../../contract.js';
import { importFolderInto, type ImportOptions } from '../library/folderImport.js';
import { ThreadReaders } from '../library/fileReader.js';
import type { Library } from '../library/library.js';
import { extractInsights } from '../insights/extract.js';
import { refreshInsights, type RefreshOptions } from './insightsRefresh.js';
import type { LibraryJob, WorkerMessage } from './libraryWorker.js';

/** Where the worker's entry point is: the bundled .cjs in the app, the .ts file (with tsx) in tests. */
export interface WorkerScript {
  script: string;
  execArgv?: string[];
}

/** Imports of fewer files are read in the import's own thread: each reading thread loads its own dictionaries (about a second). */
const THREADED_IMPORT_FILES = 200;

/** Reading threads for a folder of `files` files, started from `script` (the library worker's), when it is worth it. */
export const threadedReaders =
  (script: WorkerScript): NonNullable<ImportOptions['readers']> =>
  (files) =>
    files >= THREADED_IMPORT_FILES
      ? new ThreadReaders({ ...script, workerData: { kind: 'read' } satisfies LibraryJob }, extractInsights)
      : undefined;

/**
 * Imports a folder; in a worker, the worker also indexes what it imported (in this thread, the caller
 * indexes, and `readingThreads` reads a large folder on a thread per core).
 */
export async function runImport(
  library: Library,
  folder: string,
  options: ImportOptions,
  worker?: WorkerScript,
  readingThreads?: WorkerScript,
): Promise<ImportReport> {
  if (!worker)
    return importFolderInto(library, folder, {
      extract: extractInsights,
      ...(readingThreads ? { readers: threadedReaders(readingThreads) } : {}),
      ...options,
    });
  const report = await runJob(
    {
      kind: 'import',
      libraryDir: library.dir,
      folder,
      collection: options.collection,
      script: { script: worker.script, execArgv: worker.execArgv },
    },
    options,
    worker,
  );
  return report!;
}

/** Reads again the articles whose stored insights are an older version's (in a worker, or in this thread). */
export async function runInsightsRefresh(library: Library, options: RefreshOptions, worker?: WorkerScript): Promise<void> {
  if (!worker) {
    await refreshInsights(library, extractInsights, options);
    return;
  }
  await runJob(
    { kind: 'insights', libraryDir: library.dir },
    { signal: options.signal, onProgress: ({ done, total }) => options.onProgress?.(done, total) },
    worker,
  );
}

/** Brings the library's index on disk up to date in a worker thread (after a removal). */
export async function runIndexUpdate(library: Library, worker: WorkerScript): Promise<void> {
  await runJob({ kind: 'index', libraryDir: library.dir }, {}, worker);
}

type MainJob = Exclude<LibraryJob, { kind: 'read' }>;
const JOB_NAMES: Record<MainJob['kind'], string> = { import: 'Import', index: 'Indexing', insights: 'Reading insights' };

function runJob(job: MainJob, options: ImportOptions, worker: WorkerScript): Promise<ImportReport | undefined> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker.script, { workerData: job, execArgv: worker.execArgv ?? [] });
    const cancel = (): void => thread.postMessage({ type: 'cancel' });
    options.signal?.addEventListener('abort', cancel, { once: true });
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', cancel);
      action();
      void thread.terminate();
    };
    thread.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.({ done: message.done, total: message.total, current: message.current });
      else if (message.type === 'done') settle(() => resolve(message.report));
      else settle(() => reject(new Error(`${JOB_NAMES[job.kind]} failed: ${message.message}`)));
    });
    thread.on('error', (error) => settle(() => reject(error)));
    thread.on('exit', (code) => settle(() => reject(new Error(`The import worker stopped (exit code ${code})`))));
  });
}
