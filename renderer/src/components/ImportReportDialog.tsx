// What an import did, file by file: counts first, then what was found wrong with the library itself (a
// damaged log mended: which import to repeat), then every skipped file with its reason.
import { useEffect, useRef } from 'react';
import { useImportJob } from '../state/importJob';

/** Paths inside the imported folder are shown from it: "bad/empty.txt" reads better than the whole path. */
function relativeTo(folder: string, file: string): string {
  return file.startsWith(folder) && file.length > folder.length ? file.slice(folder.length).replace(/^[\\/]/, '') : file;
}

export function ImportReportDialog() {
  const report = useImportJob((state) => state.report);
  const closeImportReport = useImportJob((state) => state.closeReport);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), [report]);
  if (!report) return null;
  const near = report.duplicates.filter((duplicate) => duplicate.kind === 'near-duplicate').length;
  const counts = [
    `${report.imported.length} imported`,
    `${report.updated.length} updated`,
    `${report.duplicates.length} already in the library${near ? ` (${near} of them nearly the same as an article kept)` : ''}`,
    `${report.skipped.length} skipped`,
  ];
  return (
    <div className="overlay">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-report-title"
        className="dialog"
        onKeyDown={(event) => event.key === 'Escape' && closeImportReport()}
      >
        <h2 id="import-report-title">
          {report.canceled ? 'Import cancelled' : 'Import finished'}: “{report.collection}”
        </h2>
        <p>
          {report.files} files: {counts.join(', ')}.
        </p>
        {report.notices?.length ? (
          <>
            <h3>The library</h3>
            <ul className="library-notices" aria-label="Problems found in the library">
              {report.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          </>
        ) : null}
        {report.skipped.length > 0 ? (
          <>
            <h3>Skipped</h3>
            <ul className="skipped" aria-label="Skipped files">
              {report.skipped.map((skip) => (
                <li key={skip.path}>
                  <span className="skipped-path" title={skip.path}>
                    {relativeTo(report.folder, skip.path)}
                  </span>
                  <span className="skipped-reason">{skip.reason}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <button ref={close} type="button" className="primary" onClick={closeImportReport}>
          Close
        </button>
      </div>
    </div>
  );
}
