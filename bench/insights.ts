// bench/insights: how well the analyst's desk reads real annotated news, and what reading it adds to an import.
//
// - Quotes and speakers, German: the development split of uhh-lt/german-news-quotation-attribution-2024
//   (`data/dev/*.json`; its `data/test` is kept for acceptance and never read here), given as --quotes DIR.
//   A direct quote is found when one of ours covers at least half of an annotated Direct quote; a speaker
//   is right when the annotated speaker is a name (not "er", "sie") and shares a word with ours.
// - Entities, Russian: the `devset` of dialogue-evaluation/factRuEval-2016 (`.tokens`, `.spans`, `.objects`;
//   never its testset), given as --factru DIR. The text is rebuilt from the tokens at their offsets; an
//   annotated Person / Org / Location (LocOrg counts as a place) is found when a mention of ours of the same
//   kind overlaps it; precision is the share of our mentions that overlap an annotated entity of their kind.
// - Import cost: BBC and ng-ru imported and indexed into fresh libraries with and without extraction, same run.
//
// Usage: npx tsx bench/insights.ts [--quotes DIR] [--factru DIR] [--no-import]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractInsights } from '../electron/core/insights/extract';
import { mentionsIn } from '../electron/core/insights/entities';
import { sentencesOf } from '../electron/core/insights/sentences';
import { importFolderInto } from '../electron/core/library/folderImport';
import { Library } from '../electron/core/library/library';
import { indexDirOf, updateIndex } from '../electron/core/search/engine/searchIndex';
import { CORPORA_DIR, tempDir } from '../test/support/paths';
import { formatBytes, PeakMemory } from './peakMemory';

const { values } = parseArgs({
  options: { quotes: { type: 'string' }, factru: { type: 'string' }, 'no-import': { type: 'boolean', default: false } },
});
const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

interface Role {
  spans: { charBegin: number; charEnd: number }[];
  text: string;
}
interface Annotated {
  originalText: string;
  annotations: { type: string; quote?: Role; speaker?: Role }[];
}

const PRONOUNS = /^(?:er|sie|es|ich|wir|man|ihr|die|der|das|dieser|diese)$/iu;

async function quotes(dir: string): Promise<void> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json'));
  let gold = 0;
  let found = 0;
  let ours = 0;
  let right = 0;
  let namedSpeakers = 0;
  let speakersRight = 0;
  let reportedGold = 0;
  let reportedFound = 0;
  for (const file of files) {
    const document = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Annotated;
    const body = document.originalText;
    const extracted = extractInsights({ body, language: 'de', date: null });
    const direct = extracted.quotes.filter((quote) => quote.kind === 'direct');
    ours += direct.length;
    const overlap = (a: { start: number; end: number }, b: { charBegin: number; charEnd: number }): number =>
      Math.max(0, Math.min(a.end, b.charEnd) - Math.max(a.start, b.charBegin));
    const matchedOurs = new Set<number>();
    for (const annotation of document.annotations) {
      const span = annotation.quote?.spans[0] && {
        charBegin: Math.min(...annotation.quote.spans.map((s) => s.charBegin)),
        charEnd: Math.max(...annotation.quote.spans.map((s) => s.charEnd)),
      };
      if (!span) continue;
      if (annotation.type === 'Indirect' || annotation.type === 'Reported') {
        reportedGold++;
        if (extracted.quotes.some((quote) => overlap(quote, span) > 0)) reportedFound++;
        continue;
      }
      if (annotation.type !== 'Direct') continue;
      gold++;
      const at = direct.findIndex((quote) => overlap(quote, span) >= (span.charEnd - span.charBegin) / 2);
      if (at < 0) continue;
      found++;
      matchedOurs.add(at);
      const speaker = annotation.speaker?.text?.trim();
      if (!speaker || speaker.split(/\s+/).every((word) => PRONOUNS.test(word))) continue;
      namedSpeakers++;
      const words = new Set(speaker.toLowerCase().split(/[^\p{L}]+/u));
      if (
        direct[at]!.speaker?.toLowerCase()
          .split(/[^\p{L}]+/u)
          .some((word) => word.length > 2 && words.has(word))
      )
        speakersRight++;
    }
    right += matchedOurs.size;
  }
  console.log(`## Quotes (German, ${files.length} development articles of the quotation-attribution set)`);
  console.log('| | precision | recall |');
  console.log('|---|---|---|');
  console.log(`| direct quotes | ${percent(right, ours)} (${right}/${ours}) | ${percent(found, gold)} (${found}/${gold}) |`);
  console.log(
    `| speaker of a found quote, where the set names one | ${percent(speakersRight, namedSpeakers)} (${speakersRight}/${namedSpeakers}) | |`,
  );
  console.log(
    `| reported speech (Indirect/Reported) overlapped by a quote of ours | | ${percent(reportedFound, reportedGold)} (${reportedFound}/${reportedGold}) |\n`,
  );
}

const KINDS: Record<string, 'person' | 'organisation' | 'place'> = {
  Person: 'person',
  Org: 'organisation',
  Location: 'place',
  LocOrg: 'place',
};

async function entities(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((file) => file.endsWith('.objects')).map((file) => file.replace(/\.objects$/, ''));
  const tally = {
    person: { gold: 0, found: 0, ours: 0, right: 0 },
    organisation: { gold: 0, found: 0, ours: 0, right: 0 },
    place: { gold: 0, found: 0, ours: 0, right: 0 },
  };
  for (const name of names) {
    const read = (extension: string): Promise<string> => readFile(path.join(dir, `${name}.${extension}`), 'utf8');
    let body = '';
    for (const line of (await read('tokens')).split('\n')) {
      const [, offset, , ...text] = line.split(' ');
      if (!offset || text.length === 0) continue;
      const at = Number(offset);
      body = body.padEnd(at, ' ') + text.join(' ');
    }
    const spans = new Map<string, { start: number; end: number }>();
    for (const line of (await read('spans')).split('\n')) {
      const [id, , offset, length] = line.split(' ');
      if (id && offset && length) spans.set(id, { start: Number(offset), end: Number(offset) + Number(length) });
    }
    const gold: { kind: 'person' | 'organisation' | 'place'; start: number; end: number }[] = [];
    for (const line of (await read('objects')).split('\n')) {
      const [, type, ...rest] = line.split('#')[0]!.trim().split(/\s+/);
      const kind = type ? KINDS[type] : undefined;
      const parts = rest.map((id) => spans.get(id)).filter((span) => span !== undefined);
      if (!kind || parts.length === 0) continue;
      gold.push({ kind, start: Math.min(...parts.map((part) => part.start)), end: Math.max(...parts.map((part) => part.end)) });
    }
    const mentions = mentionsIn(sentencesOf(body), body, 'ru');
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    for (const entity of gold) {
      tally[entity.kind].gold++;
      if (mentions.some((mention) => mention.kind === entity.kind && overlaps(mention, entity))) tally[entity.kind].found++;
    }
    for (const mention of mentions) {
      tally[mention.kind].ours++;
      if (gold.some((entity) => entity.kind === mention.kind && overlaps(mention, entity))) tally[mention.kind].right++;
    }
  }
  console.log(`## Entities (Russian, ${names.length} documents of the factRuEval-2016 devset)`);
  console.log('| | precision | recall |');
  console.log('|---|---|---|');
  for (const [kind, t] of Object.entries(tally))
    console.log(`| ${kind} | ${percent(t.right, t.ours)} (${t.right}/${t.ours}) | ${percent(t.found, t.gold)} (${t.found}/${t.gold}) |`);
  console.log('');
}

async function importCost(): Promise<void> {
  console.log('## What extraction adds to an import with its index (same run, fresh libraries, in this process)');
  console.log('| corpus | import without | with extraction | ratio | peak RSS without | with |');
  console.log('|---|---|---|---|---|---|');
  for (const corpus of ['bbc', 'ng-ru']) {
    const folder = path.join(CORPORA_DIR, corpus);
    const timed = async (extract: boolean): Promise<{ seconds: number; peak: number }> => {
      const dir = await tempDir(`bench-insights-${corpus}`);
      const library = await Library.open(dir);
      const peak = new PeakMemory();
      const started = performance.now();
      // as an import runs in the app: read and store, then index what was stored
      await importFolderInto(library, folder, extract ? { extract: extractInsights } : {});
      await updateIndex(indexDirOf(dir), library);
      return { seconds: (performance.now() - started) / 1000, peak: peak.stop() };
    };
    const without = await timed(false);
    const withExtraction = await timed(true);
    console.log(
      `| ${corpus} | ${without.seconds.toFixed(1)} s | ${withExtraction.seconds.toFixed(1)} s | ${(withExtraction.seconds / without.seconds).toFixed(2)}× | ${formatBytes(without.peak)} | ${formatBytes(withExtraction.peak)} |`,
    );
  }
}

if (values.quotes) await quotes(values.quotes);
else console.log('(no --quotes DIR: the German quotation set is not measured)\n');
if (values.factru) await entities(values.factru);
else console.log('(no --factru DIR: the Russian entity set is not measured)\n');
if (!values['no-import']) await importCost();
