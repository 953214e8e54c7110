// bench/morphology: every case of a name finds every other, on the real Russian news. Imports ng-ru and
// rt-ru, chooses 20 surnames in -ов/-ев by the rule in test/support/morphology.ts, asks each in each
// oblique case and in Latin letters, and prints the share of the articles holding any of its forms that
// each query finds; then the index's size and the import's time (index included).
// Then a word and its plural or feminine form in Spanish, French and German (noticias-es, orangesum-fr,
// wikinews-de), pairs chosen by rule (test/support/morphology.ts); and German nouns found inside compounds.
// Usage: npx tsx bench/morphology.ts
import {
  chosenSurnames,
  compoundRecall,
  compoundsOf,
  importedCorpus,
  inflectedPairs,
  INFLECTIONS,
  pairRecall,
  pooled,
  SURNAME_CASES,
  surnameRecall,
} from '../test/support/morphology';

const corpus = await importedCorpus(['ng-ru', 'rt-ru']);
const rows = await surnameRecall(corpus.service, chosenSurnames(corpus.articles));
const cases = [...(Object.keys(SURNAME_CASES) as (keyof typeof SURNAME_CASES)[]), 'Latin' as const];
const percent = (value: number) => `${(100 * value).toFixed(0)}%`;
console.log(`| surname | articles | ${cases.join(' | ')} |`);
console.log(`|---|---|${cases.map(() => '---').join('|')}|`);
for (const row of rows)
  console.log(`| ${row.surname} (${row.latin}) | ${row.articles} | ${cases.map((name) => percent(row.recall[name])).join(' | ')} |`);
console.log(
  `| all (by article) | ${rows.reduce((sum, row) => sum + row.articles, 0)} | ${cases.map((name) => percent(pooled(rows, (row) => row.recall[name]))).join(' | ')} |`,
);
console.log(
  `\n${corpus.articles.length.toLocaleString('en')} articles; index ${(corpus.indexBytes / 1e6).toFixed(1)} MB; import with index ${corpus.importSeconds.toFixed(1)} s`,
);

// Spanish, French and German: a word and its plural or feminine form, found by either
const latin = await importedCorpus(['noticias-es', 'orangesum-fr', 'wikinews-de']);
for (const language of Object.keys(INFLECTIONS)) {
  const pairRows = await pairRecall(latin.service, inflectedPairs(latin.articles, language));
  const mean = (at: 0 | 1) => pooled(pairRows, (row) => row.recall[at]);
  const worst = [...pairRows].sort((a, b) => Math.min(...a.recall) - Math.min(...b.recall))[0];
  console.log(
    `${language}: ${pairRows.length} pairs (e.g. ${pairRows
      .slice(0, 4)
      .map((row) => row.pair)
      .join(
        ', ',
      )}): first form finds ${percent(mean(0))}, second ${percent(mean(1))} of the articles holding either; worst ${worst?.pair} ${worst?.recall.map(percent).join('/')}`,
  );
}
// German: a noun finds the articles that write it only inside compounds
const compoundRows = await compoundRecall(latin.service, compoundsOf(latin.articles));
console.log(`\n| German noun | compounds (e.g.) | articles with only compounds | found by the noun |`);
console.log('|---|---|---|---|');
for (const row of compoundRows) console.log(`| ${row.word} | ${row.compounds.join(', ')} | ${row.articles} | ${percent(row.recall)} |`);
console.log(
  `| all (by article) | | ${compoundRows.reduce((sum, row) => sum + row.articles, 0)} | ${percent(pooled(compoundRows, (row) => row.recall))} |`,
);
console.log(
  `${latin.articles.length.toLocaleString('en')} articles; index ${(latin.indexBytes / 1e6).toFixed(1)} MB; import with index ${latin.importSeconds.toFixed(1)} s`,
);
