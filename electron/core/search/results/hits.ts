// Ranking and the hits the user sees: coverage first (the articles holding more of the query's words and
// phrases), then Lunr's score, then the newest; or newest first. Each hit carries its best passage.
import type { SearchHit } from '../../../contract.js';
import type { Candidate, Corpus } from '../engine/clauses.js';
import { BRIDGE_MARK } from '../engine/crossScript.js';
import { bestSnippet } from './snippet.js';

export function sortResults(results: Candidate[], sort: 'relevance' | 'date'): void {
  const date = (candidate: Candidate): string => candidate.meta.date ?? '';
  if (sort === 'date')
    results.sort((a, b) => (date(a) === date(b) ? b.matched - a.matched || b.score - a.score : date(a) < date(b) ? 1 : -1));
  else results.sort((a, b) => b.matched - a.matched || b.score - a.score || (date(a) < date(b) ? 1 : -1));
}

export async function toHit(candidate: Candidate, corpus: Corpus): Promise<SearchHit> {
  const { meta } = candidate;
  const terms = new Set(candidate.matches.flatMap((match) => match.terms));
  const { across, ...snippet } = bestSnippet((await corpus.body(meta.id)) ?? '', terms, meta.language);
  // a clause it matched only across scripts: say with which words
  const onlyAcross = candidate.matches.some((match) => match.terms.length > 0 && match.terms.every((term) => term.startsWith(BRIDGE_MARK)));
  return {
    id: meta.id,
    title: meta.title,
    source: meta.source,
    date: meta.date,
    language: meta.language,
    score: Math.round(candidate.score * 1000) / 1000,
    matched: candidate.matched,
    ...snippet,
    ...(onlyAcross && across.length > 0 && { across }),
  };
}
