// Quotes, figures and events in the other languages Attaché reads, on short texts written as the wires
// write them; every passage an insight points to is exactly its text in the article.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleInsights } from '../../../electron/contract';
import { extractInsights } from '../../../electron/core/insights/extract';
import { SEEDS_DIR } from '../../support/paths';

const spansAgree = (body: string, insights: ArticleInsights): void => {
  for (const quote of insights.quotes) expect(body.slice(quote.start, quote.end)).toBe(quote.text);
  for (const figure of insights.figures) expect(body.slice(figure.start, figure.end)).toBe(figure.text);
  for (const event of insights.events) expect(body.slice(event.start, event.end)).toBe(event.event);
  for (const entity of insights.entities)
    for (const mention of entity.mentions) expect(body.slice(mention.start, mention.end)).toBe(mention.text);
};

describe('insights in other languages', () => {
  it('Russian: «…», — заявил X; a dialogue line; reported speech; declined names; figures with rubles', () => {
    const body = [
      'МОСКВА, 5 мая — РИА Новости. Министр иностранных дел России Сергей Лавров провел переговоры с Бруно Родригесом в Москве.',
      '«Мы готовы расширять сотрудничество во всех областях», — заявил Лавров журналистам.',
      '— Это важный шаг для обеих стран, — сказал Родригес.',
      'Глава МИД также заявил, что товарооборот превысил 300 млн рублей, а рост составил 15 процентов.',
      'Лавров заявил, чтобы партнеры не торопились.',
    ].join('\n\n');
    const insights = extractInsights({ body, language: 'ru', date: '2024-05-05' });
    spansAgree(body, insights);
    expect(insights.quotes).toContainEqual(
      expect.objectContaining({ kind: 'direct', text: 'Мы готовы расширять сотрудничество во всех областях', speaker: 'Сергей Лавров' }),
    );
    // the dialogue line without its attribution
    expect(insights.quotes).toContainEqual(
      expect.objectContaining({ kind: 'direct', text: 'Это важный шаг для обеих стран', speaker: 'Бруно Родригес' }),
    );
    expect(insights.quotes).toContainEqual(
      expect.objectContaining({ kind: 'reported', speaker: 'Сергей Лавров', text: expect.stringMatching(/^товарооборот превысил/) }),
    );
    // «заявил, чтобы» is not «заявил, что»
    expect(insights.quotes.some((quote) => quote.text.startsWith('бы'))).toBe(false);
    expect(insights.figures).toContainEqual(
      expect.objectContaining({ text: '300 млн рублей', value: 300_000_000, unit: 'RUB', what: 'товарооборот' }),
    );
    expect(insights.figures).toContainEqual(expect.objectContaining({ value: 15, unit: '%' }));
    const lavrov = insights.entities.find((entity) => entity.name === 'Сергей Лавров');
    expect(lavrov?.mentions.map((mention) => mention.text)).toEqual(['Сергей Лавров', 'Лавров', 'Лавров']);
    expect(insights.entities.find((entity) => entity.key.includes('rodriges'))?.name).toBe('Бруно Родригес');
  });

  it('Spanish, French and German quotes with their speakers; numbers as each language writes them', () => {
    const cases = [
      {
        language: 'es',
        body: 'El canciller Bruno Rodríguez afirmó: «Cuba rechaza el bloqueo económico de Estados Unidos». El comercio creció un 12 por ciento hasta 1.500 millones de dólares.',
        quote: ['Cuba rechaza el bloqueo económico de Estados Unidos', 'Bruno Rodríguez'],
        figure: { value: 1_500_000_000, unit: 'USD' },
      },
      {
        language: 'fr',
        body: '« Nous voulons une solution diplomatique rapide », a déclaré Emmanuel Macron mardi. Les échanges ont atteint 2,5 milliards d’euros et 150 000 personnes sont concernées.',
        quote: ['Nous voulons une solution diplomatique rapide', 'Emmanuel Macron'],
        figure: { value: 2_500_000_000, unit: 'EUR' },
      },
      {
        language: 'de',
        body: '„Wir werden die Gespräche in Minsk fortsetzen“, sagte Außenministerin Annalena Baerbock. Der Handel stieg um 3,5 Prozent auf 14.500 Tonnen.',
        quote: ['Wir werden die Gespräche in Minsk fortsetzen', 'Annalena Baerbock'],
        figure: { value: 3.5, unit: '%' },
      },
    ];
    for (const { language, body, quote, figure } of cases) {
      const insights = extractInsights({ body, language, date: '2024-03-12' });
      spansAgree(body, insights);
      expect(insights.quotes, language).toContainEqual(expect.objectContaining({ kind: 'direct', text: quote[0], speaker: quote[1] }));
      expect(insights.figures, language).toContainEqual(expect.objectContaining(figure));
    }
    const french = extractInsights({ body: cases[1]!.body, language: 'fr', date: '2024-03-12' });
    expect(french.figures).toContainEqual(
      expect.objectContaining({ text: '150 000 personnes'.split(' ').slice(0, 2).join(' '), value: 150_000 }),
    );
  });

  it('English: "said Quebec" is no reported speech, "300 100 tractors" no 300,100, and every span of the seeds is its text', async () => {
    const body = 'Trudeau said Quebec would hold talks with the provinces next week. Officials counted 300 100 tractors in total.';
    const insights = extractInsights({ body, language: 'en', date: null });
    expect(insights.quotes).toEqual([]);
    expect(insights.figures.map((figure) => figure.value)).toEqual([100]);
    for (const file of await readdir(SEEDS_DIR)) {
      const text = await readFile(path.join(SEEDS_DIR, file), 'utf8');
      spansAgree(text, extractInsights({ body: text, language: 'en', date: '2024-05-16' }));
    }
  });

  it('a stray quotation mark does not swallow the paragraph', () => {
    const body = 'He measured 12" of rain. The ministers met in Minsk on Monday. They signed an agreement on trade.';
    const insights = extractInsights({ body, language: 'en', date: '2024-03-13' });
    expect(insights.events.map((event) => event.event)).toContain('The ministers met in Minsk on Monday.');
    expect(insights.events.find((event) => event.event.includes('Minsk'))?.date).toBe('2024-03-11');
  });
});
