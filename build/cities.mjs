// Writes electron/core/places/cities.json: the cities Unicode CLDR names in every language it covers (the
// "exemplar cities" of its time zones: Minsk, Минск; Brussels, Брюссель, Brüssel, Bruxelles, Bruselas …),
// in the desk's languages. CLDR is the maintained multilingual source of these names; the file is
// generated so that the app ships 30 KB rather than the package. Run: node build/cities.mjs
// (test/core/places/gazetteer.test.ts checks the file is what this script writes).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CITIES_FILE = path.join(here, '..', 'electron', 'core', 'places', 'cities.json');
const LANGUAGES = ['ru', 'uk', 'be', 'de', 'fr', 'es', 'it', 'pt', 'pl'];

function exemplarCities(locale) {
  const file = path.join(here, '..', 'node_modules', 'cldr-dates-modern', 'main', locale, 'timeZoneNames.json');
  const zones = JSON.parse(readFileSync(file, 'utf8')).main[locale].dates.timeZoneNames.zone;
  const cities = new Map();
  const walk = (node, zone) => {
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== 'object') continue;
      if (typeof value.exemplarCity === 'string') cities.set([...zone, key].join('/'), value.exemplarCity);
      walk(value, [...zone, key]);
    }
  };
  walk(zones, []);
  return cities;
}

/** Rows of one city's names: English first (CLDR's, else the zone's own name), then the others. */
export function citiesFromCldr() {
  const english = exemplarCities('en');
  const others = LANGUAGES.map(exemplarCities);
  const zones = new Set(others.flatMap((cities) => [...cities.keys()]));
  const rows = [];
  for (const zone of [...zones].sort()) {
    if (zone.startsWith('Etc/')) continue;
    const name = english.get(zone) ?? zone.split('/').at(-1).replace(/_/g, ' ');
    const names = [name, ...others.map((cities) => cities.get(zone)).filter(Boolean)];
    rows.push([...new Set(names)]);
  }
  return rows.sort((a, b) => a[0].localeCompare(b[0], 'en'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = citiesFromCldr();
  writeFileSync(CITIES_FILE, `${JSON.stringify(rows)}\n`);
  console.log(
    `${rows.length} cities, ${rows.reduce((sum, row) => sum + row.length, 0)} names → ${path.relative(process.cwd(), CITIES_FILE)}`,
  );
}
