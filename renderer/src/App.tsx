// The window: library search on the left, the reader in the middle, the briefing on the right.
import { useState } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { api } from './api';
import { BriefingPanel } from './components/BriefingPanel';
import { ImportBar } from './components/ImportBar';
import { ImportReportDialog } from './components/ImportReportDialog';
import { InsightsPanel } from './components/InsightsPanel';
import { Reader } from './components/Reader';
import { SearchPane } from './components/SearchPane';
import { Shortcuts } from './components/Shortcuts';
import { UnsavedDialog } from './components/UnsavedDialog';
import { useImportJob } from './state/importJob';
import { useInsights } from './state/insights';

export function App() {
  const [dropping, setDropping] = useState(false);
  const startImport = useImportJob((state) => state.start);
  return (
    <div
      className="app"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        // the library thread readies itself while the user aims: the import the drop starts is quicker
        if (!dropping) void api.prepareImport().catch(() => undefined);
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) setDropping(false);
      }}
      onDrop={(event) => {
        const file = event.dataTransfer.files[0];
        if (!file) return;
        event.preventDefault();
        setDropping(false);
        void startImport(api.pathOfDroppedFile(file));
      }}
    >
      {dropping ? <div className="drop-hint">Drop a folder to import it</div> : null}
      <header className="app-header">
        <h1>Attaché</h1>
        <span className="app-tagline">Offline briefing desk</span>
        <div className="app-actions">
          <span className="hint">Press ? for shortcuts</span>
          <ImportBar />
        </div>
      </header>
      {/* three panes; the separators between them drag (or move with the arrow keys) to resize */}
      <Group className="panes" orientation="horizontal">
        <Panel id="library" defaultSize="28" minSize="18">
          <SearchPane />
        </Panel>
        <Separator className="separator" aria-label="Resize the library pane" />
        <Panel id="reader" defaultSize="44" minSize="25">
          <ReaderPane />
        </Panel>
        <Separator className="separator" aria-label="Resize the briefing pane" />
        <Panel id="briefing" defaultSize="28" minSize="18">
          <BriefingPanel />
        </Panel>
      </Group>
      <ImportReportDialog />
      <UnsavedDialog />
      <Shortcuts />
    </div>
  );
}

/** The middle pane: the article, or the analyst's desk over it and the search. */
function ReaderPane() {
  const open = useInsights((state) => state.open);
  const show = useInsights((state) => state.show);
  return (
    <div className="reader-pane">
      <div className="pane-tabs" role="tablist" aria-label="Article or insights">
        <button type="button" role="tab" aria-selected={!open} className={open ? undefined : 'active'} onClick={() => show(false)}>
          Article
        </button>
        <button type="button" role="tab" aria-selected={open} className={open ? 'active' : undefined} onClick={() => show(true)}>
          Insights
        </button>
      </div>
      {open ? (
        <section className="pane insights-pane" aria-label="Insights pane">
          <InsightsPanel />
        </section>
      ) : (
        <Reader />
      )}
    </div>
  );
}
