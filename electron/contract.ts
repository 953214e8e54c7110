// The one contract between renderer, preload and main. Every call is declared once, in `calls` below:
// its argument schema (checked in main before the call reaches the core) and its result type. From that
// table come the AttacheCalls interface the service implements, the IPC channels, the preload's object
// and the renderer's client. The data shapes live in contract/, one file per domain.
import { z } from 'zod';
import { BriefingSchema, CitedSchema, type Briefing, type CitationState, type Recovery } from './contract/briefing.js';
import { ArticleIdSchema, type Article, type ImportProgress, type ImportReport } from './contract/library.js';
import type { Result } from './contract/result.js';
import { SearchOptionsSchema, type MatchedRanges, type SearchHit, type SearchResponse } from './contract/search.js';
import type { InsightsResponse } from './contract/insights.js';

export * from './contract/briefing.js';
export * from './contract/library.js';
export * from './contract/result.js';
export * from './contract/search.js';
export * from './contract/insights.js';

export type ImportOutcome = Result<{ report: ImportReport }>;
export type ExportResult = Result<{ path: string }>;
/** The printed briefing as PDF bytes. */
export type PreviewResult = Result<{ pdf: Uint8Array }>;
export type BriefingFileResult = Result<{ file: string; briefing: Briefing; notice?: string }>;

/** One call: its arguments' schema; `result` only carries the result's type (it is never read at run time). */
interface CallSpec<Args extends z.ZodType<unknown[]>, R> {
  args: Args;
  result: R;
}
const returns =
  <R>() =>
  <Args extends z.ZodType<unknown[]>>(args: Args): CallSpec<Args, R> => ({ args, result: undefined as R });

const none = z.tuple([]);
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a call that answers nothing resolves to void
type Nothing = void;

const libraryCalls = {
  getArticle: returns<Article | null>()(z.tuple([ArticleIdSchema])),
  /** Asks for a folder (a dialog in the app), then imports it off the UI thread, sending importProgress events. */
  importFolder: returns<ImportOutcome>()(none),
  /** Files are being dragged over the window: the library thread readies itself for the import a drop would start. */
  prepareImport: returns<Nothing>()(none),
  /** Imports a folder the user dropped on the window (its path, from pathOfDroppedFile). */
  importDroppedFolder: returns<ImportOutcome>()(z.tuple([z.string().min(1).max(4096)])),
  /** Stops the running import after the file in hand; what was imported stays. */
  cancelImport: returns<Nothing>()(none),
};

const searchCalls = {
  search: returns<SearchResponse>()(z.tuple([z.string().max(5000), SearchOptionsSchema.optional()])),
  /** Articles about the same things as this one, best first. */
  moreLikeThis: returns<SearchHit[]>()(z.tuple([ArticleIdSchema])),
  /** Where the query matched the article: each matched word of its title and of its body, in order. */
  matchesIn: returns<MatchedRanges>()(z.tuple([ArticleIdSchema, z.string().max(5000), SearchOptionsSchema.optional()])),
};

const insightCalls = {
  /** Quotes, figures, timeline, entities and clusters over every article a search finds (the whole library for an empty query). */
  searchInsights: returns<InsightsResponse>()(z.tuple([z.string().max(5000), SearchOptionsSchema.optional()])),
  /** The same for one article. */
  articleInsights: returns<InsightsResponse>()(z.tuple([ArticleIdSchema])),
};

const briefingCalls = {
  /** Saves to the briefing's file, or asks where (always with saveAs). */
  saveBriefing: returns<BriefingFileResult>()(z.tuple([BriefingSchema, z.boolean()])),
  /** Asks which briefing file to open. */
  openBriefing: returns<BriefingFileResult>()(none),
  /** Starts a new briefing: the next save asks where. */
  newBriefing: returns<Nothing>()(none),
  /** File names of recently used briefings, most recent first. */
  recentBriefings: returns<string[]>()(none),
  openRecentBriefing: returns<BriefingFileResult>()(z.tuple([z.number().int().min(0).max(100)])),
  /** Keeps a recovery copy of the briefing being edited (never an empty one over a recovery copy with content). */
  autosaveBriefing: returns<Result>()(z.tuple([BriefingSchema])),
  /** The recovery copy left by a session that did not end normally, if any. */
  recoverBriefing: returns<Recovery | null>()(none),
  discardRecovery: returns<Nothing>()(none),
  /** How the library's copy of each cited article stands: current, changed (re-imported with new text) or removed. */
  checkCitations: returns<CitationState[]>()(z.tuple([z.array(CitedSchema).min(1).max(20_000)])),
  /** The briefing with one section per country of the search's first results, newest first. */
  pressDigest: returns<Briefing>()(z.tuple([BriefingSchema, z.string().max(5000), SearchOptionsSchema])),
};

const appCalls = {
  /** Closes the window, once the window has dealt with unsaved work (asked on a close or quit from the menu). */
  closeWindow: returns<Nothing>()(none),
};

const exportCalls = {
  /** Asks where to save (a dialog in the app), then writes the .docx. */
  exportBriefing: returns<ExportResult>()(z.tuple([BriefingSchema])),
  /** The briefing printed to PDF on its paper, as Print and Export PDF lay it out: the preview shows these pages. */
  previewBriefing: returns<PreviewResult>()(z.tuple([BriefingSchema])),
  /** Asks where to save, then writes the PDF of the printed briefing. */
  exportBriefingPdf: returns<ExportResult>()(z.tuple([BriefingSchema])),
  /** Sends the printed briefing to a printer through the system's print dialog. */
  printBriefing: returns<Result>()(z.tuple([BriefingSchema])),
};

/** Every call from the renderer to main, each answered once. */
export const calls = { ...libraryCalls, ...searchCalls, ...insightCalls, ...briefingCalls, ...exportCalls, ...appCalls };

export type CallName = keyof typeof calls;
export type CallArgs<K extends CallName> = z.input<(typeof calls)[K]['args']>;
export type CallResult<K extends CallName> = (typeof calls)[K]['result'];
export type AttacheCalls = { [K in CallName]: (...args: CallArgs<K>) => Promise<CallResult<K>> };

export const callNames = Object.keys(calls) as CallName[];
export const isCallName = (name: string): name is CallName => Object.hasOwn(calls, name);
export const channelOf = (name: CallName): string => `attache:${name}`;

/** Events from main to the renderer. */
/** `close`: the window or the app is closing; the window asks about unsaved work, then calls closeWindow. */
export type MenuCommand = 'new' | 'open' | 'save' | 'saveAs' | 'import' | 'export' | 'exportPdf' | 'print' | 'shortcuts' | 'close';

export interface AttacheEvents {
  importProgress: ImportProgress;
  /** The library's articles read again for their insights (after the extraction changed): how far it is. */
  insightsProgress: { done: number; total: number };
  /** The whole index is read (the window opened before it was: searches until now covered part of the library). */
  indexLoaded: { articles: number };
  /** A command chosen in the application menu, carried out by the window. */
  menuCommand: MenuCommand;
}
export type EventName = keyof AttacheEvents;
export const eventNames: EventName[] = ['importProgress', 'insightsProgress', 'indexLoaded', 'menuCommand'];
export const eventChannelOf = (name: EventName): string => `attache:event:${name}`;

/** The API the preload exposes as `window.attache`. */
export interface AttacheApi extends AttacheCalls {
  /** The path of a file or folder dropped on the window (Electron's webUtils; no IPC). */
  pathOfDroppedFile(file: File): string;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: AttacheEvents[E]) => void): () => void;
}

declare global {
  interface Window {
    attache: AttacheApi;
  }
}
