// Filters with counts (facets): date range, then the values of each dimension among the results.
import { languageName } from '../../../electron/core/briefing/model/languageNames';
import type { FacetValue } from '../../../electron/contract';
import { useSearch, type FacetKey } from '../state/search';

const DIMENSIONS: { key: FacetKey; label: string; name?: (value: string) => string }[] = [
  { key: 'sources', label: 'Source' },
  { key: 'languages', label: 'Language', name: languageName },
  { key: 'countries', label: 'Country mentioned' },
  { key: 'collections', label: 'Collection' },
  { key: 'folders', label: 'Folder' },
];
const SHOWN = 8;

export function FilterPanel() {
  const { facets, filters, toggleFacet, setDates, clearFilters } = useSearch();
  const active = Object.values(filters).filter((value) => (Array.isArray(value) ? value.length : value)).length;
  return (
    <details className="filters">
      <summary>Filters{active ? ` (${active})` : ''}</summary>
      <div className="date-range">
        <label>
          From
          <input type="date" value={filters.dateFrom ?? ''} onChange={(event) => setDates(event.target.value, filters.dateTo)} />
        </label>
        <label>
          To
          <input type="date" value={filters.dateTo ?? ''} onChange={(event) => setDates(filters.dateFrom, event.target.value)} />
        </label>
      </div>
      {facets
        ? DIMENSIONS.map(({ key, label, name }) => (
            <Facet
              key={key}
              label={label}
              values={facets[key]}
              chosen={filters[key] ?? []}
              onToggle={(value) => toggleFacet(key, value)}
              name={name}
            />
          ))
        : null}
      {active ? (
        <button type="button" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </details>
  );
}

function Facet({
  label,
  values,
  chosen,
  onToggle,
  name = (value) => value,
}: {
  label: string;
  values: FacetValue[];
  chosen: string[];
  onToggle(value: string): void;
  /** How a value is shown (a language code by its name). */
  name?: (value: string) => string;
}) {
  if (values.length === 0) return null;
  const shown = [...values.slice(0, SHOWN), ...values.slice(SHOWN).filter((facet) => chosen.includes(facet.value))];
  return (
    <fieldset className="facet">
      <legend>{label}</legend>
      {shown.map((facet) => (
        <label key={facet.value} className="facet-value">
          <input type="checkbox" checked={chosen.includes(facet.value)} onChange={() => onToggle(facet.value)} />
          <span className="facet-name">{name(facet.value)}</span>
          <span className="facet-count">{facet.count.toLocaleString('en')}</span>
        </label>
      ))}
    </fieldset>
  );
}
