// The library on disk: one JSON file per article under articles/, and catalog.json listing every
// article's metadata. Article files are written before the catalog that names them, each atomically,
// so a crash leaves every article either fully in the catalog or not in it.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleIdSchema, ArticleInsightsSchema, type Article, type ArticleMeta, type ImportReport } from '../../contract.js';
import { readJsonIfExists, removeStaleTempFiles, writeJsonAtomic } from '../atomicFile.js';
import { readSealedJson, sealedFormat, writeSealedJson } from '../sealedFile.js';

const PARALLEL_WRITES = 16;

const ArticleMetaSchema = z.object({
  id: ArticleIdSchema,
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  place: z.string().nullable(),
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
const CatalogSchema = z.object({
  seeded: z.boolean(),
  articles: z.array(ArticleMetaSchema),
});
type Catalog = z.infer<typeof CatalogSchema>;
const CATALOG = sealedFormat('attache-library', 2, CatalogSchema);
const ArticleFileSchema = ArticleMetaSchema.extend({ body: z.string(), insights: ArticleInsightsSchema.optional() });

export class LibraryError extends Error {}

const KEPT_IMPORT_RECORDS = 50;
const ImportRecordSchema = z.object({ at: z.string(), folder: z.string(), collection: z.string(), ids: z.array(z.string()) });
type ImportRecord = z.infer<typeof ImportRecordSchema>;

/** What restoring the catalog's last good copy cost: how many imported articles it lacks, and which imports to repeat. */
async function restoredNotice(dir: string, restored: Catalog, problem: string): Promise<string> {
  const head = `The library catalog was damaged (${problem}). Its last good copy was restored: ${restored.articles.length} articles.`;
  const present = new Set(restored.articles.map((meta) => meta.id));
  const recordsDir = path.join(dir, 'imports');
  // only imports after the restored copy was written can be what it lacks (earlier ones' missing
  // articles were removed by the user); a rename keeps the copy's time of writing
  const restoredAt = (await fs.stat(path.join(dir, 'catalog.json.bak')).catch(() => undefined))?.mtimeMs ?? 0;
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

export class Library {
  private readonly byId: Map<string, ArticleMeta>;

  private constructor(
    readonly dir: string,
    private catalog: Catalog,
    /** What opening found and mended, for the user (a damaged catalog restored from its last good copy). */
    readonly notices: string[],
  ) {
    this.byId = new Map(catalog.articles.map((meta) => [meta.id, meta]));
  }

  /** Opens (or creates) the library in `dir`; a damaged catalog is replaced by its last good copy. */
  static async open(dir: string): Promise<Library> {
    await fs.mkdir(path.join(dir, 'articles'), { recursive: true });
    await removeStaleTempFiles(dir);
    await removeStaleTempFiles(path.join(dir, 'articles'));
    const file = path.join(dir, 'catalog.json');
    const read = await readSealedJson(file, CATALOG);
    switch (read.state) {
      case 'missing':
        return new Library(dir, { seeded: false, articles: [] }, []);
      case 'ok':
        return new Library(dir, read.data, []);
      case 'restored':
        return new Library(dir, read.data, [await restoredNotice(dir, read.data, read.problem)]);
      case 'damaged':
        throw new LibraryError(`The library catalog in ${dir} cannot be used: ${read.problem}.`);
    }
  }

  get seeded(): boolean {
    return this.catalog.seeded;
  }

  list(): ArticleMeta[] {
    return this.catalog.articles;
  }

  meta(id: string): ArticleMeta | undefined {
    return this.byId.get(id);
  }

  async get(id: string): Promise<Article | null> {
    if (!this.byId.has(id) || !ArticleIdSchema.safeParse(id).success) return null;
    const parsed = ArticleFileSchema.safeParse(await readJsonIfExists(this.articleFile(id)));
    return parsed.success ? parsed.data : null;
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
   * Writes new article files, then the catalog that lists them, then deletes the files of removed
   * articles: whenever the process dies, the catalog on disk names only articles whose files exist.
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
    const next = new Map(this.byId);
    for (const { body: _body, insights: _insights, ...meta } of added) next.set(meta.id, meta);
    for (const meta of updated) next.set(meta.id, meta);
    for (const id of removed) next.delete(id);
    const catalog: Catalog = { ...this.catalog, seeded: changes.seeded ?? this.catalog.seeded, articles: [...next.values()] };
    await writeSealedJson(path.join(this.dir, 'catalog.json'), CATALOG, catalog);
    this.catalog = catalog;
    this.byId.clear();
    for (const meta of catalog.articles) this.byId.set(meta.id, meta);
    for (const id of removed) if (!this.byId.has(id)) await fs.rm(this.articleFile(id), { force: true });
  }

  /** Removes articles outright, whatever collections they are in. */
  async removeArticles(ids: string[]): Promise<number> {
    const present = ids.filter((id) => this.byId.has(id));
    await this.commit({ removed: present });
    return present.length;
  }

  /** Takes a collection away; articles in no other collection leave the library. */
  async removeCollection(name: string): Promise<{ removed: number; kept: number }> {
    const members = this.catalog.articles.filter((meta) => meta.collections.includes(name));
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
    for (const meta of this.catalog.articles) for (const name of meta.collections) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts.entries()].map(([name, articles]) => ({ name, articles })).sort((a, b) => a.name.localeCompare(b.name));
  }

  private articleFile(id: string): string {
    return path.join(this.dir, 'articles', `${id}.json`);
  }
}
