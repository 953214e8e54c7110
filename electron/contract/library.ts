// The library's data as the contract carries it: articles, their metadata, and what an import reports.
import { z } from 'zod';
import type { ArticleInsights } from './insights.js';

/** Article ids are the first 16 hex digits of the SHA-256 of the article's normalised text. */
export const ArticleIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'not an article id');

export interface ArticleMeta {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of publication, or null when the article does not state one. */
  date: string | null;
  source: string | null;
  /** Dateline place as the article writes it, e.g. "Минск", "La Habana". */
  place: string | null;
  /** …and in English ("Minsk", "Havana"): absent when there is no place, and on articles imported before it. */
  placeInEnglish?: string;
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
  /** 64-bit SimHash of the text's five-word shingles (16 hex digits): finds near-duplicates. Absent on articles imported before it. */
  simhash?: string;
  /** The version of the insights stored in the article's file (quotes, figures, events, entities); absent when it has none. */
  insightsVersion?: number;
  /** The people and organisations the article names most (from its insights), as it names them; absent before insights. */
  people?: string[];
  organisations?: string[];
  /** …and the places other than countries (cities, regions: "Havana", "Minsk"), countries being `countries`. */
  places?: string[];
}

export interface Article extends ArticleMeta {
  /** The cleaned article text, paragraphs separated by a blank line. */
  body: string;
  /** Quotes, figures, events and entities read from the body at import (absent on articles imported before them). */
  insights?: ArticleInsights;
}

export interface ImportProgress {
  done: number;
  total: number;
  /** The file being read, or null when the import has finished. */
  current: string | null;
}

export type DuplicateKind = 'unchanged' | 'added-to-collection' | 'same-text' | 'near-duplicate';

export interface ImportReport {
  collection: string;
  /** The folder imported, absolute. */
  folder: string;
  /** Files found in the folder tree. */
  files: number;
  imported: { path: string; id: string }[];
  /** Files imported before whose text has changed: the new article replaced the old one. */
  updated: { path: string; id: string; replaced: string }[];
  /**
   * Files whose text is already in the library (`of`: the file it was first imported from): the same file
   * again (`unchanged`), the same file now also in this collection (`added-to-collection`), or another
   * file with the same text (`same-text`), or another file with nearly the same text (`near-duplicate`:
   * its `similarity` is the Jaccard similarity of their five-word shingles; the first text is kept).
   */
  duplicates: { path: string; id: string; of: string; kind: DuplicateKind; similarity?: number }[];
  skipped: { path: string; reason: string }[];
  canceled: boolean;
  /** What was found wrong with the library itself meanwhile (a damaged catalog or log mended), each saying what it lost and which import to repeat. */
  notices?: string[];
}

export interface CollectionInfo {
  name: string;
  articles: number;
}
