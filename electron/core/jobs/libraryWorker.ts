// Worker-thread entry. As the app's library thread (`{ kind: 'jobs' }`) it is started once and runs the
// library jobs it is sent, one at a time — an import, then indexing what it added; an index update after
// a removal; insights read again — posting progress and each job's outcome to the thread that started
// it, which keeps serving searches meanwhile. It keeps the library open between jobs (reading only what
// changed since, `Library.reopened`) and everything its reading has loaded (dictionaries, chrono's
// compiled patterns), so that a small import after the first costs what its work costs. Started as
// `{ kind: 'read' }`, it is one of a large import's reading threads.
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportReport } from '../../contract.js';
import { importFolderInto } from '../library/folderImport.js';
import { serveReads } from '../library/fileReader.js';
import { warmDateParsers } from '../library/dates.js';
import { readArticle } from '../library/article.js';
import { fieldTermsOf } from '../search/engine/analysis.js';
import { threadedReaders } from './libraryJobs.js';
import { extractInsights } from '../insights/extract.js';
import { refreshInsights } from './insightsRefresh.js';
import { Library } from '../library/library.js';
import { indexDirOf, updateIndex } from '../search/engine/searchIndex.js';

export type LibraryJob =
  /** `script`: this worker's own entry point, started again as the import's reading threads. */
  | { kind: 'import'; libraryDir: string; folder: string; collection?: string; script?: { script: string; execArgv?: string[] } }
  | { kind: 'index'; libraryDir: string }
  | { kind: 'insights'; libraryDir: string };

/** What the thread is started as (its workerData). */
export type LibraryThreadRole = { kind: 'jobs' } | { kind: 'read' };

/**
 * From the starting thread: a job to run, or a cancel of one (each job has an id; every answer names it),
 * or a library to ready the thread for before a job is asked (the import dialog is open).
 */
export type ThreadRequest =
  { type: 'job'; id: number; job: LibraryJob } | { type: 'cancel'; id: number } | { type: 'prepare'; libraryDir: string };

export type WorkerMessage =
  | ({ id: number } & (
      | { type: 'progress'; done: number; total: number; current: string | null }
      | { type: 'done'; report?: ImportReport }
      | { type: 'failed'; message: string }
    ))
  | { type: 'prepared' };

const port = parentPort!;
const role = workerData as LibraryThreadRole;

/** The library as this thread last had it, brought up to date for each job (others change it meanwhile). */
let open: Promise<Library> | undefined;
const libraryIn = (dir: string): Promise<Library> => {
  const previous = open;
  open = (async () => {
    const library = await previous?.catch(() => undefined);
    return library?.dir === dir ? library.reopened() : Library.open(dir);
  })();
  return open;
};

/** Whether this thread has compiled its date patterns and read an article of each common language. */
let warmed = false;

/** What this thread's opens of the library found wrong and it has told already (the kept library keeps its notices). */
const told = new Set<string>();

async function run(id: number, job: LibraryJob, signal: AbortSignal): Promise<ImportReport | undefined> {
  const library = await libraryIn(job.libraryDir);
  if (job.kind === 'insights') {
    await refreshInsights(library, extractInsights, {
      signal,
      onProgress: (done, total) => port.postMessage({ id, type: 'progress', done, total, current: null } satisfies WorkerMessage),
    });
    return undefined;
  }
  let report: ImportReport | undefined;
  if (job.kind === 'import') {
    const { script } = job;
    report = await importFolderInto(library, job.folder, {
      collection: job.collection,
      extract: extractInsights,
      ...(script ? { readers: threadedReaders(script) } : {}),
      signal,
      onProgress: (progress) => port.postMessage({ id, type: 'progress', ...progress } satisfies WorkerMessage),
    });
    // what this thread's opens of the library found wrong (a damaged log cut) is told with an import's report, once
    const notices = library.notices.filter((notice) => !told.has(notice));
    notices.forEach((notice) => told.add(notice));
    if (notices.length > 0) report = { ...report, notices };
  }
  await updateIndex(indexDirOf(job.libraryDir), library);
  return report;
}

/** How many of the library's languages a prepared thread reads an article of. */
const WARMED_LANGUAGES = 3;

/**
 * Reads again, as an import would and writing nothing, one stored article of each of the library's most
 * common languages: the first run of every step of reading and indexing, and the dictionaries of the
 * languages the user has (Russian forms, German nouns), are paid before the import is asked.
 */
async function warmReading(library: Library): Promise<void> {
  const counts = new Map<string, { count: number; id: string }>();
  for (const meta of library.list())
    if (meta.language) counts.set(meta.language, { count: (counts.get(meta.language)?.count ?? 0) + 1, id: meta.id });
  const chosen = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, WARMED_LANGUAGES);
  for (const { id } of chosen) {
    const stored = await library.get(id);
    if (!stored) continue;
    const read = await readArticle(Buffer.from(`${stored.title}\n\n${stored.body}`), 'prepared.txt', 'prepared');
    if (!read.ok) continue;
    extractInsights(read.article);
    fieldTermsOf(read.article.body, read.article.language);
  }
}

function serveJobs(): void {
  // jobs run one after another; a cancel names its job, running or still waiting
  let queue = Promise.resolve();
  const controllers = new Map<number, AbortController>();
  port.on('message', (request: ThreadRequest) => {
    if (request.type === 'cancel') {
      controllers.get(request.id)?.abort();
      return;
    }
    if (request.type === 'prepare') {
      queue = queue.then(async () => {
        // a library that cannot be opened is left to the job, which says why
        const library = await libraryIn(request.libraryDir).catch(() => (open = undefined));
        // readied once: a drag that comes back, or a dialog opened again, only brings the library up to date
        if (library && !warmed) {
          warmDateParsers();
          await warmReading(library).catch(() => undefined);
          warmed = true;
        }
        port.postMessage({ type: 'prepared' } satisfies WorkerMessage);
      });
      return;
    }
    const { id, job } = request;
    const controller = new AbortController();
    controllers.set(id, controller);
    queue = queue.then(async () => {
      try {
        const report = await run(id, job, controller.signal);
        port.postMessage({ id, type: 'done', report } satisfies WorkerMessage);
      } catch (error) {
        // the library is read afresh for the next job: this one may have left it half-changed in memory
        open = undefined;
        port.postMessage({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
      } finally {
        controllers.delete(id);
      }
    });
  });
}

if (role.kind === 'read') serveReads(port, extractInsights);
else serveJobs();
