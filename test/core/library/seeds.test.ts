import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../electron/core/library/article';
import { SEEDS_DIR } from '../../support/paths';

const expected = [
  {
    file: '000_c7b95a1e73798daa.txt',
    title: 'Aleksandr Lukashenko makes official visit to Cuba',
    date: null,
    source: null,
    place: null,
    author: null,
    language: 'en',
    countries: ['Cuba', 'Belarus', 'United States', 'Bolivia', 'Ecuador', 'Nicaragua', 'Russia', 'Venezuela'],
    firstWords: 'Belarus and Cuba should advance',
    lastWords: 'travelled to Venezuela on the official visit.',
  },
  {
    file: '001_f52338263b10aef5.txt',
    title: 'Lukashenko, Aliyev discuss ways to expand Belarus-Azerbaijan manufacturing cooperation',
    date: '2024-05-16',
    source: 'BelTA',
    place: 'Baku',
    author: null,
    language: 'en',
    countries: ['Azerbaijan', 'Belarus'],
    firstWords: 'BAKU, 16 May (BelTA) – Belarus and Azerbaijan',
    lastWords: 'in order to continue the bilateral dialogue.',
  },
  {
    file: '002_7dd67700553df0d4.txt',
    title: 'Russia and Cuba to strengthen strategic ties with Lavrov visit',
    date: '2024-02-19',
    source: 'Radio Havana Cuba',
    place: 'Havana',
    author: 'Ed Newman',
    language: 'en',
    countries: ['Russia', 'Cuba', 'United States'],
    firstWords: 'Havana, February 19 (RHC) -- Cuba and Russia',
    lastWords: 'other medical supplies . (Source: Prensa Latina).',
  },
  {
    file: '003_8c46c9299edbd5f3.txt',
    title: 'Azerbaijan and Belarus forge new paths in economic and industrial collaboration',
    date: '2024-10-04',
    source: 'Azernews',
    place: null,
    author: 'Akbar Novruz',
    language: 'en',
    countries: ['Azerbaijan', 'Belarus'],
    firstWords: 'On October 3, Prime Minister Ali Asadov',
    lastWords: 'eager to work on mutually beneficial projects.',
  },
  {
    file: '004_9cc9b2c257813037.txt',
    title: "Belarus aims for tight cooperation with Russia's Kaliningrad Oblast in logistics",
    date: '2017-11-13',
    source: 'BelTA',
    place: 'Minsk',
    author: null,
    language: 'en',
    countries: ['Belarus', 'Russia', 'China'],
    firstWords: 'MINSK, 13 November (BelTA) – Belarus intends',
    lastWords: 'believes Mikhail Rusy.',
  },
];

const NOISE = [
  'Subscribe to us',
  'All news',
  'Government Bodies',
  'Read more',
  'Loading...',
  'Latest See more',
  'Pinterest',
  'WhatsApp',
  'Follow us on Twitter',
  'captcha',
  'Deja un comentario',
  'Recent news from Belarus',
  'Saturday, 27 July 2024',
  'Thursday, 25 April 2024',
  'Friday October 4 2024',
  'Photo: Minrex',
];

describe.each(expected)('seed $file', (seed) => {
  const load = async () => {
    const outcome = await readArticle(await readFile(path.join(SEEDS_DIR, seed.file)), seed.file, 'Samples');
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.article;
  };

  it('has the right title, date, source, place, author, language and countries', async () => {
    const { title, date, source, place, author, language, countries } = await load();
    expect({ title, date, source, place, author, language, countries }).toEqual({
      countries: seed.countries,
      title: seed.title,
      date: seed.date,
      source: seed.source,
      place: seed.place,
      author: seed.author,
      language: seed.language,
    });
  });

  it('keeps the whole article body, from its first sentence to its last', async () => {
    const { body } = await load();
    expect(body.startsWith(seed.firstWords)).toBe(true);
    expect(body.trimEnd().endsWith(seed.lastWords)).toBe(true);
  });

  it('drops the site furniture around the article', async () => {
    const { body } = await load();
    for (const noise of NOISE) expect(body).not.toContain(noise);
    expect(body).not.toContain(seed.title);
  });
});

describe('sentences are never dropped', () => {
  it('keeps every line of prose (8 words or more) of every seed', async () => {
    for (const seed of expected) {
      const raw = await readFile(path.join(SEEDS_DIR, seed.file), 'utf8');
      const outcome = await readArticle(Buffer.from(raw), seed.file, 'Samples');
      if (!outcome.ok) throw new Error(outcome.reason);
      const prose = raw
        .split('\n')
        .map((line) => line.trim().replace(/\s+/g, ' '))
        .filter((line) => line.split(' ').length >= 8 && line !== seed.title);
      for (const line of prose) expect(outcome.article.body.replace(/\s+/g, ' ')).toContain(line);
    }
  });
});
