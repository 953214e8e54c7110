// What the catalog keeps of an article's insights for search: the people, organisations and places
// (other than countries) it names most, as it names them (the article file keeps every mention).
import type { ArticleInsights, ArticleMeta } from '../../contract.js';
import { countryOfName } from './countries.js';

/** At most this many of each per article: the catalog holds every article's. */
const KEPT = 8;

/** What an article stores of its insights: them in its file, their version and the names it names most in the catalog. */
export function insightFields(
  insights: ArticleInsights,
): { insights: ArticleInsights } & Pick<ArticleMeta, 'insightsVersion' | 'people' | 'organisations' | 'places'> {
  return { insights, insightsVersion: insights.version, ...namedIn(insights) };
}

function namedIn(insights: ArticleInsights): Pick<ArticleMeta, 'people' | 'organisations' | 'places'> {
  const most = (kind: 'person' | 'organisation' | 'place'): string[] =>
    insights.entities
      // a country is a place too, but the catalog has its countries already (keyed "place:<country>")
      .filter((entity) => entity.kind === kind && !(kind === 'place' && !isPlaceName(entity.name)))
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
      .slice(0, KEPT)
      .map((entity) => entity.name);
  return { people: most('person'), organisations: most('organisation'), places: most('place') };
}

/**
 * A place worth a filter beside the countries: not a country (the catalog has those), and not a compound
 * written as one word that only looks like a name ("Belarus-Azerbaijan trade", "Soviet-era").
 */
function isPlaceName(name: string): boolean {
  if (countryOfName(name)) return false;
  const parts = name.split(/[-‐]/);
  return parts.length === 1 || (parts.every((part) => /^\p{Lu}/u.test(part)) && !parts.every((part) => countryOfName(part)));
}
