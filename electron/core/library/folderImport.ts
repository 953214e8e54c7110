// Import: walk a folder, turn each file into an article, and store what is new or changed. Every file
// ends up in the report: imported, updated, a duplicate of an article already in, or skipped with a
// reason the user can act on. Progress is reported per file; a cancelled import keeps what it finished.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, ArticleMeta, ImportProgress, ImportReport } from '../../contract.js';
import type { FileOutcome } from './article.js';
import { inThreadReader, type FileReader } from './fileReader.js';
import { jaccard, NEAR_DUPLICATE_JACCARD, NearDuplicateIndex, shinglesOf } from './nearDuplicates.js';
import { Library } from './library.js';
import { walkFolder } from './walk.js';

/** Articles are committed in batches: each batch is one catalog write. */
const BATCH = 250;

export interface ImportOptions {
  collection?: string;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Reads the article's quotes, figures, events and entities, stored with it (insights/extract.ts). */
  extract?: (article: Article) => Article['insights'];
  /**
   * Reading threads for an import of this many files (fileReader.ts), closed when it ends; without them
   * (or for few files, where starting threads costs more than it saves) files are read here, with `extract`.
   */
  readers?: (files: number) => FileReader | undefined;
}

export async function importFolderInto(library: Library, folder: string, options: ImportOptions = {}): Promise<ImportReport> {
  const root = path.resolve(folder);
  const collection = options.collection?.trim() || path.basename(root);
  const report: ImportReport = {
    collection,
    folder: root,
    files: 0,
    imported: [],
    updated: [],
    duplicates: [],
    skipped: [],
    canceled: false,
  };
  const rootStat = await fs.stat(root).catch(() => undefined);
  if (!rootStat?.isDirectory()) {
    report.skipped.push({ path: root, reason: rootStat ? 'not a folder' : 'no such folder' });
    return report;
  }
  const walked = await walkFolder(root);
  report.skipped.push(...walked.problems);
  report.files = walked.files.length;

  const pathToId = new Map(library.list().flatMap((meta) => meta.paths.map((file) => [file, meta.id] as const)));
  const batch = new Batch(library);
  const nearDuplicates = new NearDuplicateIndex();
  for (const meta of library.list()) if (meta.simhash) nearDuplicates.add(meta.id, meta.simhash);

  // files are read ahead, on reading threads where there are some, and taken in the order walked; in this
  // thread only the next file's disk read overlaps the work on this one (more would only hold more articles)
  const threads = options.readers?.(walked.files.length);
  const reader = threads ?? inThreadReader(options.extract);
  const reads = new ReadAhead(
    walked.files,
    (file) => reader.read(file, collection, folderOf(root, collection, file)),
    threads ? READ_AHEAD : 2,
  );
  // a cancel does not wait for a read that may never end (a thread stuck on a hostile file)
  let onAbort = (): void => {};
  const canceled = new Promise<'canceled'>((resolve) => {
    onAbort = () => resolve('canceled');
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  /** A read taken when the cancel came: in this thread it runs on, and is waited for like the rest. */
  let abandoned: Promise<unknown> | undefined;
  try {
    await importFiles();
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    reads.stop();
    // the reading threads are stopped first: what they still held (after a cancel) is not waited for
    await reader.close();
    await reads.settled();
    await abandoned;
  }
  await library.recordImport(report);
  options.onProgress?.({
    done: report.canceled ? report.imported.length + report.updated.length : walked.files.length,
    total: walked.files.length,
    current: null,
  });
  return report;

  async function importFiles(): Promise<void> {
    for (const [index, file] of walked.files.entries()) {
      options.onProgress?.({ done: index, total: walked.files.length, current: file });
      if (options.signal?.aborted) {
        report.canceled = true;
        break;
      }
      const next = reads.next();
      const outcome = await Promise.race([next, canceled]);
      if (outcome === 'canceled') {
        abandoned = next;
        report.canceled = true;
        break;
      }
      if (!outcome.ok) {
        report.skipped.push({ path: file, reason: outcome.reason });
        continue;
      }
      const { article } = outcome;
      const existing = batch.meta(article.id);
      if (existing) {
        const kind = !existing.paths.includes(file)
          ? 'same-text'
          : existing.collections.includes(collection)
            ? 'unchanged'
            : 'added-to-collection';
        report.duplicates.push({ path: file, id: article.id, of: existing.path, kind });
        batch.update({
          ...existing,
          collections: union(existing.collections, [collection]),
          paths: union(existing.paths, [file]),
        });
      } else {
        const previousId = pathToId.get(file);
        const previous = previousId ? batch.meta(previousId) : undefined;
        const similarity =
          previous && previous.path !== file ? await similarityTo(shinglesOf(article.body), previous.id, batch) : undefined;
        const stillNear = similarity === undefined ? undefined : rounded(similarity);
        if (previous && stillNear !== undefined && stillNear >= NEAR_DUPLICATE_JACCARD) {
          // a file kept as a near-duplicate of another's text, read again: still that article's copy
          report.duplicates.push({ path: file, id: previous.id, of: previous.path, kind: 'near-duplicate', similarity: stillNear });
          batch.update({ ...previous, collections: union(previous.collections, [collection]) });
          if (batch.size >= BATCH) await batch.commit();
          continue;
        }
        if (previous) {
          // the file changed since it was imported: its new text replaces the old article
          batch.detach(previous, file);
          article.collections = union(previous.collections, [collection]);
          report.updated.push({ path: file, id: article.id, replaced: previous.id });
        } else {
          const near = await nearDuplicateOf(article, nearDuplicates, batch);
          if (near) {
            // the same article with other furniture or small edits: kept once, the first text, with every path
            report.duplicates.push({
              path: file,
              id: near.meta.id,
              of: near.meta.path,
              kind: 'near-duplicate',
              similarity: near.similarity,
            });
            batch.update({ ...near.meta, collections: union(near.meta.collections, [collection]), paths: union(near.meta.paths, [file]) });
            pathToId.set(file, near.meta.id);
            if (batch.size >= BATCH) await batch.commit();
            continue;
          }
          report.imported.push({ path: file, id: article.id });
        }
        if (article.simhash) nearDuplicates.add(article.id, article.simhash);
        batch.add(article);
      }
      pathToId.set(file, article.id);
      if (batch.size >= BATCH) await batch.commit();
    }
    await batch.commit();
  }
}

/** Where a file sits in the imported tree, as the article's folder: "bbc/business". */
const folderOf = (root: string, collection: string, file: string): string =>
  [collection, ...path.relative(root, path.dirname(file)).split(path.sep).filter(Boolean)].join('/');

/** How many files are read ahead of the one being stored: enough to keep every reading thread busy. */
const READ_AHEAD = 32;

/** Reads of files started ahead, up to `ahead` at a time, handed out in the files' order. */
class ReadAhead {
  /** Each read started, in file order; a taken one is let go (its article may be large). */
  private readonly started: (Promise<FileOutcome> | undefined)[] = [];
  private taken = 0;
  private stopped = false;

  constructor(
    private readonly files: string[],
    private readonly read: (file: string) => Promise<FileOutcome>,
    private readonly ahead: number,
  ) {
    this.fill();
  }

  /** The next file's outcome (the files are taken one by one, in order). */
  async next(): Promise<FileOutcome> {
    const outcome = this.started[this.taken]!;
    this.started[this.taken] = undefined;
    this.taken += 1;
    this.fill();
    return outcome;
  }

  private fill(): void {
    while (!this.stopped && this.started.length < this.files.length && this.started.length < this.taken + this.ahead) {
      this.started.push(this.read(this.files[this.started.length]!));
    }
  }

  /** Starts no more reads (a cancel, the end, a failure). */
  stop(): void {
    this.stopped = true;
  }

  /** Waits for the reads started and not taken, so that nothing reads on after the import returned. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.started.filter(Boolean));
  }
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

const rounded = (similarity: number): number => Math.round(similarity * 1000) / 1000;

/** The Jaccard similarity of shingles to an article's text in the library (or this import); undefined if it cannot be read. */
async function similarityTo(shingles: Set<string>, id: string, batch: Batch): Promise<number | undefined> {
  const body = await batch.bodyOf(id);
  return body === undefined ? undefined : jaccard(shingles, shinglesOf(body));
}

/** An article already in (or in this import) whose text is nearly this one's, with their similarity. */
async function nearDuplicateOf(
  article: Article,
  index: NearDuplicateIndex,
  batch: Batch,
): Promise<{ meta: ArticleMeta; similarity: number } | undefined> {
  if (!article.simhash) return undefined;
  const candidates = index.candidates(article.simhash);
  if (candidates.length === 0) return undefined;
  const shingles = shinglesOf(article.body);
  for (const id of candidates) {
    const meta = batch.meta(id);
    const similarity = meta ? await similarityTo(shingles, id, batch) : undefined;
    if (meta && similarity !== undefined && similarity >= NEAR_DUPLICATE_JACCARD) return { meta, similarity: rounded(similarity) };
  }
  return undefined;
}

/** Changes waiting for the next catalog write, seen through the library as it will be after it. */
class Batch {
  private added = new Map<string, Article>();
  private updated = new Map<string, ArticleMeta>();
  private removed = new Set<string>();

  constructor(private readonly library: Library) {}

  get size(): number {
    return this.added.size + this.updated.size + this.removed.size;
  }

  meta(id: string): ArticleMeta | undefined {
    if (this.removed.has(id)) return undefined;
    return this.added.get(id) ?? this.updated.get(id) ?? this.library.meta(id);
  }

  /** The text of an article, from this batch or from the library. */
  async bodyOf(id: string): Promise<string | undefined> {
    return this.added.get(id)?.body ?? (await this.library.get(id))?.body;
  }

  add(article: Article): void {
    this.removed.delete(article.id);
    this.added.set(article.id, article);
  }

  update(meta: ArticleMeta): void {
    const added = this.added.get(meta.id);
    if (added) this.added.set(meta.id, { ...added, ...meta });
    else this.updated.set(meta.id, meta);
  }

  /** Takes `file` away from an article; an article left with no file is removed. */
  detach(meta: ArticleMeta, file: string): void {
    const paths = meta.paths.filter((other) => other !== file);
    if (paths.length > 0) {
      this.update({ ...meta, paths, path: paths[0]! });
      return;
    }
    this.added.delete(meta.id);
    this.updated.delete(meta.id);
    this.removed.add(meta.id);
  }

  async commit(): Promise<void> {
    if (this.size === 0) return;
    await this.library.commit({ added: [...this.added.values()], updated: [...this.updated.values()], removed: [...this.removed] });
    this.added = new Map();
    this.updated = new Map();
    this.removed = new Set();
  }
}
