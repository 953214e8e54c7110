// bench/search: index build time, index size on disk, load time, query latency (p50/p95 per query
// form), peak memory — for Attaché's segmented Lunr index and, on the same documents in the same run,
// MiniSearch. Documents: the BBC corpus and the multilingual fixtures (no non-English corpus is in
// ../shared/corpora yet), repeated with new ids (and a copy number in the title) to reach each size.
// Usage: npx tsx bench/search.ts [sizes…]   (default: 10000 100000)
import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { Article } from '../electron/contract';
import { updateIndex } from '../electron/core/search/engine/searchIndex';
import { PROJECT_DIR, tempDir } from '../test/support/paths';
import { realArticles, repeated } from './articles';
import { formatBytes, PeakMemory } from './peakMemory';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [10_000, 100_000];

/** A deterministic pseudo-random sequence, so every run asks the same queries. */
function* random(seed: number): Generator<number> {
  for (let state = seed; ;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

function queriesFrom(articles: Article[]): Record<string, string[]> {
  const rng = random(42);
  const pick = <T>(items: T[]): T => items[Math.floor(rng.next().value! * items.length)]!;
  const words = (text: string) =>
    text
      .split(/\s+/)
      .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
      .filter((word) => word.length > 4);
  const forms: Record<string, string[]> = { plain: [], must: [], exclude: [], field: [], wildcard: [], fuzzy: [], phrase: [] };
  for (let n = 0; n < 50; n++) {
    const article = pick(articles);
    const [a, b] = [pick(words(article.body)), pick(words(article.body))];
    const title = pick(words(article.title).concat(words(article.body).slice(0, 3)));
    const sentence = article.body.split(/\s+/);
    const at = Math.floor(rng.next().value! * Math.max(1, sentence.length - 3));
    forms.plain!.push(`${a} ${b}`);
    forms.must!.push(`+${a} ${b}`);
    forms.exclude!.push(`${a} -${b}`);
    forms.field!.push(`title:${title}`);
    forms.wildcard!.push(`${a!.slice(0, 4)}*`);
    forms.fuzzy!.push(`${a}~1`);
    forms.phrase!.push(
      `"${sentence
        .slice(at, at + 2)
        .map((word) => word.replace(/["“”]/g, ''))
        .join(' ')}"`,
    );
  }
  return forms;
}

const percentile = (values: number[], p: number): number =>
  [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

async function main(): Promise<void> {
  const base = await realArticles();
  console.log(`${base.length} real articles (BBC and fixtures), repeated with new ids to each size.\n`);
  for (const size of SIZES) {
    const articles = repeated(base, size);
    const byId = new Map(articles.map((article) => [article.id, article]));
    const dir = await tempDir('bench-search');
    const indexDir = path.join(dir, 'index');
    const queries = queriesFrom(base);

    // Attaché (Lunr): build here, segment by segment, as imports do; start and queries in a fresh process, as an app start is
    let peak = new PeakMemory();
    let started = performance.now();
    const manifest = await updateIndex(indexDir, { list: () => articles, get: async (id) => byId.get(id) ?? null });
    const buildSeconds = (performance.now() - started) / 1000;
    const peakBuild = peak.stop();
    let size_ = 0;
    for (const name of await readdir(indexDir)) size_ += (await stat(path.join(indexDir, name))).size;
    const baseIndex = new Map(base.map((article, at) => [article.body, at]));
    await writeFile(
      path.join(dir, 'catalog.json'),
      JSON.stringify(articles.map(({ body, ...meta }) => ({ ...meta, base: baseIndex.get(body) }))),
    );
    await writeFile(path.join(dir, 'bodies.json'), JSON.stringify(base.map((article) => article.body)));
    await writeFile(path.join(dir, 'queries.json'), JSON.stringify(queries));
    // three sessions, the one with the median start reported: a start varies by a few hundred ms run to run
    const sessions = [1, 2, 3]
      .map(
        () =>
          JSON.parse(
            execFileSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'bench', 'searchSession.ts'), dir], {
              maxBuffer: 64 * 1024 * 1024,
            }).toString(),
          ) as { startToFirst: number; latencies: Record<string, number[]>; peak: number },
      )
      .sort((a, b) => a.startToFirst - b.startToFirst);
    const session = sessions[1]!;
    const { startToFirst, latencies } = session;
    const peakLunr = session.peak;

    // MiniSearch on the same documents and plain/prefix/fuzzy/field queries
    peak = new PeakMemory();
    started = performance.now();
    const mini = new MiniSearch<Article>({ fields: ['title', 'body'], storeFields: ['title'], searchOptions: { boost: { title: 10 } } });
    mini.addAll(articles);
    const miniBuild = (performance.now() - started) / 1000;
    const miniFile = path.join(dir, 'minisearch.json');
    await writeFile(miniFile, JSON.stringify(mini));
    const miniSize = (await stat(miniFile)).size;
    started = performance.now();
    const loaded = MiniSearch.loadJSON<Article>(await readFile(miniFile, 'utf8'), { fields: ['title', 'body'], storeFields: ['title'] });
    loaded.search(queries.plain![0]!);
    const miniStart = performance.now() - started;
    const miniLatency: number[] = [];
    for (const query of [...queries.plain!, ...queries.wildcard!, ...queries.fuzzy!]) {
      const t = performance.now();
      const text = query.replace(/[*~1]/g, '');
      loaded.search(text, { prefix: query.endsWith('*'), fuzzy: query.endsWith('~1') ? 1 : false, combineWith: 'OR' });
      miniLatency.push(performance.now() - t);
    }
    const peakMini = peak.stop();

    const all = Object.values(latencies).flat();
    console.log(
      `## ${size.toLocaleString('en')} articles (${manifest.segments.length} segment${manifest.segments.length === 1 ? '' : 's'})`,
    );
    console.log('| | Attaché (Lunr) | MiniSearch | ratio |');
    console.log('|---|---|---|---|');
    console.log(`| index build | ${buildSeconds.toFixed(1)} s | ${miniBuild.toFixed(1)} s | ${(buildSeconds / miniBuild).toFixed(1)}× |`);
    console.log(
      `| index on disk (manifest + segments) | ${formatBytes(size_)} | ${formatBytes(miniSize)} | ${(size_ / miniSize).toFixed(1)}× |`,
    );
    console.log(
      `| load + first result (median of 3 starts) | ${ms(startToFirst)} | ${ms(miniStart)} | ${(startToFirst / miniStart).toFixed(1)}× |`,
    );
    console.log(
      `| query p50 / p95 (all forms) | ${ms(percentile(all, 50))} / ${ms(percentile(all, 95))} | ${ms(percentile(miniLatency, 50))} / ${ms(percentile(miniLatency, 95))} | ${(percentile(all, 95) / percentile(miniLatency, 95)).toFixed(1)}× (p95) |`,
    );
    console.log(`| peak RSS, session (load + queries) | ${formatBytes(peakLunr)} | ${formatBytes(peakMini)} (build + queries) | |`);
    console.log(`| peak RSS, index build | ${formatBytes(peakBuild)} | | |`);
    console.log('\nAttaché p50 / p95 by query form (50 queries each):');
    for (const [form, values] of Object.entries(latencies))
      console.log(`- ${form}: ${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`);
    console.log('');
  }
}

await main();
