// What the analyst's desk reads out of articles: quotes with their speakers, figures, dated events, the
// people, organisations and places named, and the groups of articles telling the same story. Extracted at
// import, per article, and stored with it (`ArticleInsights`); gathered over a search result on demand.
import { z } from 'zod';
import type { CitedSource } from './briefing.js';
import type { Result } from './result.js';

/** The extraction's version: articles stored with an older one are read again (with progress) when the library opens. */
// 2: the catalog also keeps each article's places (other than countries)
export const INSIGHTS_VERSION = 2;

export type EntityKind = 'person' | 'organisation' | 'place';

/** [start, end) of a passage of the article's body. */
const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

const QuoteSchema = SpanSchema.extend({
  /** The speaker's name as the article's entities know it (resolved from "he", "the president", «глава МИД»), or null. */
  speaker: z.string().nullable(),
  text: z.string(),
  kind: z.enum(['direct', 'reported']),
});

const FigureSchema = SpanSchema.extend({
  /** As written: "$400 million", "1,5 млрд евро", "39 percent". */
  text: z.string(),
  /** The number it stands for: 400000000, 1500000000, 39. */
  value: z.number(),
  /** ISO currency code, "%", or null for a count. */
  unit: z.string().nullable(),
  /** What it measures or counts: "Belarus-Azerbaijan trade", "Belarusian tractors"; null when the sentence does not say. */
  what: z.string().nullable(),
  /** A year or period the sentence attaches to it ("2023", "2014–2016"), or null. */
  period: z.string().nullable(),
  sentence: z.string(),
});

const EventSchema = SpanSchema.extend({
  /** ISO date, or a year-month / year when the text says no more. */
  date: z.string(),
  /** The sentence that reports it. */
  event: z.string(),
  people: z.array(z.string()),
  places: z.array(z.string()),
});

const EntitySchema = z.object({
  /** The fullest form the article uses, in the nominative where the language declines names. */
  name: z.string(),
  kind: z.enum(['person', 'organisation', 'place']),
  /** The key the same entity meets on across spellings, scripts and articles. */
  key: z.string(),
  mentions: z.array(SpanSchema.extend({ text: z.string() })),
});

export const ArticleInsightsSchema = z.object({
  version: z.number().int(),
  quotes: z.array(QuoteSchema),
  figures: z.array(FigureSchema),
  events: z.array(EventSchema),
  entities: z.array(EntitySchema),
});
export type ArticleInsights = z.infer<typeof ArticleInsightsSchema>;
export type ArticleQuote = z.infer<typeof QuoteSchema>;
export type ArticleFigure = z.infer<typeof FigureSchema>;
export type ArticleEvent = z.infer<typeof EventSchema>;
export type ArticleEntity = z.infer<typeof EntitySchema>;

/** Where in which article an insight was read: the reader opens it there and highlights it. */
export interface InsightPlace {
  articleId: string;
  start: number;
  end: number;
}

export interface Quote extends InsightPlace {
  speaker: string | null;
  text: string;
  kind: 'direct' | 'reported';
  date: string | null;
}

export interface Figure extends InsightPlace {
  text: string;
  value: number;
  unit: string | null;
  what: string | null;
  period: string | null;
  sentence: string;
}

export interface TimelineEntry {
  date: string;
  event: string;
  people: string[];
  places: string[];
  articleIds: string[];
  /** Where each article reports it. */
  reports: InsightPlace[];
}

export interface Entity {
  name: string;
  kind: EntityKind;
  articles: string[];
  mentions: (InsightPlace & { text: string })[];
}

export interface Cluster {
  kind: 'duplicate' | 'same-story';
  articleIds: string[];
  label: string;
  /** For a duplicate: every file the one stored text was imported from. */
  paths?: string[];
}

export type InsightKind = 'quotes' | 'figures' | 'timeline' | 'entities' | 'clusters';
export const InsightKindSchema = z.enum(['quotes', 'figures', 'timeline', 'entities', 'clusters']);

export interface Insights {
  quotes: Quote[];
  figures: Figure[];
  timeline: TimelineEntry[];
  entities: Entity[];
  clusters: Cluster[];
}

/** The desk over a search result: its insights, the articles they were read from (to cite them), and how many the search found. */
export type InsightsResponse = Result<{ insights: Insights; sources: CitedSource[]; total: number }>;
