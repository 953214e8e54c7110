// The result list, virtualised: only the rows on screen exist, and their pages are fetched as they
// scroll into view, so 100,000 results scroll like 10.
import { languageName } from '../../../electron/core/briefing/model/languageNames';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { PAGE_SIZE, useSearch } from '../state/search';
import { useReader } from '../state/reader';
import { Highlighted } from './Highlighted';

const ROW_HEIGHT = 118;
/** Each article of an unfolded story adds a line of this height. */
const RELATED_HEIGHT = 26;
const FIRST_ROWS = 12;

export function ResultList() {
  const { total, pages, loadPage, active } = useSearch();
  const selected = useReader((state) => state.selected);
  const open = useReader((state) => state.open);
  const scroller = useRef<HTMLDivElement>(null);
  // the stories unfolded to show their other articles
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  const hitOf = (index: number) => pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
  const heightOf = (index: number): number => {
    const hit = hitOf(index);
    return ROW_HEIGHT + (hit?.related && unfolded.has(hit.id) ? hit.related.length * RELATED_HEIGHT : 0);
  };
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: heightOf,
    overscan: 6,
    // a first layout before the element is measured (and in tests, where nothing is measured)
    initialRect: { width: 360, height: 800 },
  });
  const measured = virtualizer.getVirtualItems();
  // until the list has been laid out (and where nothing is laid out, as in jsdom), show the first rows
  const rows =
    measured.length > 0
      ? measured
      : Array.from({ length: Math.min(total, FIRST_ROWS) }, (_, index) => ({ index, key: index, start: index * ROW_HEIGHT }));

  useEffect(() => {
    for (const page of new Set(rows.map((row) => Math.floor(row.index / PAGE_SIZE)))) void loadPage(page);
  }, [rows, loadPage]);

  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, virtualizer]);

  // a new search starts at the top, every story folded
  const firstPage = pages[0];
  useEffect(() => {
    setUnfolded(new Set());
    virtualizer.scrollToOffset(0);
  }, [firstPage, virtualizer]);
  useEffect(() => virtualizer.measure(), [unfolded, virtualizer]);
  const toggle = (id: string) =>
    setUnfolded((before) => {
      const after = new Set(before);
      if (!after.delete(id)) after.add(id);
      return after;
    });

  return (
    <div ref={scroller} className="results-scroller">
      <ol className="results" aria-label="Search results" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const hit = hitOf(row.index);
          const unfoldedHere = hit?.related && unfolded.has(hit.id);
          return (
            <li
              key={row.key}
              className="result-row"
              style={{ transform: `translateY(${row.start}px)`, height: heightOf(row.index) }}
              aria-setsize={total}
              aria-posinset={row.index + 1}
            >
              {hit ? (
                <button
                  type="button"
                  className={`result${selected?.id === hit.id ? ' selected' : ''}${row.index === active ? ' active' : ''}`}
                  aria-current={selected?.id === hit.id}
                  onClick={() => void open(hit.id)}
                >
                  <span className="result-title">{hit.title}</span>
                  <span className="result-meta">
                    {[
                      hit.source ?? 'Unknown source',
                      hit.date ?? 'undated',
                      hit.language ? languageName(hit.language) : null,
                      // reached only across scripts: say with which words
                      hit.across ? `matched ${hit.across.join(', ')}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  <span className="result-snippet">
                    <Highlighted text={hit.snippet} ranges={hit.highlights} />
                  </span>
                </button>
              ) : (
                <span className="result loading">Loading…</span>
              )}
              {hit?.related ? (
                <button type="button" className="story-toggle" aria-expanded={Boolean(unfoldedHere)} onClick={() => toggle(hit.id)}>
                  {hit.outlets && hit.outlets > 1 ? `${hit.outlets} outlets` : `${hit.related.length + 1} articles`}
                </button>
              ) : null}
              {hit?.related && unfoldedHere ? (
                <ul className="story" aria-label={`The same story: ${hit.title}`}>
                  {hit.related.map((other) => (
                    <li key={other.id}>
                      <button
                        type="button"
                        className={selected?.id === other.id ? 'selected' : undefined}
                        onClick={() => void open(other.id)}
                      >
                        {other.title}
                        <span className="result-meta"> · {[other.source ?? 'Unknown source', other.date ?? 'undated'].join(' · ')}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
