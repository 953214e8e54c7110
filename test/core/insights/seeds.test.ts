// The analyst's desk on the five sample articles, read at import and stored with them: who said what,
// the figures, the dated meetings, and one Lukashenko whatever the spelling.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Insights } from '../../../electron/contract';
import { Library } from '../../../electron/core/library/library';
import { AttacheService } from '../../../electron/core/service';
import { SEEDS_DIR, tempDir } from '../../support/paths';

let service: AttacheService;
let libraryDir: string;
let insights: Insights;

beforeAll(async () => {
  libraryDir = await tempDir('insights-seeds');
  service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
  const response = await service.searchInsights('');
  if (!response.ok) throw new Error(response.message);
  insights = response.insights;
});

describe('insights of the seeds', () => {
  it('are stored with each article at import', async () => {
    const library = await Library.open(libraryDir);
    const stored = await Promise.all(library.list().map((meta) => library.get(meta.id)));
    expect(stored.every((article) => article?.insights?.entities.length)).toBe(true);
  });

  it("attributes Mikhail Rusy's quote on port infrastructure to him", () => {
    const quote = insights.quotes.find((candidate) => candidate.text.includes('port infrastructure'));
    expect(quote).toMatchObject({ speaker: 'Mikhail Rusy', kind: 'direct', date: '2017-11-13' });
    expect(quote!.text).toMatch(/^We can earn a great deal of money/);
  });

  it('attributes "We are in favor of good relations…" to Aleksandr Lukashenko', () => {
    const quote = insights.quotes.find((candidate) => candidate.text.startsWith('We are in favor of good relations between countries'));
    expect(quote?.speaker).toBe('Aleksandr Lukashenko');
  });

  it('resolves "the president said:" and "he noted" to the person named before', () => {
    const discussed = insights.quotes.find((candidate) => candidate.text.startsWith('We’ve discussed all the matters'));
    expect(discussed?.speaker).toBe('Aleksandr Lukashenko');
  });

  it('reads reported speech with its speaker', () => {
    const reported = insights.quotes.filter((quote) => quote.kind === 'reported');
    expect(reported).toContainEqual(
      expect.objectContaining({ speaker: 'Mikhail Rusy', text: expect.stringMatching(/^Belarus attaches much significance/) }),
    );
  });

  it('finds the $400 million of Belarus–Azerbaijan trade in 2023 and the 39 percent growth', () => {
    expect(insights.figures).toContainEqual(
      expect.objectContaining({ text: '$400 million', value: 400_000_000, unit: 'USD', what: 'Belarus-Azerbaijan trade', period: '2023' }),
    );
    expect(insights.figures).toContainEqual(expect.objectContaining({ value: 39, unit: '%', what: expect.stringContaining('trade') }));
    expect(insights.figures).toContainEqual(expect.objectContaining({ value: 14_500, unit: null, what: 'Belarusian tractors' }));
  });

  it('puts the Lavrov–Rodríguez Parrilla meeting in Havana on 2024-02-19 and the Asadov–Golovchenko meeting in Minsk on 2024-10-03', () => {
    const havana = insights.timeline.find((entry) => entry.date === '2024-02-19');
    expect(havana?.people).toEqual(expect.arrayContaining(['Serguei Lavrov', 'Bruno Rodríguez Parrilla']));
    expect(havana?.places).toContain('Havana');
    const minsk = insights.timeline.find((entry) => entry.date === '2024-10-03');
    expect(minsk?.people).toEqual(expect.arrayContaining(['Ali Asadov', 'Roman Golovchenko']));
    expect(minsk?.places).toContain('Minsk');
  });

  it('knows Aleksandr and Alexander Lukashenko as one person', () => {
    const lukashenko = insights.entities.filter((entity) => /Lukashenko/.test(entity.name));
    expect(lukashenko).toHaveLength(1);
    expect(lukashenko[0]!.kind).toBe('person');
    const spellings = new Set(lukashenko[0]!.mentions.map((mention) => mention.text));
    expect([...spellings]).toEqual(expect.arrayContaining(['Aleksandr Lukashenko', 'Alexander Lukashenko']));
    expect(lukashenko[0]!.articles.length).toBe(3);
  });

  it('gathers a search result: "Azerbaijan" gives its articles\' figures only', async () => {
    const response = await service.searchInsights('Azerbaijan');
    if (!response.ok) throw new Error(response.message);
    expect(response.sources.length).toBe(response.total);
    const ids = new Set(response.insights.figures.map((figure) => figure.articleId));
    expect(response.insights.figures.some((figure) => figure.text === '$400 million')).toBe(true);
    expect(response.insights.figures.some((figure) => figure.value === 14_500)).toBe(false); // the Cuba visit does not name Azerbaijan
    expect(ids.size).toBeGreaterThan(0);
  });

  it('gives search a facet and a filter of the people and organisations the results name', async () => {
    const all = await service.search('');
    if (!all.ok) throw new Error(all.message);
    // Aleksandr (two articles) and Alexander Lukashenko (one) are one person, shown as most articles spell him
    expect(all.facets.people).toContainEqual({ value: 'Aleksandr Lukashenko', count: 3 });
    expect(all.facets.people.map((person) => person.value)).not.toContain('Alexander Lukashenko');
    expect(all.facets.people).toContainEqual({ value: 'Mikhail Rusy', count: 1 });
    // places other than countries, with their own filter
    expect(all.facets.places).toEqual([
      { value: 'Minsk', count: 3 },
      { value: 'Havana', count: 2 },
      { value: 'Baku', count: 1 },
    ]);
    const havana = await service.search('', { filters: { places: ['Havana'] } });
    expect(havana.ok && havana.hits.map((hit) => hit.title).sort()).toEqual([
      'Aleksandr Lukashenko makes official visit to Cuba',
      'Russia and Cuba to strengthen strategic ties with Lavrov visit',
    ]);
    // and the filter by either spelling finds all three
    for (const spelling of ['Aleksandr Lukashenko', 'Alexander Lukashenko']) {
      const lukashenko = await service.search('', { filters: { people: [spelling] } });
      expect(lukashenko.ok && lukashenko.total).toBe(3);
    }
    const rusy = await service.search('', { filters: { people: ['Mikhail Rusy'] } });
    if (!rusy.ok) throw new Error(rusy.message);
    expect(rusy.hits.map((hit) => hit.title)).toEqual(["Belarus aims for tight cooperation with Russia's Kaliningrad Oblast in logistics"]);
    // the other dimensions count within the filter; this one still offers every person
    expect(rusy.facets.people.length).toBe(all.facets.people.length);
    expect(rusy.facets.sources).toEqual([{ value: 'BelTA', count: 1 }]);
  });

  it('reads an article stored without insights (imported before them) when asked', async () => {
    const dir = await tempDir('insights-old');
    const old = await AttacheService.open({ libraryDir: dir, seedsDir: SEEDS_DIR });
    const library = await Library.open(dir);
    const article = (await library.get(library.list().find((meta) => meta.title.includes('Kaliningrad'))!.id))!;
    const { insights: _stored, ...without } = article;
    await library.commit({ added: [without] });
    expect((await (await Library.open(dir)).get(article.id))?.insights).toBeUndefined();
    const read = await (await AttacheService.open({ libraryDir: dir, seedsDir: SEEDS_DIR })).articleInsights(article.id);
    if (!read.ok) throw new Error(read.message);
    expect(read.insights.quotes.map((quote) => quote.speaker)).toContain('Mikhail Rusy');
    void old;
  });
});
