// A live preview of the briefing as the exported document lays it out: marking at top and bottom,
// cover block, contents, summary, key points, sections, quoted excerpts with their footnotes, notes
// and the Sources appendix — in the same order and with the same words as the .docx.
import type { Briefing, BriefingItem } from '../../../electron/contract';
import {
  citation,
  formatDate,
  paragraphsOf as paragraphs,
  sourceLine,
  sourcesEntry,
} from '../../../electron/core/briefing/model/briefingText';

export function BriefingPreview({ briefing, onClose }: { briefing: Briefing; onClose(): void }) {
  const portion = briefing.settings.portionMarking.trim();
  const marked = (text: string) => (portion ? `${portion} ${text}` : text);
  const cited: BriefingItem[] = [];
  const footnotes: string[] = [];
  for (const item of briefing.sections.flatMap((section) => section.items))
    if (!cited.some((other) => other.articleId === item.articleId)) cited.push(item);
  const cover: [string, string][] = [
    ['Prepared for', briefing.recipient],
    ['Prepared by', briefing.author],
    ['Date', briefing.date ? formatDate(briefing.date) : ''],
    ['Handling', briefing.marking],
  ];
  const headings = [
    ...(briefing.summary.trim() ? ['Executive summary'] : []),
    ...(briefing.keyPoints.some((point) => point.trim()) ? ['Key points'] : []),
    ...briefing.sections.map((section) => section.heading),
    ...(cited.length ? ['Sources'] : []),
  ];
  return (
    <div className="overlay" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Print preview"
        className="preview"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <div className="preview-bar">
          <strong>Print preview</strong>
          <button type="button" className="primary" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
        <article
          className={`sheet ${briefing.settings.pageSize === 'Letter' ? 'letter' : 'a4'}`}
          style={{ fontFamily: `"${briefing.settings.font}", sans-serif` }}
        >
          {briefing.marking ? <p className="sheet-marking">{briefing.marking}</p> : null}
          <h1 className="sheet-title">{briefing.title}</h1>
          {briefing.subtitle ? <p className="sheet-subtitle">{briefing.subtitle}</p> : null}
          {cover
            .filter(([, value]) => value.trim())
            .map(([label, value]) => (
              <p key={label} className="sheet-cover">
                <strong>{label}:</strong> {value}
              </p>
            ))}
          <h2 className="sheet-toc-title">Contents</h2>
          <ul className="sheet-toc">
            {headings.map((heading, at) => (
              <li key={at}>{marked(heading)}</li>
            ))}
          </ul>
          {briefing.summary.trim() ? (
            <>
              <h2>{marked('Executive summary')}</h2>
              {paragraphs(briefing.summary).map((text, at) => (
                <p key={at}>{marked(text)}</p>
              ))}
            </>
          ) : null}
          {briefing.keyPoints.some((point) => point.trim()) ? (
            <>
              <h2>{marked('Key points')}</h2>
              <ul>
                {briefing.keyPoints
                  .filter((point) => point.trim())
                  .map((point, at) => (
                    <li key={at}>{marked(point)}</li>
                  ))}
              </ul>
            </>
          ) : null}
          {briefing.sections.map((section, sectionAt) => (
            <section key={sectionAt}>
              <h2>{marked(section.heading || 'Untitled section')}</h2>
              {section.items.map((item, at) => {
                const named = section.items.length === 1 && section.heading === item.title;
                let footnote = 0;
                if (item.excerpt) footnote = footnotes.push(citation(item));
                return (
                  <div key={at} lang={item.language ?? undefined}>
                    {named ? null : <h3>{marked(item.title)}</h3>}
                    {item.excerpt ? (
                      paragraphs(item.excerpt).map((text, line, all) => (
                        <blockquote key={line}>
                          {marked(text)}
                          {line === all.length - 1 ? <sup>{footnote}</sup> : null}
                        </blockquote>
                      ))
                    ) : (
                      <>
                        <p className="sheet-caption">{marked(sourceLine(item))}</p>
                        {paragraphs(item.body).map((text, line) => (
                          <p key={line}>{marked(text)}</p>
                        ))}
                      </>
                    )}
                    {paragraphs(item.note ?? '').map((text, line) => (
                      <p key={`note-${line}`} className="sheet-note">
                        {marked(`Note: ${text}`)}
                      </p>
                    ))}
                  </div>
                );
              })}
            </section>
          ))}
          {footnotes.length ? (
            <ol className="sheet-footnotes" aria-label="Footnotes">
              {footnotes.map((text, at) => (
                <li key={at}>{text}</li>
              ))}
            </ol>
          ) : null}
          {cited.length ? (
            <>
              <h2>{marked('Sources')}</h2>
              <ol>
                {cited.map((item) => (
                  <li key={item.articleId}>{marked(sourcesEntry(item))}</li>
                ))}
              </ol>
            </>
          ) : null}
          {briefing.marking ? <p className="sheet-marking">{briefing.marking}</p> : null}
        </article>
      </div>
    </div>
  );
}
