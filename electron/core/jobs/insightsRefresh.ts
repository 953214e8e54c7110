// Reading the library's articles again when the extraction of quotes, figures, events and names changes
// (its version): each article stored by an older version (or before insights existed) is read again and
// rewritten with the new insights, in batches — each batch its article files, then one catalog write —
// so a stop or a crash leaves every article either done or still to do, never half-written.
import { INSIGHTS_VERSION, type Article, type ArticleInsights } from '../../contract.js';
import { insightFields } from '../library/entityNames.js';
import type { Library } from '../library/library.js';

/** Articles per batch: at least this many, and few enough batches that a large library's catalog is not rewritten hundreds of times. */
const BATCH = 200;
const MAX_BATCHES = 20;

export interface RefreshOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The articles whose stored insights are not the current version's. */
export const staleInsights = (library: Library): string[] =>
  library
    .list()
    .filter((meta) => meta.insightsVersion !== INSIGHTS_VERSION)
    .map((meta) => meta.id);

/** Reads again every article with stale insights; returns how many were rewritten. */
export async function refreshInsights(
  library: Library,
  extract: (article: Article) => ArticleInsights,
  options: RefreshOptions = {},
): Promise<number> {
  const stale = staleInsights(library);
  const batchSize = Math.max(BATCH, Math.ceil(stale.length / MAX_BATCHES));
  let rewritten = 0;
  for (let at = 0; at < stale.length; at += batchSize) {
    if (options.signal?.aborted) break;
    const batch: Article[] = [];
    for (const id of stale.slice(at, at + batchSize)) {
      const article = await library.get(id);
      const meta = library.meta(id);
      if (!article || !meta) continue;
      // what the catalog says now (a later copy's path, a collection) with the file's text and new insights;
      // an article the extractor fails on stays as it was (the desk reads it when asked) and the rest go on
      let insights: ArticleInsights;
      try {
        insights = extract(article);
      } catch {
        continue;
      }
      batch.push({ ...article, ...meta, ...insightFields(insights) });
    }
    if (batch.length > 0) await library.commit({ added: batch });
    rewritten += batch.length;
    options.onProgress?.(Math.min(at + batchSize, stale.length), stale.length);
  }
  return rewritten;
}
