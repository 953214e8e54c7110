// The API Attaché exposes, one method per use case, over the library, the search index and export.
// The Electron main process, the command line and the tests all drive the app through this class.
import os from 'node:os';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ArticleMeta, Briefing, ExportResult, ImportReport, SearchHit, SearchOptions, SearchResponse } from '../contract.js';
import { writeFileAtomic } from './atomicFile.js';
import { writeFailure } from './writeFailure.js';
import { briefingToDocx } from './export/briefingDocx.js';
import { importFolder, type ImportOptions } from './library/importFolder.js';
import { runImport, runIndexUpdate, type WorkerScript } from './library/importRunner.js';
import { Library } from './library/store.js';
import { indexDirOf, SearchIndex } from './search/searchIndex.js';
import { moreLikeThis, searchLibrary, type Corpus } from './search/searchLibrary.js';

export interface ServiceOptions {
  libraryDir: string;
  /** Imported on first open, so that a new library is never empty. */
  seedsDir?: string;
  /** Runs imports in a worker thread from this script; without it they run in the calling thread. */
  importWorker?: WorkerScript;
}

/** Refused because the library is being changed by a running import. */
export class LibraryBusyError extends Error {}

export class AttacheService {
  private importing: AbortController | undefined;
  /** A removal is being written and indexed. */
  private removing = false;

  private constructor(
    private library: Library,
    private index: SearchIndex,
    private readonly importWorker: WorkerScript | undefined,
  ) {}

  /** What opening the library found and mended, to tell the user (e.g. a catalog restored from its last good copy). */
  get notices(): string[] {
    return this.library.notices;
  }

  static async open(options: ServiceOptions): Promise<AttacheService> {
    const library = await Library.open(options.libraryDir);
    if (!library.seeded && options.seedsDir) {
      await importFolder(library, options.seedsDir, { collection: 'Samples' });
      await library.commit({ seeded: true });
    }
    // the single-file index of earlier versions: its segments replace it
    for (const legacy of ['index.json', 'index.json.bak']) await rm(path.join(options.libraryDir, legacy), { force: true });
    const index = await SearchIndex.open(indexDirOf(options.libraryDir), library);
    return new AttacheService(library, index, options.importWorker);
  }

  listArticles(): ArticleMeta[] {
    return this.library.list();
  }

  getArticle(id: string): Promise<Article | null> {
    return this.library.get(id);
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    return searchLibrary(this.index, this.corpus(), query, options);
  }

  moreLikeThis(id: string, limit?: number): Promise<SearchHit[]> {
    return moreLikeThis(this.index, this.corpus(), id, limit);
  }

  private corpus(): Corpus {
    const library = this.library;
    return { list: () => library.list(), meta: (id) => library.meta(id), body: async (id) => (await library.get(id))?.body };
  }

  /** Imports a folder; searches keep being answered from the segments loaded until its own is ready. */
  async importFolder(folder: string, options: Omit<ImportOptions, 'signal'> = {}): Promise<ImportReport> {
    this.assertIdle();
    const controller = new AbortController();
    this.importing = controller;
    try {
      return await runImport(this.library, folder, { ...options, signal: controller.signal }, this.importWorker);
    } finally {
      // a worker wrote the library and its new segment on disk behind this instance (all of it, or what it
      // got to before failing): read them; without a worker, or if it failed before indexing, index here
      try {
        if (this.importWorker) this.library = await Library.open(this.library.dir);
        await this.index.reload(this.library);
      } finally {
        this.importing = undefined;
      }
    }
  }

  get importRunning(): boolean {
    return this.importing !== undefined;
  }

  cancelImport(): void {
    this.importing?.abort();
  }

  private assertIdle(): void {
    if (this.importing) throw new LibraryBusyError('An import is running; wait for it to finish or cancel it.');
    if (this.removing) throw new LibraryBusyError('Articles are being removed from the library; try again in a moment.');
  }

  collections(): { name: string; articles: number }[] {
    return this.library.collections();
  }

  removeArticles(ids: string[]): Promise<number> {
    return this.remove(() => this.library.removeArticles(ids));
  }

  removeCollection(name: string): Promise<{ removed: number; kept: number }> {
    return this.remove(() => this.library.removeCollection(name));
  }

  /**
   * Removes from the library, then brings the index up to date: a segment left mostly empty is rebuilt,
   * in the worker when there is one. Meanwhile searches are answered; other changes wait.
   */
  private async remove<T>(change: () => Promise<T>): Promise<T> {
    this.assertIdle();
    this.removing = true;
    try {
      const result = await change();
      // if the worker fails, reload below does its work here (and reports what stops it)
      if (this.importWorker) await runIndexUpdate(this.library, this.importWorker).catch(() => undefined);
      await this.index.reload(this.library);
      return result;
    } finally {
      this.removing = false;
    }
  }

  async exportBriefing(briefing: Briefing, outFile: string): Promise<ExportResult> {
    const bytes = await briefingToDocx(briefing);
    try {
      await writeFileAtomic(outFile, bytes);
    } catch (error) {
      return { ok: false, canceled: false, message: writeFailure(outFile, error) };
    }
    return { ok: true, path: outFile };
  }
}

/** Where the app keeps its library (Electron's userData for "Attaché"), shared by the app and the CLI. */
export function defaultLibraryDir(): string {
  const home = os.homedir();
  const appData =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, 'Attaché', 'library');
}
