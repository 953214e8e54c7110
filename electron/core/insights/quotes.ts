// Who said what: direct speech in the quotation marks of the seven languages (“…”, "…", «…», „…“, ‹…›,
// ‘…’, and the dash of Russian dialogue) and reported speech ("Lukashenko said that …", «Лавров заявил,
// что …», "Según X, …"), each with its speaker: a name beside the quote, or — for "he", "the president",
// «глава МИД» — the person the article last named (one with that title, if it gave one). The verbs of
// speech and the roles are tables of our own; the names come from entities.ts.
import type { ArticleQuote } from '../../contract.js';
import type { Mention } from './entities.js';
import type { Sentence } from './sentences.js';

/** Verbs of speech, lower case (a table of our own, per language; phrases allowed). */
const SPEECH_VERBS = [
  // English
  'said says say told tells noted notes stressed stresses added adds stated states emphasised emphasized explained declared announced ' +
    'warned believes insisted remarked recalled reminded underlined underscored commented wrote concluded argued claimed replied pointed',
  // Russian
  'заявил заявила заявили сказал сказала сказали отметил отметила отметили подчеркнул подчеркнула подчеркнули добавил добавила ' +
    'сообщил сообщила сообщили пояснил пояснила считает считают уверен уверена заметил заметила говорит говорят рассказал рассказала ' +
    'указал указала признал признала напомнил напомнила констатировал уточнил уточнила отмечает подчеркивает заявляет полагает ' +
    'ответил ответила написал написала добавляет резюмировал убежден убеждена говорится',
  // Spanish
  'dijo dice afirmó afirma declaró señaló señala aseguró asegura indicó explicó subrayó añadió agregó destacó manifestó expresó sostuvo ' +
    'apuntó comentó advirtió precisó reiteró',
  // French
  'déclaré dit déclare affirmé affirme souligné souligne ajouté ajoute expliqué explique estime estimé indiqué indique assuré assure ' +
    'précisé précise rappelé rappelle lancé martelé insisté',
  // German
  'sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint kritisierte kritisiert forderte fordert warnte warnt ' +
    'berichtete äußerte bekräftigte unterstrich ergänzte teilte',
]
  .join(' ')
  .split(' ');
const VERB = `(?:${SPEECH_VERBS.join('|')})`;
/** "According to X," in each language: what follows is X's. */
const ACCORDING_TO = /^(?:according to|по словам|por su parte|según|selon|laut|nach angaben(?: von)?|zufolge)\s+/iu;
/** Words that stand for the last person named (a table of our own). */
const PRONOUN = /^(?:he|she|они|он|она|él|ella|il|elle|er|sie)$/iu;
/** A verb of speech, a colon before the quote ("The president said:", «Лавров:»), or German's ", so Murtha" after it. */
const SAYS = new RegExp(`(?<![\\p{L}])${VERB}(?![\\p{L}])|:\\s*$|^[“”"«»„]?\\s*,?\\s*so\\s+\\p{Lu}`, 'iu');
const ROLE =
  /^(?:the\s+)?(?:(?:deputy\s+|vice\s+|prime\s+|foreign\s+)?(?:president|minister|premier|chancellor|head of state|leader|ambassador|spokesman|spokeswoman|secretary|official|diplomat)|глав\p{L}* (?:государства|мид|правительства|ведомства|дипломатии)|президент|министр|премьер|посол|дипломат|canciller|presidente|ministr[oa]|mandatario|le (?:président|ministre|chef de l'état)|der (?:präsident|minister|kanzler)|die (?:kanzlerin|ministerin))$/iu;

const QUOTE_PAIRS: [string, string][] = [
  ['“', '”'],
  ['„', '“'],
  ['„', '”'],
  ['«', '»'],
  ['"', '"'],
  ['"', '”'],
  ['“', '"'],
  ['‹', '›'],
  ['‘', '’'],
];
/** Fewer words than this in quotation marks are a title, a name or a scare quote, not speech. */
const MIN_QUOTE_WORDS = 4;

export function quotesIn(body: string, sentences: Sentence[], mentions: Mention[], nameOf: (mention: Mention) => string): ArticleQuote[] {
  const persons = mentions.filter((mention) => mention.kind === 'person');
  const quotes: ArticleQuote[] = [];
  const taken: [number, number][] = [];
  for (const span of quotedSpans(body)) {
    if (taken.some(([start, end]) => span.start < end && span.end > start)) continue;
    // the quoted words without the spaces and the comma or colon before the closing mark: text and span agree
    const raw = body.slice(span.start, span.end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[,;:]$/u, '');
    if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_QUOTE_WORDS || !/\p{Ll}/u.test(text)) continue;
    taken.push([span.start, span.end]);
    const speaker = speakerOf(body, span, sentences, persons);
    const start = span.start + lead;
    quotes.push({ start, end: start + text.length, text, kind: 'direct', speaker: speaker ? nameOf(speaker) : null });
  }
  for (const sentence of sentences) {
    if (taken.some(([start, end]) => start < sentence.end && end > sentence.start)) continue;
    const reported = reportedIn(sentence, persons);
    if (reported) quotes.push({ ...reported, kind: 'reported', speaker: reported.speaker ? nameOf(reported.speaker) : null });
  }
  return quotes.sort((a, b) => a.start - b.start);
}

interface Span {
  start: number;
  end: number;
}

/** [start, end) of the text inside each pair of quotation marks (without the marks), and of Russian dialogue lines. */
function quotedSpans(body: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    const escape = (mark: string): string => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // an opening mark starts a word, a closing one ends it (‘ ’ are also apostrophes: "Belarus’ trade")
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(open)}([^${escape(close)}\\n]{2,}?)${escape(close)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of body.matchAll(pattern)) spans.push({ start: match.index + 1, end: match.index + 1 + match[1]!.length });
  }
  // a paragraph that opens with a dash is a line of dialogue: «— Мы готовы, — заявил Лавров.»
  for (const match of body.matchAll(/(?<=^|\n)[ \t]*[—–][ \u00a0]+([^\n]+)/gu)) {
    const line = match[1]!;
    const start = match.index + match[0].length - line.length;
    const cut = new RegExp(`[,.!?…]\\s*[—–]\\s+(?=${VERB}(?![\\p{L}]))`, 'iu').exec(line);
    spans.push({ start, end: start + (cut ? cut.index + 1 : line.length) });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

function speakerOf(body: string, span: Span, sentences: Sentence[], persons: Mention[]): Mention | undefined {
  const sentence = sentences.find((candidate) => candidate.start <= span.start && candidate.end >= span.start);
  const from = sentence?.start ?? Math.max(0, span.start - 200);
  // the sentence the quote ends in may run on past it: ", he noted." / «, – заявил Лавров.»
  const after = sentences.find((candidate) => candidate.start <= span.end && candidate.end >= span.end);
  const to = Math.min(after?.end ?? span.end + 200, span.end + 200);
  const inside = body.slice(span.start, span.end);
  // the attribution interrupting a quote: «…, – сообщил Ле Дриан по итогам переговоров. – …»
  const interrupted = new RegExp(`[,.!?…]\\s*[—–]\\s+${VERB}\\s`, 'iu').exec(inside);
  // a quote opening its paragraph after a line that ends in a colon ("Der Vorsitzende sagte dazu:") is that line's
  const index = sentence ? sentences.indexOf(sentence) : -1;
  const previous = index > 0 && !body.slice(from, span.start).replace(/[\s"“«„‹‘—–-]/gu, '') ? sentences[index - 1] : undefined;
  const windows: Span[] = [
    { start: span.end, end: to },
    ...(interrupted ? [{ start: span.start + interrupted.index, end: span.start + Math.min(inside.length, interrupted.index + 120) }] : []),
    { start: from, end: span.start },
    ...(previous && /:\s*$/.test(previous.text) ? [{ start: previous.start, end: previous.end }] : []),
  ];
  for (const window of windows) {
    const text = body.slice(window.start, window.end);
    if (!SAYS.test(text)) continue;
    const named = persons.filter((person) => person.start >= window.start && person.end <= window.end);
    if (named.length > 0) return window.start >= span.end ? named[0] : named[named.length - 1];
    const role = roleIn(text);
    if (role !== undefined) return lastPersonBefore(persons, span.start, role);
  }
  // a quote standing alone in its paragraph after a named speaker's sentence is still theirs only if a verb says so
  return undefined;
}

/** A pronoun ("he") or role ("the president", «глава МИД») beside a verb of speech: '' for a pronoun, the role's words else. */
function roleIn(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  for (let length = 4; length >= 1; length--)
    for (let at = 0; at + length <= words.length; at++) {
      const phrase = words.slice(at, at + length).join(' ');
      if (length === 1 && PRONOUN.test(phrase)) return '';
      if (ROLE.test(phrase)) return phrase.replace(/^(?:the|le|la|der|die)\s+/u, '');
    }
  return undefined;
}

/** Roles and the titles they stand for (a table of our own): «глава МИД» is the foreign minister. */
const ROLE_TITLES: Record<string, string[]> = {
  'глава мид': ['министр'],
  'глава государства': ['президент'],
  'глава правительства': ['премьер', 'премьер-министр'],
  'head of state': ['president'],
  'foreign minister': ['minister'],
  'prime minister': ['premier', 'minister'],
  "chef de l'état": ['président'],
  mandatario: ['presidente'],
};

/** The person named last before a point; with a role, the last named of those the article gives that title. */
function lastPersonBefore(persons: Mention[], at: number, role: string): Mention | undefined {
  const before = persons.filter((person) => person.end <= at);
  const surname = (person: Mention): string => person.words[person.words.length - 1]!.toLowerCase();
  const words = [...role.split(' '), ...(ROLE_TITLES[role] ?? [])].filter((word) => word.length > 2);
  const titled = new Set(
    role ? before.filter((person) => person.title && words.some((word) => person.title!.includes(word))).map(surname) : [],
  );
  const candidates = titled.size > 0 ? before.filter((person) => titled.has(surname(person))) : before;
  return candidates[candidates.length - 1];
}

/** "X said that …", «Лавров заявил, что …», "According to X, …": the clause and its speaker. */
function reportedIn(sentence: Sentence, persons: Mention[]): (Span & { text: string; speaker: Mention | undefined }) | undefined {
  const according = ACCORDING_TO.exec(sentence.text);
  if (according) {
    const comma = sentence.text.indexOf(',', according[0].length);
    if (comma < 0 || comma > 120) return undefined;
    const speaker = persons.find((person) => person.start >= sentence.start && person.start < sentence.start + comma);
    if (!speaker) return undefined;
    return clause(sentence, comma + 1, speaker);
  }
  // "… said that", «… заявил, что», and German's reported subjunctive after a comma ("sagte, er sei …")
  const that = new RegExp(
    `(?<![\\p{L}])(${VERB})(?: out)?(?:,?\\s+(?:(?:that|что|que|dass)(?![\\p{L}])|qu['’])|,\\s+(?=(?:er|sie|es|man|die|der|das|dies|diese)\\s))`,
    'iu',
  ).exec(sentence.text);
  if (!that) return undefined;
  const verbAt = sentence.start + that.index;
  // the speaker is the subject just before the verb (or just after: "said Lukashenko that" is rare)
  // the subject is in the same sentence, just before the verb
  const before = persons.filter((person) => person.start >= sentence.start && person.end <= verbAt && verbAt - person.end < 60);
  const speaker =
    before[before.length - 1] ??
    (roleIn(sentence.text.slice(0, that.index)) !== undefined
      ? lastPersonBefore(persons, verbAt, roleIn(sentence.text.slice(0, that.index))!)
      : undefined);
  if (!speaker) return undefined;
  return clause(sentence, that.index + that[0].length, speaker);
}

function clause(sentence: Sentence, from: number, speaker: Mention): (Span & { text: string; speaker: Mention }) | undefined {
  const text = sentence.text
    .slice(from)
    .trim()
    .replace(/[.!?…]+$/u, '');
  if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_QUOTE_WORDS) return undefined;
  const start = sentence.start + sentence.text.indexOf(text, from);
  return { start, end: start + text.length, text, speaker };
}
