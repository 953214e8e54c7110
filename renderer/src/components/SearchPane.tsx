// The library pane: the search box (results as you type), filters with counts, and the result list.
import { useEffect } from 'react';
import { useSearch } from '../state/search';
import { FilterPanel } from './FilterPanel';
import { ResultList } from './ResultList';

const DEBOUNCE_MS = 200;

export function SearchPane() {
  const { query, total, error, suggestion, sort, crossScript, setQuery, setSort, setCrossScript, runSearch, acceptSuggestion } =
    useSearch();

  useEffect(() => {
    const timer = setTimeout(() => void runSearch(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, runSearch]);

  return (
    <section className="pane search-pane" aria-label="Library">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void runSearch();
        }}
      >
        <label htmlFor="search-box" className="visually-hidden">
          Search the library
        </label>
        <input
          id="search-box"
          type="search"
          placeholder='Search: words, +must, -not, title:, Belar*, Havana~1, "a phrase"'
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
        />
      </form>
      <FilterPanel />
      <div className="result-bar">
        {error ? (
          <p className="message error" role="alert">
            {error}
          </p>
        ) : (
          <p className="message" aria-live="polite">
            {total.toLocaleString('en')}{' '}
            {query.trim() ? `result${total === 1 ? '' : 's'}` : `article${total === 1 ? '' : 's'} in the library`}
          </p>
        )}
        <label className="sort">
          Sort
          <select value={sort} onChange={(event) => setSort(event.target.value as 'relevance' | 'date')}>
            <option value="relevance">by relevance</option>
            <option value="date">newest first</option>
          </select>
        </label>
        <label className="across" title="Names across scripts (Lavrov ↔ Лавров) and countries across languages (Cuba ↔ Куба)">
          <input type="checkbox" checked={crossScript} onChange={(event) => setCrossScript(event.target.checked)} /> Across scripts
        </label>
      </div>
      {suggestion ? (
        <p className="suggestion">
          {suggestion.message}{' '}
          <button type="button" onClick={acceptSuggestion}>
            {suggestion.dropFilters ? 'Clear filters' : `Search “${suggestion.query}”`}
          </button>
        </p>
      ) : null}
      <ResultList />
    </section>
  );
}
