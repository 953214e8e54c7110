// The search index: immutable Lunr segments (segment.ts), one or a few per import, queried together.
// An import adds a segment for the articles no segment has yet, built where the import runs (a worker in
// the app), while the segments already loaded keep answering. Removed articles stay in their segment
// until it is mostly dead, then it is rebuilt from the rest; small segments are merged, as a log-structured
// index does. Scores agree across segments: each match is rescaled from its segment's idf to the idf
// over all segments, so a term is as rare in every segment as it is in the library.
//
// On disk, in the index folder: manifest.json (sealed, with a last good copy) names each segment's file
// and its articles; a segment file (sealed) is never changed once written. The manifest is the truth:
// a segment file it does not name is left over from an interrupted update and is deleted.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { readSealedBinary, readSealedJson, sealedFormat, writeSealedBinary, writeSealedJson } from '../../sealedFile.js';
import { buildSegmentData, Segment, segmentArrays, type ClauseMatch, type IndexableArticle, type TermQuery } from './segment.js';
import { SEGMENT_FILE } from './segmentFile.js';

export { INDEXED_FIELDS, isIndexedField, type ClauseMatch, type IndexedField, type IndexableArticle, type TermQuery } from './segment.js';

/**
 * Largest segment built: bounds the memory a build needs — Lunr's builder takes about 0.4 GB more for
 * 5,000 articles, 0.9 GB for 10,000, and does not fit 100,000 in 4 GB — at little cost to queries
 * (at 100,000 articles, p95 144 ms over 20 segments against 133 ms over 10).
 */
const SEGMENT_ARTICLES = 5_000;
/** Segments under this size are merged once there are more than MAX_SMALL_SEGMENTS of them. */
const SMALL_SEGMENT = 2_000;
const MAX_SMALL_SEGMENTS = 4;
/** A segment with more removed articles than this share is rebuilt from the rest. */
const DEAD_SHARE = 0.3;
/** A segment file's ending (version 5, bytes; older segments were JSON). */
const SEGMENT_SUFFIX = '.seg';

const ManifestSchema = z.object({ segments: z.array(z.object({ file: z.string(), ids: z.array(z.string()) })) });
const MANIFEST = sealedFormat('attache-index', 6, ManifestSchema);
type Manifest = z.infer<typeof ManifestSchema>;
type ManifestEntry = Manifest['segments'][number];

/** The library as the index needs it. */
export interface IndexSource {
  list(): { id: string }[];
  get(id: string): Promise<IndexableArticle | null>;
}

/** Where a library keeps its index. */
export const indexDirOf = (libraryDir: string): string => path.join(libraryDir, 'index');

/** Lunr's inverse document frequency. */
const idf = (postings: number, documents: number): number => Math.log(1 + Math.abs((documents - postings + 0.5) / (postings + 0.5)));

export class SearchIndex {
  /** Segments still being read in the background after an `open` that did not wait for them. */
  private loading: Promise<void> | undefined;
  /** Resolved once the first of them is read (or none is left to read). */
  private firstLoaded: Promise<void> = Promise.resolve();
  /** Articles in the manifest's segments (loaded or not). */
  private manifestArticles = 0;

  private constructor(
    readonly dir: string,
    private segments: { file: string; segment: Segment }[],
  ) {}

  /**
   * Opens the index in `dir` for the library: articles no segment has are indexed now (a first start,
   * or after an interrupted import), damaged segments are dropped and their articles indexed again.
   * `background`: return once the manifest is up to date and read the segments one by one after, each
   * answering as soon as it is read (a large library's first result comes before all are).
   */
  static async open(dir: string, library: IndexSource, options: { background?: boolean } = {}): Promise<SearchIndex> {
    const index = new SearchIndex(dir, []);
    if (!options.background) {
      await index.syncWithLibrary(library);
      return index;
    }
    const manifest = await updateIndex(dir, library);
    if (manifest.segments.length === 0) return index; // nothing to read (an empty library)
    index.manifestArticles = manifest.segments.reduce((sum, entry) => sum + entry.ids.length, 0);
    let first = (): void => {};
    index.firstLoaded = new Promise((resolve) => (first = resolve));
    // (a `then` runs after this assignment, however fast the reading is)
    const loading = index
      .loadSegments(manifest, () => first())
      .then(async (damaged) => {
        index.loading = undefined;
        first();
        // a damaged segment is mended as at a whole open; failing here, the next update tries again
        if (damaged) await index.syncWithLibrary(library).catch(() => undefined);
      });
    index.loading = loading;
    return index;
  }

  /** Reads the manifest's segments one by one, each searchable as soon as it is read; whether any was damaged. */
  private async loadSegments(manifest: Manifest, onFirst: () => void): Promise<boolean> {
    let damaged = false;
    for (const entry of manifest.segments) {
      const segment = await loadSegment(path.join(this.dir, entry.file), entry.ids);
      if (segment) this.segments = [...this.segments, { file: entry.file, segment }];
      else damaged = true;
      onFirst();
      // queries asked meanwhile are answered between two segments
      await new Promise((resolve) => setImmediate(resolve));
    }
    return damaged;
  }

  /** Resolves once some of the index can answer: its first segment read (at once when it was opened whole). */
  whenSomeLoaded(): Promise<void> {
    return this.firstLoaded;
  }

  /** Resolves once every segment is read (at once when none is being read). */
  async whenLoaded(): Promise<void> {
    while (this.loading) await this.loading;
  }

  /** The share of the indexed articles searchable now: below 1 while segments are still being read. */
  get loadedShare(): number {
    return this.loading && this.manifestArticles > 0 ? this.articleCount / this.manifestArticles : 1;
  }

  /**
   * Brings the index up to date with the library — indexing what no segment has, on disk first — and
   * takes up what an update elsewhere (the library worker) wrote, keeping the segments already loaded.
   */
  async syncWithLibrary(library: IndexSource): Promise<void> {
    await this.whenLoaded();
    const loaded = new Map(this.segments.map((entry) => [entry.file, entry.segment]));
    for (let attempt = 0; ; attempt++) {
      const manifest = await updateIndex(this.dir, library);
      const segments: { file: string; segment: Segment }[] = [];
      const damaged: string[] = [];
      for (const entry of manifest.segments) {
        const segment = loaded.get(entry.file) ?? (await loadSegment(path.join(this.dir, entry.file), entry.ids));
        if (segment) segments.push({ file: entry.file, segment });
        else damaged.push(entry.file);
      }
      if (damaged.length === 0 || attempt > 0) {
        this.segments = segments;
        return;
      }
      // a damaged segment is derived data: forget it, and the next update indexes its articles again
      await writeManifest(this.dir, { segments: manifest.segments.filter((entry) => !damaged.includes(entry.file)) });
    }
  }

  /** Documents matching any of the terms, scored as if all segments were one index. */
  match(query: TermQuery): Map<string, ClauseMatch> {
    if (this.segments.length === 1) return this.segments[0]!.segment.match(query);
    const found = new Map<string, ClauseMatch>();
    const documents = this.articleCount;
    for (const { segment } of this.segments) {
      // each term's weight in this segment, rescaled from its idf here to its idf over the whole library
      const rescale = new Map<string, number>();
      const rescaleOf = (term: string): number => {
        let value = rescale.get(term);
        if (value === undefined) {
          const postings = this.segments.reduce((sum, other) => sum + other.segment.postings(term), 0);
          value = idf(postings, documents) / idf(segment.postings(term), segment.documentCount);
          rescale.set(term, value);
        }
        return value;
      };
      for (const [id, match] of segment.match(query)) {
        let factor = 0;
        for (const term of match.terms) factor += rescaleOf(term);
        match.score *= factor / match.terms.length;
        found.set(id, match);
      }
    }
    return found;
  }

  /** In how many documents a term occurs (any field). */
  documentFrequency(term: string): number {
    return this.segments.reduce((sum, { segment }) => sum + segment.documentFrequency(term), 0);
  }

  get articleCount(): number {
    return this.segments.reduce((sum, { segment }) => sum + segment.documentCount, 0);
  }
}

/**
 * Brings the index on disk up to date with the library: indexes the articles no segment has, rebuilds
 * segments that are mostly removed articles, merges small segments, then writes the manifest (the
 * moment the change takes effect) and deletes the files it no longer names.
 */
export async function updateIndex(dir: string, library: IndexSource): Promise<Manifest> {
  await fs.mkdir(dir, { recursive: true });
  const read = await readSealedJson(path.join(dir, 'manifest.json'), MANIFEST).catch(() => undefined);
  const manifest: Manifest = read && (read.state === 'ok' || read.state === 'restored') ? read.data : { segments: [] };
  const live = new Set(library.list().map((meta) => meta.id));

  const kept: ManifestEntry[] = [];
  const reindex = new Set<string>();
  const present = await fs.readdir(dir);
  for (const entry of manifest.segments) {
    const dead = entry.ids.filter((id) => !live.has(id)).length;
    // (a segment of an older format — JSON, before version 5 — is built again, as a missing one is)
    if (dead > entry.ids.length * DEAD_SHARE || !present.includes(entry.file) || !entry.file.endsWith(SEGMENT_SUFFIX))
      entry.ids.filter((id) => live.has(id)).forEach((id) => reindex.add(id));
    else kept.push(entry);
  }
  const covered = new Set(kept.flatMap((entry) => entry.ids));
  for (const id of live) if (!covered.has(id)) reindex.add(id);
  const small = kept.filter((entry) => entry.ids.length < SMALL_SEGMENT);
  if (small.length + (reindex.size > 0 ? 1 : 0) > MAX_SMALL_SEGMENTS) {
    for (const entry of small) {
      kept.splice(kept.indexOf(entry), 1);
      entry.ids.filter((id) => live.has(id)).forEach((id) => reindex.add(id));
    }
  }

  if (reindex.size > 0 || kept.length !== manifest.segments.length) {
    const ids = [...reindex];
    for (let at = 0; at < ids.length; at += SEGMENT_ARTICLES)
      kept.push(await writeSegment(dir, library, ids.slice(at, at + SEGMENT_ARTICLES)));
    await writeManifest(dir, { segments: kept });
  }
  const named = new Set(kept.map((entry) => entry.file));
  for (const name of present) if (name.startsWith('segment-') && !named.has(name)) await fs.rm(path.join(dir, name), { force: true });
  return { segments: kept };
}

async function writeSegment(dir: string, library: IndexSource, ids: string[]): Promise<ManifestEntry> {
  const articles: IndexableArticle[] = [];
  for (const id of ids) {
    const article = await library.get(id);
    if (article) articles.push(article);
  }
  const indexed = articles.map((article) => article.id);
  const file = `segment-${segmentName(indexed)}${SEGMENT_SUFFIX}`;
  await writeSealedBinary(path.join(dir, file), SEGMENT_FILE, segmentArrays(indexed, buildSegmentData(articles)));
  return { file, ids: indexed };
}

const segmentName = (ids: string[]): string => createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16);

/** The segment, if its file is sound and holds the articles the manifest says; otherwise undefined. */
async function loadSegment(file: string, ids: string[]): Promise<Segment | undefined> {
  const read = await readSealedBinary(file, SEGMENT_FILE).catch(() => undefined);
  if (read?.state !== 'ok' || read.data.ids.join('\n') !== ids.join('\n')) return undefined;
  return Segment.fromArrays(read.data);
}

function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  return writeSealedJson(path.join(dir, 'manifest.json'), MANIFEST, manifest);
}
