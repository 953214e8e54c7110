// The same text across files on the analyst's desk: every exact duplicate the BBC import reports is
// grouped as a duplicate (ng-ru's pairs are checked in test/core/search/morphology.test.ts, which has
// ng-ru imported already).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttacheService } from '../../../electron/core/service';
import { importOrThrow } from '../../support/imports';
import { duplicateGroups } from '../../support/insights';
import { CORPORA_DIR, tempDir } from '../../support/paths';

describe('duplicates on the desk', { timeout: 300_000 }, () => {
  it('groups every exact duplicate the BBC import reports', async () => {
    const service = await AttacheService.open({ libraryDir: await tempDir('desk-bbc') });
    const report = await importOrThrow(service, path.join(CORPORA_DIR, 'bbc'));
    const exact = report.duplicates.filter((duplicate) => duplicate.kind === 'same-text');
    expect(exact.length).toBeGreaterThan(0);
    const groups = await duplicateGroups(service);
    const missed = exact.filter((duplicate) => !groups.some((paths) => paths.includes(duplicate.path) && paths.includes(duplicate.of)));
    expect(missed).toEqual([]);
  });
});
