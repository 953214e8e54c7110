// bench/startup: from opening a library of the realistic scale corpus (scaleCorpus.ts) to its first
// search result, in a fresh process each time, as the app starts: the catalog read and checked, the
// index opened, one query answered. Also: adding 10 articles to it and removing them again, end to end
// (the catalog written, the index updated). The comparison: MiniSearch loading its saved index of the
// same articles and answering the same query. Prints each figure and the ratio, from the same run.
// Usage: npm run build && NODE_OPTIONS=--max-old-space-size=12288 npx tsx bench/startup.ts [size]   (default 100000)
//        npx tsx bench/startup.ts --session DIR   (one start, printed as JSON; used by the above)
//        npx tsx bench/startup.ts --ten DIR FOLDER dialog|drag|drop   (FOLDER's articles added and removed
//        twice through the app's library thread — the bundled worker, so build first — printed as JSON)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { Article } from '../electron/contract';
import { Library } from '../electron/core/library/library';
import { indexDirOf, updateIndex } from '../electron/core/search/engine/searchIndex';
import { AttacheService } from '../electron/core/service';
import { headlessShell } from '../electron/core/shell';
import { PROJECT_DIR, tempDir } from '../test/support/paths';
import { formatBytes, PeakMemory } from './peakMemory';
import { realCorpusArticles, scaleCorpus } from './scaleCorpus';

const QUERY = 'Lukashenko economy';
const ms = (value: number): string => `${value.toFixed(0)} ms`;
/** How the first import of a session is asked: the dialog, files dragged over the window then dropped, or dropped at once. */
type Way = 'dialog' | 'drag' | 'drop';
/** How long files are dragged over the window before they are dropped: the pointer's way to the drop, as a person moves it. */
const DRAG_MS = 1000;
/** MiniSearch is not run above this many articles: it held 12 GB at 100,000. */
const MINISEARCH_LIMIT = 150_000;

if (process.argv[2] === '--session') {
  const dir = process.argv[3]!;
  const peak = new PeakMemory();
  const started = performance.now();
  const service = await AttacheService.open({ libraryDir: dir, backgroundIndex: true });
  const opened = performance.now() - started;
  const first = await service.search(QUERY, { limit: 50, groupStories: true });
  const toFirst = performance.now() - started;
  if (!first.ok) throw new Error(first.message);
  const searched = first.searched ?? 1;
  await service.whenIndexLoaded();
  const toAll = performance.now() - started;
  const all = await service.search(QUERY, { limit: 50, groupStories: true });
  if (!all.ok) throw new Error(all.message);
  process.stdout.write(
    JSON.stringify({ opened, toFirst, searched, toAll, firstTotal: first.total, allTotal: all.total, peak: peak.stop() }),
  );
  process.exit(0);
}

if (process.argv[2] === '--ten') {
  // as the app does it: through the library thread (the bundled worker), twice in one session. The first
  // time through the import dialog (the thread readies itself while the user chooses: 3 s here, timed from
  // the folder chosen), dragged over the window for DRAG_MS and dropped (the thread readies itself from the
  // moment the files enter the window; timed from the drop), or dropped the moment the files enter it;
  // the second time finds the thread kept.
  const [dir, folder, way] = process.argv.slice(3) as [string, string, Way];
  const script = path.join(PROJECT_DIR, 'dist', 'main', 'libraryWorker.cjs');
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
  let chosenAt = 0;
  const shell = {
    ...headlessShell,
    choosePath: async () => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      chosenAt = performance.now();
      return folder;
    },
  };
  const service = await AttacheService.open({ libraryDir: dir, backgroundIndex: true, libraryWorker: { script }, shell });
  await service.whenIndexLoaded();
  const started = process.memoryUsage().rss;
  const peak = new PeakMemory();
  const rounds = [];
  for (let round = 0; round < 2; round++) {
    const throughDialog = round === 0 && way === 'dialog';
    if (round === 0 && way !== 'dialog') {
      await service.prepareImport(); // the files enter the window
      if (way === 'drag') await new Promise((resolve) => setTimeout(resolve, DRAG_MS));
    }
    let at = performance.now();
    const imported = throughDialog ? await service.importFolder() : await service.importFrom(folder);
    const addTen = performance.now() - (throughDialog ? chosenAt : at);
    if (!imported.ok) throw new Error(imported.message);
    const added = service.listArticles().filter((meta) => meta.folder.startsWith('ten'));
    at = performance.now();
    const removed = await service.removeArticles(added.map((meta) => meta.id));
    const removeTen = performance.now() - at;
    if (!removed.ok) throw new Error(removed.message);
    rounds.push({ addTen, removeTen, added: imported.report.imported.length });
  }
  process.stdout.write(JSON.stringify({ rounds, started, peak: peak.stop() }));
  process.exit(0);
}

const size = Number(process.argv[2] ?? 100_000);
const base = await realCorpusArticles();
const articles = scaleCorpus(base, size);
const libraryDir = await tempDir('bench-startup');
let started = performance.now();
const library = await Library.open(libraryDir);
await library.commit({ added: articles, seeded: true });
await updateIndex(indexDirOf(libraryDir), library);
console.log(
  `setup: a library of ${size.toLocaleString('en')} articles (realistic scale corpus) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);

// three starts in fresh processes, the median reported
const starts = [1, 2, 3]
  .map(
    () =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'bench', 'startup.ts'), '--session', libraryDir], {
          maxBuffer: 1024 * 1024,
        }).toString(),
      ) as { opened: number; toFirst: number; searched: number; toAll: number; firstTotal: number; allTotal: number; peak: number },
  )
  .sort((a, b) => a.toFirst - b.toFirst);
const start = starts[1]!;

// MiniSearch: its saved index of the same articles loaded, the same query answered (not above
// MINISEARCH_LIMIT: its build and load took 12 GB at 100,000 articles, this machine has 24)
let miniStart: number | undefined;
if (size <= MINISEARCH_LIMIT) {
  const mini = new MiniSearch<Article>({ fields: ['title', 'body'], storeFields: ['title'] });
  mini.addAll(articles);
  const miniFile = path.join(libraryDir, 'minisearch.json');
  await writeFile(miniFile, JSON.stringify(mini));
  started = performance.now();
  const loaded = MiniSearch.loadJSON<Article>(await readFile(miniFile, 'utf8'), { fields: ['title', 'body'], storeFields: ['title'] });
  loaded.search(QUERY);
  miniStart = performance.now() - started;
}

// ten articles in and out, end to end, in a process of their own as the app's (this one holds MiniSearch's
// indexes, whose gigabytes every collection would walk)
const folder = path.join(await tempDir('bench-startup-ten'), 'ten');
await (await import('node:fs/promises')).mkdir(folder);
// new texts: the first half of one real article and the second half of another
for (let n = 0; n < 10; n++) {
  const [a, b] = [base[n * 7]!.body, base[n * 7 + 3000]!.body];
  await writeFile(
    path.join(folder, `${n}.txt`),
    `Desk note ${n}: ${base[n * 7]!.title}\n\n${a.slice(0, a.length / 2)}\n\n${b.slice(b.length / 2)}\n`,
  );
}
type Round = { addTen: number; removeTen: number; added: number };
type Ten = { rounds: [Round, Round]; started: number; peak: number };
const ten = (way: Way): Ten =>
  JSON.parse(
    execFileSync(process.execPath, [
      '--import',
      'tsx',
      path.join(PROJECT_DIR, 'bench', 'startup.ts'),
      '--ten',
      libraryDir,
      folder,
      way,
    ]).toString(),
  ) as Ten;
const [dialog, drag, drop] = [ten('dialog'), ten('drag'), ten('drop')];

console.log(`\n| ${size.toLocaleString('en')} articles | Attaché | MiniSearch | ratio |`);
console.log('|---|---|---|---|');
console.log(
  `| start to first result (median of 3) | ${ms(start.toFirst)} (${Math.round(start.searched * 100)}% of the library searched) | ${miniStart === undefined ? `not run above ${MINISEARCH_LIMIT.toLocaleString('en')} articles (12 GB at 100,000)` : `${ms(miniStart)} (load + query)`} | ${miniStart === undefined ? '' : `${(start.toFirst / miniStart).toFixed(2)}×`} |`,
);
console.log(`| of which opening (catalog, index manifest) | ${ms(start.opened)} | | |`);
console.log(`| start to the whole index loaded | ${ms(start.toAll)} | | |`);
console.log(`| peak RSS of a start (+ one query on all) | ${formatBytes(start.peak)} | | |`);
console.log(
  `| +10 articles (import, catalog, index), end to end, the first of a session: through the dialog / dragged over the window for ${DRAG_MS / 1000} s and dropped / dropped at once | ${ms(dialog.rounds[0].addTen)} / ${ms(drag.rounds[0].addTen)} / ${ms(drop.rounds[0].addTen)} (${dialog.rounds[0].added} added) | | |`,
);
console.log(
  `| +10 articles, a later time (the library thread kept) | ${ms(dialog.rounds[1].addTen)} / ${ms(drag.rounds[1].addTen)} / ${ms(drop.rounds[1].addTen)} | | |`,
);
console.log(
  `| −10 articles, end to end, the first / a later time | ${ms(drop.rounds[0].removeTen)} / ${ms(drop.rounds[1].removeTen)} | | |`,
);
console.log(
  `| RSS once the index is loaded / peak through +10 and −10 twice | ${formatBytes(drop.started)} / ${formatBytes(Math.max(dialog.peak, drag.peak, drop.peak))} | | |`,
);
console.log(`\nfirst answer: ${start.firstTotal} results from the part loaded; with all loaded: ${start.allTotal}.`);
