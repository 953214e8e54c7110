// Runs an import in a worker thread (the app's way: the main process keeps answering while files are
// parsed and indexed) or, without a worker script, in this thread (the command line's way). Same report
// either way. The worker also indexes what it imported; in this thread, the caller indexes.
import { Worker } from 'node:worker_threads';
import type { ImportReport } from '../../contract.js';
import { importFolder, type ImportOptions } from './importFolder.js';
import type { ImportJob, WorkerMessage } from './importWorker.js';
import type { Library } from './store.js';

/** Where the worker's entry point is: the bundled .cjs in the app, the .ts file (with tsx) in tests. */
export interface WorkerScript {
  script: string;
  execArgv?: string[];
}

export async function runImport(library: Library, folder: string, options: ImportOptions, worker?: WorkerScript): Promise<ImportReport> {
  if (!worker) return importFolder(library, folder, options);
  const report = await runJob({ kind: 'import', libraryDir: library.dir, folder, collection: options.collection }, options, worker);
  return report!;
}

/** Brings the library's index up to date in a worker thread (after a removal). */
export async function runIndexUpdate(library: Library, worker: WorkerScript): Promise<void> {
  await runJob({ kind: 'index', libraryDir: library.dir }, {}, worker);
}

function runJob(job: ImportJob, options: ImportOptions, worker: WorkerScript): Promise<ImportReport | undefined> {
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
      else settle(() => reject(new Error(`${job.kind === 'import' ? 'Import' : 'Indexing'} failed: ${message.message}`)));
    });
    thread.on('error', (error) => settle(() => reject(error)));
    thread.on('exit', (code) => settle(() => reject(new Error(`The import worker stopped (exit code ${code})`))));
  });
}
