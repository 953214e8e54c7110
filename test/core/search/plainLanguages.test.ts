// Polish, Ukrainian and Belarusian: no stemmer, so their words are indexed as written (lower case, accents
// folded), without their stop words, and a query word finds the words it begins. The corpora hold none of
// these languages, so the articles are written here: three short news items in each, as agencies print them.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isStopWordIn, termsOf } from '../../../electron/core/search/engine/analysis';
import { AttacheService } from '../../../electron/core/service';
import { found } from '../../support/morphology';
import { importOrThrow } from '../../support/imports';
import { tempDir } from '../../support/paths';

const ARTICLES: Record<string, string> = {
  'pl-1.txt':
    'Prezydent spotkał się w Warszawie z premierem Litwy\n\nWARSZAWA, 14.03.2024 (PAP) - Prezydent Polski spotkał się w czwartek w Warszawie z premierem Litwy. Rozmowy dotyczyły bezpieczeństwa granicy z Białorusią oraz współpracy energetycznej w regionie.',
  'pl-2.txt':
    'Białoruś zamyka przejście graniczne\n\nMIŃSK, 15.03.2024 (PAP) - Władze Białorusi zamknęły w piątek przejście graniczne z Polską. Prezydent Aleksandr Łukaszenka powiedział, że decyzja jest tymczasowa, a Warszawa zapowiedziała protest dyplomatyczny.',
  'pl-3.txt':
    'Warszawa i Wilno podpisały umowę\n\nWILNO, 16.03.2024 (PAP) - Przedstawiciele rządów Polski i Litwy podpisali w sobotę umowę o współpracy transgranicznej. Umowa obejmuje transport kolejowy i wymianę informacji.',
  'uk-1.txt':
    'Президент України провів переговори у Києві\n\nКИЇВ, 14 березня. /Укрінформ/. Президент України провів у четвер переговори з делегацією Європейського Союзу. Сторони обговорили енергетичну безпеку та підтримку відновлення країни.',
  'uk-2.txt':
    'Зеленський зустрівся з прем’єр-міністром Польщі\n\nКИЇВ, 15 березня. /Укрінформ/. Володимир Зеленський зустрівся у п’ятницю з прем’єр-міністром Польщі. Лідери домовилися про спільні проєкти у сфері транспорту та енергетики.',
  'uk-3.txt':
    'Уряд ухвалив програму відновлення енергетики\n\nКИЇВ, 16 березня. /Укрінформ/. Кабінет міністрів України ухвалив у суботу програму відновлення енергетичної інфраструктури. Програма передбачає будівництво нових електростанцій.',
  'be-1.txt':
    'Лукашэнка сустрэўся з дэлегацыяй Кітая\n\nМІНСК, 14 сакавіка. /БелТА/. Аляксандр Лукашэнка сустрэўся ў чацвер з дэлегацыяй Кітая. Бакі абмеркавалі супрацоўніцтва ў галіне прамысловасці і гандлю.',
  'be-2.txt':
    'У Мінску адкрылася міжнародная выстава\n\nМІНСК, 15 сакавіка. /БелТА/. У пятніцу ў Мінску адкрылася міжнародная прамысловая выстава. Удзел у ёй бяруць кампаніі з дваццаці краін.',
  'be-3.txt':
    'Урад Беларусі зацвердзіў праграму развіцця\n\nМІНСК, 16 сакавіка. /БелТА/. Савет Міністраў Беларусі зацвердзіў у суботу праграму развіцця прамысловасці. Праграма разлічана на пяць гадоў.',
};

let service: AttacheService;
const titlesFound = async (query: string): Promise<string[]> => {
  const ids = await found(service, query);
  const library = service.listArticles();
  return library.filter((meta) => ids.has(meta.id)).map((meta) => meta.title);
};

beforeAll(async () => {
  const folder = await tempDir('plain-articles');
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(folder, name), text);
  service = await AttacheService.open({ libraryDir: await tempDir('plain-library') });
  await importOrThrow(service, folder);
}, 120_000);

describe('Polish, Ukrainian and Belarusian', () => {
  it('are told apart and kept as their own languages', async () => {
    const languages = new Map(service.listArticles().map((meta) => [meta.title.slice(0, 12), meta.language]));
    expect([...languages.values()].sort()).toEqual(['be', 'be', 'be', 'pl', 'pl', 'pl', 'uk', 'uk', 'uk']);
  });

  it('index their words as written, accents folded, without their stop words', () => {
    expect(termsOf('Prezydent spotkał się w Warszawie z premierem Białorusi', 'pl')).toEqual([
      '^prezydent',
      '^spotkal',
      '^warszawie',
      '^premierem',
      '^bialorusi',
    ]);
    expect(isStopWordIn('що', 'uk')).toBe(true);
    expect(isStopWordIn('гэта', 'be')).toBe(true);
    expect(isStopWordIn('переговори', 'uk')).toBe(false);
  });

  it('find every word a query word begins, accents or not', async () => {
    // Warszawa, Warszawie; Białoruś, Białorusi, Białorusią
    expect((await titlesFound('Warszaw')).length).toBe(3);
    expect(await titlesFound('Bialorus')).toHaveLength(2);
    // the form asked first; the name's other forms (its key across scripts) after it
    const ranked = await service.search('Białorusią', { limit: 10 });
    expect(ranked.ok && ranked.hits.map((hit) => hit.title)).toEqual([
      'Prezydent spotkał się w Warszawie z premierem Litwy',
      'Białoruś zamyka przejście graniczne',
    ]);
    expect((await titlesFound('енергетик')).sort()).toEqual([
      'Зеленський зустрівся з прем’єр-міністром Польщі',
      'Уряд ухвалив програму відновлення енергетики',
    ]);
    expect(await titlesFound('Мінск')).toContain('У Мінску адкрылася міжнародная выстава');
    expect(await titlesFound('прамысловас')).toHaveLength(2);
  });

  it('mark the words found in the snippet and the reader', async () => {
    const response = await service.search('Warszaw');
    if (!response.ok) throw new Error(response.message);
    const hit = response.hits.find((found) => found.title.startsWith('Prezydent spotkał'))!;
    expect(hit.highlights.map(([from, to]) => hit.snippet.slice(from, to))).toContain('Warszawie');
    const marks = await service.matchesIn(hit.id, 'Warszaw');
    expect(marks.title.length).toBe(1);
    expect(marks.body.length).toBeGreaterThan(0);
  });

  it('keep the exact word and phrase searches working', async () => {
    expect(await titlesFound('"przejście graniczne"')).toEqual(['Białoruś zamyka przejście graniczne']);
    expect(await titlesFound('Лукашэнка')).toContain('Лукашэнка сустрэўся з дэлегацыяй Кітая');
    expect(await titlesFound('"спільні проєкти"')).toEqual(['Зеленський зустрівся з прем’єр-міністром Польщі']);
  });

  it('meet a name written in another script (Łukaszenka ↔ Лукашэнка ↔ Lukashenko)', async () => {
    const titles = await titlesFound('Lukashenko');
    expect(titles).toContain('Лукашэнка сустрэўся з дэлегацыяй Кітая');
    expect(titles).toContain('Białoruś zamyka przejście graniczne');
  });
});
