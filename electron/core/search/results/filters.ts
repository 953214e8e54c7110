// Filters and facets: which candidates pass the user's filters, and the counts beside each filter value
// (each dimension counted with the other dimensions' filters applied, as faceted search does).
import type { ArticleMeta, FacetValue, Facets, SearchFilters } from '../../../contract.js';
import type { Candidate } from '../engine/clauses.js';
import { bridgeKey } from '../engine/crossScript.js';

const FACET_VALUES = 30;

/** Whether the article passes the filters (all but `except`, for that facet's counts). Runs per candidate per facet: no closures. */
export function passes(meta: ArticleMeta, filters: SearchFilters, except?: keyof SearchFilters): boolean {
  // an undated article stays under a date range (its date is unknown, not outside it) unless excluded
  if (except !== 'dateFrom') {
    if (!meta.date) {
      if (filters.excludeUndated) return false;
    } else if ((filters.dateFrom && meta.date < filters.dateFrom) || (filters.dateTo && meta.date > filters.dateTo)) return false;
  }
  const { sources, languages, countries, collections, folders, people, organisations, places } = filters;
  if (except !== 'sources' && sources?.length && !(meta.source !== null && sources.includes(meta.source))) return false;
  if (except !== 'languages' && languages?.length && !(meta.language !== null && languages.includes(meta.language))) return false;
  if (except !== 'countries' && countries?.length && !sharesAny(countries, meta.countries)) return false;
  if (except !== 'collections' && collections?.length && !sharesAny(collections, meta.collections)) return false;
  if (except !== 'people' && people?.length && !namesAny(people, meta.people ?? [], 'person')) return false;
  if (except !== 'organisations' && organisations?.length && !namesAny(organisations, meta.organisations ?? [], 'organisation'))
    return false;
  if (except !== 'places' && places?.length && !namesAny(places, meta.places ?? [], 'place')) return false;
  if (except !== 'folders' && folders?.length) {
    let inside = false;
    for (const folder of folders) if (meta.folder === folder || meta.folder.startsWith(`${folder}/`)) inside = true;
    if (!inside) return false;
  }
  return true;
}

function sharesAny(wanted: string[], values: string[]): boolean {
  for (const value of values) if (wanted.includes(value)) return true;
  return false;
}

/** Whether the article names any of the wanted people or organisations, in any spelling or script (entityNameKey). */
function namesAny(wanted: string[], values: string[], kind: NameKind): boolean {
  if (sharesAny(wanted, values)) return true;
  for (const value of values) for (const name of wanted) if (entityNameKey(value, kind) === entityNameKey(name, kind)) return true;
  return false;
}

/** What a name names: a person's key is its surname and initial, an organisation's or place's all its words. */
type NameKind = 'person' | 'organisation' | 'place';

/** Words that are no part of a name's key: "Rodríguez Parrilla" and "Bruno Rodríguez" … particles. */
const PARTICLES = new Set(['de', 'del', 'la', 'le', 'van', 'von', 'der', 'al', 'bin', 'ibn', 'da', 'di', 'dos', 'du']);
const nameKeys = new Map<string, string>();

/**
 * The key a person's or organisation's name meets its other spellings on (as the analyst's desk keys
 * them): each word's key across scripts (crossScript.ts); for a name of several words, the last word's
 * key and the first's initial — "Aleksandr Lukashenko", "Alexander Lukashenko", "Александр Лукашенко" →
 * "lukasenk:a". An organisation's words all count: "Foreign Ministry" stays apart from "Foreign Office".
 */
export function entityNameKey(name: string, kind: NameKind = 'person'): string {
  const remembered = nameKeys.get(`${kind}:${name}`);
  if (remembered !== undefined) return remembered;
  const words = name
    .split(/\s+/)
    .filter((word) => word && !PARTICLES.has(word.toLowerCase()))
    .map((word) => bridgeKey(word) ?? word.toLowerCase());
  const key = kind !== 'person' || words.length < 2 ? words.join(' ') : `${words.at(-1)!}:${words[0]!.charAt(0)}`;
  if (nameKeys.size > 100_000) nameKeys.clear();
  nameKeys.set(`${kind}:${name}`, key);
  return key;
}

/** The facet dimensions, each with the filter that narrows it. */
const DIMENSIONS = [
  'dateFrom',
  'sources',
  'languages',
  'countries',
  'collections',
  'folders',
  'people',
  'organisations',
  'places',
] as const;

/** Each dimension's filter alone (the date range with its undated choice). */
function singleFilters(filters: SearchFilters): SearchFilters[] {
  return DIMENSIONS.map((dimension) =>
    dimension === 'dateFrom'
      ? { dateFrom: filters.dateFrom, dateTo: filters.dateTo, excludeUndated: filters.excludeUndated }
      : { [dimension]: filters[dimension] },
  );
}

/** Which of the filters a candidate fails, one bit per dimension. */
function failedFilters(meta: ArticleMeta, singles: SearchFilters[]): number {
  let failed = 0;
  for (let bit = 0; bit < singles.length; bit++) if (!passes(meta, singles[bit]!)) failed |= 1 << bit;
  return failed;
}

/** The prefixes of a folder path ("bbc/business" → "bbc", "bbc/business"), remembered per folder. */
const folderPrefixes = new Map<string, string[]>();
function prefixesOf(folder: string): string[] {
  let prefixes = folderPrefixes.get(folder);
  if (!prefixes) {
    const parts = folder.split('/');
    prefixes = parts.map((_, at) => parts.slice(0, at + 1).join('/'));
    if (folderPrefixes.size > 10_000) folderPrefixes.clear();
    folderPrefixes.set(folder, prefixes);
  }
  return prefixes;
}

/**
 * Every facet's counts in one pass over the candidates: each candidate is checked against the filters once
 * (which dimensions it fails), and counts in a dimension when it fails no other.
 */
export function facetsOf(candidates: Candidate[], filters: SearchFilters, groupOf?: Map<string, string>): Facets {
  const filtered = DIMENSIONS.some((dimension) => {
    const value = filters[dimension];
    return Array.isArray(value)
      ? value.length > 0
      : Boolean(value) || (dimension === 'dateFrom' && Boolean(filters.dateTo || filters.excludeUndated));
  });
  const singles = filtered ? singleFilters(filters) : undefined;
  const counts = {
    sources: new Map<string, number>(),
    languages: new Map<string, number>(),
    countries: new Map<string, number>(),
    collections: new Map<string, number>(),
    folders: new Map<string, number>(),
    people: new Map<string, number>(),
    organisations: new Map<string, number>(),
    places: new Map<string, number>(),
  };
  // folded by story, a value counts once for all the articles of one story: the story and value pairs each count has seen
  let story: string | undefined;
  const seen = new Map<unknown, Set<string>>();
  const firstInStory = (count: unknown, value: string): boolean => {
    if (story === undefined) return true;
    let pairs = seen.get(count);
    if (!pairs) seen.set(count, (pairs = new Set()));
    const pair = `${story}\u0000${value}`;
    if (pairs.has(pair)) return false;
    pairs.add(pair);
    return true;
  };
  const add = (into: Map<string, number>, value: string | null): void => {
    if (value && firstInStory(into, value)) into.set(value, (into.get(value) ?? 0) + 1);
  };
  const addEach = (into: Map<string, number>, values: string[]): void => {
    if (values.length === 1) add(into, values[0]!);
    else for (const value of new Set(values)) add(into, value);
  };
  // people and organisations counted by their key, shown by the spelling the most articles use
  const spellings = {
    people: new Map<string, Map<string, number>>(),
    organisations: new Map<string, Map<string, number>>(),
    places: new Map<string, Map<string, number>>(),
  };
  const addNames = (dimension: 'people' | 'organisations' | 'places', values: string[]): void => {
    const kind = dimension === 'people' ? 'person' : dimension === 'places' ? 'place' : 'organisation';
    const keys = new Set<string>();
    for (const value of values) {
      const key = entityNameKey(value, kind);
      let spelt = spellings[dimension].get(key);
      if (!spelt) spellings[dimension].set(key, (spelt = new Map()));
      spelt.set(value, (spelt.get(value) ?? 0) + 1);
      keys.add(key);
    }
    for (const key of keys) add(counts[dimension], key);
  };
  const dates = { years: new Map<string, number>(), months: new Map<string, number>(), undated: 0 };
  const year =
    filters.dateFrom && filters.dateTo && filters.dateFrom.slice(0, 4) === filters.dateTo.slice(0, 4) ? filters.dateFrom.slice(0, 4) : null;
  // a dimension counts the candidates that fail no other dimension's filter
  const countsIn = (failed: number, bit: number): boolean => (failed & ~(1 << bit)) === 0;
  for (const { meta } of candidates) {
    story = groupOf?.get(meta.id);
    const failed = singles ? failedFilters(meta, singles) : 0;
    if (countsIn(failed, 0)) {
      if (!meta.date) {
        if (firstInStory(dates, 'undated')) dates.undated++;
      } else {
        const of = meta.date.slice(0, 4);
        add(dates.years, of);
        if (of === year) add(dates.months, meta.date.slice(0, 7));
      }
    }
    if (countsIn(failed, 1)) add(counts.sources, meta.source);
    if (countsIn(failed, 2)) add(counts.languages, meta.language);
    if (countsIn(failed, 3)) addEach(counts.countries, meta.countries);
    if (countsIn(failed, 4)) addEach(counts.collections, meta.collections);
    if (countsIn(failed, 5)) for (const prefix of prefixesOf(meta.folder)) add(counts.folders, prefix);
    if (meta.people && countsIn(failed, 6)) addNames('people', meta.people);
    if (meta.organisations && countsIn(failed, 7)) addNames('organisations', meta.organisations);
    if (meta.places && countsIn(failed, 8)) addNames('places', meta.places);
  }
  const top = (values: Map<string, number>): FacetValue[] =>
    [...values.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, FACET_VALUES)
      .map(([value, n]) => ({ value, count: n }));
  const shown = (dimension: 'people' | 'organisations' | 'places'): FacetValue[] =>
    top(counts[dimension]).map(({ value, count }) => {
      const spelt = [...spellings[dimension].get(value)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return { value: spelt[0]![0], count };
    });
  const inOrder = (values: Map<string, number>): FacetValue[] =>
    [...values.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([value, count]) => ({ value, count }));
  return {
    dates: { years: inOrder(dates.years), months: inOrder(dates.months), undated: dates.undated },
    sources: top(counts.sources),
    languages: top(counts.languages),
    countries: top(counts.countries),
    collections: top(counts.collections),
    folders: top(counts.folders),
    people: shown('people'),
    organisations: shown('organisations'),
    places: shown('places'),
  };
}
