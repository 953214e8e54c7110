// The one contract between renderer, preload and main: the data shapes, the calls, their argument
// schemas (checked in main before any call reaches the core) and the channel names derived from them.
import { z } from 'zod';

/** Article ids are the first 16 hex digits of the SHA-256 of the article's normalised text. */
export const ArticleIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'not an article id');

export interface ArticleMeta {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of publication, or null when the article does not state one. */
  date: string | null;
  source: string | null;
  /** Dateline place, e.g. "Minsk". */
  place: string | null;
  author: string | null;
  /** ISO 639-1 code, or null when undetermined. */
  language: string | null;
  countries: string[];
  collections: string[];
  /** Where the file sat in the imported tree: the collection, then sub-folders ("bbc/business"). */
  folder: string;
  /** Path of the file it was first imported from. */
  path: string;
  /** Every file this same text was imported from. */
  paths: string[];
  size: number;
  /** SHA-256 of the normalised text, hex. */
  hash: string;
}

export interface Article extends ArticleMeta {
  /** The cleaned article text, paragraphs separated by a blank line. */
  body: string;
}

export interface SearchHit {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  language: string | null;
  score: number;
  /** How many of the query's words and phrases the article contains: results are ranked by this first. */
  matched: number;
  /** Plain text of the best passage. */
  snippet: string;
  /** [start, end) character ranges of matched words within `snippet`. */
  highlights: [number, number][];
}

export interface FacetValue {
  value: string;
  count: number;
}

/** Counts of the matching articles per value; each dimension counted with the other dimensions' filters applied. */
export interface Facets {
  sources: FacetValue[];
  languages: FacetValue[];
  countries: FacetValue[];
  collections: FacetValue[];
  folders: FacetValue[];
}

export interface SearchSuggestion {
  /** The query to run instead (the same query when the suggestion is to drop filters). */
  query: string;
  dropFilters: boolean;
  total: number;
  message: string;
}

export type SearchResponse =
  { ok: true; hits: SearchHit[]; total: number; facets: Facets; suggestion?: SearchSuggestion } | { ok: false; message: string };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date (YYYY-MM-DD)');
const facetValues = z.array(z.string().max(300)).max(100);

export const SearchFiltersSchema = z.strictObject({
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  sources: facetValues.optional(),
  languages: facetValues.optional(),
  countries: facetValues.optional(),
  collections: facetValues.optional(),
  folders: facetValues.optional(),
});
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

export const SearchOptionsSchema = z.strictObject({
  limit: z.number().int().min(1).max(1000).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  filters: SearchFiltersSchema.optional(),
  sort: z.enum(['relevance', 'date']).optional(),
});
export type SearchOptions = z.infer<typeof SearchOptionsSchema>;

const shortText = z.string().max(500);

/** What a briefing keeps of each article it cites, so it still reads when the library changes. */
export const BriefingItemSchema = z.strictObject({
  articleId: ArticleIdSchema,
  title: shortText,
  source: shortText.nullable(),
  date: shortText.nullable(),
  place: shortText.nullable(),
  language: z.string().max(16).nullable(),
  /** Original file and SHA-256 of the text: the provenance printed in the Sources appendix. */
  path: z.string().max(4096),
  hash: z.string().max(64),
  body: z.string().max(5_000_000),
  /** The passage chosen in the reader; absent when the whole article is cited. */
  excerpt: z.string().max(200_000).optional(),
  /** The author's own note on this item, printed apart from quoted text. */
  note: z.string().max(100_000).optional(),
});
export type BriefingItem = z.infer<typeof BriefingItemSchema>;

export const BriefingSectionSchema = z.strictObject({
  heading: shortText,
  items: z.array(BriefingItemSchema).max(2000),
});
export type BriefingSection = z.infer<typeof BriefingSectionSchema>;

export const BriefingSettingsSchema = z.strictObject({
  pageSize: z.enum(['A4', 'Letter']),
  margins: z.enum(['normal', 'narrow', 'wide']),
  font: z.string().min(1).max(64),
  /** A short marking such as "(U)" put in front of every paragraph; empty for none. */
  portionMarking: z.string().max(16),
});
export type BriefingSettings = z.infer<typeof BriefingSettingsSchema>;

export const BriefingSchema = z.strictObject({
  title: shortText,
  /** The occasion, e.g. "Visit of the Prime Minister of Azerbaijan, Minsk". */
  subtitle: shortText,
  marking: z.string().max(100),
  author: shortText,
  /** ISO date of the briefing, or empty. */
  date: z.string().max(10),
  recipient: shortText,
  summary: z.string().max(100_000),
  keyPoints: z.array(z.string().max(2000)).max(100),
  sections: z.array(BriefingSectionSchema).max(100),
  settings: BriefingSettingsSchema,
});
export type Briefing = z.infer<typeof BriefingSchema>;

export interface ImportProgress {
  done: number;
  total: number;
  /** The file being read, or null when the import has finished. */
  current: string | null;
}

export interface ImportReport {
  collection: string;
  /** The folder imported, absolute. */
  folder: string;
  /** Files found in the folder tree. */
  files: number;
  imported: { path: string; id: string }[];
  /** Files imported before whose text has changed: the new article replaced the old one. */
  updated: { path: string; id: string; replaced: string }[];
  /** Files whose text is already in the library (`of`: the file it was first imported from). */
  duplicates: { path: string; id: string; of: string }[];
  skipped: { path: string; reason: string }[];
  canceled: boolean;
}

export type BriefingFileResult =
  { ok: true; file: string; briefing: Briefing; notice?: string } | { ok: false; canceled: boolean; message: string };

/** The briefing autosaved by a session that did not end normally. */
export interface Recovery {
  savedAt: string;
  file: string | null;
  briefing: Briefing;
}

export type ExportResult = { ok: true; path: string } | { ok: false; canceled: boolean; message: string };

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; canceled: boolean; message: string };

export interface CollectionInfo {
  name: string;
  articles: number;
}

/** Calls from the renderer to main, each answered once. */
export interface AttacheCalls {
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  getArticle(id: string): Promise<Article | null>;
  /** Articles about the same things as this one, best first. */
  moreLikeThis(id: string): Promise<SearchHit[]>;
  listArticles(): Promise<ArticleMeta[]>;
  listCollections(): Promise<CollectionInfo[]>;
  /** Asks for a folder (a dialog in the app), then imports it off the UI thread, sending importProgress events. */
  importFolder(): Promise<ImportOutcome>;
  /** Imports a folder the user dropped on the window (its path, from pathOfDroppedFile). */
  importDroppedFolder(folder: string): Promise<ImportOutcome>;
  /** Stops the running import after the file in hand; what was imported stays. */
  cancelImport(): Promise<void>;
  removeCollection(name: string): Promise<{ removed: number; kept: number }>;
  /** Asks where to save (a dialog in the app), then writes the .docx. */
  exportBriefing(briefing: Briefing): Promise<ExportResult>;
  /** Saves to the briefing's file, or asks where (always with saveAs). */
  saveBriefing(briefing: Briefing, saveAs: boolean): Promise<BriefingFileResult>;
  /** Asks which briefing file to open. */
  openBriefing(): Promise<BriefingFileResult>;
  /** Starts a new briefing: the next save asks where. */
  newBriefing(): Promise<void>;
  /** File names of recently used briefings, most recent first. */
  recentBriefings(): Promise<string[]>;
  openRecentBriefing(index: number): Promise<BriefingFileResult>;
  /** Keeps a recovery copy of the briefing being edited. */
  autosaveBriefing(briefing: Briefing): Promise<void>;
  /** The recovery copy left by a session that did not end normally, if any. */
  recoverBriefing(): Promise<Recovery | null>;
  discardRecovery(): Promise<void>;
}

/** Events from main to the renderer. */
export type MenuCommand = 'new' | 'open' | 'save' | 'saveAs' | 'import' | 'export' | 'shortcuts';

export interface AttacheEvents {
  importProgress: ImportProgress;
  /** A command chosen in the application menu, carried out by the window. */
  menuCommand: MenuCommand;
}
export type EventName = keyof AttacheEvents;
export const eventNames: EventName[] = ['importProgress', 'menuCommand'];
export const eventChannelOf = (name: EventName): string => `attache:event:${name}`;

/** The API the preload exposes as `window.attache`. */
export interface AttacheApi extends AttacheCalls {
  /** The path of a file or folder dropped on the window (Electron's webUtils; no IPC). */
  pathOfDroppedFile(file: File): string;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: AttacheEvents[E]) => void): () => void;
}

const collectionName = z.string().min(1).max(200);

/** Argument schemas, one per call; main rejects any call whose arguments do not parse. */
export const callSchemas = {
  search: z.tuple([z.string().max(5000), SearchOptionsSchema.optional()]),
  getArticle: z.tuple([ArticleIdSchema]),
  moreLikeThis: z.tuple([ArticleIdSchema]),
  listArticles: z.tuple([]),
  listCollections: z.tuple([]),
  importFolder: z.tuple([]),
  importDroppedFolder: z.tuple([z.string().min(1).max(4096)]),
  cancelImport: z.tuple([]),
  removeCollection: z.tuple([collectionName]),
  exportBriefing: z.tuple([BriefingSchema]),
  saveBriefing: z.tuple([BriefingSchema, z.boolean()]),
  openBriefing: z.tuple([]),
  newBriefing: z.tuple([]),
  recentBriefings: z.tuple([]),
  openRecentBriefing: z.tuple([z.number().int().min(0).max(100)]),
  autosaveBriefing: z.tuple([BriefingSchema]),
  recoverBriefing: z.tuple([]),
  discardRecovery: z.tuple([]),
} as const;

export type CallName = keyof AttacheCalls;
export const callNames = Object.keys(callSchemas) as CallName[];
export const channelOf = (name: CallName): string => `attache:${name}`;

// Compile-time proof that schemas and the interface describe the same calls.
type SchemaArgs = { [K in CallName]: z.input<(typeof callSchemas)[K]> };
type ApiArgs = { [K in CallName]: Parameters<AttacheCalls[K]> };
const schemasMatchApi: SchemaArgs extends ApiArgs ? (ApiArgs extends SchemaArgs ? true : never) : never = true;
void schemasMatchApi;

declare global {
  interface Window {
    attache: AttacheApi;
  }
}
