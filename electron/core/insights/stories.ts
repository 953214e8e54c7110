// Which articles tell one story: the same text (one stored text imported from several files, or texts
// near-identical by SimHash) or the same event (dated within three days of each other, naming a person and
// at least three people, organisations and places in common). The desk's clusters (gather.ts) use each
// article's insights for the names; the result list (storyGroups) uses the catalog's: the people and
// organisations each article names most, and its countries.
import type { ArticleMeta } from '../../contract.js';
import { entityNameKey } from '../search/results/filters.js';

/**
 * Near-identical texts the import kept apart: within this many bits of each other's SimHash. The import
 * merges copies within 7 bits whose shingles agree ≥ 0.8 (its index of 8-bit blocks finds no farther
 * ones); a copy edited a little more (a scrape repeated after a correction) lands 8–12 bits away, where
 * two different texts almost never do (a chance of about 10⁻⁷ for unrelated 64-bit hashes).
 */
const DUPLICATE_BITS = 12;
/** Articles about one event are dated at most this many days apart… */
const SAME_STORY_DAYS = 3;
/** …and name at least one person and this many people, organisations and places in common. */
const SAME_STORY_SHARED = 3;

/** Links every two articles whose texts are near-identical (each hash read once into two 32-bit halves: a million pairs take milliseconds). */
export function linkDuplicates(metas: ArticleMeta[], link: (a: ArticleMeta, b: ArticleMeta) => void): void {
  const hashed = metas.filter((meta) => meta.simhash && /^[0-9a-f]{16}$/.test(meta.simhash));
  const high = Uint32Array.from(hashed, (meta) => parseInt(meta.simhash!.slice(0, 8), 16));
  const low = Uint32Array.from(hashed, (meta) => parseInt(meta.simhash!.slice(8), 16));
  for (let i = 0; i < hashed.length; i++)
    for (let j = i + 1; j < hashed.length; j++)
      if (ones(high[i]! ^ high[j]!) + ones(low[i]! ^ low[j]!) <= DUPLICATE_BITS) link(hashed[i]!, hashed[j]!);
}

/** The bits set in a 32-bit number (the classic parallel count). */
function ones(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Links every two dated articles on the same event; `keys`: each article's people ("person:…"), organisations and places. */
export function linkSameStory(metas: ArticleMeta[], keys: Map<string, Set<string>>, link: (a: ArticleMeta, b: ArticleMeta) => void): void {
  // a story needs a person in common: articles naming none are never linked, nor compared
  const named = (meta: ArticleMeta): boolean => [...(keys.get(meta.id) ?? [])].some((key) => key.startsWith('person:'));
  const byDate = metas.filter((meta) => meta.date && named(meta)).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const days = byDate.map((meta) => Date.parse(meta.date!.slice(0, 10)) / 86_400_000);
  for (let i = 0; i < byDate.length; i++) {
    const a = keys.get(byDate[i]!.id)!;
    for (let j = i + 1; j < byDate.length && days[j]! - days[i]! <= SAME_STORY_DAYS; j++) {
      const b = keys.get(byDate[j]!.id)!;
      let shared = 0;
      let person = false;
      for (const key of a)
        if (b.has(key)) {
          shared++;
          if (key.startsWith('person:')) person = true;
        }
      if (shared >= SAME_STORY_SHARED && person) link(byDate[i]!, byDate[j]!);
    }
  }
}

/** The items in groups joined by the links `linkAll` makes (union–find), each group in the items' order. */
export function connected<T>(items: T[], linkAll: (link: (a: T, b: T) => void) => void): T[][] {
  const parent = new Map<T, T>(items.map((item) => [item, item]));
  const root = (item: T): T => {
    let at = item;
    while (parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  linkAll((a, b) => parent.set(root(b), root(a)));
  const groups = new Map<T, T[]>();
  for (const item of items) {
    const group = groups.get(root(item));
    if (group) group.push(item);
    else groups.set(root(item), [item]);
  }
  return [...groups.values()];
}

/**
 * The result list's stories: the articles (in rank order) grouped by the same text or the same event, each
 * group in rank order; an article alone is a group of one. Names come from the catalog (entityNameKey:
 * "Aleksandr Lukashenko" and "Alexander Lukashenko" are one person).
 */
export function storyGroups(metas: ArticleMeta[]): ArticleMeta[][] {
  const keys = new Map<string, Set<string>>();
  for (const meta of metas) keys.set(meta.id, storyKeysOf(meta));
  return connected(metas, (link) => {
    linkDuplicates(metas, link);
    linkSameStory(metas, keys, link);
  });
}

/**
 * An article's names as story keys, kept with its catalog entry: a search folds the same best thousand
 * articles again and again, and an entry is a new object whenever the article changes.
 */
const storyKeys = new WeakMap<ArticleMeta, Set<string>>();
function storyKeysOf(meta: ArticleMeta): Set<string> {
  let named = storyKeys.get(meta);
  if (named) return named;
  named = new Set<string>();
  for (const person of meta.people ?? []) named.add(`person:${entityNameKey(person)}`);
  for (const organisation of meta.organisations ?? []) named.add(`organisation:${entityNameKey(organisation, 'organisation')}`);
  for (const place of meta.places ?? []) named.add(`place:${entityNameKey(place, 'place')}`);
  for (const country of meta.countries) named.add(`place:${country}`);
  storyKeys.set(meta, named);
  return named;
}
