// Search as the user types it: every query form, in English and Russian (and Spanish, French, German
// stemming), ranking, filters with facets, snippets, "more like this", and malformed queries.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchOptions } from '../../../electron/contract';
import { demonymCountry } from '../../../electron/core/library/demonyms';
import { AttacheService } from '../../../electron/core/service';
import { openSearchLibrary } from '../../support/searchFixtureLibrary';

let service: AttacheService;
beforeAll(async () => {
  service = await openSearchLibrary();
}, 60_000);

const search = async (query: string, options?: SearchOptions) => {
  const response = await service.search(query, options);
  if (!response.ok) throw new Error(response.message);
  return response;
};
/** Titles of the hits, each once: the fixtures hold two Russian and two Spanish texts with the same title (dashes differ). */
const titles = async (query: string, options?: SearchOptions) => [...new Set((await search(query, options)).hits.map((hit) => hit.title))];

const T = {
  cubaVisit: 'Aleksandr Lukashenko makes official visit to Cuba',
  beltaBaku: 'Lukashenko, Aliyev discuss ways to expand Belarus-Azerbaijan manufacturing cooperation',
  lavrov: 'Russia and Cuba to strengthen strategic ties with Lavrov visit',
  azernews: 'Azerbaijan and Belarus forge new paths in economic and industrial collaboration',
  kaliningrad: "Belarus aims for tight cooperation with Russia's Kaliningrad Oblast in logistics",
  ru: 'Минск и Гавана договорились расширить сотрудничество',
  es: 'Cuba y Belarús firman acuerdos de cooperación agrícola',
  fr: 'La Biélorussie et l’Azerbaïdjan renforcent leurs échanges',
  de: 'Deutschland und Kasachstan vertiefen die wirtschaftliche Zusammenarbeit',
  antivirus: 'Banks roll out new antivirus software',
  antiVirus: 'Ministries update anti-virus protection',
  zanzibarTitle: 'Zanzibar: a briefing on Zanzibar',
  cloves: 'Spice exports rise',
};

describe('plain words', () => {
  it('English: finds exactly the two Azerbaijan articles of the seeds (and the French one, by its stem)', async () => {
    expect((await titles('Azerbaijan', { filters: { collections: ['Samples'] } })).sort()).toEqual([T.azernews, T.beltaBaku].sort());
  });
  it('Russian: a word in another case form finds the article ("Белоруссии" → "Белоруссия")', async () => {
    expect(await titles('Белоруссии')).toContain(T.ru);
    expect(await titles('сотрудничества')).toEqual([T.ru]);
  });
  it('Spanish, French and German words find their inflected forms', async () => {
    expect(await titles('cooperaciones')).toContain(T.es);
    expect(await titles('échange')).toContain(T.fr);
    expect(await titles('Zusammenarbeiten')).toEqual([T.de]);
  });
});

describe('+must and -exclude', () => {
  it('English', async () => {
    const { hits } = await search('+Cuba tractors');
    // the Russian article says Куба: it is found across languages, below every article that says Cuba
    const found = hits.map((hit) => hit.title);
    expect(found).toEqual(expect.arrayContaining([T.cubaVisit, T.lavrov, T.es, T.ru]));
    expect(hits.at(-1)!.title).toBe(T.ru);
    expect(await titles('+Cuba tractors', { crossScript: false })).not.toContain(T.ru);
    // the articles with both words come first (the Spanish one has "tractores"; its ISO-8859-1 copy is a near-duplicate)
    expect(hits.map((hit) => hit.matched).slice(0, 2)).toEqual([2, 2]);
    expect(new Set(hits.slice(0, 2).map((hit) => hit.title))).toEqual(new Set([T.cubaVisit, T.es]));
    expect(await titles('Havana -Lavrov')).not.toContain(T.lavrov);
    expect(await titles('Havana -Lavrov')).toContain(T.cubaVisit);
  });
  it('Russian', async () => {
    // the Russian article first; the English ones on Minsk and Cuba across scripts after it
    expect((await titles('+Минск +Куба'))[0]).toBe(T.ru);
    expect(await titles('+Минск +Куба', { crossScript: false })).toEqual([T.ru]);
    // Minsk in any script, Cuba in none: the Belarusian articles that never mention Cuba
    const minskNotCuba = await titles('+Минск -Куба');
    expect(minskNotCuba.length).toBeGreaterThan(0);
    const cuba = new Set(await titles('Cuba'));
    expect(minskNotCuba.filter((title) => cuba.has(title) || title === T.ru)).toEqual([]);
  });
  it('a query of exclusions only lists everything else', async () => {
    const all = service.listArticles().length;
    expect((await search('-Cuba')).total).toBe(all - (await search('Cuba')).total);
  });
});

describe('a country by its name or demonym in any language and form', () => {
  it('finds the articles that mention the country in any language, saying through which country', async () => {
    for (const query of ['белорусского', 'Belarusian', 'bielorrusas', 'weißrussischen', 'Weißrussland', 'biélorusses', 'Bielorussia']) {
      const { hits } = await search(query);
      const found = hits.map((hit) => hit.title);
      expect(found, query).toEqual(expect.arrayContaining([T.beltaBaku, T.azernews, T.fr, T.es]));
      expect(hits.find((hit) => hit.title === T.beltaBaku)?.across, query).toEqual(['Belarus']);
    }
    expect(await titles('kubanischen')).toEqual(expect.arrayContaining([T.cubaVisit, T.lavrov, T.ru, T.es]));
    expect(await titles('кубинские')).toEqual(expect.arrayContaining([T.cubaVisit, T.lavrov, T.es]));
  });
  it('a capital by its name in another language, in any case (Гаване → Havana, Habana)', async () => {
    const { hits } = await search('Гаване');
    expect(hits[0]!.title).toBe(T.ru);
    const visit = hits.find((hit) => hit.title === T.cubaVisit);
    expect(visit?.across).toEqual(['Havana']);
    expect(await titles('Habana')).toEqual(expect.arrayContaining([T.cubaVisit, T.ru]));
    expect(await titles('Гаване', { crossScript: false })).toEqual([T.ru]);
  });
  it('only with the bridge on, and not for words that merely look alike', async () => {
    // the Russian article says «белорусской» itself; the others only through the country
    expect(await titles('белорусского', { crossScript: false })).toEqual([T.ru]);
    // a stemmer would take these to Liberia and France ("liber", "franc"); the table of forms does not
    for (const word of ['liberan', 'libera', 'franchir', 'Francisco', 'franc']) expect(demonymCountry(word), word).toBeUndefined();
    expect(demonymCountry('liberianos')).toBe('Liberia');
  });
});

describe('field:word', () => {
  it('title, source, author and place', async () => {
    expect(await titles('title:Kaliningrad')).toEqual([T.kaliningrad]);
    expect((await titles('source:BelTA')).sort()).toEqual([T.beltaBaku, T.kaliningrad, T.ru].sort());
    expect(await titles('author:Newman')).toEqual([T.lavrov]);
    expect(await titles('place:Baku')).toContain(T.beltaBaku);
    expect(await titles('title:Lavrov')).toEqual([T.lavrov]);
    expect(await titles('title:tractors')).toEqual([]);
  });
  it('Russian', async () => {
    expect(await titles('place:Минск')).toEqual([T.ru]);
    expect(await titles('title:Гавана')).toEqual([T.ru]);
  });
});

describe('wildcards and fuzzy words', () => {
  it('trailing wildcard, English and Russian', async () => {
    expect(await titles('Kalinin*')).toEqual([T.kaliningrad]);
    expect(await titles('межправит*')).toEqual([T.ru]);
  });
  it('~1 allows one letter of difference, English and Russian', async () => {
    expect(await titles('Kaliningrd~1')).toEqual([T.kaliningrad]);
    expect(await titles('Kaliningrd')).toEqual([]);
    expect(await titles('Гавона~1')).toEqual([T.ru]);
  });
});

describe('"exact phrases"', () => {
  it('English: only where the words stand together, in order', async () => {
    expect(await titles('"strategic partnership"')).toEqual([T.cubaVisit]);
    expect(await titles('"partnership strategic"')).toEqual([]);
    expect(await titles('"Council of State"')).toEqual([T.cubaVisit]);
  });
  it('Russian', async () => {
    expect(await titles('"сельском хозяйстве"')).toEqual([T.ru]);
    expect(await titles('"хозяйстве сельском"')).toEqual([]);
  });
});

describe('accents, hyphens and numbers', () => {
  it('matches without diacritics, both ways', async () => {
    expect((await titles('Marti')).sort()).toEqual([T.cubaVisit, T.lavrov].sort());
    expect(await titles('Rodriguez')).toEqual([T.lavrov]);
    expect(await titles('Belarús')).toContain(T.kaliningrad);
  });
  it('hyphenated words match their parts and their joined form', async () => {
    expect(await titles('Azerbaijan')).toContain(T.beltaBaku); // written "Belarus-Azerbaijan" there too
    expect((await titles('antivirus')).sort()).toEqual([T.antiVirus, T.antivirus].sort());
    expect((await titles('anti-virus')).sort()).toEqual([T.antiVirus, T.antivirus].sort());
  });
  it('numbers and amounts stay searchable in every language', async () => {
    expect(await titles('14,500')).toEqual([T.cubaVisit]);
    expect(await titles('14500')).toEqual([T.cubaVisit]);
    expect((await titles('$400 million'))[0]).toBe(T.beltaBaku);
    expect(await titles('"$400 million"')).toEqual([T.beltaBaku]);
    expect((await titles('2023')).length).toBeGreaterThanOrEqual(4);
    expect(await titles('+2023 +Минск', { crossScript: false })).toEqual([T.ru]);
  });
});

describe('ranking', () => {
  it('an article with all the words ranks above one with only a rare one, however often it has it', async () => {
    const { hits } = await search('Zanzibar cloves trade');
    expect(hits[0]).toMatchObject({ title: T.cloves, matched: 3 });
    const rare = hits.find((hit) => hit.title === T.zanzibarTitle)!;
    expect(rare.matched).toBe(1);
    // Lunr alone would put it first: its score for the rare word, in the title and five times, is higher
    expect(rare.score).toBeGreaterThan(hits[0]!.score);
  });
  it('a title match weighs more than body matches', async () => {
    expect((await titles('Zanzibar'))[0]).toBe(T.zanzibarTitle);
    expect((await titles('Lavrov'))[0]).toBe(T.lavrov);
  });
});

describe('filters and facets', () => {
  it('counts by language, source, country and collection, and filters by each', async () => {
    const { facets, total } = await search('Belarus');
    expect(facets.languages.find((facet) => facet.value === 'en')!.count).toBeLessThan(total);
    expect(facets.collections.map((facet) => facet.value)).toContain('Samples');
    expect(facets.countries.find((facet) => facet.value === 'Belarus')!.count).toBe(total);
    const english = await search('Belarus', { filters: { languages: ['en'] } });
    expect(english.total).toBe(facets.languages.find((facet) => facet.value === 'en')!.count);
    // a dimension's own counts ignore its own filter, so the user can widen the choice
    expect(english.facets.languages).toEqual(facets.languages);
    expect((await titles('Belarus', { filters: { sources: ['BelTA'], languages: ['en'] } })).sort()).toEqual(
      [T.beltaBaku, T.kaliningrad].sort(),
    );
    expect(await titles('Cuba', { filters: { countries: ['Venezuela'] } })).toEqual([T.cubaVisit]);
  });
  it('filters by date range, keeping the undated articles unless they are excluded', async () => {
    const range = { dateFrom: '2024-05-01', dateTo: '2024-12-31' };
    const dated = [T.azernews, T.beltaBaku, 'Belarus and Azerbaijan sign transport agreement'];
    expect((await titles('Belarus', { filters: { ...range, excludeUndated: true } })).sort()).toEqual(dated.sort());
    const kept = await search('Belarus', { filters: range });
    const undated = kept.hits.filter((hit) => hit.date === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(kept.total).toBe(dated.length + undated.length);
    expect(kept.facets.dates.undated).toBe(undated.length);
  });
  it('counts results by year, by month within a chosen year, and the undated', async () => {
    const all = await search('Belarus');
    const { years, months, undated } = all.facets.dates;
    expect(years.map((year) => year.value)).toEqual([...years.map((year) => year.value)].sort());
    expect(years.reduce((sum, year) => sum + year.count, 0) + undated).toBe(all.total);
    expect(months).toEqual([]);
    const year = years.at(-1)!;
    // the histogram ignores its own filter: choosing a year shows its months and keeps the other years
    const chosen = await search('Belarus', { filters: { dateFrom: `${year.value}-01-01`, dateTo: `${year.value}-12-31` } });
    expect(chosen.facets.dates.years).toEqual(years);
    expect(chosen.facets.dates.months.reduce((sum, month) => sum + month.count, 0)).toBe(year.count);
    expect(chosen.facets.dates.months.every((month) => month.value.startsWith(`${year.value}-`))).toBe(true);
  });
  it('puts articles in the query’s own language first among those holding as many of its words', async () => {
    const first = async (query: string) => (await search(query)).hits[0]!.language;
    // "the", "les", "der" are stop words: they do not narrow the search, but say the query's language
    expect(await first('Minsk the')).toBe('en');
    expect(await first('Minsk les')).toBe('fr');
    expect(await first('Минск')).toBe('ru');
  });
  it('sorts by date, newest first, undated last', async () => {
    const dates = (await search('Belarus', { sort: 'date' })).hits.map((hit) => hit.date);
    const dated = dates.filter(Boolean) as string[];
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.indexOf(null)).toBeGreaterThanOrEqual(dated.length);
  });
  it('pages through results', async () => {
    const all = (await search('Belarus', { limit: 100 })).hits.map((hit) => hit.id);
    const second = (await search('Belarus', { limit: 3, offset: 3 })).hits.map((hit) => hit.id);
    expect(second).toEqual(all.slice(3, 6));
  });
});

describe('snippets', () => {
  it('English: the best passage, with the query words marked', async () => {
    const [hit] = (await search('Lavrov wreath')).hits;
    const marked = hit!.highlights.map(([start, end]) => hit!.snippet.slice(start, end));
    expect(marked).toEqual(expect.arrayContaining(['Lavrov', 'wreath']));
  });
  it('Russian: inflected forms are marked', async () => {
    const [hit] = (await search('Белоруссии сотрудничество')).hits;
    const marked = hit!.highlights.map(([start, end]) => hit!.snippet.slice(start, end));
    expect(marked).toEqual(expect.arrayContaining(['Белоруссия', 'сотрудничество']));
  });
});

describe('more like this', () => {
  it('finds the other Belarus–Azerbaijan articles for BelTA’s, among the top three', async () => {
    const belta = service.listArticles().find((meta) => meta.title === T.beltaBaku)!;
    const similar = (await service.moreLikeThis(belta.id)).map((hit) => hit.title);
    expect(similar.slice(0, 3)).toEqual(expect.arrayContaining([T.azernews, 'Belarus and Azerbaijan sign transport agreement']));
    expect(similar).not.toContain(T.beltaBaku);
    expect(similar).not.toContain(T.antivirus);
  });
});

describe('malformed queries get a message, never an exception', () => {
  it.each([
    ['title:', /^Nothing follows “title:”/],
    ['"unclosed', /^A quotation mark is not closed/],
    ['~', /^“~” needs a word before it/],
    ['*', /^“\*”: put at least 2 letters before “\*”/],
    ['x'.repeat(5000), /^The query is too long \(5,000 characters; at most 1,000\)\./],
    ['+', /^“\+” needs a word after it/],
    ['Havana~7', /^Fuzzy matching allows 1 or 2 letters/],
    ['Ha*na', /a wildcard may only end a word/],
  ])('%s', async (query, message) => {
    const response = await service.search(query);
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.message).toMatch(message);
  });
});

describe('no matches', () => {
  it('suggests a fuzzy search that finds something', async () => {
    const response = await search('Kaliningrd');
    expect(response.total).toBe(0);
    expect(response.suggestion).toMatchObject({ query: 'Kaliningrd~1', total: 1, dropFilters: false });
  });
  it('suggests dropping filters that hide every match', async () => {
    const response = await search('Lavrov', { filters: { languages: ['ru'] } });
    expect(response.suggestion).toMatchObject({ dropFilters: true, total: 1 });
  });
});
