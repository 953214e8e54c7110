// Capitals whose names differ between languages by more than a romanisation: Moscow, Москва, Moskau,
// Moscou, Moscú, Mosca. The bridge between scripts (crossScript.ts) already joins Minsk and Минск, Baku
// and Баку; these need a table (world-countries names capitals in English only, and no offline gazetteer
// of exonyms ships as a library). A word of one row finds the others' where an article names them (the
// index's names field), ranked as a match across languages. Russian forms are looked up by their
// dictionary form (Москве → москва).
import { foldDiacritics } from './analysis.js';
import { russianLemmas } from './russianMorphology.js';

// English, Russian, German, French, Spanish, Italian, Portuguese (and other common spellings); names of
// several words are kept for the reader of this table but only one-word names are looked up
const CAPITALS: string[][] = [
  ['Moscow', 'Москва', 'Moskau', 'Moscou', 'Moscú', 'Mosca', 'Moskva'],
  ['Kyiv', 'Киев', 'Kiew', 'Kiev', 'Kiev', 'Kiev', 'Kiev', 'Київ', 'Kijów'],
  ['Warsaw', 'Варшава', 'Warschau', 'Varsovie', 'Varsovia', 'Varsavia', 'Varsóvia', 'Warszawa'],
  ['Beijing', 'Пекин', 'Peking', 'Pékin', 'Pekín', 'Pechino', 'Pequim'],
  ['Prague', 'Прага', 'Prag', 'Prague', 'Praga', 'Praga', 'Praga', 'Praha'],
  ['Vienna', 'Вена', 'Wien', 'Vienne', 'Viena', 'Vienna', 'Viena'],
  ['Rome', 'Рим', 'Rom', 'Rome', 'Roma', 'Roma', 'Roma'],
  ['Brussels', 'Брюссель', 'Brüssel', 'Bruxelles', 'Bruselas', 'Bruxelles', 'Bruxelas'],
  ['Havana', 'Гавана', 'Havanna', 'La Havane', 'La Habana', "L'Avana", 'Havana', 'Habana', 'Havane', 'Avana'],
  ['Belgrade', 'Белград', 'Belgrad', 'Belgrade', 'Belgrado', 'Belgrado', 'Belgrado'],
  ['Bucharest', 'Бухарест', 'Bukarest', 'Bucarest', 'Bucarest', 'Bucarest', 'Bucareste', 'București'],
  ['Athens', 'Афины', 'Athen', 'Athènes', 'Atenas', 'Atene', 'Atenas'],
  ['Lisbon', 'Лиссабон', 'Lissabon', 'Lisbonne', 'Lisboa', 'Lisbona', 'Lisboa'],
  ['Copenhagen', 'Копенгаген', 'Kopenhagen', 'Copenhague', 'Copenhague', 'Copenaghen', 'Copenhaga', 'København'],
  ['The Hague', 'Гаага', 'Den Haag', 'La Haye', 'La Haya', "L'Aia", 'Haia', 'Haag'],
  ['Geneva', 'Женева', 'Genf', 'Genève', 'Ginebra', 'Ginevra', 'Genebra'],
  ['Washington', 'Вашингтон'],
  ['London', 'Лондон', 'London', 'Londres', 'Londres', 'Londra', 'Londres'],
  ['Paris', 'Париж', 'Paris', 'Paris', 'París', 'Parigi', 'Paris'],
  ['Berlin', 'Берлин', 'Berlin', 'Berlin', 'Berlín', 'Berlino', 'Berlim'],
  ['Tokyo', 'Токио', 'Tokio', 'Tokyo', 'Tokio', 'Tokyo', 'Tóquio'],
  ['Seoul', 'Сеул', 'Seoul', 'Séoul', 'Seúl', 'Seul', 'Seul'],
  ['Pyongyang', 'Пхеньян', 'Pjöngjang', 'Pyongyang', 'Pionyang', 'Pyongyang', 'Pyongyang'],
  ['Tehran', 'Тегеран', 'Teheran', 'Téhéran', 'Teherán', 'Teheran', 'Teerã', 'Teerão'],
  ['Damascus', 'Дамаск', 'Damaskus', 'Damas', 'Damasco', 'Damasco', 'Damasco'],
  ['Cairo', 'Каир', 'Kairo', 'Le Caire', 'El Cairo', 'Il Cairo', 'Cairo', 'Caire'],
  ['Jerusalem', 'Иерусалим', 'Jerusalem', 'Jérusalem', 'Jerusalén', 'Gerusalemme', 'Jerusalém'],
  ['Ankara', 'Анкара'],
  ['Baghdad', 'Багдад', 'Bagdad', 'Bagdad', 'Bagdad', 'Baghdad', 'Bagdá'],
  ['Vilnius', 'Вильнюс', 'Wilna', 'Vilnius', 'Vilna', 'Vilnius', 'Vilnius', 'Wilno'],
  ['Tbilisi', 'Тбилиси', 'Tiflis', 'Tbilissi', 'Tiflis', 'Tbilisi', 'Tbilisi'],
  ['Yerevan', 'Ереван', 'Jerewan', 'Erevan', 'Ereván', 'Erevan', 'Erevã'],
  ['Chisinau', 'Кишинёв', 'Chișinău', 'Kischinau', 'Chisináu', 'Kishinev'],
  ['Bratislava', 'Братислава', 'Pressburg'],
  ['Helsinki', 'Хельсинки', 'Helsingfors'],
  ['Stockholm', 'Стокгольм', 'Stockholm', 'Stockholm', 'Estocolmo', 'Stoccolma', 'Estocolmo'],
];

let table: Map<string, string[]> | undefined;

const key = (name: string): string => foldDiacritics(name.toLowerCase());

/** The capital's other names, for a one-word name in any of its forms ("Москве" → Moscow, Moskau …); none for other words. */
export function exonymsOf(word: string): string[] {
  if (!table) {
    table = new Map();
    for (const row of CAPITALS) {
      const names = [...new Set(row)].filter((name) => !/[\s'-]/.test(name));
      for (const name of names) table.set(key(name), names);
    }
  }
  const forms = /\p{Script=Cyrillic}/u.test(word) ? [word, ...russianLemmas(word)] : [word];
  for (const form of forms) {
    const names = table.get(key(form));
    if (names) return names.filter((name) => key(name) !== key(form));
  }
  return [];
}
