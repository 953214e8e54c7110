// bench/searchSession: one app session in a fresh process — load the saved index and catalog, answer
// the first query, then every query of the list; prints JSON with timings and peak memory.
// Started by bench/search.ts; reads DIR/index/, DIR/catalog.json, DIR/queries.json, and DIR/bodies.bin
// (each article's text at its catalog offset, read when a snippet needs it, as the app reads its files).
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleMeta } from '../electron/contract';
import { SearchIndex } from '../electron/core/search/engine/searchIndex';
import { searchLibrary, type Corpus } from '../electron/core/search/searchLibrary';
import { countryOfWord } from '../electron/core/library/demonyms';
import { storyGroups } from '../electron/core/insights/stories';
import { processPeak } from './peakMemory';

const dir = process.argv[2]!;
const started = performance.now();
const catalog = JSON.parse(await readFile(path.join(dir, 'catalog.json'), 'utf8')) as (ArticleMeta & { offset: number; length: number })[];
// the index checks its segments cover the catalog (they do: nothing to build here)
const index = await SearchIndex.open(path.join(dir, 'index'), {
  list: () => catalog,
  get: () => Promise.reject(new Error('no rebuild expected')),
});
const bodies = await open(path.join(dir, 'bodies.bin'));
const metas = new Map(catalog.map((meta) => [meta.id, meta]));
const body = async (id: string, mayHold?: (bytes: string) => boolean): Promise<string | undefined> => {
  const meta = metas.get(id);
  if (!meta) return undefined;
  const buffer = Buffer.alloc(meta.length);
  await bodies.read(buffer, 0, meta.length, meta.offset);
  // as the app's library tests an article's file (title and body in it) before decoding it
  if (mayHold && !mayHold(`${Buffer.from(meta.title).toString('latin1')}\n${buffer.toString('latin1')}`)) return undefined;
  return buffer.toString('utf8');
};
const corpus: Corpus = { list: () => catalog, meta: (id) => metas.get(id), body };
const queries = JSON.parse(await readFile(path.join(dir, 'queries.json'), 'utf8')) as Record<string, string[]>;
// as the window asks: countries and demonyms across languages, one row per story
const ask = (query: string) => searchLibrary(index, corpus, query, { limit: 50, groupStories: true }, countryOfWord, storyGroups);
const first = await ask(queries.plain![0]!);
const startToFirst = performance.now() - started;
if (!first.ok) throw new Error(first.message);
const latencies: Record<string, number[]> = {};
for (const [form, list] of Object.entries(queries)) {
  latencies[form] = [];
  for (const query of list) {
    const t = performance.now();
    const response = await ask(query);
    if (!response.ok) throw new Error(`${query}: ${response.message}`);
    latencies[form]!.push(performance.now() - t);
  }
}
await bodies.close();
process.stdout.write(JSON.stringify({ startToFirst, latencies, peak: processPeak() }));
