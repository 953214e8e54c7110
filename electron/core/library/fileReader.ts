// Reading a file into an article — decoding, extraction, cleaning, facts, insights, the library's check —
// is most of an import's work and needs nothing but the file: an import spreads it over reading threads
// (one per core), and stores the articles in the order walked. Same outcome in this thread or another.
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../contract.js';
import { MAX_FILE_BYTES, readArticle, TOO_LARGE, type FileOutcome } from './article.js';
import { insightFields } from './entityNames.js';
import { isSupported } from './formats.js';
import { Library } from './library.js';

export type Extract = (article: Article) => Article['insights'];

export interface FileReader {
  read(file: string, collection: string, folder: string): Promise<FileOutcome>;
  /** Stops the reading threads, if any. */
  close(): Promise<void>;
}

/** One file → an article with its insights, checked as the library's reader will read it; or why not. */
export async function readFileToArticle(file: string, collection: string, folder: string, extract?: Extract): Promise<FileOutcome> {
  const outcome = await readFile(file, collection, folder);
  if (!outcome.ok) return outcome;
  const { article } = outcome;
  if (extract) {
    // what is read out of the text is extra: a fault there costs the article its stored insights (read
    // again, with the fault reported, when they are asked for), never the article
    try {
      const insights = extract(article);
      if (insights) Object.assign(article, insightFields(insights));
    } catch {
      delete article.insights;
      delete article.insightsVersion;
      delete article.people;
      delete article.organisations;
      delete article.places;
    }
  }
  const problem = Library.problemWith(article);
  if (problem) return { ok: false, reason: `what was read from it failed the library's check (${problem}); nothing of it was written` };
  return outcome;
}

async function readFile(file: string, collection: string, folder: string): Promise<FileOutcome> {
  if (!isSupported(path.extname(file))) return { ok: false, reason: `unsupported file type (${path.extname(file) || 'no extension'})` };
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: TOO_LARGE };
    return await readArticle(await fs.readFile(file), file, collection, folder);
  } catch (error) {
    return { ok: false, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

export const inThreadReader = (extract?: Extract): FileReader => ({
  read: (file, collection, folder) => readFileToArticle(file, collection, folder, extract),
  close: async () => undefined,
});

/** What a reading thread is asked and answers. */
export interface ReadRequest {
  id: number;
  file: string;
  collection: string;
  folder: string;
}
export interface ReadAnswer {
  id: number;
  outcome: FileOutcome;
}
/** A reading thread says it is ready (its modules loaded) before it reads anything. */
export interface ReadyMessage {
  ready: true;
}

/** Where a reading thread starts: a script whose workerData `start` routes it to serveReads (libraryWorker.ts). */
export interface ReaderScript {
  script: string;
  execArgv?: string[];
  workerData: unknown;
}

type Pending = Map<number, { request: ReadRequest; resolve: (outcome: FileOutcome) => void }>;

/**
 * Reading threads, one per core (at most four: each holds its own dictionaries), each given the next file
 * when it has the fewest pending. A thread that dies reading costs only the files it held (each skipped
 * with the reason: one of them may be what killed it); one that dies before it was ready (it could not
 * start) has read nothing, so its files go to the others. With none left, files are read in this thread.
 */
export class ThreadReaders implements FileReader {
  private readonly threads: { worker: Worker; pending: Pending; ready: boolean }[] = [];
  private nextId = 0;
  private readonly fallback: FileReader;
  /** Closed (an import ended or was canceled): what the threads held is not read elsewhere. */
  private closed = false;

  constructor(script: ReaderScript, extract: Extract | undefined, count = Math.min(4, availableParallelism())) {
    this.fallback = inThreadReader(extract);
    for (let n = 0; n < count; n++) {
      const worker = new Worker(script.script, { workerData: script.workerData, execArgv: script.execArgv ?? [] });
      const thread = { worker, pending: new Map() as Pending, ready: false };
      worker.on('message', (message: ReadAnswer | ReadyMessage) => {
        if ('ready' in message) {
          thread.ready = true;
          return;
        }
        thread.pending.get(message.id)?.resolve(message.outcome);
        thread.pending.delete(message.id);
      });
      const die = (why: string): void => {
        const at = this.threads.indexOf(thread);
        if (at >= 0) this.threads.splice(at, 1);
        for (const { request, resolve } of thread.pending.values()) {
          if (this.closed) resolve({ ok: false, reason: 'not read: the import was stopped' });
          else if (thread.ready) resolve({ ok: false, reason: `could not be read: the reading thread stopped (${why})` });
          else void this.read(request.file, request.collection, request.folder).then(resolve);
        }
        thread.pending.clear();
      };
      worker.on('error', (error) => die(error.message));
      worker.on('exit', (code) => die(`exit code ${code}`));
      this.threads.push(thread);
    }
  }

  read(file: string, collection: string, folder: string): Promise<FileOutcome> {
    const thread = this.threads.reduce<(typeof this.threads)[number] | undefined>(
      (best, candidate) => (!best || candidate.pending.size < best.pending.size ? candidate : best),
      undefined,
    );
    if (!thread) return this.fallback.read(file, collection, folder);
    const request: ReadRequest = { id: this.nextId++, file, collection, folder };
    return new Promise((resolve) => {
      thread.pending.set(request.id, { request, resolve });
      thread.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const threads = [...this.threads];
    this.threads.length = 0;
    await Promise.all(threads.map(({ worker }) => worker.terminate()));
  }
}

/** The reading thread's side: says it is ready, then answers each request with the file's outcome. */
export function serveReads(
  port: { on(event: 'message', listener: (request: ReadRequest) => void): void; postMessage(answer: ReadAnswer | ReadyMessage): void },
  extract?: Extract,
): void {
  port.postMessage({ ready: true });
  port.on('message', (request) => {
    void readFileToArticle(request.file, request.collection, request.folder, extract).then((outcome) =>
      port.postMessage({ id: request.id, outcome }),
    );
  });
}
