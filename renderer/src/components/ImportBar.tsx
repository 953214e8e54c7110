// Import: the button, then a progress bar naming the file in hand, with Cancel.
import { useEffect } from 'react';
import { api } from '../api';
import { useImportJob } from '../state/importJob';

const fileName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

export function ImportBar() {
  const { importing, start: startImport, cancel: cancelImport, progressed: importProgressed } = useImportJob();
  useEffect(() => api.on('importProgress', importProgressed), [importProgressed]);

  if (!importing) {
    return (
      <button type="button" onClick={() => void startImport()}>
        Import folder…
      </button>
    );
  }
  const { progress } = importing;
  const label = !progress
    ? 'Choosing a folder…'
    : progress.current === null
      ? `Indexing ${progress.total} files…`
      : `Importing ${progress.done + 1} of ${progress.total}: ${fileName(progress.current)}`;
  return (
    <div className="import-bar" role="group" aria-label="Import">
      <progress aria-label="Import progress" max={progress?.total || 1} value={progress ? progress.done : undefined} />
      <span className="import-label" aria-live="polite">
        {label}
      </span>
      <button type="button" onClick={() => void cancelImport()} disabled={!progress}>
        Cancel
      </button>
    </div>
  );
}
