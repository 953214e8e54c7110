// bench/import: importing every shared corpus into a fresh library, index included, against the floor
// the machine allows: one Node process reading each file, NFC-normalising, tokenising, hashing and
// writing it with fsync + rename. Both in the same run; prints each figure and the ratio.
// Usage: npx tsx bench/import.ts [folder …]   (default: every corpus in ../shared/corpora)
//        add --worker to import as the app does (in a worker thread, reading on one thread per core);
//        --cli as the command line does (in this thread, a large folder read on one thread per core);
//        with neither, everything runs in this thread; profile with node --cpu-prof.
import { createHash } from 'node:crypto';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { AttacheService } from '../electron/core/service';
import { walkFolder } from '../electron/core/library/walk';
import { CORPORA_DIR, tempDir } from '../test/support/paths';
import { LIBRARY_WORKER } from '../test/support/workerScript';
import { formatBytes, PeakMemory } from './peakMemory';
import { importOrThrow } from '../test/support/imports';

const args = process.argv.slice(2);
const inWorker = args.includes('--worker');
const asCli = args.includes('--cli');
const named = args.filter((arg) => !arg.startsWith('--'));
const folders = named.length
  ? named.map((folder) => path.resolve(folder))
  : (await readdir(CORPORA_DIR, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(CORPORA_DIR, entry.name));

/** The floor: what any importer must do for each file, done as simply as Node allows, one file after another. */
async function floor(files: string[]): Promise<number> {
  const out = await tempDir('bench-import-floor');
  const started = performance.now();
  for (const [n, file] of files.entries()) {
    const text = (await readFile(file, 'utf8')).normalize('NFC');
    const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const hash = createHash('sha256').update(text).digest('hex');
    const target = path.join(out, `${n}.json`);
    const handle = await open(`${target}.tmp`, 'w');
    await handle.writeFile(JSON.stringify({ hash, tokens: tokens.length, text }));
    await handle.sync();
    await handle.close();
    await rename(`${target}.tmp`, target);
  }
  const seconds = (performance.now() - started) / 1000;
  await rm(out, { recursive: true, force: true });
  return seconds;
}

const files = (await Promise.all(folders.map(async (folder) => (await walkFolder(folder)).files))).flat();
const floorSeconds = await floor(files);

const libraryDir = await tempDir('bench-import');
const service = await AttacheService.open({
  libraryDir,
  ...(inWorker && { libraryWorker: LIBRARY_WORKER }),
  ...(asCli && { readingThreads: LIBRARY_WORKER }),
});
const peak = new PeakMemory();
console.log(`corpus | files | imported | duplicates | skipped | reading s | index s | files/s`);
let total = 0;
let reading = 0;
for (const folder of folders) {
  const started = performance.now();
  let indexStarted = 0;
  const report = await importOrThrow(service, folder, {
    onProgress: (progress) => {
      if (progress.current === null) indexStarted = performance.now();
    },
  });
  const finished = performance.now();
  const seconds = (finished - started) / 1000;
  total += seconds;
  reading += (indexStarted - started) / 1000;
  console.log(
    [
      path.basename(folder),
      report.files,
      report.imported.length,
      report.duplicates.length,
      report.skipped.length,
      ((indexStarted - started) / 1000).toFixed(1),
      ((finished - indexStarted) / 1000).toFixed(1),
      (report.files / seconds).toFixed(0),
    ].join(' | '),
  );
}
const peakRss = peak.stop();
await rm(libraryDir, { recursive: true, force: true });

console.log(
  `\n| ${files.length.toLocaleString('en')} files | Attaché (import + index) | floor (read, NFC, tokenise, hash, fsync + rename) | ratio |`,
);
console.log('|---|---|---|---|');
console.log(`| seconds | ${total.toFixed(1)} | ${floorSeconds.toFixed(1)} | ${(total / floorSeconds).toFixed(1)}× |`);
console.log(`| files/s | ${(files.length / total).toFixed(0)} | ${(files.length / floorSeconds).toFixed(0)} | |`);
console.log(`| of which reading and storing (index apart) | ${reading.toFixed(1)} s | | ${(reading / floorSeconds).toFixed(1)}× |`);
console.log(`| peak RSS | ${formatBytes(peakRss)} | | |`);
