// Keyboard first: every common action has a key, listed in a help overlay (?).
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useSearch } from '../state/search';
import { useBriefingEditor } from '../state/briefingEditor';
import { useBriefingFile } from '../state/briefingFile';
import { useImportJob } from '../state/importJob';
import { useReader } from '../state/reader';

const mod = /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';
export const SHORTCUTS: [string, string][] = [
  [`${mod}+K or /`, 'Search'],
  ['↓ ↑', 'Move through the results'],
  ['Enter', 'Open the result; again: the next match in it'],
  ['F3 / Shift+F3 (or Shift+Enter)', 'Next / previous match in the article'],
  ['A', 'Add the open article to the briefing'],
  [`${mod}+Z`, 'Undo a briefing edit'],
  [`${mod}+Shift+Z`, 'Redo'],
  [`${mod}+S`, 'Save the briefing'],
  [`${mod}+Shift+S`, 'Save as'],
  [`${mod}+E`, 'Export .docx'],
  [`${mod}+P`, 'Print the briefing'],
  ['?', 'This list'],
  ['Esc', 'Close it'],
];

const typing = (): boolean => {
  const element = document.activeElement as HTMLElement | null;
  return !!element && (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable);
};

/** The briefing pane has keys of its own (Alt+↑/↓ move an item). */
const inBriefing = (): boolean => !!document.activeElement?.closest('.briefing');

/** Enter belongs to the focused button or item, if any: only with nothing focused (or in the search box) does it open the result. */
const nothingFocused = (): boolean => !document.activeElement || document.activeElement === document.body;

/** The reader shows the result the arrow keys are on (or none is chosen): Enter steps through its matches. */
const openedActive = (search: ReturnType<typeof useSearch.getState>, reader: ReturnType<typeof useReader.getState>): boolean =>
  search.active < 0 || search.hitAt(search.active)?.id === reader.selected?.id;

export function Shortcuts() {
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const inSearch = document.activeElement?.id === 'search-box';
      const search = useSearch.getState();
      const editor = useBriefingEditor.getState();
      const reader = useReader.getState();
      if ((command && key === 'k') || (!command && key === '/' && !typing())) {
        event.preventDefault();
        document.getElementById('search-box')?.focus();
      } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !event.altKey && (inSearch || (!typing() && !inBriefing()))) {
        event.preventDefault();
        search.moveActive(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'F3' || (event.key === 'Enter' && inSearch && reader.matches.length > 0 && openedActive(search, reader))) {
        // the next match in the article open (Shift: the one before); Enter in the search box once it is open
        event.preventDefault();
        reader.step(event.shiftKey ? -1 : 1);
      } else if (event.key === 'Enter' && (inSearch || nothingFocused()) && search.active >= 0) {
        const hit = search.hitAt(search.active);
        if (hit) {
          event.preventDefault();
          void reader.open(hit.id);
        }
      } else if (key === 'a' && !command && !typing() && reader.selected) {
        editor.add(reader.selected);
      } else if (command && key === 'z' && !inSearch) {
        event.preventDefault();
        if (event.shiftKey) editor.redo();
        else editor.undo();
      } else if (command && key === 'y' && !inSearch) {
        event.preventDefault();
        editor.redo();
      } else if (command && key === 'e') {
        event.preventDefault();
        void useBriefingFile.getState().exportBriefing();
      } else if (command && key === 'p') {
        // the briefing is printed, never the app's window
        event.preventDefault();
        void useBriefingFile.getState().print();
      } else if (event.key === '?' && !typing()) {
        setHelp((shown) => !shown);
      } else if (event.key === 'Escape') {
        setHelp(false);
      }
    };
    window.addEventListener('keydown', onKey);
    // the application menu's commands arrive as events and do what their keys do
    const unsubscribe = api.on('menuCommand', (command) => {
      const file = useBriefingFile.getState();
      if (command === 'new') void file.newBriefing();
      else if (command === 'open') void file.openBriefing();
      else if (command === 'save' || command === 'saveAs') void file.saveBriefing(command === 'saveAs');
      else if (command === 'import') void useImportJob.getState().start();
      else if (command === 'export') void file.exportBriefing();
      else if (command === 'exportPdf') void file.exportPdf();
      else if (command === 'print') void file.print();
      else if (command === 'close') void file.close();
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
