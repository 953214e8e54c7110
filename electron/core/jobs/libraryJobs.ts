// Jobs that change the library and its index together: an import (read the folder, then index what it
// added) and an index update (after a removal). The app runs them in its library thread (a worker kept
// for the session), so the main process keeps answering searches from the segments it has loaded; the
// command line and most tests run them in the calling thread. Same report either way.
import { Worker } from 'node:worker_threads';
import type { ImportReport } from '../../contract.js';
import { importFolderInto, type ImportOptions } from '../library/folderImport.js';
import { ThreadReaders } from '../library/fileReader.js';
import type { Library } from '../library/library.js';
import { extractInsights } from '../insights/extract.js';
import { refreshInsights, type RefreshOptions } from './insightsRefresh.js';
import type { LibraryJob, LibraryThreadRole, ThreadRequest, WorkerMessage } from './libraryWorker.js';

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
      ? new ThreadReaders({ ...script, workerData: { kind: 'read' } satisfies LibraryThreadRole }, extractInsights)
      : undefined;

/**
 * Imports a folder; in a worker, the worker also indexes what it imported (in this thread, the caller
 * indexes, and `readingThreads` reads a large folder on a thread per core).
 */
export async function runImport(
  library: Library,
  folder: string,
  options: ImportOptions,
  worker?: LibraryThread,
  readingThreads?: WorkerScript,
): Promise<ImportReport> {
  if (!worker)
    return importFolderInto(library, folder, {
      extract: extractInsights,
      ...(readingThreads ? { readers: threadedReaders(readingThreads) } : {}),
      ...options,
    });
  const report = await worker.run(
    { kind: 'import', libraryDir: library.dir, folder, collection: options.collection, script: worker.script },
    options,
  );
  return report!;
}

/** Reads again the articles whose stored insights are an older version's (in a worker, or in this thread). */
export async function runInsightsRefresh(library: Library, options: RefreshOptions, worker?: LibraryThread): Promise<void> {
  if (!worker) {
    await refreshInsights(library, extractInsights, options);
    return;
  }
  await worker.run(
    { kind: 'insights', libraryDir: library.dir },
    { signal: options.signal, onProgress: ({ done, total }) => options.onProgress?.(done, total) },
  );
}

/** Brings the library's index on disk up to date in a worker thread (after a removal). */
export async function runIndexUpdate(library: Library, worker: LibraryThread): Promise<void> {
  await worker.run({ kind: 'index', libraryDir: library.dir }, {});
}

const JOB_NAMES: Record<LibraryJob['kind'], string> = { import: 'Import', index: 'Indexing', insights: 'Reading insights' };

/** How long the library thread is kept without a job. */
const IDLE_MS = 5 * 60 * 1000;

/**
 * The app's library thread: started at the first job and kept while jobs follow, so that each one after
 * the first finds the library open and every step of reading warm — at 100,000 articles, adding ten
 * articles took 2.4 s in a thread started for them and 0.45 s in a kept one (bench/startup.ts). Kept, it
 * holds its own copy of the catalog and the dictionaries its reading loaded (about 300 MB at 100,000),
 * so after IDLE_MS without a job it stops, and the next job starts it again. It never keeps the process
 * alive between jobs; if it stops during one, that job fails with the reason.
 */
export class LibraryThread {
  private thread: Worker | undefined;
  /** The job running, and how to settle it. */
  private current:
    { job: LibraryJob; options: ImportOptions; resolve(report?: ImportReport): void; reject(error: Error): void } | undefined;

  private idle: NodeJS.Timeout | undefined;

  constructor(readonly script: WorkerScript) {}

  run(job: LibraryJob, options: ImportOptions): Promise<ImportReport | undefined> {
    if (this.current) return Promise.reject(new Error(`${JOB_NAMES[job.kind]} asked while a job runs`));
    clearTimeout(this.idle);
    return new Promise<ImportReport | undefined>((resolve, reject) => {
      const cancel = (): void => this.send({ type: 'cancel' });
      options.signal?.addEventListener('abort', cancel, { once: true });
      const settled = (): void => {
        options.signal?.removeEventListener('abort', cancel);
        this.current = undefined;
        // idle, the thread does not keep the process alive, and stops after a while
        this.thread?.unref();
        this.idle = setTimeout(() => void this.close(), IDLE_MS).unref();
      };
      this.current = {
        job,
        options,
        resolve: (report) => (settled(), resolve(report)),
        reject: (error) => (settled(), reject(error)),
      };
      this.send({ type: 'job', job });
      this.thread!.ref();
    });
  }

  /** Stops the thread (a job running fails); the next job starts it again. */
  async close(): Promise<void> {
    clearTimeout(this.idle);
    const thread = this.thread;
    this.thread = undefined;
    await thread?.terminate();
  }

  private send(request: ThreadRequest): void {
    (this.thread ?? this.start()).postMessage(request);
  }

  private start(): Worker {
    const thread = new Worker(this.script.script, {
      workerData: { kind: 'jobs' } satisfies LibraryThreadRole,
      execArgv: this.script.execArgv ?? [],
    });
    thread.unref();
    this.thread = thread;
    thread.on('message', (message: WorkerMessage) => {
      const current = this.current;
      if (!current) return;
      if (message.type === 'progress') current.options.onProgress?.({ done: message.done, total: message.total, current: message.current });
      else if (message.type === 'done') current.resolve(message.report);
      else current.reject(new Error(`${JOB_NAMES[current.job.kind]} failed: ${message.message}`));
    });
    const stopped = (error: Error): void => {
      if (this.thread === thread) this.thread = undefined;
      this.current?.reject(error);
    };
    thread.on('error', stopped);
    thread.on('exit', (code) => stopped(new Error(`The library thread stopped (exit code ${code})`)));
    return thread;
  }
}
