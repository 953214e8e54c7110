// Filters and facets: which candidates pass the user's filters, and the counts beside each filter value
// (each dimension counted with the other dimensions' filters applied, as faceted search does).
import type { ArticleMeta, DateFacet, FacetValue, Facets, SearchFilters } from '../../../contract.js';
import type { Candidate } from '../engine/clauses.js';

const FACET_VALUES = 30;

/** Whether the article passes the filters (all but `except`, for that facet's counts). Runs per candidate per facet: no closures. */
export function passes(meta: ArticleMeta, filters: SearchFilters, except?: keyof SearchFilters): boolean {
  // an undated article stays under a date range (its date is unknown, not outside it) unless excluded
  if (except !== 'dateFrom') {
    if (!meta.date) {
      if (filters.excludeUndated) return false;
    } else if ((filters.dateFrom && meta.date < filters.dateFrom) || (filters.dateTo && meta.date > filters.dateTo)) return false;
  }
  const { sources, languages, countries, collections, folders } = filters;
  if (except !== 'sources' && sources?.length && !(meta.source !== null && sources.includes(meta.source))) return false;
  if (except !== 'languages' && languages?.length && !(meta.language !== null && languages.includes(meta.language))) return false;
  if (except !== 'countries' && countries?.length && !sharesAny(countries, meta.countries)) return false;
  if (except !== 'collections' && collections?.length && !sharesAny(collections, meta.collections)) return false;
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

export function facetsOf(candidates: Candidate[], filters: SearchFilters): Facets {
  const count = (key: keyof SearchFilters, valuesOf: (meta: ArticleMeta) => (string | null)[]): FacetValue[] => {
    const counts = new Map<string, number>();
    for (const { meta } of candidates) {
      if (!passes(meta, filters, key)) continue;
      for (const value of new Set(valuesOf(meta))) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, FACET_VALUES)
      .map(([value, n]) => ({ value, count: n }));
  };
  return {
    dates: datesOf(candidates, filters),
    sources: count('sources', (meta) => [meta.source]),
    languages: count('languages', (meta) => [meta.language]),
    countries: count('countries', (meta) => meta.countries),
    collections: count('collections', (meta) => meta.collections),
    folders: count('folders', (meta) => meta.folder.split('/').map((_, at, parts) => parts.slice(0, at + 1).join('/'))),
  };
}

/** The date histogram: counted with every other filter applied, so that another year can be chosen. */
function datesOf(candidates: Candidate[], filters: SearchFilters): DateFacet {
  const years = new Map<string, number>();
  const months = new Map<string, number>();
  const year =
    filters.dateFrom && filters.dateTo && filters.dateFrom.slice(0, 4) === filters.dateTo.slice(0, 4) ? filters.dateFrom.slice(0, 4) : null;
  let undated = 0;
  for (const { meta } of candidates) {
    if (!passes(meta, filters, 'dateFrom')) continue;
    if (!meta.date) {
      undated++;
      continue;
    }
    const of = meta.date.slice(0, 4);
    years.set(of, (years.get(of) ?? 0) + 1);
    if (of === year) months.set(meta.date.slice(0, 7), (months.get(meta.date.slice(0, 7)) ?? 0) + 1);
  }
  const inOrder = (counts: Map<string, number>): FacetValue[] =>
    [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([value, count]) => ({ value, count }));
  return { years: inOrder(years), months: inOrder(months), undated };
}
