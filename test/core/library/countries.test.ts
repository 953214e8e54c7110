// Countries in Russian case forms and abbreviations, as Russian news writes them; organisations are not countries.
import { describe, expect, it } from 'vitest';
import { countriesMentioned } from '../../../electron/core/library/countries';

describe('countries in Russian text', () => {
  it.each([
    ['Президент Белоруссии провёл переговоры в Минске.', ['Belarus']],
    ['Делегация Республики Беларусь и белорусские аграрии', ['Belarus']],
    ['Отношения КНДР и КНР обсуждались в Пхеньяне.', ['China', 'North Korea']],
    ['Власти ФРГ, США и РФ', ['Germany', 'Russia', 'United States']],
    ['Посол Соединённых Штатов Америки и посол Соединенного Королевства', ['United Kingdom', 'United States']],
    ['Переговоры с Южной Кореей, Саудовской Аравией и Молдавией', ['Moldova', 'Saudi Arabia', 'South Korea']],
    ['Страны ЕС и НАТО', []],
    ['Министры ЕС приехали в Кубу, на Кубе их встретили, о Кубе писали', ['Cuba']],
  ])('%s', (text, countries) => {
    expect([...countriesMentioned(text)].sort()).toEqual(countries);
  });
});
