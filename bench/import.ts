// bench/import: files per second and peak memory for importing a corpus into a fresh library.
// Usage: npx tsx bench/import.ts [folder …]   (default: every corpus in ../shared/corpora)
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { AttacheService } from '../electron/core/service';
import { CORPORA_DIR, tempDir } from '../test/support/paths';
import { formatBytes, PeakMemory } from './peakMemory';
import { importOrThrow } from '../test/support/imports';

const folders = process.argv.slice(2).length
  ? process.argv.slice(2)
  : (await readdir(CORPORA_DIR, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(CORPORA_DIR, entry.name));

console.log('corpus | files | imported | duplicates | skipped | import s | files/s | index build s | peak RSS');
for (const folder of folders) {
  const libraryDir = await tempDir('bench-import');
  const service = await AttacheService.open({ libraryDir });
  const peak = new PeakMemory();
  const started = performance.now();
  let indexStarted = 0;
  const report = await importOrThrow(service, folder, {
    onProgress: (progress) => {
      if (progress.current === null) indexStarted = performance.now();
    },
  });
  const finished = performance.now();
  const seconds = (indexStarted - started) / 1000;
  console.log(
    [
      path.basename(folder),
      report.files,
      report.imported.length,
      report.duplicates.length,
      report.skipped.length,
      seconds.toFixed(1),
      (report.files / seconds).toFixed(0),
      ((finished - indexStarted) / 1000).toFixed(1),
      formatBytes(peak.stop()),
    ].join(' | '),
  );
  await rm(libraryDir, { recursive: true, force: true });
}
