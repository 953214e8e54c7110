// Property-based fuzzing of the parsers, bounded for CI (bench/fuzz.ts runs the same properties longer):
// import of every format, text decoding, the query parser behind search, and the briefing loader's schema.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { AttacheService } from '../../electron/core/service';
import {
  briefingFileProperty,
  briefingProperty,
  decodeProperty,
  fixtureBytes,
  importProperty,
  queryProperty,
  savedBriefing,
} from '../support/fuzzTargets';
import { SEEDS_DIR, tempDir } from '../support/paths';

const RUNS = Number(process.env.ATTACHE_FUZZ_RUNS ?? 150);
let service: AttacheService;
let fixtures: Record<string, Uint8Array>;

beforeAll(async () => {
  service = await AttacheService.open({ libraryDir: await tempDir('fuzz'), seedsDir: SEEDS_DIR });
  fixtures = await fixtureBytes();
});

describe(`fuzzing (${RUNS} inputs per property, fixed seed)`, () => {
  it(
    'import of txt, md, html, docx and pdf: random and damaged files are read or refused with a reason',
    { timeout: 300_000 },
    async () => {
      await fc.assert(importProperty(fixtures), { numRuns: RUNS, seed: 7 });
      console.log(`fuzz: import, ${RUNS} inputs, no crash, none over the time bound`);
    },
  );
  it('text decoding never throws', () => {
    fc.assert(decodeProperty(), { numRuns: RUNS * 4, seed: 7 });
  });
  it('any query is answered or refused with a message', { timeout: 300_000 }, async () => {
    await fc.assert(queryProperty(service), { numRuns: RUNS * 2, seed: 7 });
    console.log(`fuzz: queries, ${RUNS * 2} inputs, no crash, none over the time bound`);
  });
  it('the briefing schema refuses or accepts any JSON without throwing', () => {
    fc.assert(briefingProperty(), { numRuns: RUNS * 4, seed: 7 });
  });
  it('the briefing file loader opens or refuses random and damaged files with a message', { timeout: 300_000 }, async () => {
    await fc.assert(briefingFileProperty(await savedBriefing(), await tempDir('fuzz-briefings')), { numRuns: RUNS, seed: 7 });
    console.log(`fuzz: briefing files, ${RUNS} inputs, no crash, none over the time bound`);
  });
});
