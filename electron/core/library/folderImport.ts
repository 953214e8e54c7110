// Import: walk a folder, turn each file into an article, and store what is new or changed. Every file
// ends up in the report: imported, updated, a duplicate of an article already in, or skipped with a
// reason the user can act on. Progress is reported per file; a cancelled import keeps what it finished.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, ArticleMeta, ImportProgress, ImportReport } from '../../contract.js';
import { MAX_FILE_BYTES, readArticle, TOO_LARGE } from './article.js';
import { isSupported } from './formats.js';
import { Library } from './library.js';
import { walkFolder } from './walk.js';

/** Articles are committed in batches: each batch is one catalog write. */
const BATCH = 250;

export interface ImportOptions {
  collection?: string;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
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

  for (const [index, file] of walked.files.entries()) {
    options.onProgress?.({ done: index, total: walked.files.length, current: file });
    if (options.signal?.aborted) {
      report.canceled = true;
      break;
    }
    const folder = [collection, ...path.relative(root, path.dirname(file)).split(path.sep).filter(Boolean)].join('/');
    const outcome = await readFile(file, collection, folder);
    if (!outcome.ok) {
      report.skipped.push({ path: file, reason: outcome.reason });
      continue;
    }
    const { article } = outcome;
    const problem = Library.problemWith(article);
    if (problem) {
      report.skipped.push({
        path: file,
        reason: `what was read from it failed the library's check (${problem}); nothing of it was written`,
      });
      continue;
    }
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
      if (previous) {
        // the file changed since it was imported: its new text replaces the old article
        batch.detach(previous, file);
        article.collections = union(previous.collections, [collection]);
        report.updated.push({ path: file, id: article.id, replaced: previous.id });
      } else {
        report.imported.push({ path: file, id: article.id });
      }
      batch.add(article);
    }
    pathToId.set(file, article.id);
    if (batch.size >= BATCH) await batch.commit();
  }
  await batch.commit();
  await library.recordImport(report);
  options.onProgress?.({
    done: report.canceled ? report.imported.length + report.updated.length : walked.files.length,
    total: walked.files.length,
    current: null,
  });
  return report;
}

async function readFile(file: string, collection: string, folder: string): ReturnType<typeof readArticle> {
  if (!isSupported(path.extname(file))) return { ok: false, reason: `unsupported file type (${path.extname(file) || 'no extension'})` };
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: TOO_LARGE };
    return await readArticle(await fs.readFile(file), file, collection, folder);
  } catch (error) {
    return { ok: false, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

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
