// Wire copy as agencies and papers print it — datelines, agency credits, bylines before the dateline,
// dated bylines, a masthead above the headline — in eight languages, each read through the whole import
// (decode → clean → facts) from UTF-8 and from the language's legacy 8-bit encoding.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../electron/core/library/article';
import { parseDatePart } from '../../../electron/core/library/datelines';
import { parseDateLine } from '../../../electron/core/library/dates';

interface Case {
  name: string;
  language: string;
  legacy: string;
  text: string;
  expected: { title: string; date: string | null; source: string | null; place: string | null; author?: string | null };
}

const CASES: Case[] = [
  {
    name: 'PLACE, day month year (Trend) -',
    language: 'en',
    legacy: 'windows-1252',
    text: 'Azerbaijan and the EU discuss energy links\n\nBRUSSELS, 18 April 2024 (Trend) - The European Union and Azerbaijan discussed new gas and electricity links at a meeting of the energy council, the ministry said. Both sides agreed to meet again in the autumn to review the progress of the projects.',
    expected: { title: 'Azerbaijan and the EU discuss energy links', date: '2024-04-18', source: 'Trend', place: 'Brussels' },
  },
  {
    name: 'МЕСТО, число месяц. /ТАСС/. — the year from a full date later in the text (KOI8-R)',
    language: 'ru',
    legacy: 'koi8-r',
    text: 'Лукашенко обсудил с губернаторами посевную кампанию\n\nМИНСК, 14 марта. /ТАСС/. Президент Белоруссии Александр Лукашенко провел совещание с губернаторами областей, на котором обсуждалась подготовка к посевной кампании. Следующее совещание назначено на 28 марта 2024 года, сообщила пресс-служба главы государства.',
    expected: { title: 'Лукашенко обсудил с губернаторами посевную кампанию', date: '2024-03-14', source: 'TASS', place: 'Минск' },
  },
  {
    name: 'МЕСТО, число месяц — РИА Новости. with a published and an updated stamp',
    language: 'ru',
    // KOI8-R has no em dash: this one is in windows-1251
    legacy: 'windows-1251',
    text: 'Лавров провел переговоры с министром иностранных дел Кубы\n\nОпубликовано: 05.05.2024 09:10\nОбновлено: 06.05.2024 11:30\n\nМОСКВА, 5 мая — РИА Новости. Министр иностранных дел России Сергей Лавров провел переговоры со своим кубинским коллегой Бруно Родригесом, стороны обсудили торговлю и энергетику.',
    expected: {
      title: 'Лавров провел переговоры с министром иностранных дел Кубы',
      date: '2024-05-05',
      source: 'RIA Novosti',
      place: 'Москва',
    },
  },
  {
    name: 'Lugar, día mes (EFE).-',
    language: 'es',
    legacy: 'windows-1252',
    text: 'Cuba y Bielorrusia firman acuerdos de cooperación agrícola\n\nLa Habana, 19 feb (EFE).- El canciller cubano recibió a su homólogo bielorruso para firmar acuerdos de cooperación en agricultura y maquinaria. La próxima reunión de la comisión mixta será el 26 de febrero de 2024 en Minsk, según informó el ministerio.',
    expected: {
      title: 'Cuba y Bielorrusia firman acuerdos de cooperación agrícola',
      date: '2024-02-19',
      source: 'EFE',
      place: 'La Habana',
    },
  },
  {
    name: 'a dated byline with a short name ("Von Anna Roth | …": the name is no date’s label)',
    language: 'de',
    legacy: 'windows-1252',
    text: 'Bundestag berät über Hilfen für die Ukraine\n\nVon Anna Roth | 14. März 2024, 10:15 Uhr\n\nBerlin (dpa) - Der Bundestag berät am Donnerstag über weitere Hilfen für die Ukraine. Die Fraktionen wollen sich vorher auf einen gemeinsamen Antrag einigen, hieß es in Berlin.',
    expected: {
      title: 'Bundestag berät über Hilfen für die Ukraine',
      date: '2024-03-14',
      source: 'dpa',
      place: 'Berlin',
      author: 'Anna Roth',
    },
  },
  {
    name: 'a dated byline with a short name ("By Ann Lee | 14 March 2024") before PLACE (AP) —',
    language: 'en',
    legacy: 'windows-1252',
    text: 'EU ministers agree on new gas storage rules\n\nBy Ann Lee | 14 March 2024\n\nBRUSSELS (AP) — European Union energy ministers agreed on Thursday to extend the rules on gas storage for another year, the Belgian presidency said after the meeting.',
    expected: {
      title: 'EU ministers agree on new gas storage rules',
      date: '2024-03-14',
      source: 'Associated Press',
      place: 'Brussels',
      author: 'Ann Lee',
    },
  },
  {
    name: 'Ort (dpa) - with a dated byline "Von … | 14. März 2024, 10:15 Uhr"',
    language: 'de',
    legacy: 'windows-1252',
    text: 'Bundesregierung plant neue Hilfen für die Ukraine\n\nVon Anna Schmidt | 14. März 2024, 10:15 Uhr\n\nBerlin (dpa) - Die Bundesregierung will der Ukraine weitere Hilfen zusagen. Das Kabinett soll am kommenden Mittwoch über das Paket beraten, hieß es aus Regierungskreisen in Berlin.',
    expected: {
      title: 'Bundesregierung plant neue Hilfen für die Ukraine',
      date: '2024-03-14',
      source: 'dpa',
      place: 'Berlin',
      author: 'Anna Schmidt',
    },
  },
  {
    name: '(ANSA) - LUOGO, giorno MES -',
    language: 'it',
    legacy: 'windows-1252',
    text: 'Il governo approva il decreto sulle infrastrutture\n\n(ANSA) - ROMA, 14 MAR - Il Consiglio dei ministri ha approvato il decreto sulle infrastrutture che prevede nuovi investimenti per le ferrovie e i porti. Il testo passerà alle Camere entro il 30 marzo 2024, ha spiegato il ministro.',
    expected: { title: 'Il governo approva il decreto sulle infrastrutture', date: '2024-03-14', source: 'ANSA', place: 'Roma' },
  },
  {
    name: 'PLACE, Month day (Xinhua) --',
    language: 'en',
    legacy: 'windows-1252',
    text: 'China and Belarus sign trade agreements\n\nBEIJING, July 10 (Xinhua) -- China and Belarus signed a series of trade agreements on Wednesday, the commerce ministry said. The two sides will meet again on July 24, 2024 to review the agreements, according to the ministry.',
    expected: { title: 'China and Belarus sign trade agreements', date: '2024-07-10', source: 'Xinhua', place: 'Beijing' },
  },
  {
    name: 'a byline before the dateline: "By …, Associated Press" / "PLACE (AP) —", and a Published stamp',
    language: 'en',
    legacy: 'windows-1252',
    text: 'European leaders agree on new sanctions package\n\nBy Lorne Cook, Associated Press\n\nPublished: 14 March 2024\n\nBRUSSELS (AP) — European Union leaders agreed on Thursday to a new package of sanctions, officials said, after two days of talks that ran late into the night at the summit.',
    expected: {
      title: 'European leaders agree on new sanctions package',
      date: '2024-03-14',
      source: 'Associated Press',
      place: 'Brussels',
      author: 'Lorne Cook',
    },
  },
  {
    name: '"Publié le …, modifié le …" and LIEU (AFP) -',
    language: 'fr',
    legacy: 'windows-1252',
    text: 'Le gouvernement présente son plan pour l’industrie\n\nPublié le 12 mars 2024 à 14h05, modifié le 13 mars 2024 à 09h00\n\nPARIS (AFP) - Le gouvernement a présenté mardi son plan pour l’industrie, qui prévoit des aides aux entreprises et de nouvelles règles pour les marchés publics, a annoncé le ministre.',
    expected: { title: 'Le gouvernement présente son plan pour l’industrie', date: '2024-03-12', source: 'AFP', place: 'Paris' },
  },
  {
    name: 'Local, dia mês ano (Lusa)',
    language: 'pt',
    legacy: 'windows-1252',
    text: 'Governo aprova novo plano para a habitação\n\nLisboa, 14 mar 2024 (Lusa) - O Governo aprovou hoje em Conselho de Ministros um novo plano para a habitação, que prevê a construção de casas a custos controlados, anunciou a ministra.',
    expected: { title: 'Governo aprova novo plano para a habitação', date: '2024-03-14', source: 'Lusa', place: 'Lisboa' },
  },
  {
    name: 'Miejsce, DD.MM.RRRR (PAP)',
    language: 'pl',
    legacy: 'iso-8859-2',
    text: 'Rząd przyjął projekt ustawy o obronności\n\nWarszawa, 14.03.2024 (PAP) - Rada Ministrów przyjęła projekt ustawy o obronności, który przewiduje zwiększenie wydatków na wojsko. Projekt trafi teraz do Sejmu, poinformował rzecznik rządu.',
    expected: { title: 'Rząd przyjął projekt ustawy o obronności', date: '2024-03-14', source: 'PAP', place: 'Warszawa' },
  },
  {
    name: 'a masthead in capitals above the headline is not the title',
    language: 'en',
    legacy: 'windows-1252',
    text: 'THE MINSK HERALD\n\nMinsk and Baku agree to widen trade\n\nMINSK, 14 March 2024 (BelTA) - Belarus and Azerbaijan agreed to widen trade in machinery and food, the foreign ministry said after the talks in the Belarusian capital.',
    expected: { title: 'Minsk and Baku agree to widen trade', date: '2024-03-14', source: 'BelTA', place: 'Minsk' },
  },
  {
    name: 'a headline in capitals with a dateline below it stays the title',
    language: 'en',
    legacy: 'windows-1252',
    text: 'RUSSIA SANCTIONS EXTENDED\n\nBRUSSELS, 14 March 2024 (Reuters) - European Union governments extended sanctions on Russia for another six months on Thursday, diplomats said after the meeting.',
    expected: { title: 'RUSSIA SANCTIONS EXTENDED', date: '2024-03-14', source: 'Reuters', place: 'Brussels' },
  },
  {
    name: 'a two-word headline above its text is the title',
    language: 'ru',
    legacy: 'windows-1251',
    text: 'Эффект антитеррора\n\nГосдепартамент США заявил в среду о возросшей угрозе терактов в Узбекистане и призвал граждан воздержаться от поездок в страну до конца месяца.',
    expected: { title: 'Эффект антитеррора', date: null, source: null, place: null },
  },
  {
    name: 'Month day (Reuters) - with the year from a full date later in the text',
    language: 'en',
    legacy: 'windows-1252',
    text: 'Oil prices rise on supply worries\n\nOct 27 (Reuters) - Oil prices rose on Friday on worries about supply, after falling on Oct. 26, 2023 when stocks grew more than expected, traders said.',
    expected: { title: 'Oil prices rise on supply worries', date: '2023-10-27', source: 'Reuters', place: null },
  },
  {
    name: 'parentheses after a name are no dateline, and nothing dates an article that gives no date',
    language: 'en',
    legacy: 'windows-1252',
    text: 'Minister comments on talks\n\nLavrov (Russia’s foreign minister) said the talks had been useful and would continue, according to a statement published by the ministry on its website.',
    expected: { title: 'Minister comments on talks', date: null, source: null, place: null },
  },
];

/** Each dateline's place in English, as the gazetteer (CLDR's cities and the capitals' table) gives it. */
const IN_ENGLISH: Record<string, string> = {
  Brussels: 'Brussels',
  Минск: 'Minsk',
  Москва: 'Moscow',
  'La Habana': 'Havana',
  Berlin: 'Berlin',
  Roma: 'Rome',
  Beijing: 'Beijing',
  Paris: 'Paris',
  Lisboa: 'Lisbon',
  Warszawa: 'Warsaw',
  Minsk: 'Minsk',
};

describe.each(CASES)('$language: $name', ({ text, legacy, language, expected }) => {
  it.each([
    ['UTF-8', 'utf8'],
    [legacy, legacy],
  ])('read from %s', async (_label, encoding) => {
    const bytes = new Uint8Array(iconv.encode(text, encoding));
    const outcome = await readArticle(bytes, `/wires/${language}.txt`, 'Wires');
    if (!outcome.ok) throw new Error(outcome.reason);
    const { title, date, source, place, author } = outcome.article;
    expect({ title, date, source, place, ...(expected.author === undefined ? {} : { author }) }).toEqual(expected);
    expect(outcome.article.language).toBe(language);
    expect(outcome.article.placeInEnglish).toBe(expected.place === null ? undefined : IN_ENGLISH[expected.place]);
  });
});

describe('dates a dateline cannot have', () => {
  it('refuses impossible days, and takes no year from a full date months away', async () => {
    expect(parseDatePart('31 April 2024', 'en')).toBeUndefined();
    expect(parseDatePart('29.02.2023', 'de')).toBeUndefined();
    expect(parseDatePart('29.02.2024', 'de')).toEqual({ year: 2024, month: 2, day: 29 });
    const text =
      'Переговоры в Минске\n\nМИНСК, 14 марта. /ТАСС/. Стороны вспомнили соглашение, подписанное 8 декабря 1991 года в Беловежской пуще, и обсудили торговлю и транзит на ближайшие годы.';
    const outcome = await readArticle(new TextEncoder().encode(text), '/wires/ru.txt', 'Wires');
    expect(outcome.ok && outcome.article.date).toBeNull();
  });
});

describe('a line that is a date', () => {
  // the lines are first told apart by whether they can hold a year at all (chrono's parsers are slow): none of these may be lost
  it.each([
    ['令和6年3月14日', '2024-03-14'],
    ['平成31年4月30日 10:00', '2019-04-30'],
    ['２０２４年３月１４日', '2024-03-14'],
    ['14 Jan 2567 BE', '2024-01-14'],
    ['14.03.24', '2024-03-14'],
    ['14 March 24', '2024-03-14'],
    ['Mar 14, 24', '2024-03-14'],
    ['14. März 24', '2024-03-14'],
    ['14 marzo 24', '2024-03-14'],
    ['16 May 2024, 14:55', '2024-05-16'],
  ])('%s → %s', (line, date) => {
    expect(parseDateLine(line)?.date).toBe(date);
  });

  it.each(['Page 2', '3 killed, 12 injured', 'Sport', '14 March'])('%s is none', (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });
});
