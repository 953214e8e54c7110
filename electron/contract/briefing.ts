// The briefing document model: what the user assembles, saves as a file and exports (validated in main).
import { z } from 'zod';
import { ArticleIdSchema } from './library.js';

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
  /**
   * The library's change the author chose not to follow: the hash of the article's new text, or
   * "removed". The item keeps its cited text and no longer shows that change as news.
   */
  keptAsCited: z.string().max(64).optional(),
});
export type BriefingItem = z.infer<typeof BriefingItemSchema>;

/** What a table row cites: an article's provenance, without its text. */
export const CitedSourceSchema = BriefingItemSchema.pick({
  articleId: true,
  title: true,
  source: true,
  date: true,
  place: true,
  language: true,
  path: true,
  hash: true,
});
export type CitedSource = z.infer<typeof CitedSourceSchema>;

/** A table of the analyst's desk (figures, a timeline): a header row, then rows each citing its article. */
export const BriefingTableSchema = z.strictObject({
  caption: shortText,
  columns: z.array(shortText).min(1).max(8),
  rows: z
    .array(z.strictObject({ cells: z.array(z.string().max(5000)).min(1).max(8), source: CitedSourceSchema }))
    .min(1)
    .max(2000),
});
export type BriefingTable = z.infer<typeof BriefingTableSchema>;

export const BriefingSectionSchema = z.strictObject({
  heading: shortText,
  items: z.array(BriefingItemSchema).max(2000),
  /** Tables added from the analyst's desk, after the section's articles (absent in briefings saved before them). */
  tables: z.array(BriefingTableSchema).max(50).optional(),
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

/** The briefing autosaved by a session that did not end normally. */
export interface Recovery {
  savedAt: string;
  file: string | null;
  briefing: Briefing;
}

/** What an item cites, to compare with the library: its article, the hash of the text it cites, its file. */
export const CitedSchema = z.strictObject({ articleId: ArticleIdSchema, hash: z.string().max(64), path: z.string().max(4096) });
export type Cited = z.infer<typeof CitedSchema>;

/** How the library's copy of a cited article stands: the same text, a newer text (re-imported from the same file), or gone. */
export type CitationState = { state: 'current' } | { state: 'changed'; articleId: string; hash: string } | { state: 'removed' };
