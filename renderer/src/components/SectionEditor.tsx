// One section of the briefing: its heading, its items (articles and excerpts) with a note each. Items
// and sections move by drag and drop or from the keyboard (↑/↓ across sections, Move to…), the focus
// staying on what moved; Enter on an item opens it in the reader; an item whose article changed or left
// the library says so and offers the choice.
import type { BriefingItem, CitationState } from '../../../electron/contract';
import { citationNews, useBriefingEditor, type ItemPlace } from '../state/briefingEditor';
import { useReader } from '../state/reader';
import { CopyCitation } from './CopyCitation';

/** What is being dragged: an item (section and position) or a whole section. */
type Dragged = { kind: 'item'; section: number; index: number } | { kind: 'section'; section: number };
const DRAG_TYPE = 'application/x-attache-briefing';
const readDragged = (event: React.DragEvent): Dragged | undefined => {
  const data = event.dataTransfer.getData(DRAG_TYPE);
  return data ? (JSON.parse(data) as Dragged) : undefined;
};

/**
 * After React has drawn the move: the same control of the moved item or section if it can still be
 * used there, else the item or section itself.
 */
function focusAfterMove(selector: string, control?: string): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector);
    const button = control
      ? element?.querySelector<HTMLButtonElement>(
          `:scope > .item-actions [data-control="${control}"], :scope > .section-head [data-control="${control}"]`,
        )
      : null;
    (button && !button.disabled ? button : element)?.focus();
  });
}
const itemSelector = (place: ItemPlace): string => `[data-item="${place.section}-${place.index}"]`;
const sectionSelector = (section: number): string => `[data-section="${section}"]`;

export function SectionEditor({ index }: { index: number }) {
  const editor = useBriefingEditor();
  const { briefing, citations } = editor;
  const section = briefing.sections[index]!;
  const label = section.heading || `Section ${index + 1}`;
  const dropOnSection = (event: React.DragEvent): void => {
    const dragged = readDragged(event);
    if (!dragged) return;
    event.preventDefault();
    if (dragged.kind === 'section') editor.moveSectionTo(dragged.section, index);
    else editor.moveItemTo(dragged, { section: index, index: section.items.length });
  };
  const moveSection = (to: number, control: string): void => {
    editor.moveSectionTo(index, to);
    focusAfterMove(sectionSelector(to), control);
  };
  return (
    <fieldset
      className="section"
      data-testid={`section-${index}`}
      data-section={index}
      tabIndex={-1}
      onFocus={() => editor.setActiveSection(index)}
      onDragOver={(event) => event.preventDefault()}
      onDrop={dropOnSection}
    >
      <legend className="visually-hidden">{label}</legend>
      <div
        className="section-head"
        draggable
        onDragStart={(event) =>
          event.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ kind: 'section', section: index } satisfies Dragged))
        }
      >
        <span className="grip" aria-hidden="true" title="Drag to move the section">
          ⠿
        </span>
        <input
          aria-label={`Heading of section ${index + 1}`}
          value={section.heading}
          onChange={(event) => editor.renameSection(index, event.target.value)}
        />
        <button
          type="button"
          data-control="up"
          aria-label={`Move section “${label}” up`}
          disabled={index === 0}
          onClick={() => moveSection(index - 1, 'up')}
        >
          ↑
        </button>
        <button
          type="button"
          data-control="down"
          aria-label={`Move section “${label}” down`}
          disabled={index === briefing.sections.length - 1}
          onClick={() => moveSection(index + 1, 'down')}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`Remove section “${label}”`}
          disabled={briefing.sections.length === 1}
          onClick={() => editor.removeSection(index)}
        >
          ✕
        </button>
      </div>
      {section.items.length === 0 && !section.tables?.length ? <p className="message">Add articles or excerpts from the reader.</p> : null}
      <ol className="briefing-items" aria-label={`Items of “${label}”`}>
        {section.items.map((item, at) => (
          <ItemEditor
            key={`${item.articleId}-${at}`}
            item={item}
            place={{ section: index, index: at }}
            news={citationNews(item, citations)}
          />
        ))}
      </ol>
      {section.tables?.length ? (
        <ul className="briefing-tables" aria-label={`Tables of “${label}”`}>
          {section.tables.map((table, at) => (
            <li key={`${table.caption}-${at}`}>
              <span>
                Table: {table.caption}{' '}
                <span className="result-meta">
                  ({table.rows.length} row{table.rows.length === 1 ? '' : 's'}, each cited)
                </span>
              </span>
              <button type="button" aria-label={`Remove the table “${table.caption}”`} onClick={() => editor.removeTable(index, at)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

function ItemEditor({ item, place, news }: { item: BriefingItem; place: ItemPlace; news: CitationState | undefined }) {
  const editor = useBriefingEditor();
  const { briefing } = editor;
  const name = item.excerpt ? `excerpt of “${item.title}”` : `“${item.title}”`;
  const count = briefing.sections[place.section]!.items.length;
  const first = place.section === 0 && place.index === 0;
  const last = place.section === briefing.sections.length - 1 && place.index === count - 1;
  const moveBy = (step: -1 | 1, control: string): void => {
    const to = editor.moveItemBy(place, step);
    if (to) focusAfterMove(itemSelector(to), control);
  };
  const moveToSection = (section: number): void => {
    const to = editor.moveItemTo(place, { section, index: briefing.sections[section]!.items.length });
    focusAfterMove(itemSelector(to));
  };
  return (
    <li
      tabIndex={0}
      data-item={`${place.section}-${place.index}`}
      aria-label={name}
      draggable
      onDragStart={(event) => {
        event.stopPropagation();
        event.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ kind: 'item', ...place } satisfies Dragged));
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        const dragged = readDragged(event);
        if (dragged?.kind !== 'item') return;
        event.preventDefault();
        event.stopPropagation();
        editor.moveItemTo(dragged, place);
      }}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === 'Enter') {
          event.preventDefault();
          void useReader.getState().openItem(item);
        } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
          event.preventDefault();
          moveBy(event.key === 'ArrowUp' ? -1 : 1, '');
        }
      }}
    >
      <span className="item-title">
        {item.excerpt ? <span className="badge">Excerpt</span> : null}
        {news ? (
          <span
            className={`badge stale ${news.state}`}
            title={news.state === 'changed' ? 'The library has a newer text of this article' : 'This article is no longer in the library'}
          >
            {news.state === 'changed' ? 'Changed in library' : 'Removed from library'}
          </span>
        ) : null}
        {item.title}
      </span>
      {news ? (
        <span className="item-news" role="note">
          {news.state === 'changed'
            ? 'The article was imported again with different text. The briefing still cites the text you chose.'
            : 'The article is no longer in the library. The briefing keeps the text it cites.'}{' '}
          {news.state === 'changed' ? (
            <button type="button" onClick={() => void editor.useNewText(place)}>
              Use the new text
            </button>
          ) : null}{' '}
          <button type="button" onClick={() => editor.keepAsCited(place)}>
            Keep as cited
          </button>
        </span>
      ) : null}
      {item.excerpt ? (
        <span className="item-excerpt">
          “{item.excerpt.slice(0, 140)}
          {item.excerpt.length > 140 ? '…' : ''}”
        </span>
      ) : null}
      <span className="item-actions">
        <button type="button" data-control="up" aria-label={`Move ${name} up`} disabled={first} onClick={() => moveBy(-1, 'up')}>
          ↑
        </button>
        <button type="button" data-control="down" aria-label={`Move ${name} down`} disabled={last} onClick={() => moveBy(1, 'down')}>
          ↓
        </button>
        {briefing.sections.length > 1 ? (
          <select
            aria-label={`Move ${name} to section`}
            value=""
            onChange={(event) => event.target.value !== '' && moveToSection(Number(event.target.value))}
          >
            <option value="">Move to…</option>
            {briefing.sections.map((other, at) =>
              at === place.section ? null : (
                <option key={at} value={at}>
                  {other.heading || `Section ${at + 1}`}
                </option>
              ),
            )}
          </select>
        ) : null}
        <CopyCitation item={item} label={`Cite ${name}`} />
        <button type="button" aria-label={`Remove ${name}`} onClick={() => editor.removeItem(place)}>
          ✕
        </button>
      </span>
      <textarea
        className="item-note"
        rows={1}
        aria-label={`Note on ${name}`}
        placeholder="Your note (optional)"
        value={item.note ?? ''}
        onChange={(event) => editor.setNote(place, event.target.value)}
      />
    </li>
  );
}
