// What the catalog keeps of an article's insights for search: the people and organisations it names
// most, as it names them (the article file keeps every mention).
import type { ArticleInsights, ArticleMeta } from '../../contract.js';

/** At most this many of each per article: the catalog holds every article's. */
const KEPT = 8;

/** What an article stores of its insights: them in its file, their version and the names it names most in the catalog. */
export function insightFields(
  insights: ArticleInsights,
): { insights: ArticleInsights } & Pick<ArticleMeta, 'insightsVersion' | 'people' | 'organisations'> {
  return { insights, insightsVersion: insights.version, ...namedIn(insights) };
}

function namedIn(insights: ArticleInsights): Pick<ArticleMeta, 'people' | 'organisations'> {
  const most = (kind: 'person' | 'organisation'): string[] =>
    insights.entities
      .filter((entity) => entity.kind === kind)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
      .slice(0, KEPT)
      .map((entity) => entity.name);
  return { people: most('person'), organisations: most('organisation') };
}
