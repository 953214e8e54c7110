// Snippets and the words the reader marks, on real articles in five languages: the words found by their
// beginnings are the words that carry the query's terms, and the passage holds the best window.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordsOf, wordTerms } from '../../../electron/core/search/engine/analysis';
import { bestSnippet, matchedRanges } from '../../../electron/core/search/results/snippet';
import { walkFolder } from '../../../electron/core/library/walk';
import { CORPORA_DIR } from '../../support/paths';

const CORPORA: [string, string][] = [
  ['bbc/politics', 'en'],
  ['ng-ru', 'ru'],
  ['wikinews-de', 'de'],
  ['orangesum-fr', 'fr'],
  ['noticias-es', 'es'],
];

async function texts(corpus: string, count: number): Promise<string[]> {
  const files = (await walkFolder(path.join(CORPORA_DIR, corpus))).files.filter((file) => file.endsWith('.txt')).slice(0, count);
  return Promise.all(files.map((file) => readFile(file, 'utf8')));
}

/** Every word of the text (as search reads it) with each term it carries. */
const termsOfWords = (text: string, language: string) =>
  wordsOf(text)
    .filter((word) => !word.joined)
    .map((word) => ({ word, terms: wordTerms(word, language, true) }));

describe('the words marked', () => {
  it('are the words carrying a matched term, each found — in five languages, capitals and accents as written', async () => {
    let marked = 0;
    let carrying = 0;
    for (const [corpus, language] of CORPORA)
      for (const text of await texts(corpus, 40)) {
        const words = termsOfWords(text, language);
        // the terms of three of its words (as a query's matches would be): one early, one midway, one late
        const matched = new Set([0.1, 0.5, 0.9].flatMap((share) => words[Math.floor(words.length * share)]?.terms ?? []));
        const expected = words
          .filter(({ terms }) => terms.some((term) => matched.has(term)))
          .map(({ word }) => `${word.start}-${word.end}`);
        const ranges = matchedRanges(text, matched, language).map(([start, end]) => `${start}-${end}`);
        // never a word that does not carry one …
        expect(
          ranges.filter((range) => !expected.includes(range)),
          corpus,
        ).toEqual([]);
        marked += ranges.length;
        carrying += expected.length;
      }
    // … and all of those that do but a word whose dictionary form starts otherwise (Russian "людей" of "человек")
    expect(marked / carrying).toBeGreaterThan(0.985);
  });
});

describe('a snippet', () => {
  it('is the passage holding a word of every clause, with those words marked', async () => {
    for (const [corpus, language] of CORPORA)
      for (const text of await texts(corpus, 10)) {
        const words = termsOfWords(text, language).filter(({ terms }) => terms.length > 0 && terms[0]!.length > 3);
        if (words.length < 60) continue;
        // two words standing close together, late in the text
        const [a, b] = [words[words.length - 20]!, words[words.length - 17]!];
        const clauses = [a.terms, b.terms];
        const snippet = bestSnippet(text, new Set(clauses.flat()), language, clauses);
        // (an earlier passage may hold them too: another form of the same word counts)
        const markedTerms = snippet.highlights.flatMap(
          ([start, end]) => termsOfWords(snippet.snippet.slice(start, end), language)[0]!.terms,
        );
        for (const clause of clauses)
          expect(
            markedTerms.some((term) => clause.includes(term)),
            `${corpus}: ${snippet.snippet}`,
          ).toBe(true);
        expect(snippet.snippet.startsWith('…')).toBe(true);
        expect(snippet.snippet.split(/\s+/).length).toBeLessThanOrEqual(33);
      }
  });

  it('takes its words from before a match at the end of the text', () => {
    const text = Array.from({ length: 60 }, (_, at) => `word${at}`).join(' ') + ' Lavrov.';
    const late = bestSnippet(text, new Set(['lavrov']), 'en', [['lavrov']]);
    expect(late.snippet.endsWith('Lavrov.')).toBe(true);
    expect(late.snippet.split(' ').length).toBe(32);
    expect(marked(late)).toEqual(['Lavrov']);
  });

  it('is the text’s first lines when there is no term to find', () => {
    const text = Array.from({ length: 60 }, (_, at) => `word${at}`).join(' ');
    const none = bestSnippet(text, new Set(), 'en');
    expect(none.snippet).toBe(`${text.split(' ').slice(0, 32).join(' ')}…`);
    expect(none.highlights).toEqual([]);
  });

  it('is cut around the match in a text without spaces, voiced kana found as written', () => {
    const japanese = '東京で開かれた会議では、'.repeat(80) + 'ラブロフ外相が発言した。' + '会議は続いた。'.repeat(80);
    const terms = termsOfWords('ラブロフ外相が発言した', 'ja')[0]!.terms;
    const cut = bestSnippet(japanese, new Set(terms), 'ja', [terms]);
    expect(cut.snippet.length).toBeLessThanOrEqual(322);
    expect(marked(cut)).toEqual(['ラブロフ外相が発言した']);
    expect(matchedRanges(japanese, new Set(termsOfWords('会議で', 'ja')[0]!.terms), 'ja')).toEqual([]);
    expect(matchedRanges('会議で、ラブロフ外相が発言した。', new Set(terms), 'ja')).toEqual([[4, 15]]);
  });

  it('holds a word longer than its window, and never half a character', () => {
    const long = 'a'.repeat(250);
    const text = `intro x ${long} outro`;
    const snippet = bestSnippet(text, new Set(termsOfWords(long, 'en')[0]!.terms), 'en', [termsOfWords(long, 'en')[0]!.terms]);
    expect(marked(snippet)).toEqual([long]);
    const emoji = bestSnippet('x' + '😀'.repeat(400), new Set(), 'en');
    expect(emoji.snippet).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(emoji.snippet.length).toBeLessThanOrEqual(321);
  });
});

const marked = (snippet: { snippet: string; highlights: [number, number][] }): string[] =>
  snippet.highlights.map(([start, end]) => snippet.snippet.slice(start, end));
