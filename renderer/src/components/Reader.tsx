import { useEffect, useRef } from 'react';
import { languageName } from '../../../electron/core/briefing/model/languageNames';
import { placeLabel } from '../../../electron/core/briefing/model/placeLabel';
import { useBriefingEditor } from '../state/briefingEditor';
import { useReader } from '../state/reader';
import { useSearch } from '../state/search';
import { CopyCitation } from './CopyCitation';
import { Highlighted } from './Highlighted';

/** The text selected in the article's body, paragraphs kept apart; empty when nothing is selected there. */
function selectedPassage(): string {
  const selection = window.getSelection();
  const body = document.querySelector('.article-body');
  if (!selection || selection.isCollapsed || !body || !body.contains(selection.anchorNode) || !body.contains(selection.focusNode))
    return '';
  return selection
    .toString()
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The article's paragraphs with where each starts in its body (matches are offsets into the body). */
function paragraphsOf(body: string): { text: string; start: number }[] {
  const paragraphs: { text: string; start: number }[] = [];
  let start = 0;
  for (const gap of body.matchAll(/\n\s*\n/g)) {
    paragraphs.push({ text: body.slice(start, gap.index), start });
    start = gap.index + gap[0].length;
  }
  paragraphs.push({ text: body.slice(start), start });
  return paragraphs.filter((paragraph) => paragraph.text.trim());
}

export function Reader() {
  const { selected, similar, open, passage, matches, titleMatches, current, step, markMatches } = useReader();
  // a new search marks its own words in the article open
  const results = useSearch((state) => state.pages[0]);
  useEffect(() => {
    void markMatches();
  }, [results, markMatches]);
  const addToBriefing = useBriefingEditor((state) => state.add);
  const body = useRef<HTMLDivElement>(null);
  // an excerpt opened from the briefing: its paragraphs marked, the first scrolled into view
  const marked = passage ? passage.split(/\n\s*\n/).map((part) => part.replace(/\s+/g, ' ').trim()) : [];
  useEffect(() => {
    body.current?.querySelector('.passage')?.scrollIntoView({ block: 'center' });
  }, [selected, passage]);
  useEffect(() => {
    body.current?.querySelector('mark.current')?.scrollIntoView?.({ block: 'center' });
  }, [selected, matches, current]);
  if (!selected) {
    return (
      <section className="pane reader empty" aria-label="Reader">
        <p>Choose a result to read it here.</p>
      </section>
    );
  }
  const facts = [
    selected.source ?? 'Unknown source',
    placeLabel(selected),
    selected.date ?? 'undated',
    selected.author,
    selected.language ? languageName(selected.language) : null,
  ];
  return (
    <section className="pane reader" aria-label="Reader">
      <article>
        <header>
          <h2>
            <Highlighted text={selected.title} ranges={titleMatches} />
          </h2>
          <p className="article-meta">{facts.filter(Boolean).join(' · ')}</p>
          <div className="reader-actions">
            <button type="button" className="primary" onClick={() => addToBriefing(selected)}>
              Add to briefing
            </button>
            <CopyCitation item={selected} />
            <button
              type="button"
              onMouseDown={(event) => event.preventDefault() /* keep the selection */}
              onClick={() => {
                const passage = selectedPassage();
                if (passage) addToBriefing(selected, passage);
              }}
            >
              Add excerpt
            </button>
            {matches.length > 0 ? (
              <span className="match-nav" role="group" aria-label="Matches">
                <button type="button" aria-label="Previous match (Shift+F3)" onClick={() => step(-1)}>
                  ‹
                </button>
                <span aria-live="polite">
                  {current + 1} of {matches.length}
                </span>
                <button type="button" aria-label="Next match (F3)" onClick={() => step(1)}>
                  ›
                </button>
              </span>
            ) : null}
          </div>
        </header>
        <div className="article-body" ref={body}>
          {paragraphsOf(selected.body).map(({ text, start }, index) => {
            const flat = text.replace(/\s+/g, ' ').trim();
            const inPassage = marked.some((part) => part && (flat.includes(part) || part.includes(flat)));
            const end = start + text.length;
            const first = matches.findIndex(([from]) => from >= start);
            const own = first < 0 ? [] : matches.slice(first).filter(([from]) => from < end);
            return (
              <p key={index} className={inPassage ? 'passage' : undefined}>
                <Highlighted
                  text={text}
                  ranges={own.map(([from, to]) => [from - start, to - start])}
                  current={current - first >= 0 && current - first < own.length ? current - first : undefined}
                />
              </p>
            );
          })}
        </div>
        <footer className="article-path">From {selected.path}</footer>
        {similar.length > 0 ? (
          <section aria-label="More like this" className="similar">
            <h3>More like this</h3>
            <ul>
              {similar.map((hit) => (
                <li key={hit.id}>
                  <button type="button" className="link" onClick={() => void open(hit.id)}>
                    {hit.title}
                  </button>
                  <span className="result-meta"> {[hit.source, hit.date ?? 'undated'].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </section>
  );
}
