// A dateline's place in English: CLDR's cities in the desk's languages and the capitals' table, and the
// generated city list kept exactly as build/cities.mjs writes it from the CLDR package.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeLabel } from '../../../electron/core/briefing/model/placeLabel';
import { placeInEnglish } from '../../../electron/core/places/gazetteer';
// @ts-expect-error: a build script in plain JavaScript, without types
import { citiesFromCldr, CITIES_FILE } from '../../../build/cities.mjs';

describe('a place in English', () => {
  it('names cities as they are written in every language of the desk, in any case', () => {
    const cases: [string, string][] = [
      ['МИНСК', 'Minsk'],
      ['Мінск', 'Minsk'],
      ['Mińsk', 'Minsk'],
      ['Москва', 'Moscow'],
      ['La Habana', 'Havana'],
      ['La Havane', 'Havana'],
      ['BRUXELLES', 'Brussels'],
      ['Bruksela', 'Brussels'],
      ['Roma', 'Rome'],
      ['Lisboa', 'Lisbon'],
      ['Warszawa', 'Warsaw'],
      ['Пекин', 'Beijing'],
      ['Женева', 'Geneva'],
      ['Genf', 'Geneva'],
      ['Вашингтон', 'Washington'],
      ['Киев', 'Kyiv'],
      ['Moskau', 'Moscow'],
      ['L’Avana', 'Havana'],
    ];
    expect(cases.map(([place]) => [place, placeInEnglish(place)])).toEqual(cases);
  });

  it('keeps a Latin place it does not know, and romanises one in another script', () => {
    expect(placeInEnglish('Bad Godesberg')).toBe('Bad Godesberg');
    expect(placeInEnglish('ГРОДНО')).toBe('Grodno');
    expect(placeInEnglish('Гродно')).toBe('Grodno');
  });

  it('shows the place as written with its English name beside it when they differ', () => {
    expect(placeLabel({ place: 'Минск', placeInEnglish: 'Minsk' })).toBe('Минск (Minsk)');
    expect(placeLabel({ place: 'Brussels', placeInEnglish: 'Brussels' })).toBe('Brussels');
    expect(placeLabel({ place: 'Roma' })).toBe('Roma');
    expect(placeLabel({ place: null })).toBeNull();
  });

  it('ships the city list exactly as the generator writes it from CLDR', () => {
    expect(JSON.parse(readFileSync(CITIES_FILE, 'utf8'))).toEqual(citiesFromCldr());
  });
});
