// The import report: counts, what was found wrong with the library itself while importing (a damaged log
// mended, with the import to repeat), and every skipped file with its reason.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../electron/contract';
import { ImportReportDialog } from '../../renderer/src/components/ImportReportDialog';
import { useImportJob } from '../../renderer/src/state/importJob';

afterEach(cleanup);

const report: ImportReport = {
  collection: 'Embassy feed',
  folder: '/feeds/embassy',
  files: 3,
  imported: [{ path: '/feeds/embassy/a.txt', id: '00000000000000a1' }],
  updated: [],
  duplicates: [],
  skipped: [{ path: '/feeds/embassy/bad/empty.txt', reason: 'no text (only whitespace)' }],
  canceled: false,
};

describe('the import report', () => {
  it('names the files skipped, relative to the folder, and no library section when nothing was wrong', () => {
    useImportJob.setState({ report });
    render(<ImportReportDialog />);
    const skipped = screen.getByRole('list', { name: 'Skipped files' });
    expect(within(skipped).getByText('bad/empty.txt')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Problems found in the library' })).toBeNull();
  });

  it('says what was found wrong with the library itself, and which import to repeat', () => {
    const notice =
      "The library's log of changes was damaged (a change does not match its checksum; 1 changes left out). It lacks 3 articles imported since; import again: /feeds/late.";
    useImportJob.setState({ report: { ...report, notices: [notice] } });
    render(<ImportReportDialog />);
    expect(within(screen.getByRole('list', { name: 'Problems found in the library' })).getByText(notice)).toBeTruthy();
  });
});
