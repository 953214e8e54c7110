// The briefing as a file: New, Open (and recent), Save, Save As; Ctrl/Cmd+S saves. Every few seconds the
// briefing is autosaved to a recovery copy, and at start a copy left by a crash is offered back.
import { useEffect } from 'react';
import { TEMPLATES, type TemplateName } from '../../../electron/core/briefing/model/templates';
import { useBriefingEditor } from '../state/briefingEditor';
import { useBriefingFile } from '../state/briefingFile';

const AUTOSAVE_MS = 3000;
const fileName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

export function FileBar() {
  const {
    file,
    recent,
    recovery,
    newBriefing,
    saveBriefing,
    openBriefing,
    loadRecent,
    checkRecovery,
    restoreRecovery,
    discardRecovery,
    autosave,
  } = useBriefingFile();
  const dirty = useBriefingEditor((state) => state.dirty);
  const applyTemplate = (name: TemplateName): Promise<void> =>
    useBriefingFile.getState().whenUnsavedHandled('apply a template', () => useBriefingEditor.getState().applyTemplate(name));

  useEffect(() => {
    void checkRecovery();
    void loadRecent();
    const timer = setInterval(() => void autosave(), AUTOSAVE_MS);
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveBriefing(event.shiftKey);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [checkRecovery, loadRecent, autosave, saveBriefing]);

  return (
    <div className="file-bar">
      {recovery ? (
        <div className="recovery" role="region" aria-label="Unsaved briefing">
          A briefing (“{recovery.briefing.title}”) was not saved when Attaché last closed; it was autosaved at{' '}
          {new Date(recovery.savedAt).toLocaleString()}.{' '}
          <button type="button" className="primary" onClick={restoreRecovery}>
            Restore it
          </button>{' '}
          <button type="button" onClick={() => void discardRecovery()}>
            Discard
          </button>
        </div>
      ) : null}
      <div className="file-actions" role="group" aria-label="Briefing file">
        <button type="button" onClick={() => void newBriefing()}>
          New
        </button>
        <button type="button" onClick={() => void openBriefing()}>
          Open…
        </button>
        <button type="button" onClick={() => void saveBriefing(false)} title="Ctrl/Cmd+S">
          Save
        </button>
        <button type="button" onClick={() => void saveBriefing(true)} title="Ctrl/Cmd+Shift+S">
          Save As…
        </button>
        <select
          aria-label="Start from a template"
          value=""
          onChange={(event) => {
            const name = event.target.value as TemplateName;
            if (name) void applyTemplate(name);
          }}
        >
          <option value="">Template…</option>
          {(Object.keys(TEMPLATES) as TemplateName[]).map((name) => (
            <option key={name} value={name}>
              {TEMPLATES[name].label}
            </option>
          ))}
        </select>
        {recent.length > 0 ? (
          <select aria-label="Recent briefings" value="" onChange={(event) => void openBriefing(Number(event.target.value))}>
            <option value="">Recent…</option>
            {recent.map((path, index) => (
              <option key={path} value={index}>
                {fileName(path)}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      <p className="message file-name">
        {file ? fileName(file) : 'Not saved yet'}
        {dirty ? ' — unsaved changes' : ''}
      </p>
    </div>
  );
}
