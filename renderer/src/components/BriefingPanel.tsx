// The briefing being built: its cover fields, summary and key points, its sections with their
// articles and excerpts (reorder, remove, a note each), its page settings, and Export.
import { useState } from 'react';
import type { Briefing } from '../../../electron/contract';
import { useApp } from '../state/appState';
import { BriefingPreview } from './BriefingPreview';
import { FileBar } from './FileBar';

const COMMON_MARKINGS = ['UNCLASSIFIED', 'OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'];

export function BriefingPanel() {
  const { briefing, status, editBriefing, exportBriefing, addSection } = useApp();
  const [newSection, setNewSection] = useState('');
  const [preview, setPreview] = useState(false);
  const itemCount = briefing.sections.reduce((count, section) => count + section.items.length, 0);
  const text = (label: string, field: 'title' | 'subtitle' | 'author' | 'recipient', placeholder = '') => (
    <label>
      {label}
      <input value={briefing[field]} placeholder={placeholder} onChange={(event) => editBriefing({ [field]: event.target.value })} />
    </label>
  );
  return (
    <section className="pane briefing" aria-label="Briefing">
      <h2>Briefing</h2>
      <FileBar />
      {text('Title', 'title')}
      {text('Occasion', 'subtitle', 'e.g. Visit of the Prime Minister of Azerbaijan, Minsk')}
      <div className="row">
        <label>
          Handling marking
          <input list="markings" value={briefing.marking} onChange={(event) => editBriefing({ marking: event.target.value })} />
          <datalist id="markings">
            {COMMON_MARKINGS.map((marking) => (
              <option key={marking} value={marking} />
            ))}
          </datalist>
        </label>
        <label>
          Date
          <input type="date" value={briefing.date} onChange={(event) => editBriefing({ date: event.target.value })} />
        </label>
      </div>
      <div className="row">
        {text('Prepared for', 'recipient')}
        {text('Prepared by', 'author')}
      </div>
      <label>
        Executive summary
        <textarea rows={4} value={briefing.summary} onChange={(event) => editBriefing({ summary: event.target.value })} />
      </label>
      <label>
        Key points (one per line)
        <textarea
          rows={3}
          value={briefing.keyPoints.join('\n')}
          onChange={(event) => editBriefing({ keyPoints: event.target.value.split('\n') })}
        />
      </label>
      <h3>Sections ({itemCount} items)</h3>
      {briefing.sections.map((section, index) => (
        <SectionEditor key={index} index={index} />
      ))}
      <form
        className="add-section"
        onSubmit={(event) => {
          event.preventDefault();
          if (!newSection.trim()) return;
          addSection(newSection.trim());
          setNewSection('');
        }}
      >
        <label className="visually-hidden" htmlFor="new-section">
          New section heading
        </label>
        <input
          id="new-section"
          placeholder="New section heading"
          value={newSection}
          onChange={(event) => setNewSection(event.target.value)}
        />
        <button type="submit">Add section</button>
      </form>
      <Settings briefing={briefing} onChange={(settings) => editBriefing({ settings })} />
      <div className="export-actions">
        <button type="button" onClick={() => setPreview(true)}>
          Preview
        </button>
        <button type="button" className="primary" disabled={itemCount === 0} onClick={() => void exportBriefing()}>
          Export .docx
        </button>
      </div>
      {preview ? <BriefingPreview briefing={briefing} onClose={() => setPreview(false)} /> : null}
      <p className="message" role="status">
        {status}
      </p>
    </section>
  );
}

/** What is being dragged: an item (section and position) or a whole section. */
type Dragged = { kind: 'item'; section: number; index: number } | { kind: 'section'; section: number };
const DRAG_TYPE = 'application/x-attache-briefing';
const readDragged = (event: React.DragEvent): Dragged | undefined => {
  const data = event.dataTransfer.getData(DRAG_TYPE);
  return data ? (JSON.parse(data) as Dragged) : undefined;
};

function SectionEditor({ index }: { index: number }) {
  const { briefing, renameSection, removeSection, moveItem, removeItem, setNote, moveItemTo, moveSectionTo } = useApp();
  const section = briefing.sections[index]!;
  const label = section.heading || `Section ${index + 1}`;
  const dropOnSection = (event: React.DragEvent): void => {
    const dragged = readDragged(event);
    if (!dragged) return;
    event.preventDefault();
    if (dragged.kind === 'section') moveSectionTo(dragged.section, index);
    else moveItemTo(dragged, { section: index, index: section.items.length });
  };
  return (
    <fieldset className="section" data-testid={`section-${index}`} onDragOver={(event) => event.preventDefault()} onDrop={dropOnSection}>
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
          onChange={(event) => renameSection(index, event.target.value)}
        />
        <button
          type="button"
          aria-label={`Remove section “${label}”`}
          disabled={briefing.sections.length === 1}
          onClick={() => removeSection(index)}
        >
          ✕
        </button>
      </div>
      {section.items.length === 0 ? <p className="message">Add articles or excerpts from the reader.</p> : null}
      <ol className="briefing-items" aria-label={`Items of “${label}”`}>
        {section.items.map((item, at) => {
          const name = item.excerpt ? `excerpt of “${item.title}”` : `“${item.title}”`;
          return (
            <li
              key={`${item.articleId}-${at}`}
              draggable
              onDragStart={(event) => {
                event.stopPropagation();
                event.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ kind: 'item', section: index, index: at } satisfies Dragged));
              }}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                const dragged = readDragged(event);
                if (dragged?.kind !== 'item') return;
                event.preventDefault();
                event.stopPropagation();
                moveItemTo(dragged, { section: index, index: at });
              }}
            >
              <span className="item-title">
                {item.excerpt ? <span className="badge">Excerpt</span> : null}
                {item.title}
              </span>
              {item.excerpt ? (
                <span className="item-excerpt">
                  “{item.excerpt.slice(0, 140)}
                  {item.excerpt.length > 140 ? '…' : ''}”
                </span>
              ) : null}
              <span className="item-actions">
                <button type="button" aria-label={`Move ${name} up`} disabled={at === 0} onClick={() => moveItem(index, at, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${name} down`}
                  disabled={at === section.items.length - 1}
                  onClick={() => moveItem(index, at, 1)}
                >
                  ↓
                </button>
                <button type="button" aria-label={`Remove ${name}`} onClick={() => removeItem(index, at)}>
                  ✕
                </button>
              </span>
              <textarea
                className="item-note"
                rows={1}
                aria-label={`Note on ${name}`}
                placeholder="Your note (optional)"
                value={item.note ?? ''}
                onChange={(event) => setNote(index, at, event.target.value)}
              />
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

function Settings({ briefing, onChange }: { briefing: Briefing; onChange(settings: Briefing['settings']): void }) {
  const { settings } = briefing;
  return (
    <details className="settings">
      <summary>Page and markings</summary>
      <div className="row">
        <label>
          Page size
          <select
            value={settings.pageSize}
            onChange={(event) => onChange({ ...settings, pageSize: event.target.value as 'A4' | 'Letter' })}
          >
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        </label>
        <label>
          Margins
          <select
            value={settings.margins}
            onChange={(event) => onChange({ ...settings, margins: event.target.value as Briefing['settings']['margins'] })}
          >
            <option value="narrow">Narrow</option>
            <option value="normal">Normal</option>
            <option value="wide">Wide</option>
          </select>
        </label>
      </div>
      <div className="row">
        <label>
          Font
          <input value={settings.font} onChange={(event) => onChange({ ...settings, font: event.target.value || 'Calibri' })} />
        </label>
        <label>
          Portion marking
          <input
            value={settings.portionMarking}
            placeholder="e.g. (U)"
            onChange={(event) => onChange({ ...settings, portionMarking: event.target.value })}
          />
        </label>
      </div>
    </details>
  );
}
