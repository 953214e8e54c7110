// One segment of the search index: an immutable Lunr index over one batch of articles. It is queried as
// Lunr queries — terms expanded as Lunr expands them, each document scored by the cosine of the query
// vector with its field vectors, summed over fields; a test holds the scores to Lunr's own — but stored as
// flat typed arrays: each term's postings a run, with the document's weight beside it (Lunr's objects per
// posting cost most of a query: 50 ms for a common word at 10,000 articles).
import lunr from 'lunr';
import type { Article } from '../../../contract.js';
import { fieldTermsOf } from './analysis.js';
import { BRIDGE_MARK } from './crossScript.js';
import { TermList, type Automaton } from './termList.js';

export type IndexedField = 'title' | 'body';
export const INDEXED_FIELDS: IndexedField[] = ['title', 'body'];
/**
 * A segment's fields: the two a query searches, and `names` — the bridge terms of the names in title and
 * body (analysis.ts), kept apart so that they weigh on no article's length and are searched only across scripts.
 */
export type SegmentField = IndexedField | 'names';
export const SEGMENT_FIELDS: SegmentField[] = ['title', 'body', 'names'];
const BOOSTS: Record<SegmentField, number> = { title: 10, body: 1, names: 1 };
/** Weights are kept to 1/10,000: ranking does not notice, and the numbers are short on disk. */
const WEIGHT_SCALE = 10_000;

export type IndexableArticle = Pick<Article, 'id' | 'title' | 'body' | 'language'>;

/** What one clause found in one document. */
export interface ClauseMatch {
  score: number;
  /** Index terms that matched (each once), for marking them in snippets. */
  terms: string[];
  /** Reached only through another language's name for the word (a capital's exonym): said so in the hit. */
  across?: true;
}

export interface TermQuery {
  terms: string[];
  field?: SegmentField;
  prefix?: boolean;
  fuzzy?: number;
}

/** Per field: the postings of each term, the documents (ordinals, in order) with their weights for it. */
interface FieldData {
  /** postingStarts[t]..postingStarts[t+1] in postingDocs and postingWeights are term t's postings. */
  postingStarts: Uint32Array;
  postingDocs: Uint32Array;
  /** Lunr's weight of the term in the document's field vector, times WEIGHT_SCALE (an integer). */
  postingWeights: Int32Array;
}
/**
 * A segment as built: the numbers Lunr's builder computes, its weights as integers (segmentArrays makes
 * them the Float32 weights a query reads).
 */
export interface SegmentData {
  documents: number;
  /** Sorted; a term's position here is its dimension in Lunr's vector space. */
  terms: string[];
  fields: Record<SegmentField, FieldData>;
}

/** A field's postings as a segment holds them (and its file stores them: segmentFile.ts). */
export interface FieldArrays {
  postingStarts: Uint32Array;
  /** Document ordinals, in order within each term's run (16 bits where a segment has at most 65,536 documents). */
  postingDocs: Uint16Array | Uint32Array;
  postingWeights: Float32Array;
}
type Field = FieldArrays;

/** A segment in the form it is queried and stored in. */
export interface SegmentArrays {
  ids: string[];
  terms: TermList;
  fields: Record<SegmentField, FieldArrays>;
}

/** Parts of Lunr 2.3 its published types lack. */
interface TokenSetClause {
  term: string;
  editDistance?: number;
}
const { TokenSet } = lunr as unknown as { TokenSet: { fromClause(clause: TokenSetClause): Automaton } };

export const isIndexedField = (field: string): field is IndexedField => (INDEXED_FIELDS as string[]).includes(field);

/** Lunr's BM25 parameters (lunr.Builder's defaults: k1 1.2, b 0.75). */
const K1 = 1.2;
const B = 0.75;

/**
 * The index Lunr's builder would make of the articles' analysed terms (see analysis.ts), computed directly
 * in its compact form: what a segment file holds. Lunr's builder keeps an object per posting and per term
 * of every document and was most of an import's indexing time; this does its arithmetic — lunr.idf over
 * every field's postings, BM25 with its k1 and b, each field's boost, scores to 1/1000 — in flat arrays.
 * A test builds the same articles with Lunr and expects the very same data.
 */
export function buildSegmentData(articles: IndexableArticle[]): SegmentData {
  const fields = SEGMENT_FIELDS;
  const termIds = new Map<string, number>();
  /** Per term: in how many (document, field) pairs it stands — Lunr's document frequency. */
  const pairs: number[] = [];
  /**
   * Per field, per document: its distinct term ids and their frequencies, as pairs in one flat array, in
   * the order the terms first stand (a Map per document and field held ~5 million entries per segment).
   */
  const frequencies = fields.map(() => new Array<Int32Array>(articles.length));
  const lengths = fields.map(() => new Float64Array(articles.length));
  // a term's count in the document at hand, by id (cleared after each), and the ids it has met
  let counts = new Int32Array(1024);
  const met: number[] = [];
  articles.forEach((article, document) => {
    const title = fieldTermsOf(article.title ?? '', article.language);
    const body = fieldTermsOf(article.body ?? '', article.language);
    const termsBy: Record<SegmentField, string[]> = { title: title.terms, body: body.terms, names: [...title.names, ...body.names] };
    fields.forEach((field, f) => {
      for (const term of termsBy[field]) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
          pairs.push(0);
          if (id >= counts.length) {
            const grown = new Int32Array(counts.length * 2);
            grown.set(counts);
            counts = grown;
          }
        }
        const seen = counts[id]!;
        counts[id] = seen + 1;
        if (seen === 0) met.push(id);
      }
      const pairsOf = new Int32Array(met.length * 2);
      met.forEach((id, at) => {
        pairsOf[at * 2] = id;
        pairsOf[at * 2 + 1] = counts[id]!;
        counts[id] = 0;
        pairs[id]! += 1;
      });
      met.length = 0;
      frequencies[f]![document] = pairsOf;
      lengths[f]![document] = termsBy[field].length;
    });
  });
  const terms = [...termIds.keys()].sort();
  const position = new Int32Array(termIds.size);
  terms.forEach((term, at) => (position[termIds.get(term)!] = at));
  termIds.clear();
  const documents = articles.length;
  const idf = pairs.map((count) => Math.log(1 + Math.abs((documents - count + 0.5) / (count + 0.5))));
  const field = (f: number): FieldData => {
    const name = fields[f]!;
    const average = lengths[f]!.reduce((sum, length) => sum + length, 0) / documents;
    // each term's postings counted, then placed: documents in order within each term's run
    const postingStarts = new Uint32Array(terms.length + 1);
    for (const pairsOf of frequencies[f]!) for (let at = 0; at < pairsOf.length; at += 2) postingStarts[position[pairsOf[at]!]! + 1]! += 1;
    for (let term = 0; term < terms.length; term++) postingStarts[term + 1]! += postingStarts[term]!;
    const next = postingStarts.slice(0, terms.length);
    const postingDocs = new Uint32Array(postingStarts[terms.length]!);
    const postingWeights = new Int32Array(postingDocs.length);
    for (let document = 0; document < documents; document++) {
      const length = lengths[f]![document]!;
      const pairsOf = frequencies[f]![document]!;
      for (let at = 0; at < pairsOf.length; at += 2) {
        const id = pairsOf[at]!;
        const tf = pairsOf[at + 1]!;
        // Lunr's createFieldVectors, operation for operation (the same rounding)
        let score = (idf[id]! * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (length / average)) + tf);
        score *= BOOSTS[name];
        const slot = next[position[id]!]!++;
        postingDocs[slot] = document;
        postingWeights[slot] = Math.round((Math.round(score * 1000) / 1000) * WEIGHT_SCALE);
      }
    }
    frequencies[f] = []; // this field's counts are spent
    return { postingStarts, postingDocs, postingWeights };
  };
  return { documents, terms, fields: { title: field(0), body: field(1), names: field(2) } };
}

export class Segment {
  private constructor(
    /** Article ids by ordinal (a document's Lunr ref is its ordinal). */
    readonly ids: string[],
    private readonly terms: TermList,
    private readonly fields: Record<SegmentField, Field>,
  ) {
    // in order, a term is found by a binary search, a prefix is a range of them and an edit distance a
    // walk over them (TermList.accepted): checked, never assumed
    if (!terms.inOrder()) throw new Error('the segment’s terms are not in order');
  }

  /** The position of a term in the segment's terms, if it has it. */
  private positionOf(term: string): number | undefined {
    const at = this.firstAtLeast(term);
    return at < this.terms.length && this.terms.compare(at, term) === 0 ? at : undefined;
  }

  /** The first position whose term is not below `wanted`. */
  private firstAtLeast(wanted: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.terms.compare(middle, wanted) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Positions of the terms that start with a prefix: a binary search for the range, as `prefix*` expands in Lunr. */
  private withPrefix(prefix: string): number[] {
    const positions: number[] = [];
    for (let at = this.firstAtLeast(prefix); at < this.terms.length && this.terms.startsWith(at, prefix); at++)
      if (!this.terms.startsWith(at, BRIDGE_MARK)) positions.push(at);
    return positions;
  }

  static fromData(ids: string[], data: SegmentData): Segment {
    return Segment.fromArrays(segmentArrays(ids, data));
  }

  static fromArrays({ ids, terms, fields }: SegmentArrays): Segment {
    return new Segment(ids, terms, fields);
  }

  /**
   * Documents matching any of the terms (alternatives of one query word), scored as Lunr's
   * Index.query scores them: the query vector has 1 for each expanded term (more if several
   * alternatives expand to it), and a document's score is, per field, the dot product of that
   * vector with its field vector over the query vector's length, summed over the fields.
   */
  match(query: TermQuery): Map<string, ClauseMatch> {
    const counts = new Map<number, number>();
    for (const term of query.terms) {
      if (!query.prefix && !query.fuzzy) {
        // a whole term: its own posting, if any (what the TokenSet would give, without building its automaton)
        const position = this.positionOf(term);
        if (position !== undefined) counts.set(position, (counts.get(position) ?? 0) + 1);
        continue;
      }
      if (query.prefix && !query.fuzzy) {
        for (const position of this.withPrefix(term)) counts.set(position, (counts.get(position) ?? 0) + 1);
        continue;
      }
      // as in Lunr: with any edit distance at all, "*" would be read as a letter; bridge terms ("~lavrov") are only ever asked whole
      const automaton = TokenSet.fromClause({ term, editDistance: query.fuzzy });
      for (const position of this.terms.accepted(automaton, BRIDGE_MARK)) counts.set(position, (counts.get(position) ?? 0) + 1);
    }
    let sumOfSquares = 0;
    for (const count of counts.values()) sumOfSquares += count * count;
    const magnitude = Math.sqrt(sumOfSquares);
    const found = new Map<string, ClauseMatch>();
    for (const name of query.field ? [query.field] : INDEXED_FIELDS) {
      const { postingStarts, postingDocs, postingWeights } = this.fields[name];
      for (const [position, count] of counts) {
        const term = this.terms.at(position);
        for (let at = postingStarts[position]!; at < postingStarts[position + 1]!; at++) {
          const id = this.ids[postingDocs[at]!]!;
          const match = found.get(id);
          if (!match) found.set(id, { score: (count * postingWeights[at]!) / magnitude, terms: [term] });
          else {
            if (!match.terms.includes(term)) match.terms.push(term);
            match.score += (count * postingWeights[at]!) / magnitude;
          }
        }
      }
    }
    return found;
  }

  /** In how many documents a term occurs, counting title and body apart, as Lunr's idf does. */
  postings(term: string): number {
    const position = this.positionOf(term);
    if (position === undefined) return 0;
    let count = 0;
    for (const field of Object.values(this.fields)) count += field.postingStarts[position + 1]! - field.postingStarts[position]!;
    return count;
  }

  /** In how many documents a term occurs (any field). */
  documentFrequency(term: string): number {
    const position = this.positionOf(term);
    if (position === undefined) return 0;
    const documents = new Set<number>();
    for (const field of Object.values(this.fields))
      for (let at = field.postingStarts[position]!; at < field.postingStarts[position + 1]!; at++) documents.add(field.postingDocs[at]!);
    return documents.size;
  }

  get documentCount(): number {
    return this.ids.length;
  }
}

/** A built segment's data (weights as integers, times WEIGHT_SCALE) as the arrays it is queried in. */
export function segmentArrays(ids: string[], data: SegmentData): SegmentArrays {
  if (ids.length !== data.documents) throw new Error(`the segment holds ${data.documents} documents, its list ${ids.length}`);
  const field = (stored: FieldData): Field => {
    const postings = stored.postingDocs.length;
    if (
      stored.postingStarts.length !== data.terms.length + 1 ||
      stored.postingStarts.at(-1) !== postings ||
      stored.postingWeights.length !== postings
    )
      throw new Error('the segment’s postings do not add up');
    return {
      postingStarts: stored.postingStarts,
      postingDocs: stored.postingDocs,
      postingWeights: Float32Array.from(stored.postingWeights, (weight) => weight / WEIGHT_SCALE),
    };
  };
  return {
    ids,
    terms: TermList.of(data.terms),
    fields: { title: field(data.fields.title), body: field(data.fields.body), names: field(data.fields.names) },
  };
}
