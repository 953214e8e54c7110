// bench/searchImport: a new folder of 1,000 articles imported into a 10,000-article library the app's
// way (files read and indexed in a worker thread), while this thread keeps asking queries. Prints how
// long until the new articles are searchable, and the latency of the queries answered meanwhile.
// Library: the realistic scale corpus to 10,000 (bench/scaleCorpus.ts); the folder: 1,000 BBC articles
// written as .txt files with a line added, to a library that does not hold them (its generated part only).
// Usage: npx tsx bench/searchImport.ts [library size] [folder size]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Library } from '../electron/core/library/library';
import { indexDirOf, updateIndex } from '../electron/core/search/engine/searchIndex';
import { AttacheService } from '../electron/core/service';
import { tempDir } from '../test/support/paths';
import { LIBRARY_WORKER } from '../test/support/workerScript';
import { realCorpusArticles, scaleCorpus } from './scaleCorpus';
import { importOrThrow } from '../test/support/imports';

const [librarySize = 10_000, folderSize = 1_000] = process.argv.slice(2).map(Number);
const MARKER = 'quokkaflux';

const base = await realCorpusArticles();
const libraryDir = await tempDir('bench-import-search');
const library = await Library.open(libraryDir);
let started = performance.now();
// the real articles but BBC's, then generated ones: the BBC folder imported below is new to it
const others = base.filter((article) => !article.path.includes(`${path.sep}bbc${path.sep}`));
await library.commit({ added: scaleCorpus(others, librarySize) });
await updateIndex(indexDirOf(libraryDir), library);
console.log(`setup: a library of ${librarySize.toLocaleString('en')} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`);

const folder = path.join(await tempDir('bench-new-folder'), 'new');
await mkdir(folder);
const bbc = base.filter((article) => article.language === 'en').slice(0, folderSize);
await Promise.all(
  bbc.map((article, n) =>
    writeFile(path.join(folder, `${n}.txt`), `${article.title}\n\n${article.body}\n\nFiled for the ${MARKER} desk, item ${n}.\n`),
  ),
);

started = performance.now();
const service = await AttacheService.open({ libraryDir, libraryWorker: LIBRARY_WORKER });
console.log(`start: ${(performance.now() - started).toFixed(0)} ms`);
const queries = ['government plans', 'oil prices', 'mobile phone', 'election campaign', 'film award', 'economy growth', 'broadband'];

started = performance.now();
let readAt = 0;
let finished = false;
const importing = importOrThrow(service, folder, {
  onProgress: ({ current }) => {
    if (current === null) readAt = performance.now();
  },
});
void importing.finally(() => (finished = true));
const latencies: number[] = [];
for (let n = 0; !finished; n++) {
  const t = performance.now();
  const response = await service.search(queries[n % queries.length]!);
  if (!response.ok) throw new Error(response.message);
  latencies.push(performance.now() - t);
  await new Promise((resolve) => setTimeout(resolve, 10));
}
const report = await importing;
const searchable = performance.now() - started;
const found = await service.search(MARKER);
if (!found.ok || found.total !== report.imported.length) throw new Error(`expected ${report.imported.length} new articles found`);

const sorted = latencies.sort((a, b) => a - b);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!.toFixed(0);
console.log(
  `new folder: ${report.imported.length} articles imported (${report.duplicates.length} duplicates, ${report.skipped.length} skipped); ` +
    `read in ${((readAt - started) / 1000).toFixed(1)} s, searchable after ${(searchable / 1000).toFixed(1)} s; ` +
    `"${MARKER}" finds all ${found.total}`,
);
console.log(`meanwhile: ${latencies.length} queries answered, p50 ${at(50)} ms, p95 ${at(95)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
