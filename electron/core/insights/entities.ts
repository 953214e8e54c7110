// People, organisations and places named in an article, each with every mention and a key that meets
// the same entity's other spellings, cases and scripts ("Aleksandr Lukashenko", "Alexander Lukashenko",
// "Лукашенко", "Лукашенком" → one person). A name is a run of capitalised words; what it names comes from
// the country table (library/countries.ts), OpenCorpora's tags for Russian names (az), and tables of our
// own — titles before a person ("President", «глава»), words that make an organisation ("Ministry",
// «министерство»), the prepositions before a place — in the seven languages Attaché reads. No library
// does this offline in all of them: compromise (English only) reads 0.07 MB of text a second here, over
// ten times what an import can spend on it.
import type { ArticleEntity, EntityKind } from '../../contract.js';
import { countryOfName as countryNamed } from '../library/countries.js';
import { bridgeKey } from '../search/engine/crossScript.js';
import { foldDiacritics, isStopWordIn } from '../search/engine/analysis.js';
import { russianName } from '../search/engine/russianMorphology.js';
import type { Sentence } from './sentences.js';

export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: EntityKind;
  /** The nominative of each word (Russian names decline), in the text's script. */
  words: string[];
  /** A title or role written before a person's name ("President", "Foreign Minister", «глава МИД»), lower case. */
  title?: string;
}

/** How many words before a name a title may stand. */
const TITLE_REACH = 5;

/** Titles before a person's name (a table of our own): the words are lower-cased before the lookup. */
const TITLES = new Set(
  (
    'president vice-president prime minister premier chancellor foreign deputy secretary general state ambassador ' +
    'king queen prince princess pope sheikh emir senator governor mayor chairman chairwoman chair director chief ' +
    'spokesman spokeswoman spokesperson envoy commissioner mr mrs ms dr prof sir lord lady colonel general ' +
    'президент премьер-министр премьер министр глава председатель посол генсек генеральный секретарь губернатор мэр ' +
    'спикер замминистра вице-премьер представитель директор канцлер король господин г-н ' +
    'presidente primer ministro ministra canciller embajador embajadora secretario secretaria rey reina señor señora don doña ' +
    'président présidente premier ministre chancelier ambassadeur secrétaire roi reine m. mme ' +
    'präsident präsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin ministerin außenminister außenministerin ' +
    'ministerpräsident ministerpräsidentin botschafter botschafterin sprecher sprecherin herr frau'
  ).split(' '),
);

/** Words that make a run of capitalised words an organisation (a table of our own; stems, lower case). */
const ORGANISATION_WORDS =
  /^(?:ministry|ministries|council|commission|committee|union|party|bank|agency|works|plant|factory|company|corporation|corp|inc|ltd|llc|group|university|institute|assembly|parliament|duma|senate|congress|cabinet|government|organi[sz]ation|court|fund|federation|association|army|forces|navy|police|office|department|service|authority|board|chamber|news|times|post|herald|press|tv|radio|club|foundation|alliance|front|movement|center|centre|mission|secretariat|министерств\p{L}*|мид|совет\p{L}*|комитет\p{L}*|комисси\p{L}*|парти\p{L}*|банк\p{L}*|агентств\p{L}*|завод\p{L}*|компани\p{L}*|университет\p{L}*|институт\p{L}*|собрани\p{L}*|дум\p{L}*|правительств\p{L}*|суд\p{L}*|фонд\p{L}*|федераци\p{L}*|ассоциаци\p{L}*|служб\p{L}*|ведомств\p{L}*|администраци\p{L}*|кремл\p{L}*|театр\p{L}*|фронт\p{L}*|движени\p{L}*|союз\p{L}*|палат\p{L}*|конгресс\p{L}*|корпораци\p{L}*|бирж\p{L}*|канал\p{L}*|ministerio|consejo|comisión|comité|partido|banco|agencia|empresa|universidad|asamblea|congreso|gobierno|tribunal|fondo|ministère|conseil|commission|parti|banque|agence|entreprise|université|assemblée|gouvernement|cour|ministerium|rat|kommission|ausschuss|partei|agentur|unternehmen|universität|bundestag|bundesrat|regierung|gericht|amt|verband|stiftung)$/u;

/** Prepositions after which a single capitalised word is a place ("in Minsk", «в Минске», "en La Habana"). */
const PLACE_PREPOSITIONS = new Set(
  'in to from at near into towards via в во из под на до около en a desde hacia à au aux de vers nach aus bei von'.split(' '),
);

const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk']);

/** Months and weekdays, capitalised in English and German, are not names (a table of our own). */
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|januar|februar|märz|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/u;

/** Links between a name's words: "Rodríguez de la Fuente", "Ursula von der Leyen", "Abu Bakr al-Baghdadi". */
const PARTICLES = new Set(
  'de del la las los da das do dos di van von der den du le al el bin ibn ben ле де ван фон дер аль эль бен'.split(' '),
);

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}’'‑-]*$/u;
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}’'‑.-]*/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** The capitalised runs of a sentence, with the words before them. */
function nameRuns(sentence: Sentence): { run: Token[]; before: Token[] }[] {
  const tokens: Token[] = [];
  for (const match of sentence.text.matchAll(TOKEN)) {
    // a possessive is its name's ("Lukashenko’s"), a final stop or dash is punctuation
    const text = match[0].replace(/[’']s$/u, '').replace(/[.’'‑-]+$/u, '');
    tokens.push({ text, start: sentence.start + match.index, end: sentence.start + match.index + text.length });
  }
  const runs: { run: Token[]; before: Token[] }[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (!NAME_WORD.test(tokens[at]!.text)) continue;
    const run = [tokens[at]!];
    let next = at + 1;
    while (next < tokens.length) {
      const token = tokens[next]!;
      const gap = sentence.text.slice(run[run.length - 1]!.end - sentence.start, token.start - sentence.start);
      if (!/^[ \u00a0]$/.test(gap)) break;
      if (NAME_WORD.test(token.text)) run.push(token);
      else if (PARTICLES.has(token.text) && tokens[next + 1] && NAME_WORD.test(tokens[next + 1]!.text)) run.push(token);
      else break;
      next++;
    }
    runs.push({ run, before: tokens.slice(Math.max(0, at - TITLE_REACH), at) });
    at = next - 1;
  }
  return runs;
}

const lower = (text: string): string => text.toLowerCase();
const isCyrillic = (text: string): boolean => /\p{Script=Cyrillic}/u.test(text);

/** The mentions of names in an article's sentences. `common`: words the text also writes in lower case. */
export function mentionsIn(sentences: Sentence[], body: string, language: string | null): Mention[] {
  const common = new Set<string>();
  for (const match of body.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) common.add(match[0]);
  const mentions: Mention[] = [];
  const cyrillicText = CYRILLIC_LANGUAGES.has(language ?? '') || (body.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > body.length / 3;
  for (const sentence of sentences) {
    for (const { run: found, before } of nameRuns(sentence)) {
      const lowerBefore = before.map((token) => lower(token.text));
      for (const part of splitAtPlaces(found)) {
        let run = part;
        let title: string[] = [];
        // titles and a sentence's first word are not part of the name ("President Aleksandr Lukashenko", "The")
        while (run.length > 0 && (TITLES.has(lower(run[0]!.text)) || isLeadingWord(run[0]!, body, common, language))) {
          if (TITLES.has(lower(run[0]!.text))) title.push(lower(run[0]!.text));
          run = run.slice(1);
        }
        while (run.length > 0 && PARTICLES.has(run[run.length - 1]!.text)) run = run.slice(0, -1);
        run = run.filter((token) => !CALENDAR.test(lower(token.text)));
        if (run.length === 0) continue;
        // a title just before, or a few words before with its complement between ("Министр иностранных дел России Сергей Лавров")
        const preceding = [...lowerBefore, ...found.filter((token) => token.end <= part[0]!.start).map((token) => lower(token.text))];
        // a lone word takes only the title right before it ("President of the Republic" makes no one of "Republic")
        const titled = preceding.slice(run.length > 1 ? -TITLE_REACH : -1).findLast((word) => TITLES.has(word));
        if (title.length === 0 && titled) title = [titled];
        const mention = classify(run, body, part === found ? lowerBefore : [], title, common, cyrillicText);
        if (mention) mentions.push(mention);
      }
    }
  }
  return attachSurnames(mentions);
}

/** Where a word is the first of a sentence or of a quoted passage: after a stop, a colon, a dash or an opening quote. */
const LEADING = /(?:^|\n|[.!?…:;]["”»“]?|\s[–—-]|["“«„(])\s*$/u;

/** A capitalised first word of a sentence that is a common word ("The", "Это", "Según"). */
function isLeadingWord(token: Token, body: string, common: Set<string>, language: string | null): boolean {
  if (!LEADING.test(body.slice(Math.max(0, token.start - 12), token.start))) return false;
  const word = lower(token.text);
  return common.has(word) || isStopWord(word, language);
}

const stopWords = new Map<string, boolean>();
/** A stop word of the text's language or of any of the five Attaché analyses (remembered: the same few hundred words recur). */
function isStopWord(word: string, language: string | null): boolean {
  const key = `${language ?? ''}:${word}`;
  let stop = stopWords.get(key);
  if (stop === undefined) {
    stop = isStopWordIn(word, language ?? 'en') || ['en', 'ru', 'es', 'fr', 'de'].some((code) => isStopWordIn(word, code));
    if (stopWords.size > 100_000) stopWords.clear();
    stopWords.set(key, stop);
  }
  return stop;
}

/** Two names side by side with no comma between («в Москву Макрон»): split after a place that stands alone. */
function splitAtPlaces(run: Token[]): Token[][] {
  if (run.length < 2 || countryNamed(run.map((token) => token.text).join(' '))) return [run];
  for (let at = 0; at < run.length - 1; at++) {
    const word = run[at]!.text;
    const place = countryNamed(word) ?? (isCyrillic(word) && russianName(word)?.kind === 'place');
    if (place && !PARTICLES.has(run[at + 1]!.text)) return [run.slice(0, at + 1), ...splitAtPlaces(run.slice(at + 1))];
  }
  return [run];
}

/** Last words that make a run a place or a thing, not a person ("Kaliningrad Oblast", "Cold War"): a table of our own. */
const NOT_A_SURNAME =
  /^(?:oblast|region|republic|province|state|states|kingdom|empire|island|islands|sea|ocean|river|lake|mountains|valley|bay|gulf|coast|square|street|avenue|road|park|airport|station|bridge|palace|memorial|museum|war|era|day|week|cup|games|prize|award|america|africa|asia|europe|east|west|north|south|latina?)$/u;
/** Words that are never a name: time zones, short all-caps common words. */
const NOT_A_NAME = new Set(['UTC', 'GMT', 'CET', 'CEST', 'EST', 'PST', 'AM', 'PM', 'IT', 'OK', 'TV', 'PDF']);

/** Endings of Russian adjectives: a capitalised one the dictionary does not name starts an organisation's or a place's name («Большого театра»), never a person's. */
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ые|ие|ых|их|ыми|ими)$/u;

function classify(
  run: Token[],
  body: string,
  before: string[],
  title: string[],
  common: Set<string>,
  cyrillicText: boolean,
): Mention | undefined {
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  const text = body.slice(start, end);
  const words = run.map((token) => token.text);
  const base = { text, start, end, words };
  // a country or a place the dictionary knows
  if (countryNamed(text)) return { ...base, kind: 'place' };
  const russian = words.map((word) => (isCyrillic(word) ? russianName(word) : undefined));
  if (russian.length > 0 && russian.every((name) => name))
    base.words = russian.map((name, at) =>
      name!.kind === 'organisation' && words[at] === words[at]!.toUpperCase() ? words[at]! : capitalise(name!.lemma),
    );
  const kinds = new Set(russian.map((name) => name?.kind));
  if (words.some((word) => ORGANISATION_WORDS.test(lower(word))) || kinds.has('organisation')) return { ...base, kind: 'organisation' };
  if (words.length === 1 && NOT_A_NAME.has(words[0]!)) return undefined;
  // a contraction is no name ("We’ve"); capitals at a word's end make an acronym ("BelTA")
  if (words.some((word) => /[’'](?:ve|re|ll|d|m|t|s)$/iu.test(word))) return undefined;
  if (words.length === 1 && /\p{Ll}\p{Lu}{2,}$/u.test(words[0]!)) return { ...base, kind: 'organisation' };
  // a dateline's place in capitals at the head of a paragraph: "BAKU, 16 May (BelTA) –", «МИНСК, 14 марта»
  if (
    text === text.toUpperCase() &&
    /(?:^|\n)[ \t]*$/.test(body.slice(Math.max(0, start - 8), start)) &&
    /^,|^\s*\(/.test(body.slice(end, end + 3))
  )
    return { ...base, words: words.map((word) => word.charAt(0) + word.slice(1).toLowerCase()), kind: 'place' };
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!)) return { ...base, kind: 'organisation' };
  if (kinds.has('place') && !kinds.has('surname') && !kinds.has('first-name')) return { ...base, kind: 'place' };
  if (kinds.has('surname') || kinds.has('first-name') || kinds.has('patronymic'))
    return { ...base, kind: 'person', ...(title.length && { title: title.join(' ') }) };
  if (title.length > 0) return { ...base, kind: 'person', title: title.join(' ') };
  if (words.length === 1 && before.length > 0 && PLACE_PREPOSITIONS.has(before[before.length - 1]!)) return { ...base, kind: 'place' };
  if (isCyrillic(text)) {
    // an adjective before a word of organisations in lower case: «Большого театра», «Национального фронта»
    const next = /^\s+(\p{Ll}+)/u.exec(body.slice(end, end + 40));
    if (next && ORGANISATION_WORDS.test(next[1]!)) {
      const through = end + next[0].length;
      return { text: body.slice(start, through), start, end: through, words: [...words, next[1]!], kind: 'organisation' };
    }
    if (words.some((word, at) => !russian[at] && ADJECTIVE.test(lower(word)))) return undefined;
    // a Russian word the dictionary does not name: a foreign name inside a sentence, never a sentence's first word
    if (
      LEADING.test(body.slice(Math.max(0, start - 12), start)) ||
      russian.some((name) => name && name.kind !== 'surname' && name.kind !== 'first-name')
    )
      return undefined;
    return words.length <= 3 ? { ...base, kind: 'person' } : undefined;
  }
  // Latin letters in a Cyrillic text are a brand or an organisation (Google, The Independent): people are written in Cyrillic
  if (cyrillicText) return { ...base, kind: 'organisation' };
  // two to four capitalised words, none a common word of the text or a demonym: a person's name
  const lastWord = lower(words[words.length - 1]!);
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    !NOT_A_SURNAME.test(lastWord) &&
    !countryNamed(words[0]!) &&
    words.every((word) => PARTICLES.has(word) || !common.has(lower(word)))
  )
    return { ...base, kind: 'person' };
  if (words.length === 1 && !common.has(lower(words[0]!))) return { ...base, kind: 'person' }; // kept only if a fuller name ends in it
  return undefined;
}

/** A lone surname is the person a fuller name of the article ends with; a lone word no fuller name explains is dropped. */
function attachSurnames(mentions: Mention[]): Mention[] {
  const fullSurnames = new Set(
    mentions
      .filter((mention) => mention.kind === 'person' && mention.words.length > 1)
      .map((mention) => surnameKey(mention.words[mention.words.length - 1]!)),
  );
  const kept: Mention[] = [];
  for (const mention of mentions) {
    if (mention.kind !== 'person' || mention.words.length > 1 || mention.title) {
      kept.push(mention);
      continue;
    }
    const key = surnameKey(mention.words[0]!);
    if (fullSurnames.has(key) || isCyrillic(mention.text)) kept.push(mention);
  }
  return kept;
}

/** A Russian case ending off a name the dictionary does not hold ("Макрона", "Дриана" → "Макрон", "Дриан"). */
const CASE_ENDING = /(?<=\p{Script=Cyrillic}{3})(?:ом|ым|ем|ой|ою|у|ю|а|я|е|ы)$/u;
const surnameKeys = new Map<string, string>();
const surnameKey = (word: string): string => {
  let key = surnameKeys.get(word);
  if (key !== undefined) return key;
  const bare = isCyrillic(word) && !russianName(word) ? word.replace(CASE_ENDING, '') : word;
  key = bridgeKey(bare) ?? foldDiacritics(lower(bare));
  if (surnameKeys.size > 100_000) surnameKeys.clear();
  surnameKeys.set(word, key);
  return key;
};
const capitalise = (word: string): string => word.replace(/(^|[\s-])\p{Ll}/gu, (letter) => letter.toUpperCase());

/** The article's entities: its mentions grouped by the key of the thing they name. */
export function entitiesOf(mentions: Mention[]): ArticleEntity[] {
  const byKey = new Map<string, ArticleEntity & { words: number }>();
  // a surname's first name, from the first fuller mention of it ("Lukashenko" → "Aleksandr")
  const firstNames = new Map<string, string>();
  for (const mention of mentions)
    if (mention.kind === 'person' && mention.words.length > 1) {
      const surname = surnameKey(mention.words[mention.words.length - 1]!);
      if (!firstNames.has(surname)) firstNames.set(surname, mention.words[0]!);
    }
  for (const mention of mentions) {
    const key = keyOf(mention, firstNames);
    const name = nameOf(mention);
    const entity = byKey.get(key);
    const place = { start: mention.start, end: mention.end, text: mention.text };
    if (!entity) byKey.set(key, { name, kind: mention.kind, key, mentions: [place], words: mention.words.length });
    else {
      entity.mentions.push(place);
      if (mention.words.length > entity.words) Object.assign(entity, { name, words: mention.words.length });
    }
  }
  return [...byKey.values()].map(({ words: _words, ...entity }) => entity);
}

/** How an entity is shown: a country by its English name, else its fullest form in the nominative. */
function nameOf(mention: Mention): string {
  if (mention.kind === 'place') return countryNamed(mention.text) ?? mention.words.join(' ');
  return mention.words.join(' ');
}

/**
 * The key one entity meets on: a person's surname (spelling and script evened out by the bridge key) with
 * the initial of the first name when any mention gives one; a country by its English name; anything else
 * by its words' keys.
 */
function keyOf(mention: Mention, firstNames: Map<string, string>): string {
  if (mention.kind === 'place') {
    const country = countryNamed(mention.text);
    if (country) return `place:${country}`;
  }
  const keys = mention.words.filter((word) => !PARTICLES.has(lower(word))).map(surnameKey);
  if (mention.kind !== 'person') return `${mention.kind}:${keys.join(' ')}`;
  const surname = keys[keys.length - 1]!;
  const first = keys.length > 1 ? keys[0]! : firstNames.get(surname);
  return `person:${surname}${first ? `:${(bridgeKey(first) ?? lower(first)).charAt(0)}` : ''}`;
}
