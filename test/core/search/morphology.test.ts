// Every case of a name finds every other, and a name in Latin letters finds it in Cyrillic — on the real
// Russian news of ../shared/corpora (ng-ru, rt-ru), surnames chosen by rule (test/support/morphology.ts);
// and Spanish, French and German nouns find their other number and gender.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chosenSurnames,
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
});
