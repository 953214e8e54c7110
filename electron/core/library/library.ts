// The library on disk: one JSON file per article under articles/, and the catalog of every article's
// metadata: catalog.json (sealed) and catalog.log, the changes since it was written, one line each
// (changeLog.ts). A change of a few articles appends its line; when the log passes a quarter of the
// catalog's size, the catalog is written again with every change in it and the log emptied, so writing
// stays in proportion to what changed, at any size. Article files are written before the change that
// names them, each atomically, so a crash leaves every article either fully in the catalog or not in it.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleIdSchema, ArticleInsightsSchema, type Article, type ArticleMeta, type ImportReport } from '../../contract.js';
import { readJsonIfExists, removeStaleTempFiles, writeJsonAtomic } from '../atomicFile.js';
import { columnsSchema, toColumns } from './catalogColumns.js';
import { appendChange, clearChangeLog, cutChangeLog, readChangeLog } from './changeLog.js';
import { readSealedJson, sealedFormat, writeSealedJson } from '../sealedFile.js';

const PARALLEL_WRITES = 16;

const ArticleMetaSchema = z.object({
  id: ArticleIdSchema,
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  place: z.string().nullable(),
  placeInEnglish: z.string().optional(),
  author: z.string().nullable(),
  language: z.string().nullable(),
  countries: z.array(z.string()),
  collections: z.array(z.string()),
  folder: z.string(),
  path: z.string(),
  paths: z.array(z.string()),
  size: z.number(),
  hash: z.string(),
  simhash: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
  insightsVersion: z.number().int().optional(),
  people: z.array(z.string()).optional(),
  organisations: z.array(z.string()).optional(),
  places: z.array(z.string()).optional(),
});
const catalogOf = <Articles extends z.ZodType<ArticleMeta[]>>(articles: Articles) =>
  z.object({
    seeded: z.boolean(),
    /** Changes in the log of this generation or later build on this catalog; older ones are in it (0 if absent: before the log). */
    generation: z.number().int().nonnegative().optional(),
    articles,
  });
/** The catalog as written up to version 2: one object per article. */
const CatalogByArticleSchema = catalogOf(z.array(ArticleMetaSchema));
/** Since version 3: the articles' metadata by field (catalogColumns.ts), half the time to read at 100,000. */
const CatalogSchema = catalogOf(columnsSchema(ArticleMetaSchema));
type Catalog = z.infer<typeof CatalogSchema>;
const CATALOG = sealedFormat('attache-library', 3, CatalogSchema, {
  toJson: (catalog: Catalog) => ({ ...catalog, articles: toColumns(ArticleMetaSchema, catalog.articles) }),
  older: new Map([[2, (data: unknown) => CatalogByArticleSchema.parse(data)]]),
});
/** One commit, one line of catalog.log: the articles it put in or changed, and those it removed. */
const ChangeSchema = z.object({
  generation: z.number().int().nonnegative(),
  put: z.array(ArticleMetaSchema),
  removed: z.array(ArticleIdSchema),
  seeded: z.boolean().optional(),
});
type Change = z.infer<typeof ChangeSchema>;
const checkChange = (value: unknown): Change => ChangeSchema.parse(value);
/** The log is folded into the catalog when it grows past this share of the catalog's size. */
const LOG_SHARE = 0.25;
const ArticleFileSchema = ArticleMetaSchema.extend({ body: z.string(), insights: ArticleInsightsSchema.optional() });
const ArticleBodySchema = ArticleFileSchema.pick({ id: true, body: true });

export class LibraryError extends Error {}

const KEPT_IMPORT_RECORDS = 50;
const ImportRecordSchema = z.object({ at: z.string(), folder: z.string(), collection: z.string(), ids: z.array(z.string()) });
type ImportRecord = z.infer<typeof ImportRecordSchema>;

/**
 * What mending the catalog cost (its last good copy restored, or its log cut where it was damaged): how
 * many imported articles it lacks, and which imports to repeat. `since`: the file whose time of writing
 * bounds which imports can be what it lacks (earlier ones' missing articles were removed by the user).
 */
async function mendedNotice(dir: string, head: string, articles: ArticleMeta[], since: string): Promise<string> {
  const present = new Set(articles.map((meta) => meta.id));
  const recordsDir = path.join(dir, 'imports');
  // a rename keeps the copy's time of writing
  const restoredAt = (await fs.stat(path.join(dir, since)).catch(() => undefined))?.mtimeMs ?? 0;
  const names = await fs.readdir(recordsDir).catch(() => [] as string[]);
  const lacking = new Map<string, { record: ImportRecord; missing: number }>();
  for (const name of names.filter((file) => file.endsWith('.json')).sort()) {
    const parsed = ImportRecordSchema.safeParse(await readJsonIfExists(path.join(recordsDir, name)).catch(() => undefined));
    if (!parsed.success || Date.parse(parsed.data.at) < restoredAt - 1000) continue;
    const missing = parsed.data.ids.filter((id) => !present.has(id)).length;
    if (missing > 0) lacking.set(`${parsed.data.folder}\n${parsed.data.collection}`, { record: parsed.data, missing });
  }
  if (lacking.size === 0) return `${head} No recorded import lost articles.`;
  const total = [...lacking.values()].reduce((sum, entry) => sum + entry.missing, 0);
  const imports = [...lacking.values()]
    .map(
      ({ record, missing }) =>
        `${record.folder} (collection “${record.collection}”, ${missing} articles, imported ${record.at.slice(0, 16).replace('T', ' ')} UTC)`,
    )
    .join('; ');
  return `${head} It lacks ${total} articles imported since; import again: ${imports}.`;
}

/** Which catalog.json a library read: if it is still the one on disk, reading the log's new lines brings it up to date. */
interface CatalogStamp {
  ino: number;
  size: number;
  mtimeMs: number;
}
const stampOf = async (file: string): Promise<CatalogStamp | undefined> => {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat && { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
};
const sameStamp = (a: CatalogStamp | undefined, b: CatalogStamp | undefined): boolean =>
  a !== undefined && b !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

export class Library {
  private byId: Map<string, ArticleMeta>;
  private articles: ArticleMeta[];

  /** The highest generation of a line read from the log: a new catalog is written past it. */
  private logGeneration = 0;
  /** What catalog.json says beside its articles (which live in byId and articles, with the log applied). */
  private catalog: Omit<Catalog, 'articles'>;

  private constructor(
    readonly dir: string,
    catalog: Catalog,
    /** What opening found and mended, for the user (a damaged catalog restored from its last good copy). */
    readonly notices: string[],
    /** catalog.json as read, and the bytes of catalog.log applied on top of it. */
    private stamp: CatalogStamp | undefined,
    private logBytes: number,
  ) {
    this.catalog = { seeded: catalog.seeded, generation: catalog.generation };
    this.articles = catalog.articles;
    this.byId = new Map(catalog.articles.map((meta) => [meta.id, meta]));
  }

  /** Opens (or creates) the library in `dir`; a damaged catalog is replaced by its last good copy. */
  static async open(dir: string): Promise<Library> {
    await fs.mkdir(path.join(dir, 'articles'), { recursive: true });
    await removeStaleTempFiles(dir);
    const file = path.join(dir, 'catalog.json');
    // the articles' folder (100,000 names) is listed while the catalog is read
    const [read] = await Promise.all([readSealedJson(file, CATALOG), removeStaleTempFiles(path.join(dir, 'articles'))]);
    const stamp = await stampOf(file);
    const notices: string[] = [];
    let catalog: Catalog;
    switch (read.state) {
      case 'missing':
        catalog = { seeded: false, articles: [] };
        break;
      case 'ok':
        catalog = read.data;
        break;
      case 'restored':
        catalog = read.data;
        break;
      case 'damaged':
        throw new LibraryError(`The library catalog in ${dir} cannot be used: ${read.problem}.`);
    }
    const library = new Library(dir, catalog, notices, stamp, 0);
    const logProblem = await library.applyLog();
    if (read.state === 'restored') {
      const head = `The library catalog was damaged (${read.problem}). Its last good copy was restored: ${library.articles.length} articles.`;
      notices.push(await mendedNotice(dir, head, library.articles, 'catalog.json.bak'));
    } else if (logProblem) {
      notices.push(await library.logMendedNotice(logProblem));
    }
    return library;
  }

  private logMendedNotice(problem: string): Promise<string> {
    const head = `The library's log of changes was damaged (${problem}). The library was opened as it was before that change: ${this.articles.length} articles.`;
    return mendedNotice(this.dir, head, this.articles, 'catalog.json');
  }

  /**
   * Applies catalog.log's lines past those already applied: those of this catalog's generation or later
   * (older ones are in it already). A torn last line (a kill mid-append) is cut quietly: its change never
   * happened. A damaged line is cut with the rest, and its problem returned for the user.
   */
  private async applyLog(): Promise<string | undefined> {
    const file = this.logFile;
    const read = await readChangeLog(file, checkChange, this.logBytes);
    const generation = this.catalog.generation ?? 0;
    const changes = read.changes.filter((change) => change.generation >= generation);
    for (const change of read.changes) this.logGeneration = Math.max(this.logGeneration, change.generation);
    if (changes.length > 0) this.apply(changes);
    this.logBytes = read.soundBytes;
    if (!read.stopped) return undefined;
    await cutChangeLog(file, read.soundBytes);
    return read.stopped.torn ? undefined : `${read.stopped.problem}; ${read.stopped.linesLost} changes left out`;
  }

  private apply(changes: Change[]): void {
    const next = new Map(this.byId);
    let seeded = this.catalog.seeded;
    for (const change of changes) {
      for (const meta of change.put) next.set(meta.id, meta);
      for (const id of change.removed) next.delete(id);
      seeded = change.seeded ?? seeded;
    }
    this.byId = next;
    this.articles = [...next.values()];
    this.catalog = { ...this.catalog, seeded };
  }

  /**
   * This library as it now is on disk, after another thread or process changed it (an import worker):
   * the log's new lines if the catalog itself was not written again since, else the whole of it read afresh.
   */
  async reopened(): Promise<Library> {
    if (!sameStamp(this.stamp, await stampOf(this.catalogFile))) return Library.open(this.dir);
    const problem = await this.applyLog();
    if (!problem) return this;
    // the damaged line is cut already: the library opened afresh would not know; its notice says it
    const fresh = await Library.open(this.dir);
    fresh.notices.push(await fresh.logMendedNotice(problem));
    return fresh;
  }

  private get catalogFile(): string {
    return path.join(this.dir, 'catalog.json');
  }

  private get logFile(): string {
    return path.join(this.dir, 'catalog.log');
  }

  get seeded(): boolean {
    return this.catalog.seeded;
  }

  list(): ArticleMeta[] {
    return this.articles;
  }

  meta(id: string): ArticleMeta | undefined {
    return this.byId.get(id);
  }

  async get(id: string): Promise<Article | null> {
    return (await this.readArticleFile(id, ArticleFileSchema)) ?? null;
  }

  /**
   * An article's text alone, for a snippet or a phrase check: its file read with the reader's own schema
   * cut to the id and body (the whole of it checks every stored quote and name, many times the cost).
   * A phrase check's `mayHold` tests the file's bytes first: undefined, without decoding, if they fail.
   */
  async body(id: string, mayHold?: (bytes: string) => boolean): Promise<string | undefined> {
    const read = await this.readArticleFile(id, ArticleBodySchema, mayHold);
    return read?.id === id ? read.body : undefined;
  }

  /**
   * An article's file, read with (part of) the reader's schema, if the catalog lists it and it passes;
   * with `mayHold`, not decoded unless its bytes (read as Latin-1) pass that test first.
   */
  private async readArticleFile<T>(id: string, schema: z.ZodType<T>, mayHold?: (bytes: string) => boolean): Promise<T | undefined> {
    if (!this.byId.has(id) || !ArticleIdSchema.safeParse(id).success) return undefined;
    const parsed = schema.safeParse(await readJsonIfExists(this.articleFile(id), mayHold));
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * What the library's reader would refuse in this article, checked as it will be read back from disk
   * (JSON turns a function into null, drops undefined …); undefined when it would be read as written.
   */
  static problemWith(article: Article): string | undefined {
    const parsed = ArticleFileSchema.safeParse(JSON.parse(JSON.stringify(article)));
    if (parsed.success) return undefined;
    return parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
      .join('; ')
      .slice(0, 300);
  }

  /**
   * Writes new article files, then the change that lists them (or the whole catalog, when the log has
   * grown past its share), then deletes the files of removed articles: whenever the process dies, the
   * catalog on disk names only articles whose files exist.
   */
  async commit(changes: { added?: Article[]; updated?: ArticleMeta[]; removed?: string[]; seeded?: boolean }): Promise<void> {
    const { added = [], updated = [], removed = [] } = changes;
    // never a record the reader would refuse (importers check first; this is the last guard)
    for (const article of added) {
      const problem = Library.problemWith(article);
      if (problem) throw new LibraryError(`Refused to write the article from ${article.path}: ${problem}`);
    }
    // each article file is atomic and synced on its own; writing several at once overlaps their fsyncs
    for (let at = 0; at < added.length; at += PARALLEL_WRITES) {
      await Promise.all(added.slice(at, at + PARALLEL_WRITES).map((article) => writeJsonAtomic(this.articleFile(article.id), article)));
    }
    const change: Change = {
      generation: this.catalog.generation ?? 0,
      put: [...added.map(({ body: _body, insights: _insights, ...meta }) => meta), ...updated],
      removed,
      ...(changes.seeded !== undefined && { seeded: changes.seeded }),
    };
    const before = { byId: this.byId, articles: this.articles, catalog: this.catalog };
    this.apply([change]);
    const lineBytes = Buffer.byteLength(JSON.stringify(change)) + 18; // with its checksum and newline
    const compact = !this.stamp || this.logBytes + lineBytes > this.stamp.size * LOG_SHARE;
    try {
      if (compact) await writeSealedJson(this.catalogFile, CATALOG, this.nextCatalog());
      else this.logBytes += await appendChange(this.logFile, checkChange, change);
    } catch (error) {
      // nothing of this change is on disk's record: the library stays as it was, and a line an append
      // left half-written is cut, so that the next one does not follow a torn one
      Object.assign(this, before);
      if (!compact) await cutChangeLog(this.logFile, this.logBytes).catch(() => undefined);
      throw error;
    }
    if (compact) await this.afterCatalogWritten();
    for (const id of removed) if (!this.byId.has(id)) await fs.rm(this.articleFile(id), { force: true });
  }

  /**
   * The whole catalog, a generation past every line the log holds (after a restore from the last good
   * copy, the log may hold lines of a later generation than the catalog's), with every change in it.
   */
  private nextCatalog(): Catalog {
    this.pendingGeneration = Math.max(this.catalog.generation ?? 0, this.logGeneration) + 1;
    return { seeded: this.catalog.seeded, generation: this.pendingGeneration, articles: this.articles };
  }

  private pendingGeneration = 0;

  /** Once the catalog is written (the change is on disk): the log it replaces emptied, if it can be. */
  private async afterCatalogWritten(): Promise<void> {
    this.catalog = { ...this.catalog, generation: this.pendingGeneration };
    this.logGeneration = this.pendingGeneration;
    this.stamp = await stampOf(this.catalogFile).catch(() => undefined);
    // a crash or failure here leaves lines of older generations, which the new catalog already holds
    // and every open skips; the next lines follow them
    try {
      await clearChangeLog(this.logFile);
      this.logBytes = 0;
    } catch {
      // kept: the next write of the catalog empties it
    }
  }

  /** Removes articles outright, whatever collections they are in. */
  async removeArticles(ids: string[]): Promise<number> {
    const present = ids.filter((id) => this.byId.has(id));
    await this.commit({ removed: present });
    return present.length;
  }

  /** Takes a collection away; articles in no other collection leave the library. */
  async removeCollection(name: string): Promise<{ removed: number; kept: number }> {
    const members = this.articles.filter((meta) => meta.collections.includes(name));
    const removed = members.filter((meta) => meta.collections.length === 1).map((meta) => meta.id);
    const updated = members
      .filter((meta) => meta.collections.length > 1)
      .map((meta) => ({ ...meta, collections: meta.collections.filter((collection) => collection !== name) }));
    await this.commit({ removed, updated });
    return { removed: removed.length, kept: updated.length };
  }

  /**
   * Keeps what an import put in (folder, collection, article ids), so that if the catalog must ever be
   * restored from its last good copy the notice can say which import to repeat. The last 50 are kept.
   */
  async recordImport(report: Pick<ImportReport, 'folder' | 'collection' | 'imported' | 'updated'>): Promise<void> {
    const ids = [...report.imported, ...report.updated].map((entry) => entry.id);
    if (ids.length === 0) return;
    const dir = path.join(this.dir, 'imports');
    await fs.mkdir(dir, { recursive: true });
    const at = new Date().toISOString();
    const record: ImportRecord = { at, folder: report.folder, collection: report.collection, ids };
    await writeJsonAtomic(path.join(dir, `${at.replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.json`), record);
    const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.json')).sort();
    for (const name of names.slice(0, -KEPT_IMPORT_RECORDS)) await fs.rm(path.join(dir, name), { force: true });
  }

  collections(): { name: string; articles: number }[] {
    const counts = new Map<string, number>();
    for (const meta of this.articles) for (const name of meta.collections) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts.entries()].map(([name, articles]) => ({ name, articles })).sort((a, b) => a.name.localeCompare(b.name));
  }

  private articleFile(id: string): string {
    return path.join(this.dir, 'articles', `${id}.json`);
  }
}
