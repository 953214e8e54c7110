// Every case of a name finds every other, and a name in Latin letters finds it in Cyrillic — on the real
// Russian news of ../shared/corpora (ng-ru, rt-ru), surnames chosen by rule (test/support/morphology.ts);
// and Spanish, French and German nouns find their other number and gender.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { duplicateGroups } from '../../support/insights';
import { ngRuRescrapes } from '../../support/rescrapes';
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
  type Corpus,
} from '../../support/morphology';

describe('Russian surnames in every case, and in Latin letters (ng-ru, rt-ru)', { timeout: 600_000 }, () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await importedCorpus(['ng-ru', 'rt-ru']);
  }, 600_000);

  it('finds ≥ 95% of the articles holding any form in each oblique case, ≥ 90% in Latin transliteration', async () => {
    const surnames = chosenSurnames(corpus.articles);
    expect(surnames).toHaveLength(20);
    const rows = await surnameRecall(corpus.service, surnames);
    for (const name of Object.keys(SURNAME_CASES) as (keyof typeof SURNAME_CASES)[])
      expect(
        pooled(rows, (row) => row.recall[name]),
        name,
      ).toBeGreaterThanOrEqual(0.95);
    expect(pooled(rows, (row) => row.recall.Latin)).toBeGreaterThanOrEqual(0.9);
    // and no surname is left far behind
    for (const row of rows) expect(Math.min(...Object.values(row.recall)), row.surname).toBeGreaterThanOrEqual(0.8);
  });

  it("groups on the analyst's desk the 14 pairs of ng-ru scraped twice from one URL (some edited between scrapes)", async () => {
    const pairs = (await ngRuRescrapes()).map((pair) => pair.files);
    expect(pairs).toHaveLength(14);
    const groups = await duplicateGroups(corpus.service, { filters: { collections: ['ng-ru'] } });
    const names = (files: string[]) => files.map((file) => path.basename(file));
    const grouped = pairs.filter((pair) => groups.some((paths) => pair.every((file) => paths.includes(file))));
    expect(grouped.map(names)).toEqual(pairs.map(names));
  });

  it('folds each of those pairs into one result row (One row per story), counted once in the facets', async () => {
    const idOf = new Map(corpus.articles.flatMap(({ meta }) => meta.paths.map((file) => [file, meta.id] as const)));
    let folded = 0;
    for (const { files, title } of await ngRuRescrapes()) {
      const ids = new Set(files.map((file) => idOf.get(file)!));
      // the story's title asked, as a user looking for it would
      const filters = { collections: ['ng-ru'] };
      const query = title.replace(/["«»]/g, ' ');
      const flat = await corpus.service.search(query, { filters, limit: 1 });
      const grouped = await corpus.service.search(query, { filters, limit: 50, groupStories: true });
      if (!flat.ok || !grouped.ok) throw new Error('search failed');
      const row = grouped.hits.find((hit) => ids.has(hit.id));
      expect(row, files.join(' ')).toBeDefined();
      // every article of the pair is in that one row (one stored text when the import merged the copies)
      expect([row!.id, ...(row!.related ?? []).map((other) => other.id)], files.join(' ')).toEqual(expect.arrayContaining([...ids]));
      expect(grouped.articles).toBe(flat.total);
      // the date histogram counts each story once
      const dated = (facets: typeof flat.facets) => facets.dates.years.reduce((sum, year) => sum + year.count, 0) + facets.dates.undated;
      expect(dated(grouped.facets)).toBe(grouped.total);
      expect(dated(flat.facets)).toBe(flat.total);
      if (ids.size > 1) folded++;
    }
    // the pairs the import kept apart (edited between scrapes) are the ones folding needed
    expect(folded).toBeGreaterThan(0);
  });
});

describe('Spanish, French and German nouns in their other number and gender', { timeout: 600_000 }, () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await importedCorpus(['noticias-es', 'orangesum-fr', 'wikinews-de']);
  }, 600_000);

  it.each(Object.keys(INFLECTIONS))('%s: each form finds ≥ 95% of the articles holding either', async (language) => {
    const rows = await pairRecall(corpus.service, inflectedPairs(corpus.articles, language));
    expect(rows).toHaveLength(20);
    for (const at of [0, 1] as const) {
      expect(pooled(rows, (row) => row.recall[at])).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('German: a noun finds the articles that write it only inside compounds (Regierung → Bundesregierung)', async () => {
    const rows = await compoundRecall(corpus.service, compoundsOf(corpus.articles));
    expect(rows).toHaveLength(20);
    expect(pooled(rows, (row) => row.recall)).toBeGreaterThanOrEqual(0.8);
  });
});
