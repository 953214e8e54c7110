// The Lunr index over the library: built from analysed terms (see analysis.ts), saved beside the
// catalog, loaded at start when its stamp matches the catalog's. It answers one clause at a time;
// combining clauses, filters and ranking is searchLibrary's job.
import lunr from 'lunr';
import { z } from 'zod';
import type { Article } from '../../contract.js';
import { readSealedJson, writeSealedJson } from '../sealedFile.js';
import { termsOf } from './analysis.js';
import type { SearchField } from './queryParser.js';

const INDEX_FORMAT = 'attache-index';
const INDEX_VERSION = 5;
/** Only title and body are in Lunr; source, author and place are matched from the catalog. */
export const INDEXED_FIELDS: SearchField[] = ['title', 'body'];
export type IndexedField = 'title' | 'body';
const BOOSTS: Record<IndexedField, number> = { title: 10, body: 1 };

const IndexFileSchema = z.object({
  stamp: z.string(),
  /** Article ids by the short refs Lunr knows them by. */
  ids: z.array(z.string()),
  lunr: z.record(z.string(), z.unknown()),
});

export type IndexableArticle = Pick<Article, 'id' | 'title' | 'body' | 'language'>;

/** What one clause found in one document. */
export interface ClauseMatch {
  score: number;
  /** Index terms that matched, for marking them in snippets. */
  terms: Set<string>;
}

export interface TermQuery {
  terms: string[];
  field?: IndexedField;
  prefix?: boolean;
  fuzzy?: number;
}

/**
 * Lunr repeats a document's ref in every posting of every term: short refs (the article's ordinal in
 * base 36) instead of 16-hex ids make the index on disk markedly smaller and faster to load.
 */
const refOf = (ordinal: number): string => ordinal.toString(36);

export class SearchIndex {
  private readonly byRef: Map<string, string>;

  private constructor(
    private readonly index: lunr.Index,
    readonly stamp: string,
    private readonly ids: string[],
  ) {
    this.byRef = new Map(ids.map((id, ordinal) => [refOf(ordinal), id]));
  }

  static build(articles: Iterable<IndexableArticle>, stamp: string): SearchIndex {
    const ids: string[] = [];
    const index = lunr(function () {
      // documents arrive as finished terms: no Lunr analysis on the way in or out
      this.pipeline.reset();
      this.searchPipeline.reset();
      this.ref('id');
      for (const [field, boost] of Object.entries(BOOSTS)) this.field(field, { boost });
      for (const article of articles) {
        const terms = (text: string | null) => termsOf(text ?? '', article.language);
        this.add({ id: refOf(ids.length), title: terms(article.title), body: terms(article.body) });
        ids.push(article.id);
      }
    });
    return new SearchIndex(index, stamp, ids);
  }

  /**
   * The saved index, if there is one, sound, and built from the library as it is now; otherwise
   * undefined, and the caller rebuilds it (nothing is lost: the index is derived from the library).
   */
  static async load(file: string, stamp: string): Promise<SearchIndex | undefined> {
    const read = await readSealedJson(file, INDEX_FORMAT, INDEX_VERSION, (data) => IndexFileSchema.parse(data)).catch(() => undefined);
    if (!read || (read.state !== 'ok' && read.state !== 'restored') || read.data.stamp !== stamp) return undefined;
    try {
      return new SearchIndex(lunr.Index.load(read.data.lunr), stamp, read.data.ids);
    } catch {
      return undefined;
    }
  }

  async save(file: string): Promise<void> {
    const serialised = this.index.toJSON() as unknown as { fieldVectors: [string, number[]][] };
    // term weights to 4 significant digits: ranking does not notice, the file is much smaller
    for (const [, elements] of serialised.fieldVectors)
      for (let at = 1; at < elements.length; at += 2) elements[at] = Number(elements[at]!.toPrecision(4));
    await writeSealedJson(file, INDEX_FORMAT, INDEX_VERSION, { stamp: this.stamp, ids: this.ids, lunr: serialised });
  }

  /** Documents matching any of the terms (alternatives of one query word). */
  match(query: TermQuery): Map<string, ClauseMatch> {
    const results = this.index.query((builder) => {
      for (const term of query.terms) {
        builder.term(term, {
          ...(query.field ? { fields: [query.field] } : {}),
          usePipeline: false,
          wildcard: query.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
          // only when fuzzy: with any editDistance at all, Lunr reads "*" as a letter
          ...(query.fuzzy ? { editDistance: query.fuzzy } : {}),
          presence: lunr.Query.presence.OPTIONAL,
        });
      }
    });
    return new Map(
      results.map((result) => [
        this.byRef.get(result.ref)!,
        { score: result.score, terms: new Set(Object.keys(result.matchData.metadata)) },
      ]),
    );
  }

  get articleCount(): number {
    return this.ids.length;
  }

  /** In how many documents a term occurs (any field). */
  documentFrequency(term: string): number {
    const posting = (this.index as unknown as { invertedIndex: Record<string, Record<string, Record<string, unknown> | number>> })
      .invertedIndex[term];
    if (!posting) return 0;
    const documents = new Set<string>();
    for (const [field, refs] of Object.entries(posting))
      if (field !== '_index' && typeof refs === 'object') for (const ref of Object.keys(refs)) documents.add(ref);
    return documents.size;
  }
}
