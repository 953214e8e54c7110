// The library pane: the search box (results as you type), filters with counts, and the result list.
import { useEffect } from 'react';
import type { Unsearched } from '../../../electron/contract';
import { languageName } from '../../../electron/core/briefing/model/languageNames';
import { api } from '../api';
import { useSearch } from '../state/search';
import { FilterPanel } from './FilterPanel';
import { ResultList } from './ResultList';

const DEBOUNCE_MS = 200;

export function SearchPane() {
  const {
    query,
    total,
    articles,
    searched,
    error,
    suggestion,
    unsearched,
    sort,
    crossScript,
    groupStories,
    setQuery,
    setSort,
    setCrossScript,
    setGroupStories,
    runSearch,
    acceptSuggestion,
  } = useSearch();

  useEffect(() => {
    const timer = setTimeout(() => void runSearch(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, runSearch]);
  // the search asked while the index was still being read covered part of the library: ask it again
  useEffect(() => api.on('indexLoaded', () => void runSearch()), [runSearch]);

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
            {countLine(query, total, articles)}
            {searched < 1 ? ` · searching ${Math.floor(searched * 100)}% of the library…` : ''}
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
        <label
          className="across"
          title="Copies of one text and other outlets' articles on the same event in one row, counted once in the filters"
        >
          <input type="checkbox" checked={groupStories} onChange={(event) => setGroupStories(event.target.checked)} /> One row per story
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
      {unsearched.map((phrase, at) => (
        <p key={at} className="suggestion" role="note">
          {unsearchedNote(phrase)}
        </p>
      ))}
      <ResultList />
    </section>
  );
}

/** "12 results", "17 articles in the library"; with stories folded, what the rows hold beside. */
function countLine(query: string, total: number, articles: number): string {
  const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const folded = articles - total;
  if (query.trim())
    return count(total, 'result', 'results') + (folded > 0 ? ` · ${folded.toLocaleString('en')} more in their stories` : '');
  return `${count(articles, 'article', 'articles')} in the library` + (folded > 0 ? ` · ${count(total, 'story', 'stories')}` : '');
}

/** Why a phrase was not looked for in some articles, and what to do. */
function unsearchedNote({ phrase, languages }: Unsearched): string {
  const names = languages.map((language) => (language ? languageName(language) : 'undetected-language'));
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `“${phrase}” is made of words the index leaves out in ${list} articles (common words like “the”): those articles were not searched for it. Add a less common word to the phrase.`;
}
