// The bridge between scripts: a name's spellings in Cyrillic and Latin letters (and other Latin alphabets)
// meet on one key; different names do not.
import { describe, expect, it } from 'vitest';
import { bridgeTermOf, queryBridgeTermsOf } from '../../../electron/core/search/engine/analysis';
import { bridgeKey } from '../../../electron/core/search/engine/crossScript';
import { russianLemmas } from '../../../electron/core/search/engine/russianMorphology';

describe('a name across scripts', () => {
  it.each([
    ['Лавров', 'Lavrov'],
    ['Лукашенко', 'Lukashenko'],
    ['Лукашэнка', 'Lukashenko'],
    ['Алиев', 'Aliyev'],
    ['Алиев', 'Əliyev'],
    ['Алиев', 'Aliev'],
    ['Родригес', 'Rodríguez'],
    ['Кузнецов', 'Kuznetsov'],
    ['Васильев', 'Vasilyev'],
    ['Зеленский', 'Zelensky'],
    ['Зеленский', 'Zelenskyy'],
    ['Хабаровск', 'Khabarovsk'],
    ['Щербаков', 'Shcherbakov'],
    ['Ельцин', 'Yeltsin'],
    ['Мирзиёев', 'Mirziyoyev'],
    ['Жириновский', 'Zhirinovsky'],
  ])('%s meets %s', (cyrillic, latin) => {
    expect(bridgeKey(cyrillic)).toBeDefined();
    expect(bridgeKey(cyrillic)).toBe(bridgeKey(latin));
  });

  it.each([
    ['Лавров', 'Lukashenko'],
    ['Путин', 'Peskov'],
    ['Медведев', 'Medvedchuk'],
  ])('%s does not meet %s', (a, b) => {
    expect(bridgeKey(a)).not.toBe(bridgeKey(b));
  });

  it('takes an inflected Russian name to its nominative first, in the index and in a query', () => {
    for (const form of ['Лаврову', 'Лавровым', 'Лаврове', 'Лаврова']) expect(bridgeTermOf(form)).toBe(bridgeTermOf('Lavrov'));
    expect(queryBridgeTermsOf('лавровым')).toContain(bridgeTermOf('Lavrov'));
  });

  it('leaves words too short to bridge safely alone', () => {
    expect(bridgeKey('Ким')).toBeUndefined();
  });

  it('leaves a damaged file’s endless runs of one letter to the stemmer (the dictionary’s repeat search would take minutes)', () => {
    expect(russianLemmas(`длинноше${'е'.repeat(1000)}`)).toEqual([]);
    expect(bridgeKey('i'.repeat(20_000))).toBeUndefined();
    // a word of ordinary length with repeated letters is looked up as written, not merged into another
    expect(russianLemmas('аааа')).not.toContain('а');
  });
});
