// The briefing being built: its cover fields, summary and key points, its sections with their
// articles and excerpts (reorder, remove, a note each), its page settings, and Export.
import { useState } from 'react';
import type { Briefing } from '../../../electron/contract';
import { useBriefingEditor } from '../state/briefingEditor';
import { useBriefingFile } from '../state/briefingFile';
import { useStatus } from '../state/status';
import { BriefingPreview } from './BriefingPreview';
import { FileBar } from './FileBar';
import { SectionEditor } from './SectionEditor';

const COMMON_MARKINGS = ['UNCLASSIFIED', 'OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'];

export function BriefingPanel() {
  const briefing = useBriefingEditor((state) => state.briefing);
  const editBriefing = useBriefingEditor((state) => state.editFields);
  const addSection = useBriefingEditor((state) => state.addSection);
  const exportBriefing = useBriefingFile((state) => state.exportBriefing);
  const exportPdf = useBriefingFile((state) => state.exportPdf);
  const status = useStatus((state) => state.message);
  const [newSection, setNewSection] = useState('');
  const [preview, setPreview] = useState(false);
  const itemCount = briefing.sections.reduce((count, section) => count + section.items.length, 0);
  const tableCount = briefing.sections.reduce((count, section) => count + (section.tables?.length ?? 0), 0);
  // a briefing of tables alone (figures, a timeline) is as exportable as one of articles
  const empty = itemCount + tableCount === 0;
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
      <h3>
        Sections ({itemCount} items{tableCount > 0 ? `, ${tableCount} table${tableCount === 1 ? '' : 's'}` : ''})
      </h3>
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
        <button type="button" disabled={empty} onClick={() => void exportPdf()}>
          Export PDF
        </button>
        <button type="button" className="primary" disabled={empty} onClick={() => void exportBriefing()}>
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
