// The library on disk: one JSON file per article under articles/, and catalog.json listing every
// article's metadata. Article files are written before the catalog that names them, each atomically,
// so a crash leaves every article either fully in the catalog or not in it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleIdSchema, type Article, type ArticleMeta } from '../../contract.js';
import { readJsonIfExists, removeStaleTempFiles, writeJsonAtomic } from '../atomicFile.js';
import { readSealedJson, writeSealedJson } from '../sealedFile.js';

const CATALOG_FORMAT = 'attache-library';
const CATALOG_VERSION = 2;
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
});
const CatalogSchema = z.object({
  seeded: z.boolean(),
  articles: z.array(ArticleMetaSchema),
});
type Catalog = z.infer<typeof CatalogSchema>;
const ArticleFileSchema = ArticleMetaSchema.extend({ body: z.string() });

export class LibraryError extends Error {}

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
    const read = await readSealedJson(file, CATALOG_FORMAT, CATALOG_VERSION, (data) => CatalogSchema.parse(data));
    switch (read.state) {
      case 'missing':
        return new Library(dir, { seeded: false, articles: [] }, []);
      case 'ok':
        return new Library(dir, read.data, []);
      case 'restored':
        return new Library(dir, read.data, [
          `The library catalog was damaged (${read.problem}). Its last good copy was restored: ${read.data.articles.length} articles; the most recent import may need to be repeated.`,
        ]);
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
   * Writes new article files, then the catalog that lists them, then deletes the files of removed
   * articles: whenever the process dies, the catalog on disk names only articles whose files exist.
   */
  async commit(changes: { added?: Article[]; updated?: ArticleMeta[]; removed?: string[]; seeded?: boolean }): Promise<void> {
    const { added = [], updated = [], removed = [] } = changes;
    // each article file is atomic and synced on its own; writing several at once overlaps their fsyncs
    for (let at = 0; at < added.length; at += PARALLEL_WRITES) {
      await Promise.all(added.slice(at, at + PARALLEL_WRITES).map((article) => writeJsonAtomic(this.articleFile(article.id), article)));
    }
    const next = new Map(this.byId);
    for (const { body: _body, ...meta } of added) next.set(meta.id, meta);
    for (const meta of updated) next.set(meta.id, meta);
    for (const id of removed) next.delete(id);
    const catalog: Catalog = { ...this.catalog, seeded: changes.seeded ?? this.catalog.seeded, articles: [...next.values()] };
    await writeSealedJson(path.join(this.dir, 'catalog.json'), CATALOG_FORMAT, CATALOG_VERSION, catalog);
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

  collections(): { name: string; articles: number }[] {
    const counts = new Map<string, number>();
    for (const meta of this.catalog.articles) for (const name of meta.collections) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts.entries()].map(([name, articles]) => ({ name, articles })).sort((a, b) => a.name.localeCompare(b.name));
  }

  private articleFile(id: string): string {
    return path.join(this.dir, 'articles', `${id}.json`);
  }
}
