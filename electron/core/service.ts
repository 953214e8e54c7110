// The one home of Attaché's use cases. The service implements every call of the contract (the method
// names are the call names), over the library, the search index, briefing files and export; the
// Electron main process, the command line and the tests all drive the app through it. What only a front
// end can do — ask for a path, deliver an event — it asks of the Shell it was given. Expected failures
// (busy, canceled, a bad query, a failed write) are Result values, never exceptions.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  failure,
  type Article,
  type ArticleMeta,
  type AttacheCalls,
  type Briefing,
  type CitationState,
  type Cited,
  type CollectionInfo,
  type ExportResult,
  type Failure,
  type ImportOutcome,
  type ImportReport,
  INSIGHTS_VERSION,
  type ArticleInsights,
  type InsightsResponse,
  type PreviewResult,
  type Recovery,
  type Result,
  type SearchHit,
  type MatchedRanges,
  type SearchOptions,
  type SearchResponse,
} from '../contract.js';
import { writeFileAtomic } from './atomicFile.js';
import { BriefingFiles } from './briefing/briefingFiles.js';
import { emptyBriefing, suggestedFileName } from './briefing/model/briefing.js';
import { citedSourceOf, itemFromArticle } from './briefing/model/briefingText.js';
import { DIGEST_ARTICLES, pressDigestOf } from './briefing/model/templates.js';
import { briefingToDocx } from './export/briefingDocx.js';
import { briefingToHtml } from './export/briefingHtml.js';
import { staleInsights } from './jobs/insightsRefresh.js';
import { LibraryThread, runImport, runIndexUpdate, runInsightsRefresh, type WorkerScript } from './jobs/libraryJobs.js';
import { extractInsights } from './insights/extract.js';
import { gatherInsights, type InsightSource } from './insights/gather.js';
import { countryOfWord as countryOf } from './library/demonyms.js';
import { storyGroups } from './insights/stories.js';
import { importFolderInto, type ImportOptions } from './library/folderImport.js';
import { Library } from './library/library.js';
import { indexDirOf, SearchIndex } from './search/engine/searchIndex.js';
import { matchedRangesIn, matchingIds, searchLibrary, similarArticles, type Corpus } from './search/searchLibrary.js';
import { headlessShell, type Shell } from './shell.js';
import { writeFailure } from './writeFailure.js';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface ServiceOptions {
  libraryDir: string;
  /** Where the recent briefings and the recovery copy live (the app's user-data folder); default: the library's parent. */
  stateDir?: string;
  /** Imported on first open, so that a new library is never empty. */
  seedsDir?: string;
  /** Runs library jobs (imports, index updates) in a worker thread from this script, kept between jobs; without it, in the calling thread. */
  libraryWorker?: WorkerScript;
  /** Without a worker, an import of a large folder still reads its files on a thread per core started from this script. */
  readingThreads?: WorkerScript;
  /** The front end: dialogs and events. Default: none (every dialog canceled). */
  shell?: Shell;
  /**
   * Read the index's segments after opening, each answering as soon as it is read (searches meanwhile say
   * how much of the library they covered; `indexLoaded` is sent when all are). Default: before opening.
   */
  backgroundIndex?: boolean;
}

/** Progress events are sent at most this often (and once more at the end): enough for a smooth bar. */
const PROGRESS_INTERVAL_MS = 100;

/** An article's insights read now; none if the reading fails on it (one article must not cost the desk). */
function insightsOrNone(article: Article): ArticleInsights {
  try {
    return extractInsights(article);
  } catch {
    return { version: INSIGHTS_VERSION, quotes: [], figures: [], events: [], entities: [] };
  }
}

/** The analyst's desk reads at most this many of a search's articles (best first). */
const MAX_INSIGHT_ARTICLES = 5000;

export class AttacheService implements AttacheCalls {
  private importing: AbortController | undefined;
  /** The library's articles are being read again for their insights (importing holds its controller). */
  private refreshing = false;
  /** A removal is being written and indexed. */
  private removing = false;

  private constructor(
    private library: Library,
    private readonly index: SearchIndex,
    private readonly files: BriefingFiles,
    private readonly shell: Shell,
    private readonly libraryWorker: LibraryThread | undefined,
    private readonly readingThreads: WorkerScript | undefined,
  ) {}

  static async open(options: ServiceOptions): Promise<AttacheService> {
    const library = await Library.open(options.libraryDir);
    if (!library.seeded && options.seedsDir) {
      await importFolderInto(library, options.seedsDir, { collection: 'Samples', extract: extractInsights });
      await library.commit({ seeded: true });
    }
    // the single-file index of earlier versions: its segments replace it
    for (const legacy of ['index.json', 'index.json.bak']) await fs.rm(path.join(options.libraryDir, legacy), { force: true });
    const index = await SearchIndex.open(indexDirOf(options.libraryDir), library, { background: options.backgroundIndex });
    const shell = options.shell ?? headlessShell;
    const files = new BriefingFiles(options.stateDir ?? path.dirname(options.libraryDir), shell);
    if (options.backgroundIndex)
      void index
        .whenLoaded()
        .then(() => shell.emit('indexLoaded', { articles: index.articleCount }))
        .catch(() => undefined);
    const libraryThread = options.libraryWorker && new LibraryThread(options.libraryWorker);
    return new AttacheService(library, index, files, shell, libraryThread, options.readingThreads);
  }

  /** Resolves once the whole index is read (opened with `backgroundIndex`; at once otherwise). */
  whenIndexLoaded(): Promise<void> {
    return this.index.whenLoaded();
  }

  /** What opening the library found and mended, to tell the user (e.g. a catalog restored from its last good copy). */
  get notices(): string[] {
    return this.library.notices;
  }

  // — library —

  getArticle(id: string): Promise<Article | null> {
    return this.library.get(id);
  }

  async importFolder(): Promise<ImportOutcome> {
    const busy = this.busy();
    if (busy) return busy;
    // while the user chooses, the library thread opens the library and readies its reading
    await this.prepareImport();
    const folder = await this.shell.choosePath({ kind: 'folderToImport' });
    if (!folder) return failure('canceled', 'Import canceled.');
    return this.importFrom(folder, { onProgress: this.progressEvents() });
  }

  /** Readies the library thread (opens the library, compiles date patterns, reads a few articles) without waiting for it. */
  async prepareImport(): Promise<void> {
    if (!this.importing) void this.libraryWorker?.prepare(this.library.dir);
  }

  async importDroppedFolder(folder: string): Promise<ImportOutcome> {
    if (!path.isAbsolute(folder)) return failure('invalid', 'Only a folder dropped on the window can be imported this way.');
    if (!(await fs.stat(folder).catch(() => undefined))?.isDirectory())
      return failure('invalid', `“${path.basename(folder)}” is not a folder: drop a folder of articles.`);
    return this.importFrom(folder, { onProgress: this.progressEvents() });
  }

  async cancelImport(): Promise<void> {
    this.importing?.abort();
  }

  get importRunning(): boolean {
    return this.importing !== undefined;
  }

  /** Imports a folder; searches keep being answered from the segments loaded until its own is ready. */
  async importFrom(folder: string, options: Omit<ImportOptions, 'signal'> = {}): Promise<ImportOutcome> {
    const busy = this.busy();
    if (busy) return busy;
    const controller = new AbortController();
    this.importing = controller;
    const known = new Set(this.library.notices);
    let report: ImportReport | undefined;
    try {
      report = await runImport(this.library, folder, { ...options, signal: controller.signal }, this.libraryWorker, this.readingThreads);
    } catch (error) {
      return failure('failed', error instanceof Error ? error.message : String(error));
    } finally {
      // a worker wrote the library and its new segment on disk behind this instance (all of it, or what it
      // got to before failing): read them; without a worker, or if it failed before indexing, index here
      try {
        if (this.libraryWorker) this.library = await this.library.reopened();
        await this.index.syncWithLibrary(this.library);
      } finally {
        this.importing = undefined;
      }
    }
    // damage found in the library meanwhile (by the worker's open or by reading its changes) is told with the report
    const notices = [...(report.notices ?? []), ...this.library.notices.filter((notice) => !known.has(notice))];
    return { ok: true, report: notices.length > 0 ? { ...report, notices: [...new Set(notices)] } : report };
  }

  listArticles(): ArticleMeta[] {
    return this.library.list();
  }

  collections(): CollectionInfo[] {
    return this.library.collections();
  }

  removeArticles(ids: string[]): Promise<Result<{ removed: number }>> {
    return this.remove(async () => ({ removed: await this.library.removeArticles(ids) }));
  }

  removeCollection(name: string): Promise<Result<{ removed: number; kept: number }>> {
    return this.remove(() => this.library.removeCollection(name));
  }

  // — search —

  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    // just after a start, the first segment read answers (the response says how much it covered)
    await this.index.whenSomeLoaded();
    return searchLibrary(this.index, this.corpus(), query, options, countryOf, storyGroups);
  }

  async matchesIn(id: string, query: string, options: SearchOptions = {}): Promise<MatchedRanges> {
    await this.index.whenSomeLoaded();
    return matchedRangesIn(this.index, this.corpus(), id, query, options, countryOf);
  }

  async moreLikeThis(id: string): Promise<SearchHit[]> {
    await this.index.whenSomeLoaded();
    return similarArticles(this.index, this.corpus(), id);
  }

  // — the analyst's desk —

  /** Insights over every article the search finds, best first, up to MAX_INSIGHT_ARTICLES (the whole library for an empty query). */
  async searchInsights(query: string, options: SearchOptions = {}): Promise<InsightsResponse> {
    // the desk gathers over every article found: not over part of the library just after a start
    await this.index.whenLoaded();
    const found = await matchingIds(this.index, this.corpus(), query, options, countryOf);
    if (!found.ok) return found;
    const ids = found.ids.slice(0, MAX_INSIGHT_ARTICLES);
    const sources = (await Promise.all(ids.map((id) => this.insightSource(id)))).filter(
      (source): source is InsightSource => source !== null,
    );
    const cited = sources.map(({ meta }) => citedSourceOf(meta));
    return { ok: true, insights: gatherInsights(sources), sources: cited, total: found.ids.length };
  }

  /**
   * Reads again, off the UI thread where there is a worker, every article whose stored insights are an
   * older extraction's (or none), sending insightsProgress events. The library counts as being changed
   * meanwhile: an import started then is told to wait, and Cancel import stops this too.
   */
  /** How many articles hold insights of an older extraction (or none): what refreshInsights would read again. */
  get staleInsightCount(): number {
    return staleInsights(this.library).length;
  }

  async refreshInsights(): Promise<Result<{ refreshed: number }>> {
    const stale = staleInsights(this.library).length;
    if (stale === 0) return { ok: true, refreshed: 0 };
    const busy = this.busy();
    if (busy) return busy;
    const controller = new AbortController();
    this.importing = controller;
    this.refreshing = true;
    try {
      const onProgress = (done: number, total: number): void => this.shell.emit('insightsProgress', { done, total });
      await runInsightsRefresh(this.library, { signal: controller.signal, onProgress }, this.libraryWorker);
      if (this.libraryWorker) this.library = await this.library.reopened();
      return { ok: true, refreshed: stale - staleInsights(this.library).length };
    } catch (error) {
      return failure(
        'failed',
        `Reading the library's quotes, figures and names failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      try {
        if (this.libraryWorker) this.library = await this.library.reopened();
      } finally {
        this.importing = undefined;
        this.refreshing = false;
      }
    }
  }

  async articleInsights(id: string): Promise<InsightsResponse> {
    const source = await this.insightSource(id);
    if (!source) return failure('not-found', 'That article is no longer in the library.');
    return { ok: true, insights: gatherInsights([source]), sources: [citedSourceOf(source.meta)], total: 1 };
  }

  /** An article with its insights: those stored with it, or read now when it was imported before them (or by an older version). */
  private async insightSource(id: string): Promise<InsightSource | null> {
    const article = await this.library.get(id);
    // the catalog's metadata: the article file keeps what was true when it was written (a later copy's path is only in the catalog)
    const meta = this.library.meta(id);
    if (!article || !meta) return null;
    return { meta, insights: article.insights?.version === INSIGHTS_VERSION ? article.insights : insightsOrNone(article) };
  }

  // — briefing —

  saveBriefing(briefing: Briefing, saveAs: boolean) {
    return this.files.save(briefing, saveAs);
  }

  openBriefing() {
    return this.files.open();
  }

  async newBriefing(): Promise<void> {
    this.files.forgetCurrentFile();
  }

  recentBriefings(): Promise<string[]> {
    return this.files.recent();
  }

  /** A saved briefing, read without making it the window's current file: the command line's export. */
  readBriefingFile(file: string) {
    return BriefingFiles.read(file);
  }

  openRecentBriefing(index: number) {
    return this.files.openRecent(index);
  }

  autosaveBriefing(briefing: Briefing): Promise<Result> {
    return this.files.autosave(briefing);
  }

  recoverBriefing(): Promise<Recovery | null> {
    return this.files.recovery();
  }

  discardRecovery(): Promise<void> {
    return this.files.removeRecovery();
  }

  async checkCitations(cited: Cited[]): Promise<CitationState[]> {
    // the articles by the files they came from, built once and only if some item's article is gone
    let byPath: Map<string, ArticleMeta> | undefined;
    const importedFrom = (file: string): ArticleMeta | undefined => {
      byPath ??= new Map(this.library.list().flatMap((meta) => meta.paths.map((other) => [other, meta] as const)));
      return byPath.get(file);
    };
    return cited.map(({ articleId, hash, path: file }) => {
      const meta = this.library.meta(articleId);
      if (meta && meta.hash === hash) return { state: 'current' };
      // the same file imported again with other text: the article that replaced it
      const now = meta ?? importedFrom(file);
      return now ? { state: 'changed', articleId: now.id, hash: now.hash } : { state: 'removed' };
    });
  }

  async pressDigest(briefing: Briefing, query: string, options: SearchOptions): Promise<Briefing> {
    return pressDigestOf(briefing, await this.articlesFound(query, { ...options, offset: 0, limit: DIGEST_ARTICLES }), query);
  }

  /** A briefing of the articles a query finds, in rank order, one section (Heading 1) per article: the command line's export. */
  async briefingFromQuery(
    query: string,
    fields: Pick<Briefing, 'title' | 'marking' | 'summary'>,
    limit = 20,
  ): Promise<Result<{ briefing: Briefing; articles: number }>> {
    const response = await this.search(query, { limit });
    if (!response.ok) return response;
    if (response.hits.length === 0) return failure('not-found', `No articles match "${query}"; nothing to export.`);
    const items = (await this.articlesOf(response.hits)).map((article) => itemFromArticle(article));
    const sections = items.map((item) => ({ heading: item.title, items: [item] }));
    return { ok: true, briefing: { ...emptyBriefing(), ...fields, sections }, articles: items.length };
  }

  // — app —

  async closeWindow(): Promise<void> {
    this.shell.closeWindowNow();
  }

  // — export —

  async exportBriefing(briefing: Briefing): Promise<ExportResult> {
    const file = await this.shell.choosePath({ kind: 'docxToWrite', suggestedName: suggestedFileName(briefing, '.docx') });
    if (!file) return failure('canceled', 'Export canceled.');
    return this.exportTo(briefing, file);
  }

  /** Writes the briefing's .docx to `file`, atomically. */
  async exportTo(briefing: Briefing, file: string): Promise<ExportResult> {
    return this.writeExport(file, () => briefingToDocx(briefing), 'build the Word document');
  }

  async previewBriefing(briefing: Briefing): Promise<PreviewResult> {
    try {
      return { ok: true, pdf: await this.shell.printToPdf(briefingToHtml(briefing)) };
    } catch (error) {
      return failure('failed', `The pages could not be laid out: ${messageOf(error)}`);
    }
  }

  async exportBriefingPdf(briefing: Briefing): Promise<ExportResult> {
    const file = await this.shell.choosePath({ kind: 'pdfToWrite', suggestedName: suggestedFileName(briefing, '.pdf') });
    if (!file) return failure('canceled', 'Export canceled.');
    return this.exportPdfTo(briefing, file);
  }

  /** Writes the PDF of the printed briefing to `file`, atomically. */
  async exportPdfTo(briefing: Briefing, file: string): Promise<ExportResult> {
    return this.writeExport(file, () => this.shell.printToPdf(briefingToHtml(briefing)), 'lay out the PDF');
  }

  async printBriefing(briefing: Briefing): Promise<Result> {
    try {
      return (await this.shell.print(briefingToHtml(briefing))) ? { ok: true } : failure('canceled', 'Printing canceled.');
    } catch (error) {
      return failure('failed', `The briefing could not be printed: ${messageOf(error)}`);
    }
  }

  /** Builds an export's bytes, then writes them atomically: a failure of either is a value, the previous file intact. */
  private async writeExport(file: string, build: () => Promise<Uint8Array>, what: string): Promise<ExportResult> {
    let bytes: Uint8Array;
    try {
      bytes = await build();
    } catch (error) {
      return failure('failed', `Could not ${what}: ${messageOf(error)}`);
    }
    try {
      await writeFileAtomic(file, bytes);
    } catch (error) {
      return failure('write-failed', writeFailure(file, error));
    }
    return { ok: true, path: file };
  }

  // — internals —

  /** Refused while the library is being changed. */
  private busy(): Failure | undefined {
    if (this.refreshing)
      return failure('busy', 'The library’s articles are being read again for their quotes, figures and names; try again in a moment.');
    if (this.importing) return failure('busy', 'An import is running; wait for it to finish or cancel it.');
    if (this.removing) return failure('busy', 'Articles are being removed from the library; try again in a moment.');
    return undefined;
  }

  /**
   * Removes from the library, then brings the index up to date: a segment left mostly empty is rebuilt,
   * in the worker when there is one. Meanwhile searches are answered; other changes are refused.
   */
  private async remove<T extends object>(change: () => Promise<T>): Promise<Result<T>> {
    const busy = this.busy();
    if (busy) return busy;
    this.removing = true;
    try {
      const result = await change();
      // if the worker fails, the sync below does its work here (and reports what stops it)
      if (this.libraryWorker) await runIndexUpdate(this.library, this.libraryWorker).catch(() => undefined);
      await this.index.syncWithLibrary(this.library);
      return { ok: true, ...result };
    } finally {
      this.removing = false;
    }
  }

  /** Import progress as window events, at most every PROGRESS_INTERVAL_MS and once at the end. */
  private progressEvents(): ImportOptions['onProgress'] {
    let lastSent = 0;
    return (progress) => {
      const now = Date.now();
      if (progress.current !== null && now - lastSent < PROGRESS_INTERVAL_MS) return;
      lastSent = now;
      this.shell.emit('importProgress', progress);
    };
  }

  private corpus(): Corpus {
    const library = this.library;
    return { list: () => library.list(), meta: (id) => library.meta(id), body: (id, mayHold) => library.body(id, mayHold) };
  }

  private async articlesFound(query: string, options: SearchOptions): Promise<Article[]> {
    const response = await this.search(query, options);
    return response.ok ? this.articlesOf(response.hits) : [];
  }

  private async articlesOf(hits: SearchHit[]): Promise<Article[]> {
    return (await Promise.all(hits.map((hit) => this.library.get(hit.id)))).filter((article): article is Article => article !== null);
  }
}
