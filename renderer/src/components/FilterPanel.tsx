// Filters with counts (facets): date range, then the values of each dimension among the results.
import { languageName } from '../../../electron/core/briefing/model/languageNames';
import type { DateFacet, FacetValue, SearchFilters } from '../../../electron/contract';
import { useSearch, type FacetKey } from '../state/search';

const DIMENSIONS: { key: FacetKey; label: string; name?: (value: string) => string }[] = [
  { key: 'sources', label: 'Source' },
  { key: 'languages', label: 'Language', name: languageName },
  { key: 'countries', label: 'Country mentioned' },
  { key: 'people', label: 'Person named' },
  { key: 'organisations', label: 'Organisation named' },
  { key: 'places', label: 'Place named' },
  { key: 'collections', label: 'Collection' },
  { key: 'folders', label: 'Folder' },
];
const SHOWN = 8;

export function FilterPanel() {
  const { facets, filters, toggleFacet, setDates, setExcludeUndated, clearFilters } = useSearch();
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
      {facets ? (
        <DateHistogram
          facet={facets.dates}
          filters={filters}
          onChoose={(from, to) => setDates(from, to)}
          onUndated={(keep) => setExcludeUndated(!keep)}
        />
      ) : null}
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

const lastDay = (month: string): string => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0')}`;
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Results by year (by month once a year is chosen), a bar each to choose it, and the undated kept or left out. */
function DateHistogram({
  facet,
  filters,
  onChoose,
  onUndated,
}: {
  facet: DateFacet;
  filters: SearchFilters;
  onChoose(from: string | undefined, to: string | undefined): void;
  onUndated(keep: boolean): void;
}) {
  const byMonth = facet.months.length > 0;
  const bars = byMonth
    ? facet.months.map(({ value, count }) => ({
        label: MONTHS[Number(value.slice(5)) - 1]!,
        name: `${MONTHS[Number(value.slice(5)) - 1]} ${value.slice(0, 4)}`,
        count,
        from: `${value}-01`,
        to: lastDay(value),
      }))
    : facet.years.map(({ value, count }) => ({
        label: facet.years.length > 6 ? `’${value.slice(2)}` : value,
        name: value,
        count,
        from: `${value}-01-01`,
        to: `${value}-12-31`,
      }));
  if (bars.length === 0 && facet.undated === 0) return null;
  const highest = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <fieldset className="facet dates">
      <legend>Date{byMonth ? ` — ${facet.months[0]!.value.slice(0, 4)}` : ''}</legend>
      <div className="histogram" role="group" aria-label={byMonth ? 'Results by month' : 'Results by year'}>
        {bars.map((bar) => {
          const chosen = filters.dateFrom === bar.from && filters.dateTo === bar.to;
          return (
            <button
              key={bar.from}
              type="button"
              className={`bar${chosen ? ' chosen' : ''}`}
              aria-pressed={chosen}
              title={`${bar.name}: ${bar.count.toLocaleString('en')}`}
              onClick={() => (chosen ? onChoose(undefined, undefined) : onChoose(bar.from, bar.to))}
            >
              {/* read as "3 results in 2024", shown as a count over a bar over its year */}
              <span className="bar-count">{bar.count.toLocaleString('en')}</span>
              <span className="visually-hidden">{` result${bar.count === 1 ? '' : 's'} in `}</span>
              <span className="bar-fill" style={{ height: `${Math.max(4, (80 * bar.count) / highest)}%` }} />
              <span className="bar-label" aria-hidden="true">
                {bar.label}
              </span>
              <span className="visually-hidden">{bar.name}</span>
            </button>
          );
        })}
      </div>
      {byMonth || filters.dateFrom || filters.dateTo ? (
        <button type="button" className="link" onClick={() => onChoose(undefined, undefined)}>
          All dates
        </button>
      ) : null}
      <label className="facet-value">
        <input type="checkbox" checked={!filters.excludeUndated} onChange={(event) => onUndated(event.target.checked)} />
        <span className="facet-name">Undated</span>
        <span className="facet-count">{facet.undated.toLocaleString('en')}</span>
      </label>
    </fieldset>
  );
}
