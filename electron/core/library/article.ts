// One file → one article: extract text by format, clean it, read its facts. Pure apart from the
// PDF and Word parsers' own async APIs; the caller does the I/O.
import { authorName } from './authors.js';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Article } from '../../contract.js';
import { cleanArticle } from './clean.js';
import { countriesMentioned } from './countries.js';
import { parseDateLine } from './dates.js';
import { extractText, type FormatHints } from './formats.js';
import { extractFacts } from './metadata.js';
import { shinglesOf, simhashOf } from './nearDuplicates.js';
import { placeInEnglish } from '../places/gazetteer.js';

/** Larger files are not articles (a 100 MB "article" is a dump or a mistake) and would stall the import. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const TOO_LARGE = `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB (the limit for one article)`;

export type FileOutcome = { ok: true; article: Article } | { ok: false; reason: string };

/** `folder`: where the file sits in the imported tree, e.g. "bbc/business"; defaults to the collection. */
export async function readArticle(bytes: Uint8Array, filePath: string, collection: string, folder = collection): Promise<FileOutcome> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: TOO_LARGE };
  let extracted;
  try {
    extracted = await extractText(bytes, path.extname(filePath));
  } catch (error) {
    // a parser bug on hostile input must cost one file, not the import
    return { ok: false, reason: `could not be read: ${(error as Error).message ?? String(error)}` };
  }
  if (!extracted.ok) return extracted;
  const clean = cleanArticle(extracted.text, extracted.hints.title);
  if (clean.title === '' || clean.paragraphs.length === 0) return { ok: false, reason: 'no article text found' };
  const body = clean.paragraphs.join('\n\n');
  const hash = createHash('sha256').update(`${clean.title}\n${body}`).digest('hex');
  const published = hintedDate(extracted.hints);
  const facts = extractFacts(clean, { published });
  return {
    ok: true,
    article: {
      id: hash.slice(0, 16),
      title: clean.title,
      // a page's own metadata (article:published_time, JSON-LD) says it outright; the text's stamps come next
      date: published ?? facts.date,
      source: facts.source ?? extracted.hints.source ?? null,
      place: facts.place,
      ...(facts.place ? { placeInEnglish: placeInEnglish(facts.place) } : {}),
      // a page names its author in its markup; plain text only in its byline lines
      author: authorName(extracted.hints.author) ?? authorName(facts.author),
      language: facts.language,
      countries: countriesMentioned(`${clean.title}\n${body}`),
      collections: [collection],
      folder,
      path: filePath,
      paths: [filePath],
      size: bytes.length,
      hash,
      simhash: simhashOf(shinglesOf(body)),
      body,
    },
  };
}

function hintedDate(hints: FormatHints): string | null {
  if (!hints.published) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(hints.published);
  return iso?.[1] ?? parseDateLine(hints.published)?.date ?? null;
}
