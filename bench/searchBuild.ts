// bench/searchBuild: Attaché's index built in a fresh process from the articles on disk, as an import
// builds it (each article read when its segment is built); prints JSON with the build's seconds and the
// process's peak memory — the build's own, not that of the bench holding the whole corpus for MiniSearch.
// Started by bench/search.ts; reads DIR/catalog.json and DIR/bodies.bin, writes DIR/index/.
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleMeta } from '../electron/contract';
import { updateIndex } from '../electron/core/search/engine/searchIndex';
import { processPeak } from './peakMemory';

const dir = process.argv[2]!;
const started = performance.now();
const catalog = JSON.parse(await readFile(path.join(dir, 'catalog.json'), 'utf8')) as (ArticleMeta & { offset: number; length: number })[];
const metas = new Map(catalog.map((meta) => [meta.id, meta]));
const bodies = await open(path.join(dir, 'bodies.bin'));
const manifest = await updateIndex(path.join(dir, 'index'), {
  list: () => catalog,
  get: async (id) => {
    const meta = metas.get(id);
    if (!meta) return null;
    const buffer = Buffer.alloc(meta.length);
    await bodies.read(buffer, 0, meta.length, meta.offset);
    return { ...meta, body: buffer.toString('utf8') };
  },
});
await bodies.close();
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ seconds, segments: manifest.segments.length, peak: processPeak() }));
