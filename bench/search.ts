// bench/search: index build time, index size on disk, load time, query latency (p50/p95 per query
// form), peak memory — for Attaché's segmented Lunr index and, on the same documents and queries in the
// same run, MiniSearch doing the same work per query (every hit found, facet counts over all of them —
// source, language, country, year — and snippets for the first 50). Documents: the realistic scale
// corpus (scaleCorpus.ts: the 8,000-odd real articles of ../shared/corpora, then generated ones that
// follow their vocabulary growth, lengths and language mix); its vocabulary is printed at each size
// beside the real corpora's.
// Usage: NODE_OPTIONS=--max-old-space-size=12288 npx tsx bench/search.ts [sizes…]   (default: 10000 100000)
import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { Article } from '../electron/contract';
import { PROJECT_DIR, tempDir } from '../test/support/paths';
import { realCorpusArticles, scaleCorpus, vocabularyCurve } from './scaleCorpus';
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
  const base = await realCorpusArticles();
  const real = vocabularyCurve(base, [1000, 2000, 4000, base.length]);
  console.log(
    `${base.length.toLocaleString('en')} real articles; their vocabulary (distinct words): ${real.map((point) => `${point.vocabulary.toLocaleString('en')} at ${point.articles.toLocaleString('en')}`).join(', ')}.\n`,
  );
  for (const size of SIZES) {
    const articles = scaleCorpus(base, size);
    const [grown] = vocabularyCurve(articles, [size]);
    console.log(
      `${size.toLocaleString('en')} articles: vocabulary ${grown!.vocabulary.toLocaleString('en')}, ${grown!.words.toLocaleString('en')} running words`,
    );
    const byId = new Map(articles.map((article) => [article.id, article]));
    const dir = await tempDir('bench-search');
    const indexDir = path.join(dir, 'index');
    const queries = queriesFrom(base);

    // the texts in one file, each read by its offset when the build or a snippet needs it, as the app reads an article's file
    const texts = articles.map((article) => Buffer.from(article.body));
    let offset = 0;
    const catalog = articles.map(({ body: _body, ...meta }, at) => {
      const entry = { ...meta, offset, length: texts[at]!.length };
      offset += texts[at]!.length;
      return entry;
    });
    await writeFile(path.join(dir, 'catalog.json'), JSON.stringify(catalog));
    await writeFile(path.join(dir, 'bodies.bin'), Buffer.concat(texts));
    await writeFile(path.join(dir, 'queries.json'), JSON.stringify(queries));

    // Attaché (Lunr): built segment by segment as imports do, in a fresh process reading the articles from
    // disk (so that its peak is the build's, not this process's with the whole corpus); start and queries
    // in fresh processes too, as an app start is
    const build = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'bench', 'searchBuild.ts'), dir]).toString(),
    ) as { seconds: number; segments: number; peak: number };
    const buildSeconds = build.seconds;
    const peakBuild = build.peak;
    let size_ = 0;
    for (const name of await readdir(indexDir)) size_ += (await stat(path.join(indexDir, name))).size;
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

    // MiniSearch on the same documents and plain/prefix/fuzzy/field queries (its peak includes the corpus
    // in this process: MiniSearch indexes documents handed to it in memory)
    const peak = new PeakMemory();
    let started = performance.now();
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
    const miniLatency: Record<string, number[]> = {};
    for (const [form, list] of Object.entries(queries)) {
      miniLatency[form] = [];
      for (const query of list) {
        const t = performance.now();
        miniQuery(loaded, byId, form, query);
        miniLatency[form]!.push(performance.now() - t);
      }
    }
    const peakMini = peak.stop();

    const all = Object.values(latencies).flat();
    const miniAll = Object.values(miniLatency).flat();
    console.log(`## ${size.toLocaleString('en')} articles (${build.segments} segment${build.segments === 1 ? '' : 's'})`);
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
      `| query p50 / p95 (all forms) | ${ms(percentile(all, 50))} / ${ms(percentile(all, 95))} | ${ms(percentile(miniAll, 50))} / ${ms(percentile(miniAll, 95))} | ${(percentile(all, 50) / percentile(miniAll, 50)).toFixed(1)}× / ${(percentile(all, 95) / percentile(miniAll, 95)).toFixed(1)}× |`,
    );
    console.log(`| peak RSS, session (load + queries) | ${formatBytes(peakLunr)} | ${formatBytes(peakMini)} (build + queries) | |`);
    console.log(`| peak RSS, index build (its own process, articles read from disk) | ${formatBytes(peakBuild)} | | |`);
    console.log('\np50 / p95 by query form (50 queries each): Attaché | MiniSearch');
    for (const [form, values] of Object.entries(latencies))
      console.log(
        `- ${form}: ${ms(percentile(values, 50))} / ${ms(percentile(values, 95))} | ${ms(percentile(miniLatency[form]!, 50))} / ${ms(percentile(miniLatency[form]!, 95))}`,
      );
    console.log('');
  }
}

/**
 * A query as a user building on MiniSearch would answer it, doing the app's work: every hit (+word and
 * -word by set arithmetic, a phrase checked in the text of the hits with all its words), facet counts
 * over all hits, and a snippet for each of the first 50.
 */
function miniQuery(mini: MiniSearch<Article>, byId: Map<string, Article>, form: string, query: string): void {
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const ids = (text: string, options: Parameters<MiniSearch<Article>['search']>[1] = {}) =>
    mini.search(text, { combineWith: 'OR', ...options }).map((hit) => hit.id as string);
  let hits: string[];
  if (form === 'must') {
    const [required, other] = query.slice(1).split(' ');
    const must = new Set(ids(required!));
    hits = ids(`${required} ${other}`).filter((id) => must.has(id));
  } else if (form === 'exclude') {
    const [wanted, excluded] = query.split(' ');
    const not = new Set(ids(excluded!.slice(1)));
    hits = ids(wanted!).filter((id) => !not.has(id));
  } else if (form === 'field') hits = ids(query.slice('title:'.length), { fields: ['title'] });
  else if (form === 'wildcard') hits = ids(query.slice(0, -1), { prefix: true });
  else if (form === 'fuzzy') hits = ids(query.slice(0, -2), { fuzzy: 1 });
  else if (form === 'phrase') {
    const phrase = query.slice(1, -1).toLowerCase();
    hits = ids(words(phrase).join(' '), { combineWith: 'AND' }).filter((id) => byId.get(id)!.body.toLowerCase().includes(phrase));
  } else hits = ids(query);
  const facets = {
    sources: new Map<string, number>(),
    languages: new Map<string, number>(),
    countries: new Map<string, number>(),
    years: new Map<string, number>(),
  };
  const count = (into: Map<string, number>, value: string | null | undefined) => value && into.set(value, (into.get(value) ?? 0) + 1);
  for (const id of hits) {
    const article = byId.get(id)!;
    count(facets.sources, article.source);
    count(facets.languages, article.language);
    for (const country of article.countries) count(facets.countries, country);
    count(facets.years, article.date?.slice(0, 4));
  }
  const terms = words(query.toLowerCase());
  for (const id of hits.slice(0, 50)) {
    const body = byId.get(id)!.body;
    const lower = body.toLowerCase();
    const at = Math.max(0, Math.min(...terms.map((term) => lower.indexOf(term)).filter((found) => found >= 0), body.length) - 80);
    void body.slice(at, at + 240);
  }
}

await main();
