// "More like this": the article's most distinctive terms (tf-idf), matched like a query.
import type { SearchHit } from '../../../contract.js';
import { termsOf } from '../engine/analysis.js';
import type { Candidate, Corpus } from '../engine/clauses.js';
import type { SearchIndex } from '../engine/searchIndex.js';
import { toHit } from './hits.js';

export async function similarArticles(index: SearchIndex, corpus: Corpus, id: string, limit = 10): Promise<SearchHit[]> {
  const meta = corpus.meta(id);
  if (!meta) return [];
  const frequencies = new Map<string, number>();
  for (const term of termsOf(`${meta.title}\n${(await corpus.body(id)) ?? ''}`, meta.language))
    frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const total = corpus.list().length;
  const distinctive = [...frequencies.entries()]
    .filter(([term]) => term.length > 2 && !/^\d+$/.test(term) && index.documentFrequency(term) > 1)
    .map(([term, tf]) => ({ term, weight: tf * Math.log((total + 1) / (index.documentFrequency(term) + 0.5)) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 12);
  // ranked by the distinctive terms each article shares, each weighted by how distinctive it is here
  // and by how much the other article is about it (its Lunr score for the term)
  const candidates = new Map<string, Candidate>();
  for (const { term, weight } of distinctive) {
    for (const [other, match] of index.match({ terms: [term] })) {
      if (other === id) continue;
      let candidate = candidates.get(other);
      if (!candidate) {
        const otherMeta = corpus.meta(other); // none: removed, still in its index segment
        if (!otherMeta) continue;
        candidates.set(other, (candidate = { meta: otherMeta, matched: 0, score: 0, matches: [] }));
      }
      candidate.score += weight * match.score;
      candidate.matches.push(match);
    }
  }
  const ranked = [...candidates.values()].filter((candidate) => candidate.matches.length >= 2).sort((a, b) => b.score - a.score);
  return Promise.all(ranked.slice(0, limit).map((candidate) => toHit(candidate, corpus)));
}
