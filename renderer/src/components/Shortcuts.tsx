// Keyboard first: every common action has a key, listed in a help overlay (?).
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useSearch } from '../state/search';
import { useApp } from '../state/appState';

const mod = /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';
export const SHORTCUTS: [string, string][] = [
  [`${mod}+K or /`, 'Search'],
  ['↓ ↑', 'Move through the results'],
  ['Enter', 'Open the result'],
  ['A', 'Add the open article to the briefing'],
  [`${mod}+Z`, 'Undo a briefing edit'],
  [`${mod}+Shift+Z`, 'Redo'],
  [`${mod}+S`, 'Save the briefing'],
  [`${mod}+Shift+S`, 'Save as'],
  [`${mod}+E`, 'Export .docx'],
  ['?', 'This list'],
  ['Esc', 'Close it'],
];

const typing = (): boolean => {
  const element = document.activeElement as HTMLElement | null;
  return !!element && (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable);
};

export function Shortcuts() {
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const inSearch = document.activeElement?.id === 'search-box';
      const search = useSearch.getState();
      const app = useApp.getState();
      if ((command && key === 'k') || (!command && key === '/' && !typing())) {
        event.preventDefault();
        document.getElementById('search-box')?.focus();
      } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (inSearch || !typing())) {
        event.preventDefault();
        search.moveActive(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Enter' && (inSearch || !typing()) && search.active >= 0) {
        const hit = search.hitAt(search.active);
        if (hit) {
          event.preventDefault();
          void app.open(hit.id);
        }
      } else if (key === 'a' && !command && !typing() && app.selected) {
        app.addToBriefing(app.selected);
      } else if (command && key === 'z' && !inSearch) {
        event.preventDefault();
        if (event.shiftKey) app.redo();
        else app.undo();
      } else if (command && key === 'y' && !inSearch) {
        event.preventDefault();
        app.redo();
      } else if (command && key === 'e') {
        event.preventDefault();
        void app.exportBriefing();
      } else if (event.key === '?' && !typing()) {
        setHelp((shown) => !shown);
      } else if (event.key === 'Escape') {
        setHelp(false);
      }
    };
    window.addEventListener('keydown', onKey);
    // the application menu's commands arrive as events and do what their keys do
    const unsubscribe = api.on('menuCommand', (command) => {
      const app = useApp.getState();
      if (command === 'new') void app.newBriefing();
      else if (command === 'open') void app.openBriefing();
      else if (command === 'save' || command === 'saveAs') void app.saveBriefing(command === 'saveAs');
      else if (command === 'import') void app.startImport();
      else if (command === 'export') void app.exportBriefing();
      else if (command === 'shortcuts') setHelp(true);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
  if (!help) return null;
  return (
    <div className="overlay" onClick={() => setHelp(false)}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="dialog shortcuts"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map(([keys, action]) => (
            <div key={keys} className="shortcut">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="primary" autoFocus onClick={() => setHelp(false)}>
          Close
        </button>
      </div>
    </div>
  );
}
