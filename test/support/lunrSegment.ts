// TEST-ONLY: a segment's data as Lunr's own builder makes it (the reference segment.ts's direct
// computation must equal): the same analysed terms and boosts, Lunr's index in the same compact form.
import lunr from 'lunr';
import { fieldTermsOf } from '../../electron/core/search/engine/analysis';
import type { IndexableArticle, SegmentData } from '../../electron/core/search/engine/segment';

const FIELDS = { title: 10, body: 1, names: 1 } as const;

export function lunrSegmentData(articles: IndexableArticle[]): SegmentData {
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('ordinal');
    for (const [field, boost] of Object.entries(FIELDS)) this.field(field, { boost });
    articles.forEach((article, ordinal) => {
      const title = fieldTermsOf(article.title ?? '', article.language);
      const body = fieldTermsOf(article.body ?? '', article.language);
      this.add({ ordinal: String(ordinal), title: title.terms, body: body.terms, names: [...title.names, ...body.names] });
    });
  });
  const serialised = index.toJSON() as unknown as { invertedIndex: [string, { _index: number }][]; fieldVectors: [string, number[]][] };
  const terms = serialised.invertedIndex.map(([term]) => term);
  const positionOf = new Map(serialised.invertedIndex.map(([, posting], position) => [posting._index, position]));
  const vectors = new Map(serialised.fieldVectors);
  const field = (name: keyof typeof FIELDS): SegmentData['fields']['title'] => {
    const postings = terms.map(() => ({ docs: [] as number[], weights: [] as number[] }));
    for (let document = 0; document < articles.length; document++) {
      const elements = vectors.get(`${name}/${document}`) ?? [];
      for (let at = 0; at < elements.length; at += 2) {
        const posting = postings[positionOf.get(elements[at]!)!]!;
        posting.docs.push(document);
        posting.weights.push(Math.round(elements[at + 1]! * 10_000));
      }
    }
    const data = { postingStarts: [0], postingDocs: [] as number[], postingWeights: [] as number[] };
    for (const { docs, weights } of postings) {
      data.postingDocs.push(...docs);
      data.postingWeights.push(...weights);
      data.postingStarts.push(data.postingDocs.length);
    }
    return {
      postingStarts: Uint32Array.from(data.postingStarts),
      postingDocs: Uint32Array.from(data.postingDocs),
      postingWeights: Int32Array.from(data.postingWeights),
    };
  };
  return { documents: articles.length, terms, fields: { title: field('title'), body: field('body'), names: field('names') } };
}
