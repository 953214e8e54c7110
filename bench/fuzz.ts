// bench/fuzz: the fuzz properties of test/core/fuzz.test.ts, run longer with a random seed.
// Usage: npx tsx bench/fuzz.ts [inputs per property, default 5000]
import fc from 'fast-check';
import { AttacheService } from '../electron/core/service';
import {
  briefingFileProperty,
  briefingProperty,
  decodeProperty,
  fixtureBytes,
  importProperty,
  queryProperty,
  savedBriefing,
} from '../test/support/fuzzTargets';
import { SEEDS_DIR, tempDir } from '../test/support/paths';

const runs = Number(process.argv[2] ?? 5000);
const seed = Date.now() % 2 ** 31;
const service = await AttacheService.open({ libraryDir: await tempDir('bench-fuzz'), seedsDir: SEEDS_DIR });
const fixtures = await fixtureBytes();
for (const [name, property] of [
  ['import (txt, md, html, docx, pdf)', importProperty(fixtures)],
  ['decode', decodeProperty()],
  ['query', queryProperty(service)],
  ['briefing schema', briefingProperty()],
  ['briefing files', briefingFileProperty(await savedBriefing(), await tempDir('bench-fuzz-files'))],
] as const) {
  const started = performance.now();
  await fc.assert(property as fc.IAsyncProperty<unknown> | fc.IProperty<unknown>, { numRuns: runs, seed });
  console.log(`${name}: ${runs} inputs, seed ${seed}, no failure, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
