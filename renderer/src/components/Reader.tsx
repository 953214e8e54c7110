import { useEffect, useRef } from 'react';
import { languageName } from '../../../electron/core/briefing/model/languageNames';
import { useBriefingEditor } from '../state/briefingEditor';
import { useReader } from '../state/reader';
import { CopyCitation } from './CopyCitation';

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

export function Reader() {
  const { selected, similar, open, passage } = useReader();
  const addToBriefing = useBriefingEditor((state) => state.add);
  const body = useRef<HTMLDivElement>(null);
  // an excerpt opened from the briefing: its paragraphs marked, the first scrolled into view
  const marked = passage ? passage.split(/\n\s*\n/).map((part) => part.replace(/\s+/g, ' ').trim()) : [];
  useEffect(() => {
    body.current?.querySelector('.passage')?.scrollIntoView({ block: 'center' });
  }, [selected, passage]);
  if (!selected) {
    return (
      <section className="pane reader empty" aria-label="Reader">
        <p>Choose a result to read it here.</p>
      </section>
    );
  }
  const facts = [
    selected.source ?? 'Unknown source',
    selected.place,
    selected.date ?? 'undated',
    selected.author,
    selected.language ? languageName(selected.language) : null,
  ];
  return (
    <section className="pane reader" aria-label="Reader">
      <article>
        <header>
          <h2>{selected.title}</h2>
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
          </div>
        </header>
        <div className="article-body" ref={body}>
          {selected.body.split(/\n\s*\n/).map((paragraph, index) => {
            const flat = paragraph.replace(/\s+/g, ' ').trim();
            const inPassage = marked.some((part) => part && (flat.includes(part) || part.includes(flat)));
            return (
              <p key={index} className={inPassage ? 'passage' : undefined}>
                {paragraph}
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
