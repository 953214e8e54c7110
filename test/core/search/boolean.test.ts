// The operators people type — AND, OR, NOT, parentheses — on the five sample articles, and the queries
// that mean nothing, which get a message rather than the whole library.
import { beforeAll, describe, expect, it } from 'vitest';
import { AttacheService } from '../../../electron/core/service';
import { SEEDS_DIR, tempDir } from '../../support/paths';

let service: AttacheService;
beforeAll(async () => {
  service = await AttacheService.open({ libraryDir: await tempDir('boolean'), seedsDir: SEEDS_DIR });
});

async function titles(query: string): Promise<string[]> {
  const response = await service.search(query);
  if (!response.ok) throw new Error(response.message);
  return response.hits.map((hit) => hit.title).sort();
}

const LAVROV = 'Russia and Cuba to strengthen strategic ties with Lavrov visit';
const VISIT = 'Aleksandr Lukashenko makes official visit to Cuba';

describe('AND, OR, NOT and parentheses', () => {
  it('Cuba AND Lavrov: the Lavrov article only (Cuba alone finds more)', async () => {
    expect((await titles('Cuba')).length).toBeGreaterThan(1);
    expect(await titles('Cuba AND Lavrov')).toEqual([LAVROV]);
  });

  it('Cuba NOT Lavrov, and Cuba -Lavrov: the Lukashenko visit only', async () => {
    expect(await titles('Cuba NOT Lavrov')).toEqual([VISIT]);
    expect(await titles('Cuba -Lavrov')).toEqual([VISIT]);
    expect(await titles('Cuba AND NOT Lavrov')).toEqual([VISIT]);
    expect(await titles('Cuba -(Lavrov OR Kaliningrad)')).toEqual([VISIT]);
  });

  it('(Azerbaijan OR Kaliningrad) AND Belarus: the three BelTA and Azernews articles', async () => {
    const three = await titles('(Azerbaijan OR Kaliningrad) AND Belarus');
    expect(three).toHaveLength(3);
    expect(three).not.toContain(LAVROV);
    expect(three).not.toContain(VISIT);
    // without the parentheses AND binds first: Azerbaijan, or Kaliningrad with Belarus
    const unbracketed = await titles('Azerbaijan OR Kaliningrad AND Belarus');
    expect(unbracketed.length).toBeGreaterThan(0);
    expect(unbracketed).toEqual(await titles('Azerbaijan (Kaliningrad AND Belarus)'));
  });

  it('NOT alone lists everything else; NOTs joined by OR leave out only what has both', async () => {
    const all = service.listArticles().length;
    expect((await titles('NOT Lavrov')).length).toBe(all - (await titles('Lavrov')).length);
    expect(await titles('NOT Cuba OR NOT Lavrov')).toEqual(await titles('NOT (Cuba AND Lavrov)'));
    expect((await titles('NOT Cuba OR NOT Lavrov')).length).toBe(all - 1);
    // words the library does not hold leave nothing out
    expect((await titles('NOT xyzzyq NOT qqqzzz')).length).toBe(all);
  });

  it('a stop word neither narrows nor empties an AND', async () => {
    expect(await titles('Cuba AND the')).toEqual(await titles('Cuba'));
  });

  it('and in lower case they are words', async () => {
    const response = await service.search('cuba and lavrov');
    expect(response.ok && response.hits.length).toBeGreaterThan(1);
  });
});

describe('queries that mean nothing', () => {
  it.each([
    ['((', /parenthesis is not closed/],
    [')', /closes nothing/],
    ['()', /Empty parentheses/],
    [':', /Nothing to search for/],
    ['–', /Nothing to search for/],
    ['AND OR', /“AND” needs words on both sides/],
    ['Cuba AND', /“AND” needs words on both sides/],
    ['OR Cuba', /“OR” needs words on both sides/],
    ['Cuba NOT', /“NOT” needs a word after it/],
    ['+(Cuba OR Lavrov)', /cannot be required/],
  ])('%j gets a message and no results', async (query, message) => {
    const response = await service.search(query);
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.message).toMatch(message);
  });
});
