// The realistic scale corpus of the benchmarks: every real article of ../shared/corpora (six sets, five
// languages), then generated articles that follow their statistics, to any size.
//
// - Vocabulary growth (Heaps' law, V = K·nᵝ over n running words) is fitted per language on the real
//   articles; a generated word is new with the probability the law gives at that point (dV/dn = βK·nᵝ⁻¹),
//   so new words — names (capitalised), numbers and common words — keep appearing at the measured rate.
// - A word that is not new is drawn from the running text so far (the real text, then the generated):
//   frequent words stay frequent (Simon's model, which yields Zipf's law).
// - Each article's length is drawn from the real lengths in its language, its language from the real mix,
//   its source, place, countries and date from a real article of that language.
// New words are made from the language's own letters: two real words of it cut and joined ("Лукашенко" +
// "Мирзиёев" → "Лукаёев"), so stemmers, dictionaries and transliteration meet text like their language's.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../electron/contract';
import { readArticle } from '../electron/core/library/article';
import { walkFolder } from '../electron/core/library/walk';
import { CORPORA_DIR } from '../test/support/paths';

const CORPORA = ['bbc', 'ng-ru', 'rt-ru', 'orangesum-fr', 'wikinews-de', 'noticias-es'];
const WORD = /\p{L}[\p{L}\p{M}]*|\p{N}+/gu;

/** Every real article of the shared corpora, read as an import reads it (one of each text). */
export async function realCorpusArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for (const name of CORPORA) {
    const folder = path.join(CORPORA_DIR, name);
    for (const file of (await walkFolder(folder)).files) {
      const outcome = await readArticle(await readFile(file), file, name);
      if (outcome.ok) articles.push(outcome.article);
    }
  }
  return [...new Map(articles.map((article) => [article.id, article])).values()];
}

/** A deterministic pseudo-random number in [0, 1): every run makes the same corpus. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Heaps {
  K: number;
  beta: number;
}

/** Heaps' law fitted by least squares on log V against log n, over the articles in their order. */
export function fitHeaps(texts: string[]): Heaps {
  const seen = new Set<string>();
  const points: [number, number][] = [];
  let n = 0;
  let next = 1000;
  for (const text of texts)
    for (const match of text.matchAll(WORD)) {
      seen.add(match[0].toLowerCase());
      if (++n >= next) {
        points.push([Math.log(n), Math.log(seen.size)]);
        next = Math.ceil(next * 1.25);
      }
    }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(points.map(([x]) => x));
  const my = mean(points.map(([, y]) => y));
  const beta = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0) / points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  return { K: Math.exp(my - beta * mx), beta };
}

interface Language {
  heaps: Heaps;
  /** the running text so far (words as written), which reused words are drawn from */
  pool: string[];
  /** running words so far, real and generated */
  words: number;
  vocabulary: Set<string>;
  /** real words of four letters or more, to make new ones from */
  stock: string[];
  lengths: number[];
  articles: Article[];
}

/** At most this many words of running text are kept to draw from (a random one is replaced past it). */
const POOL_LIMIT = 8_000_000;

/**
 * `size` articles: the real ones first, then generated ones (`size` may be smaller than the real set:
 * then the first `size` real ones). `onVocabulary` hears the vocabulary size every `every` articles.
 */
export function scaleCorpus(real: Article[], size: number, seed = 20261124): Article[] {
  if (size <= real.length) return real.slice(0, size);
  const random = randomFrom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const languages = new Map<string, Language>();
  for (const article of real) {
    const code = article.language ?? 'en';
    let language = languages.get(code);
    if (!language) {
      language = { heaps: { K: 0, beta: 0 }, pool: [], words: 0, vocabulary: new Set(), stock: [], lengths: [], articles: [] };
      languages.set(code, language);
    }
    const words = `${article.title} ${article.body}`.match(WORD) ?? [];
    for (const word of words) {
      if (language.pool.length < POOL_LIMIT) language.pool.push(word);
      language.vocabulary.add(word.toLowerCase());
      if (word.length >= 4 && !/\d/.test(word) && random() < 0.05) language.stock.push(word);
    }
    language.words += words.length;
    language.lengths.push(words.length);
    language.articles.push(article);
  }
  for (const language of languages.values())
    language.heaps = fitHeaps(language.articles.map((article) => `${article.title} ${article.body}`));
  const mix = real.map((article) => languages.get(article.language ?? 'en')!);

  const newWord = (language: Language, capital: boolean): string => {
    for (;;) {
      const roll = random();
      let word: string;
      if (!capital && roll < 0.1) word = String(Math.floor(random() * 10 ** (2 + Math.floor(random() * 5))));
      else {
        const [a, b] = [pick(language.stock), pick(language.stock)];
        word = a.slice(0, 2 + Math.floor(random() * (a.length - 2))) + b.slice(1 + Math.floor(random() * (b.length - 2)));
        word = capital ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word.toLowerCase();
      }
      if (!language.vocabulary.has(word.toLowerCase())) {
        language.vocabulary.add(word.toLowerCase());
        return word;
      }
    }
  };
  const nextWord = (language: Language): string => {
    const { K, beta } = language.heaps;
    language.words++;
    const word =
      random() < Math.min(1, beta * K * language.words ** (beta - 1))
        ? newWord(language, random() < 0.35) // about a third of a news text's new words are names
        : pick(language.pool);
    if (language.pool.length < POOL_LIMIT) language.pool.push(word);
    else language.pool[Math.floor(random() * POOL_LIMIT)] = word;
    return word;
  };

  const generated: Article[] = [];
  for (let n = real.length; n < size; n++) {
    const language = pick(mix);
    const model = pick(language.articles);
    const length = Math.max(30, pick(language.lengths));
    const paragraphs: string[] = [];
    let sentence: string[] = [];
    let paragraph: string[] = [];
    for (let at = 0; at < length; at++) {
      sentence.push(nextWord(language));
      if (sentence.length >= 8 + Math.floor(random() * 18) || at === length - 1) {
        const text = sentence.join(' ');
        paragraph.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
        sentence = [];
        if (paragraph.length >= 3 + Math.floor(random() * 4) || at === length - 1) {
          paragraphs.push(paragraph.join(' '));
          paragraph = [];
        }
      }
    }
    const body = paragraphs.join('\n\n');
    const words = body.match(WORD) ?? [];
    const start = Math.floor(random() * Math.max(1, words.length - 8));
    const title = words.slice(start, start + 5 + Math.floor(random() * 5)).join(' ');
    const hash = createHash('sha256').update(body).digest('hex');
    const day = Math.floor(random() * 9000);
    generated.push({
      ...model,
      id: hash.slice(0, 16),
      hash,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      body,
      date: new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
      size: Buffer.byteLength(body),
      path: `/generated/${model.language ?? 'xx'}/${n}.txt`,
      paths: [`/generated/${model.language ?? 'xx'}/${n}.txt`],
      collections: ['generated'],
      folder: `generated/${model.language ?? 'xx'}`,
      simhash: undefined,
      insights: undefined,
    });
  }
  return [...real, ...generated];
}

/** Distinct words (lower case) after each checkpoint's number of articles, in order. */
export function vocabularyCurve(articles: Article[], checkpoints: number[]): { articles: number; words: number; vocabulary: number }[] {
  const seen = new Set<string>();
  const curve: { articles: number; words: number; vocabulary: number }[] = [];
  let words = 0;
  const wanted = [...checkpoints].sort((a, b) => a - b);
  articles.forEach((article, at) => {
    for (const match of `${article.title} ${article.body}`.matchAll(WORD)) {
      seen.add(match[0].toLowerCase());
      words++;
    }
    if (at + 1 === wanted[0]) {
      curve.push({ articles: at + 1, words, vocabulary: seen.size });
      wanted.shift();
    }
  });
  return curve;
}
