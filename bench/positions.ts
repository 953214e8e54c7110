// bench/positions: what storing term positions would cost, measured on Lunr's own index — the same
// documents indexed with and without Lunr's `position` metadata: build time, size of the saved index,
// and parse + load time. (Attaché stores no positions: phrases are checked in the candidates' text.)
// Usage: npx tsx bench/positions.ts [size]   (default 10000)
import lunr from 'lunr';
import { realCorpusArticles, scaleCorpus } from './scaleCorpus';

const articles = scaleCorpus(await realCorpusArticles(), Number(process.argv[2] ?? 10_000));
console.log(`${articles.length.toLocaleString('en')} articles, Lunr's default English pipeline`);
for (const positions of [false, true]) {
  let started = performance.now();
  const index = lunr(function () {
    if (positions) this.metadataWhitelist = ['position'];
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('body');
    for (const article of articles) this.add(article);
  });
  const build = performance.now() - started;
  const json = JSON.stringify(index);
  started = performance.now();
  lunr.Index.load(JSON.parse(json) as object);
  const load = performance.now() - started;
  console.log(
    `${positions ? 'with' : 'without'} positions: build ${(build / 1000).toFixed(1)} s, ${(json.length / 1e6).toFixed(0)} MB, parse + load ${load.toFixed(0)} ms`,
  );
}
