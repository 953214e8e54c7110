import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../electron/core/library/article';
import { PROJECT_DIR } from '../../support/paths';

const FIXTURES = path.join(PROJECT_DIR, 'test', 'fixtures');

async function read(relative: string) {
  const file = path.join(FIXTURES, relative);
  const outcome = await readArticle(await readFile(file), file, 'Fixtures');
  if (!outcome.ok) throw new Error(`${relative}: ${outcome.reason}`);
  const { title, date, source, place, author, language, countries, body, id } = outcome.article;
  return { meta: { title, date, source, place, author, language, countries }, body, id };
}

const SPANISH_META = {
  title: 'Cuba y Belarús firman acuerdos de cooperación agrícola',
  date: '2024-03-14',
  source: 'Prensa Latina',
  place: 'La Habana',
  author: null,
  language: 'es',
  countries: ['Belarus', 'Cuba'],
};

describe('formats', () => {
  it('takes the article out of a saved web page, with its metadata and without the page around it', async () => {
    const { meta, body } = await read('formats/saved-embassy-page.html');
    expect(meta).toEqual({
      title: 'Belarus and Azerbaijan sign transport agreement',
      date: '2024-06-04',
      source: 'Embassy News',
      place: 'Baku',
      author: 'Leyla Mammadova',
      language: 'en',
      countries: ['Belarus', 'Azerbaijan'],
    });
    expect(body).toContain('BAKU, 4 June (Embassy News) – Belarus and Azerbaijan signed an agreement');
    expect(body).toContain('“Transport is the backbone of our trade,” the Belarusian minister said after the signing ceremony in Baku.');
    for (const noise of [
      'Subscribe',
      'All news',
      'Pinterest',
      'WhatsApp',
      'Read more',
      'captcha',
      'Follow us',
      'tracking',
      'font-family',
      'Trade fair opens',
    ])
      expect(body).not.toContain(noise);
  });

  it('reads a Word file and the PDF printed from it to the very same article', async () => {
    const docx = await read('formats/cuba-belarus-agreements.docx');
    const pdf = await read('formats/cuba-belarus-agreements.pdf');
    expect(docx.meta).toEqual(SPANISH_META);
    expect(pdf.meta).toEqual(SPANISH_META);
    expect(pdf.body).toBe(docx.body);
    expect(pdf.id).toBe(docx.id);
    expect(docx.body.split('\n\n')).toHaveLength(3);
  });

  it('reads Markdown as text, title from its heading, no markup left', async () => {
    const { meta, body } = await read('formats/mission-notes.md');
    expect(meta.title).toBe('Notes on the trade mission to Havana');
    expect(meta.date).toBe('2024-04-02');
    expect(body).toContain('The delegation met representatives of six Cuban ministries over three days.');
    expect(body).toContain('A technical team travels to Matanzas in May.');
    expect(body).not.toMatch(/[*#]/);
  });
});

describe('languages and encodings', () => {
  const cases: [string, string, string][] = [
    ['multilingual/ru-utf8.txt', 'ru', 'Белоруссия и Куба договорились расширить сотрудничество'],
    ['multilingual/ru-windows-1251.txt', 'ru', 'Белоруссия и Куба договорились расширить сотрудничество'],
    ['multilingual/ru-koi8-r.txt', 'ru', 'Белоруссия и Куба договорились расширить сотрудничество'],
    ['multilingual/ru-utf16le-bom.txt', 'ru', 'Белоруссия и Куба договорились расширить сотрудничество'],
    ['multilingual/es-utf16be-bom.txt', 'es', 'Las cooperaciones previstas incluyen el suministro de tractores bielorrusos'],
    ['multilingual/es-iso-8859-1.txt', 'es', 'Las cooperaciones previstas incluyen el suministro de tractores bielorrusos'],
    ['multilingual/fr-utf8-bom.txt', 'fr', 'Les échanges commerciaux ont progressé de 39 % au cours des huit premiers mois de l’année'],
    ['multilingual/fr-windows-1252.txt', 'fr', 'Les échanges commerciaux ont progressé de 39 % au cours des huit premiers mois de l’année'],
  ];
  it.each(cases)('%s reads as %s, with readable text', async (file, language, sentence) => {
    const { meta, body } = await read(file);
    expect(meta.language).toBe(language);
    expect(body).toContain(sentence);
    expect(body).not.toMatch(/\uFFFD|Ð|Ã/);
  });

  it('finds Russian dates, datelines and agencies', async () => {
    const { meta } = await read('multilingual/ru-windows-1251.txt');
    expect(meta).toMatchObject({ date: '2024-03-12', source: 'BelTA', place: 'Минск', countries: ['Cuba', 'Belarus'] });
  });

  it('never invents a date the text does not give', async () => {
    expect((await read('multilingual/fr-utf8-bom.txt')).meta.date).toBeNull();
  });
});
