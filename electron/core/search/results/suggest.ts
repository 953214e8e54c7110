// When nothing matches: fewer filters, or fuzzy words, or no required words — whichever finds something.
import type { SearchFilters, SearchSuggestion } from '../../../contract.js';
import { matchAll, type Corpus } from '../engine/clauses.js';
import type { Clause } from '../engine/queryParser.js';
import type { SearchIndex } from '../engine/searchIndex.js';
import { passes } from './filters.js';

export async function suggest(
  index: SearchIndex,
  corpus: Corpus,
  clauses: Clause[],
  query: string,
  unfiltered: number,
  filters: SearchFilters,
): Promise<SearchSuggestion | undefined> {
  if (unfiltered > 0) {
    return { query, dropFilters: true, total: unfiltered, message: `No results with these filters; ${unfiltered} without them.` };
  }
  const fuzzy = clauses.map((clause) =>
    clause.kind === 'term' && !clause.prefix && !clause.fuzzy && clause.presence !== 'not' ? { ...clause, fuzzy: 1 } : clause,
  );
  const wider = fuzzy.map((clause) => (clause.presence === 'must' ? { ...clause, presence: 'should' as const } : clause));
  for (const [changed, message] of [
    [fuzzy, 'Allowing one letter of difference finds'],
    [wider, 'Without required words and with one letter of difference,'],
  ] as const) {
    const found = (await matchAll(index, corpus, [...changed])).filter((candidate) => passes(candidate.meta, filters));
    if (found.length > 0) {
      const text = changed.map(formatClause).join(' ');
      return {
        query: text,
        dropFilters: false,
        total: found.length,
        message: `${message} ${found.length} result${found.length === 1 ? '' : 's'}: ${text}`,
      };
    }
  }
  return undefined;
}

function formatClause(clause: Clause): string {
  const sign = clause.presence === 'must' ? '+' : clause.presence === 'not' ? '-' : '';
  const field = clause.field ? `${clause.field}:` : '';
  if (clause.kind === 'phrase') return `${sign}${field}"${clause.words.join(' ')}"`;
  return `${sign}${field}${clause.word}${clause.prefix ? '*' : ''}${clause.fuzzy ? `~${clause.fuzzy}` : ''}`;
}
