// "Exact phrases" in a library of several languages, on real news (../shared/corpora: BBC politics,
// Spanish and German news): a stop word is left out of the index in its own language only ("de" is
// indexed in an English text, "in" in a Spanish one), so a phrase must not ask the index for it; one-letter
// words and accents are checked in the text; a phrase of words no index holds says so.
// Phrases are taken from the articles by a rule, not chosen by hand.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../electron/contract';
import { foldDiacritics, isStopWordIn, wordsOf } from '../../../electron/core/search/engine/analysis';
import { bytePhrasePattern, phrasePattern } from '../../../electron/core/search/engine/phrasePatterns';
import { AttacheService } from '../../../electron/core/service';
import { importOrThrow } from '../../support/imports';
import { CORPORA_DIR, tempDir } from '../../support/paths';

const SETS = { 'bbc/politics': 'en', 'noticias-es': 'es', 'wikinews-de': 'de' } as const;
/** Articles of each set a phrase is taken from: every Nth of the library's list, so all of the set is sampled. */
const PER_SET = 20;

let service: AttacheService;
const articles: { meta: ArticleMeta; body: string }[] = [];
beforeAll(async () => {
  service = await AttacheService.open({ libraryDir: await tempDir('phrases') });
  for (const set of Object.keys(SETS)) await importOrThrow(service, path.join(CORPORA_DIR, set), { collection: set });
  for (const meta of service.listArticles()) {
    const article = await service.getArticle(meta.id);
    if (article) articles.push({ meta, body: article.body });
  }
}, 300_000);

/** Every PER_SET-th… article of a set, written in the set's language. */
function sample(set: keyof typeof SETS): { meta: ArticleMeta; body: string }[] {
  const own = articles.filter(({ meta }) => meta.collections.includes(set) && meta.language === SETS[set]);
  const step = Math.max(1, Math.floor(own.length / PER_SET));
  return own.filter((_, at) => at % step === 0).slice(0, PER_SET);
}

/** Three words standing together in the text (only a space between them) whose middle one passes `middle`. */
function phraseIn(body: string, language: string, middle: (word: string) => boolean): string | undefined {
  const words = wordsOf(body, true).filter((word) => !word.joined);
  for (let at = 0; at + 2 < words.length; at++) {
    const [a, b, c] = [words[at]!, words[at + 1]!, words[at + 2]!];
    const together = body.slice(a.end, b.start) === ' ' && body.slice(b.end, c.start) === ' ';
    const content = (word: string) => word.length >= 4 && !/\d/.test(word) && !isStopWordIn(word, language);
    if (together && content(a.text) && middle(b.text) && content(c.text)) return body.slice(a.start, c.end);
  }
  return undefined;
}

async function finds(query: string, id: string): Promise<boolean> {
  const response = await service.search(query, { limit: 1000, crossScript: false });
  if (!response.ok) throw new Error(response.message);
  return response.hits.some((hit) => hit.id === id);
}

describe('"exact phrases" across languages (real news: English, Spanish, German)', { timeout: 120_000 }, () => {
  it('a phrase with a stop word of its language inside finds the article it was taken from, in every language', async () => {
    const missed: string[] = [];
    let asked = 0;
    for (const set of Object.keys(SETS) as (keyof typeof SETS)[])
      for (const { meta, body } of sample(set)) {
        const phrase = phraseIn(body, SETS[set], (word) => word.length > 1 && isStopWordIn(word, SETS[set]));
        if (!phrase) continue;
        asked++;
        if (!(await finds(`"${phrase}"`, meta.id))) missed.push(`${set}: "${phrase}"`);
      }
    expect(asked).toBeGreaterThanOrEqual(50);
    expect(missed).toEqual([]);
  });

  it('checks one-letter words in the text: another letter in their place no longer finds the article', async () => {
    let asked = 0;
    for (const set of ['bbc/politics', 'noticias-es'] as const)
      for (const { meta, body } of sample(set)) {
        const phrase = phraseIn(body, SETS[set], (word) => word.length === 1 && /\p{L}/u.test(word));
        if (!phrase) continue;
        asked++;
        expect(await finds(`"${phrase}"`, meta.id), phrase).toBe(true);
        // the same words around another one-letter word, where the text never has them so
        const [first, , last] = phrase.split(' ');
        const other = ['x', 'q', 'k'].find((letter) => !body.toLowerCase().includes(`${first} ${letter} ${last}`.toLowerCase()))!;
        expect(await finds(`"${first} ${other} ${last}"`, meta.id), `${first} ${other} ${last}`).toBe(false);
      }
    expect(asked).toBeGreaterThanOrEqual(10);
  });

  it('matches accents and case as the index does: a phrase typed without accents, in capitals, finds the accented text', async () => {
    let asked = 0;
    for (const { meta, body } of sample('noticias-es')) {
      const phrase = phraseIn(body, 'es', () => true);
      if (!phrase || foldDiacritics(phrase) === phrase) continue;
      asked++;
      expect(await finds(`"${foldDiacritics(phrase).toUpperCase()}"`, meta.id), phrase).toBe(true);
    }
    expect(asked).toBeGreaterThanOrEqual(5);
  });

  it('finds two words with punctuation or a line break between them ("Cuba, Venezuela", «…» quotes, dashes)', async () => {
    const missed: string[] = [];
    const separators = new Set<string>();
    for (const set of Object.keys(SETS) as (keyof typeof SETS)[])
      for (const { meta, body } of sample(set)) {
        const words = wordsOf(body).filter(
          (word) => !word.joined && word.text.length >= 4 && !/\d/.test(word.text) && !isStopWordIn(word.text, SETS[set]),
        );
        const pair = words.slice(1).findIndex((word, at) => {
          const between = body.slice(words[at]!.end, word.start);
          return /^[^\p{L}\p{N}]+$/u.test(between) && /[^\p{L}\p{N} ]/u.test(between) && !separators.has(between);
        });
        if (pair < 0) continue;
        const [a, b] = [words[pair]!, words[pair + 1]!];
        separators.add(body.slice(a.end, b.start));
        if (!(await finds(`"${a.text} ${b.text}"`, meta.id))) missed.push(`${set}: ${JSON.stringify(body.slice(a.start, b.end))}`);
      }
    expect(separators.size).toBeGreaterThanOrEqual(5);
    expect(missed).toEqual([]);
  });

  it('a phrase of words the index leaves out in English says so, and names the languages', async () => {
    const response = await service.search('"and of the"');
    if (!response.ok) throw new Error(response.message);
    expect(response.unsearched).toEqual([{ phrase: 'and of the', languages: expect.arrayContaining(['en']) }]);
    expect(response.unsearched![0]!.languages).not.toContain('es'); // a Spanish article indexes "and"
    // punctuation alone is no phrase to tell about
    const dashes = await service.search('"— –"');
    expect(dashes.ok && [dashes.total, dashes.unsearched]).toEqual([0, undefined]);
    // a search of Spanish articles only is not told about English ones
    const spanish = await service.search('"and of the"', { filters: { languages: ['es'] } });
    expect(spanish.ok && spanish.unsearched).toBeUndefined();
    expect(response.hits.filter((hit) => hit.language === 'en')).toEqual([]);
    // a phrase with a word English indexes is searched in English articles, and says nothing
    const searched = await service.search('"the Prime Minister"');
    if (!searched.ok) throw new Error(searched.message);
    expect(searched.unsearched).toBeUndefined();
    expect(searched.hits.some((hit) => hit.language === 'en')).toBe(true);
  });
});

describe('words that are stop words in another language (real news: English, Spanish, German)', () => {
  it('German "war" (was) still narrows an English AND: "Blair AND war" finds only articles with "war"', async () => {
    const response = await service.search('Blair AND war', { limit: 1000 });
    if (!response.ok) throw new Error(response.message);
    expect(response.hits.length).toBeGreaterThanOrEqual(5);
    const texts = new Map(articles.map(({ meta, body }) => [meta.id, `${meta.title}\n${body}`]));
    expect(response.hits.filter((hit) => !/\bwar(?:s|red|ring)?\b/i.test(texts.get(hit.id)!)).map((hit) => hit.title)).toEqual([]);
  });
});

describe('the byte test before a phrase check (an article file read as Latin-1, not decoded)', () => {
  const file = (text: string) => Buffer.from(JSON.stringify({ title: 'A title', body: text })).toString('latin1');
  const holds = (words: string[], text: string) => bytePhrasePattern(words)!.test(file(text));

  it('passes every text the phrase check matches: punctuation of any script, marks, cases, escapes, numbers', () => {
    const cases: [string, string][] = [
      ['5 3', '5 × 3'],
      ['brexit deal', 'Brexit 🔥 deal'],
      ['москва киев', 'Москва、Киев'],
      ['die straße', 'DIE STRAẞE'],
      ['sánchez dijo', 'Sanchez dijo'],
      ['pedro sanchez', 'Pedro Sa\u0301nchez'],
      ['said only', 'said. "Only'],
      ['germany shani', 'Germany.\n\nShani'],
      ['14500 people', '14,500 people'],
      ['14500 people', '14\u00a0500 people'],
      ['ελλάδα και', 'Ελλάδα· και'],
      ['привет мир', 'ПРИВЕТ — мир'],
      ['ёлка зелёная', 'Елка зеленая'],
      ['kelvin scale', 'KELVIN «scale»'],
    ];
    for (const [phrase, text] of cases) {
      const words = phrase.split(' ');
      expect(phrasePattern(words).test(text), `${phrase} in ${text}`).toBe(true);
      expect(holds(words, text), `${phrase} in the bytes of ${text}`).toBe(true);
    }
  });

  it('keeps out a file without the words in order ("в декабре" where the text says "о декабре")', () => {
    expect(holds(['в', 'декабре'], 'Доклад о декабре и январе')).toBe(false);
    expect(holds(['trade', 'industry'], 'Industry and trade')).toBe(false);
  });

  it('is not made for scripts whose marks and cases it does not list: no byte test, the text check alone', () => {
    expect(bytePhrasePattern(['भारत', 'सरकार'])).toBeUndefined();
    expect(phrasePattern(['भारत', 'सरकार']).test('भारत सरकार')).toBe(true);
  });

  it('on real news of five languages, passes every pair of neighbouring words the phrase check finds', async () => {
    let pairs = 0;
    for (const set of ['bbc/politics', 'ng-ru', 'rt-ru/business', 'orangesum-fr/france', 'noticias-es', 'wikinews-de']) {
      const dir = path.join(CORPORA_DIR, set);
      const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.txt')).sort();
      for (const name of names.slice(0, 8)) {
        const text = await readFile(path.join(dir, name), 'utf8');
        const words = wordsOf(text, true).filter((word) => !word.joined);
        const json = file(text);
        for (let at = 0; at + 1 < Math.min(words.length, 100); at++) {
          const pair = [words[at]!.text, words[at + 1]!.text];
          if (!phrasePattern(pair).test(text)) continue;
          pairs++;
          expect(bytePhrasePattern(pair)!.test(json), `${set}/${name}: ${pair.join(' ')}`).toBe(true);
        }
      }
    }
    expect(pairs).toBeGreaterThan(2_000);
  });
});
