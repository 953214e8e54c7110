// The insights of many articles as one desk: quotes and figures side by side, events reported by several
// articles merged into one with all their sources, the same person across articles and scripts as one
// entity, and the articles telling the same story grouped.
import type { ArticleInsights, ArticleMeta, Cluster, Entity, Insights, TimelineEntry } from '../../contract.js';
import { connected, linkDuplicates, linkSameStory } from './stories.js';

export interface InsightSource {
  meta: ArticleMeta;
  insights: ArticleInsights;
}

export function gatherInsights(sources: InsightSource[]): Insights {
  const keyOf = entityKeys(sources);
  const entities = entitiesOf(sources, keyOf);
  // each name as the whole desk shows it ("Alexander Lukashenko" in one article is "Aleksandr Lukashenko" in most)
  const shownAs = new Map<string, string>();
  const byKey = new Map(entities.map((entity) => [entity.key, entity]));
  for (const { meta, insights } of sources)
    for (const entity of insights.entities) {
      const gathered = byKey.get(keyOf(meta.id, entity.key));
      if (gathered) shownAs.set(`${meta.id}\u0000${entity.name}`, gathered.name);
    }
  return {
    quotes: sources.flatMap(({ meta, insights }) =>
      insights.quotes.map(({ start, end, speaker, text, kind }) => ({
        articleId: meta.id,
        start,
        end,
        speaker,
        text,
        kind,
        date: meta.date,
      })),
    ),
    figures: sources.flatMap(({ meta, insights }) => insights.figures.map((figure) => ({ articleId: meta.id, ...figure }))),
    timeline: timelineOf(sources, keyOf, (articleId, name) => shownAs.get(`${articleId}\u0000${name}`) ?? name),
    entities: entities.map(({ key: _key, ...entity }) => entity),
    clusters: clustersOf(sources, keyOf),
  };
}

/**
 * Each article's entity keys as the library knows them: a person named by surname alone ("person:lukasenk")
 * is the one person with that surname and a first name elsewhere, when there is exactly one.
 */
function entityKeys(sources: InsightSource[]): (articleId: string, key: string) => string {
  const initials = new Map<string, Set<string>>();
  for (const { insights } of sources)
    for (const entity of insights.entities) {
      const [kind, surname, initial] = entity.key.split(':');
      if (kind === 'person' && initial) initials.set(surname!, (initials.get(surname!) ?? new Set()).add(initial));
    }
  return (_articleId, key) => {
    const [kind, surname, initial] = key.split(':');
    if (kind !== 'person' || initial) return key;
    const known = initials.get(surname!);
    return known?.size === 1 ? `${key}:${[...known][0]}` : key;
  };
}

function entitiesOf(sources: InsightSource[], keyOf: (articleId: string, key: string) => string): (Entity & { key: string })[] {
  const byKey = new Map<string, Entity & { key: string; names: Map<string, number> }>();
  for (const { meta, insights } of sources)
    for (const entity of insights.entities) {
      const key = keyOf(meta.id, entity.key);
      let gathered = byKey.get(key);
      if (!gathered)
        byKey.set(key, (gathered = { name: entity.name, kind: entity.kind, key, articles: [], mentions: [], names: new Map() }));
      if (!gathered.articles.includes(meta.id)) gathered.articles.push(meta.id);
      gathered.names.set(entity.name, (gathered.names.get(entity.name) ?? 0) + entity.mentions.length + entity.name.split(' ').length);
      for (const mention of entity.mentions) gathered.mentions.push({ articleId: meta.id, ...mention });
    }
  return [...byKey.values()]
    .map(({ names, ...entity }) => ({ ...entity, name: [...names.entries()].sort((a, b) => b[1] - a[1])[0]![0] }))
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Events on one date with a person in common (or, when none is named, a place) are one event. */
function timelineOf(
  sources: InsightSource[],
  keyOf: (articleId: string, key: string) => string,
  shown: (articleId: string, name: string) => string,
): TimelineEntry[] {
  const entries: (TimelineEntry & { keys: Set<string> })[] = [];
  for (const { meta, insights } of sources) {
    const keyByName = new Map(insights.entities.map((entity) => [entity.name, keyOf(meta.id, entity.key)]));
    for (let event of insights.events) {
      const people = new Set(event.people.map((name) => keyByName.get(name) ?? name));
      const places = new Set(event.places.map((name) => keyByName.get(name) ?? name));
      const keys = people.size > 0 ? people : places;
      const same = entries.find((entry) => entry.date === event.date && [...keys].some((key) => entry.keys.has(key)));
      const report = { articleId: meta.id, start: event.start, end: event.end };
      event = {
        ...event,
        people: event.people.map((name) => shown(meta.id, name)),
        places: event.places.map((name) => shown(meta.id, name)),
      };
      if (!same) {
        entries.push({
          date: event.date,
          event: event.event,
          people: [...event.people],
          places: [...event.places],
          articleIds: [meta.id],
          reports: [report],
          keys,
        });
        continue;
      }
      for (const key of keys) same.keys.add(key);
      if (!same.articleIds.includes(meta.id)) same.articleIds.push(meta.id);
      same.reports.push(report);
      for (const name of event.people) if (!same.people.includes(name)) same.people.push(name);
      for (const name of event.places) if (!same.places.includes(name)) same.places.push(name);
    }
  }
  return entries.map(({ keys: _keys, ...entry }) => entry).sort((a, b) => a.date.localeCompare(b.date));
}

/** Groups of one text: an article imported from several files, and articles whose texts are near-identical. */
function duplicatesOf(sources: InsightSource[]): Cluster[] {
  const metas = sources.map(({ meta }) => meta);
  return connected(metas, (link) => linkDuplicates(metas, link))
    .filter((metas) => metas.length > 1 || metas[0]!.paths.length > 1)
    .map((metas) => {
      const paths = metas.flatMap((meta) => meta.paths);
      return { kind: 'duplicate', articleIds: metas.map((meta) => meta.id), label: `${metas[0]!.title} (${paths.length} files)`, paths };
    });
}

/** Duplicates (stories.ts), then the same story: linked by the entities the articles' insights name. */
function clustersOf(sources: InsightSource[], keyOf: (articleId: string, key: string) => string): Cluster[] {
  const clusters: Cluster[] = duplicatesOf(sources);
  const metas = sources.map(({ meta }) => meta);
  const keys = new Map(
    sources.map(({ meta, insights }) => [meta.id, new Set(insights.entities.map((entity) => keyOf(meta.id, entity.key)))]),
  );
  const groups = connected(metas, (link) => linkSameStory(metas, keys, link));
  for (const group of groups) {
    if (group.length < 2) continue;
    const outlets = new Set(group.map((meta) => meta.source ?? meta.path));
    clusters.push({
      kind: 'same-story',
      articleIds: group.map((meta) => meta.id),
      label: `${group[0]!.title} (${group.length} articles, ${outlets.size} outlet${outlets.size === 1 ? '' : 's'})`,
    });
  }
  return clusters;
}
