// The analyst's desk beside the reader: quotes, figures, timeline, people and places, and the articles
// telling the same story — of the open article or of everything the current search finds. Each list can
// be filtered and sorted; every entry opens its article at its place; quotes, rows and whole tables go to
// the briefing with their citations.
import { useEffect, type ReactNode } from 'react';
import type { CitedSource, Insights, InsightKind } from '../../../electron/contract';
import { figuresTable, quoteNote, timelineTable } from '../../../electron/core/briefing/model/insightTables';
import { formatDate } from '../../../electron/core/briefing/model/briefingText';
import { api } from '../api';
import { useBriefingEditor } from '../state/briefingEditor';
import { useInsights, type InsightSort } from '../state/insights';
import { useReader } from '../state/reader';
import { useSearch } from '../state/search';
import { callSafely, say } from '../state/status';

const KINDS: { kind: InsightKind; label: string }[] = [
  { kind: 'quotes', label: 'Quotes' },
  { kind: 'figures', label: 'Figures' },
  { kind: 'timeline', label: 'Timeline' },
  { kind: 'entities', label: 'People & places' },
  { kind: 'clusters', label: 'Same story' },
];

const SORTS: Record<InsightKind, { sort: InsightSort; label: string }[]> = {
  quotes: [
    { sort: 'document', label: 'As in the articles' },
    { sort: 'date', label: 'Newest first' },
    { sort: 'name', label: 'By speaker' },
  ],
  figures: [
    { sort: 'document', label: 'As in the articles' },
    { sort: 'count', label: 'Largest first' },
    { sort: 'name', label: 'By what they measure' },
  ],
  timeline: [
    { sort: 'date', label: 'Oldest first' },
    { sort: 'count', label: 'Most reported first' },
  ],
  entities: [
    { sort: 'count', label: 'Most articles first' },
    { sort: 'name', label: 'By name' },
  ],
  clusters: [
    { sort: 'count', label: 'Largest first' },
    { sort: 'name', label: 'By title' },
  ],
};

type Row<K extends InsightKind> = Insights[K][number];

/** The words an entry is filtered on. */
const TEXT_OF: { [K in InsightKind]: (row: Row<K>) => string } = {
  quotes: (row) => `${row.speaker ?? ''} ${row.text}`,
  figures: (row) => `${row.text} ${row.what ?? ''} ${row.period ?? ''} ${row.sentence}`,
  timeline: (row) => `${row.date} ${row.event} ${row.people.join(' ')} ${row.places.join(' ')}`,
  entities: (row) => `${row.name} ${row.kind}`,
  clusters: (row) => row.label,
};

const byText = (a: string | null | undefined, b: string | null | undefined): number => (a ?? '\uffff').localeCompare(b ?? '\uffff');

/** How each list can be ordered ("document": as the articles give them, the desk's own order). */
const COMPARE: { [K in InsightKind]: Partial<Record<InsightSort, (a: Row<K>, b: Row<K>) => number>> } = {
  quotes: { date: (a, b) => byText(b.date, a.date), name: (a, b) => byText(a.speaker, b.speaker) },
  figures: { count: (a, b) => b.value - a.value, name: (a, b) => byText(a.what, b.what) },
  timeline: {
    date: (a, b) => a.date.localeCompare(b.date),
    count: (a, b) => b.articleIds.length - a.articleIds.length || a.date.localeCompare(b.date),
  },
  entities: {
    count: (a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length,
    name: (a, b) => a.name.localeCompare(b.name),
  },
  clusters: { count: (a, b) => b.articleIds.length - a.articleIds.length, name: (a, b) => a.label.localeCompare(b.label) },
};

function ordered<K extends InsightKind>(kind: K, rows: Row<K>[], sort: InsightSort): Row<K>[] {
  const by = (COMPARE[kind] as Partial<Record<InsightSort, (a: Row<K>, b: Row<K>) => number>>)[sort];
  return by ? [...rows].sort(by) : rows;
}

export function InsightsPanel() {
  const { scope, kind, filter, sort, response, loading, progress, progressed, setScope, setKind, setFilter, setSort, load, show } =
    useInsights();
  useEffect(() => api.on('insightsProgress', progressed), [progressed]);
  const selected = useReader((state) => state.selected);
  const openAt = useReader((state) => state.openAt);
  const openArticle = useReader((state) => state.open);
  const results = useSearch((state) => state.pages[0]);
  const query = useSearch((state) => state.query);
  const runSearch = useSearch((state) => state.runSearch);
  const setQuery = useSearch((state) => state.setQuery);
  const editor = useBriefingEditor();
  // the desk follows the search (or the article) it is about
  const followed = scope === 'article' ? selected?.id : results;
  useEffect(() => {
    void load();
  }, [followed, load]);

  const sources = new Map((response?.sources ?? []).map((source) => [source.articleId, source]));
  const sourceOf = (id: string): CitedSource | undefined => sources.get(id);
  const insights = response?.insights;
  const wanted = filter.trim().toLowerCase();
  const rowsOf = <K extends InsightKind>(of: K): Row<K>[] =>
    ordered(
      of,
      ((insights?.[of] ?? []) as Row<K>[]).filter((row) => !wanted || TEXT_OF[of](row).toLowerCase().includes(wanted)),
      sort,
    );

  const goTo = (articleId: string, start: number, end: number): void => {
    show(false);
    void openAt(articleId, [start, end]);
  };
  const cite = (id: string): string => {
    const source = sourceOf(id);
    return source ? [source.source ?? 'Unknown source', source.date ? formatDate(source.date) : 'undated'].join(', ') : '';
  };
  const addQuote = async (row: Row<'quotes'>): Promise<void> => {
    const article = await callSafely('Adding the quote', () => api.getArticle(row.articleId));
    if (article) editor.add(article, row.text, quoteNote(row));
    else if (article === null) say('That article is no longer in the library.');
  };
  const addTable = (table: ReturnType<typeof figuresTable>): void => {
    if (table) editor.addTable(table);
  };
  const caption = (what: string): string =>
    scope === 'article' ? `${what}: ${selected?.title ?? ''}` : query.trim() ? `${what}: “${query.trim()}”` : what;

  const scopeLabel =
    scope === 'article'
      ? selected
        ? `“${selected.title}”`
        : 'no article open'
      : `${response?.sources.length ?? 0} article${response?.sources.length === 1 ? '' : 's'}${response && response.total > response.sources.length ? ` (the first of ${response.total})` : ''} found by ${query.trim() ? `“${query.trim()}”` : 'the whole library'}`;

  return (
    <section className="insights" aria-label="Insights">
      <div className="insights-scope" role="radiogroup" aria-label="Read insights of">
        <label>
          <input type="radio" name="insight-scope" checked={scope === 'result'} onChange={() => setScope('result')} /> the search result
        </label>
        <label>
          <input type="radio" name="insight-scope" checked={scope === 'article'} onChange={() => setScope('article')} /> the open article
        </label>
        <span className="hint" aria-live="polite">
          {loading ? 'Reading…' : scopeLabel}
          {progress ? ` · the library’s articles are being read again (${progress.done} of ${progress.total})` : ''}
        </span>
      </div>
      <div className="insights-tabs" role="tablist" aria-label="Insight lists">
        {KINDS.map((entry) => (
          <button
            key={entry.kind}
            type="button"
            role="tab"
            aria-selected={kind === entry.kind}
            className={kind === entry.kind ? 'active' : undefined}
            onClick={() => setKind(entry.kind)}
          >
            {entry.label} <span className="count">{insights?.[entry.kind].length ?? 0}</span>
          </button>
        ))}
      </div>
      <div className="insights-tools">
        <input
          type="search"
          aria-label="Filter the list"
          placeholder="Filter…"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <select aria-label="Order" value={sort} onChange={(event) => setSort(event.target.value as InsightSort)}>
          {SORTS[kind].map((option) => (
            <option key={option.sort} value={option.sort}>
              {option.label}
            </option>
          ))}
        </select>
        {kind === 'figures' ? (
          <button type="button" onClick={() => addTable(figuresTable(rowsOf('figures'), response?.sources ?? [], caption('Figures')))}>
            Add table to briefing
          </button>
        ) : null}
        {kind === 'timeline' ? (
          <button type="button" onClick={() => addTable(timelineTable(rowsOf('timeline'), response?.sources ?? [], caption('Timeline')))}>
            Add table to briefing
          </button>
        ) : null}
      </div>
      <div className="insights-list" role="tabpanel" aria-label={KINDS.find((entry) => entry.kind === kind)!.label}>
        {insights && insights[kind].length === 0 ? <p className="message">Nothing of this kind was found.</p> : null}
        {kind === 'quotes' ? (
          <ul className="insight-quotes">
            {rowsOf('quotes').map((row) => (
              <li key={`${row.articleId}-${row.start}`}>
                <blockquote>“{row.text}”</blockquote>
                <p className="result-meta">
                  {row.speaker ?? 'Speaker not named'}
                  {row.kind === 'reported' ? ' (reported)' : ''} · {cite(row.articleId)}
                </p>
                <div className="insight-actions">
                  <button type="button" className="link" onClick={() => goTo(row.articleId, row.start, row.end)}>
                    Show in article
                  </button>
                  <button type="button" onClick={() => void addQuote(row)}>
                    Add quote
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {kind === 'figures' ? (
          <InsightTable
            columns={['Figure', 'What', 'Year', 'Reported by']}
            rows={rowsOf('figures').map((row) => ({
              key: `${row.articleId}-${row.start}`,
              title: row.sentence,
              cells: [
                <button type="button" className="link" onClick={() => goTo(row.articleId, row.start, row.end)}>
                  {row.text}
                </button>,
                row.what ?? '',
                row.period ?? '',
                cite(row.articleId),
              ],
              addLabel: `Add ${row.text} to the briefing`,
              add: () => addTable(figuresTable([row], response?.sources ?? [], caption('Figure'))),
            }))}
          />
        ) : null}
        {kind === 'timeline' ? (
          <InsightTable
            columns={['Date', 'Event', 'Who, where']}
            rows={rowsOf('timeline').map((row) => {
              const first = row.reports[0]!;
              return {
                key: `${row.date}-${first.articleId}-${first.start}`,
                cells: [
                  /^\d{4}-\d{2}-\d{2}$/.test(row.date) ? formatDate(row.date) : row.date,
                  <>
                    <button type="button" className="link" onClick={() => goTo(first.articleId, first.start, first.end)}>
                      {row.event}
                    </button>
                    {row.articleIds.length > 1 ? <span className="result-meta"> · {row.articleIds.length} articles</span> : null}
                  </>,
                  [...row.people, ...row.places].join(', '),
                ],
                addLabel: `Add the event of ${row.date} to the briefing`,
                add: () => addTable(timelineTable([row], response?.sources ?? [], caption('Event'))),
              };
            })}
          />
        ) : null}
        {kind === 'entities' ? (
          <ul className="insight-entities">
            {rowsOf('entities').map((row) => (
              <li key={`${row.kind}-${row.name}`}>
                <button
                  type="button"
                  className="link"
                  onClick={() => goTo(row.mentions[0]!.articleId, row.mentions[0]!.start, row.mentions[0]!.end)}
                >
                  {row.name}
                </button>
                <span className="result-meta">
                  {' '}
                  {row.kind} · {row.articles.length} article{row.articles.length === 1 ? '' : 's'} · {row.mentions.length} mention
                  {row.mentions.length === 1 ? '' : 's'}
                </span>{' '}
                <button
                  type="button"
                  aria-label={`Search for ${row.name}`}
                  onClick={() => {
                    setQuery(`"${row.name}"`);
                    void runSearch();
                  }}
                >
                  Search
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {kind === 'clusters' ? (
          <ul className="insight-clusters">
            {rowsOf('clusters').map((row) => (
              <li key={row.articleIds.join('-')}>
                <p>
                  <b>{row.kind === 'duplicate' ? 'Same text' : 'Same story'}</b>: {row.label}
                </p>
                <ul>
                  {row.articleIds.map((id) => (
                    <li key={id}>
                      <button
                        type="button"
                        className="link"
                        onClick={() => {
                          show(false);
                          void openArticle(id);
                        }}
                      >
                        {sourceOf(id)?.title ?? id}
                      </button>
                      <span className="result-meta"> {cite(id)}</span>
                    </li>
                  ))}
                </ul>
                {row.paths ? <p className="result-meta">Files: {row.paths.map((file) => file.split(/[\\/]/).pop()).join(', ')}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}

/** A table of the desk: its columns, then each row with a button adding that row to the briefing. */
function InsightTable({
  columns,
  rows,
}: {
  columns: string[];
  rows: { key: string; title?: string; cells: ReactNode[]; addLabel: string; add(): void }[];
}) {
  return (
    <table className="insight-table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} title={row.title}>
            {row.cells.map((cell, at) => (
              <td key={at}>{cell}</td>
            ))}
            <td>
              <button type="button" aria-label={row.addLabel} onClick={row.add}>
                +
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
