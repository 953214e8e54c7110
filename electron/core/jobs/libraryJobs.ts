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
 * articles took 2.3 s in a thread started for them and 0.4 s in a kept one (bench/startup.ts). Kept, it
 * holds its own copy of the catalog and the dictionaries its reading loaded (about 300 MB at 100,000),
 * so after `idleMs` without a job it stops, and the next job starts a new one once the old one has
 * stopped. Between jobs it does not keep the process alive. A job whose thread stops fails with the
 * reason; what a thread says is taken only from the thread running that job, and only for that job's id.
 */
export class LibraryThread {
  private thread: Worker | undefined;
  /** The thread last stopped, until it has (a new one is started only after: never two writers). */
  private stopping: Promise<void> = Promise.resolve();
  /** The job running: its id, the thread it was sent to, and how to settle it. */
  private current:
    | {
        id: number;
        job: LibraryJob;
        options: ImportOptions;
        thread?: Worker;
        resolve(report?: ImportReport): void;
        reject(error: Error): void;
      }
    | undefined;
  private jobs = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(
    readonly script: WorkerScript,
    private readonly idleMs = IDLE_MS,
  ) {}

  private prepared: { thread: Worker; resolve(): void }[] = [];
  private preparing: Promise<void> | undefined;

  /**
   * Starts the thread, if it is not running, and has it ready itself before a job is asked (while the
   * import dialog is open): open the library, compile its date patterns, read one stored article of each
   * of the commonest languages (libraryWorker.ts). Resolves when it has, or has stopped. Left without a
   * job, it stops after `idleMs` as after one.
   */
  prepare(libraryDir: string): Promise<void> {
    if (this.current) return Promise.resolve();
    // asked again while readying (a drag enters the window more than once): the same readying
    if (this.preparing) return this.preparing;
    clearTimeout(this.idle);
    return (this.preparing = new Promise<void>((resolve) => {
      this.stopping
        .then(() => {
          const thread = this.thread ?? this.start();
          this.prepared.push({ thread, resolve });
          thread.postMessage({ type: 'prepare', libraryDir } satisfies ThreadRequest);
        })
        .catch(() => resolve());
    }).finally(() => {
      this.preparing = undefined;
      if (!this.current) this.idle = setTimeout(() => void this.close(), this.idleMs).unref();
    }));
  }

  run(job: LibraryJob, options: ImportOptions): Promise<ImportReport | undefined> {
    if (this.current) return Promise.reject(new Error(`${JOB_NAMES[job.kind]} asked while a job runs`));
    clearTimeout(this.idle);
    const id = ++this.jobs;
    return new Promise<ImportReport | undefined>((resolve, reject) => {
      const cancel = (): void => this.current?.thread?.postMessage({ type: 'cancel', id } satisfies ThreadRequest);
      options.signal?.addEventListener('abort', cancel, { once: true });
      const settled = (): void => {
        options.signal?.removeEventListener('abort', cancel);
        this.current = undefined;
        // idle, the thread does not keep the process alive, and stops after a while
        this.thread?.unref();
        this.idle = setTimeout(() => void this.close(), this.idleMs).unref();
      };
      const current = {
        id,
        job,
        options,
        resolve: (report?: ImportReport) => (settled(), resolve(report)),
        reject: (error: Error) => (settled(), reject(error)),
      };
      this.current = current;
      this.stopping
        .then(() => {
          const thread = this.thread ?? this.start();
          thread.ref();
          Object.assign(current, { thread });
          thread.postMessage({ type: 'job', id, job } satisfies ThreadRequest);
          if (options.signal?.aborted) cancel();
        })
        .catch((error: unknown) => current.reject(new Error(`${JOB_NAMES[job.kind]} failed: ${describe(error)}`)));
    });
  }

  /** Stops the thread (a job running fails); the next job starts a new one. */
  close(): Promise<void> {
    clearTimeout(this.idle);
    const thread = this.thread;
    this.thread = undefined;
    if (thread)
      this.stopping = thread.terminate().then(
        () => undefined,
        () => undefined,
      );
    return this.stopping;
  }

  private start(): Worker {
    const thread = new Worker(this.script.script, {
      workerData: { kind: 'jobs' } satisfies LibraryThreadRole,
      execArgv: this.script.execArgv ?? [],
    });
    thread.unref();
    this.thread = thread;
    const ours = (): NonNullable<typeof this.current> | undefined => (this.current?.thread === thread ? this.current : undefined);
    const prepared = (): void => {
      for (const waiting of this.prepared.filter((entry) => entry.thread === thread)) waiting.resolve();
      this.prepared = this.prepared.filter((entry) => entry.thread !== thread);
    };
    thread.on('message', (message: WorkerMessage) => {
      if (message.type === 'prepared') {
        prepared();
        return;
      }
      const current = ours();
      if (!current || message.id !== current.id) return;
      if (message.type === 'progress') current.options.onProgress?.({ done: message.done, total: message.total, current: message.current });
      else if (message.type === 'done') current.resolve(message.report);
      else current.reject(new Error(`${JOB_NAMES[current.job.kind]} failed: ${message.message}`));
    });
    const stopped = (reason: string): void => {
      if (this.thread === thread) this.thread = undefined;
      prepared();
      const current = ours();
      current?.reject(new Error(`${JOB_NAMES[current.job.kind]} failed: ${reason}`));
    };
    thread.on('error', (error) => stopped(`the library thread stopped on an error (${describe(error)})`));
    thread.on('exit', (code) => stopped(`the library thread stopped (exit code ${code})`));
    return thread;
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
