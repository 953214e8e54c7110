// What happened when: sentences reporting a meeting, visit, talks, signing, election or statement, with
// the date resolved against the article's own date by chrono ("today", "on Tuesday", "On October 3",
// «в понедельник», "last year"), the people and the places the sentence names. The words of events are a
// table of our own in the seven languages.
import * as chrono from 'chrono-node';
import type { ArticleEvent } from '../../contract.js';
import type { Mention } from './entities.js';
import type { Sentence } from './sentences.js';

/** Words that report an event (a table of our own; matched as whole words, lower case). */
const EVENT =
  /(?<![\p{L}])(?:met|meet|meets|meeting|talks|visit|visited|visits|visiting|negotiations|signed|signing|election|elections|elected|summit|conference|session|held|statement|voted|referendum|ceremony|forum|trip|arrived|travelled|traveled|встреч\p{L}*|встретил\p{L}*|переговор\p{L}*|визит\p{L}*|посетил\p{L}*|подписал\p{L}*|подписани\p{L}*|выбор\p{L}*|саммит\p{L}*|конференци\p{L}*|заседани\p{L}*|провел\p{L}*|провёл\p{L}*|заявлени\p{L}*|голосовани\p{L}*|форум\p{L}*|прибыл\p{L}*|reunión|reunió|visita|visitó|negociaciones|firmó|firma|elecciones|cumbre|conferencia|sesión|celebró|declaración|votación|foro|llegó|rencontre|rencontré|réunion|visite|visité|négociations|signé|signature|élections?|sommet|conférence|déclaration|traf|trafen|treffen|besuch|besuchte|gespräche|verhandlungen|unterzeichnet\p{L}*|wahl|wahlen|gipfel|konferenz|sitzung|erklärung|abstimmung)(?![\p{L}])/iu;
/** Words that put a weekday ahead of the article, not behind it (a table of our own). */
const FUTURE =
  /(?<![\p{L}])(?:will|shall|is to|are to|scheduled|expected|planned|plans|next|будет|будут|состоится|планиру\p{L}*|предстоит|следующ\p{L}*|próxim\p{L}*|se celebrará|aura lieu|prochain\p{L}*|wird|werden|soll|sollen|nächste\p{L}*)(?![\p{L}])/iu;

/** A locale of chrono: what it parses with. */
type Parser = Pick<typeof chrono.en, 'parse'>;
const PARSERS: Record<string, Parser> = {
  en: chrono.en,
  ru: chrono.ru,
  es: chrono.es,
  fr: chrono.fr,
  de: chrono.de,
  pt: chrono.pt,
  it: chrono.it,
  nl: chrono.nl,
};
const DAY = 24 * 3600 * 1000;

export function eventsIn(
  sentences: Sentence[],
  mentions: Mention[],
  nameOf: (mention: Mention) => string,
  language: string | null,
  articleDate: string | null,
): ArticleEvent[] {
  const parser = PARSERS[language ?? 'en'] ?? chrono.en;
  const reference = articleDate ? new Date(`${articleDate.slice(0, 10)}T12:00:00Z`) : undefined;
  const events: ArticleEvent[] = [];
  for (const sentence of sentences) {
    if (!EVENT.test(sentence.text)) continue;
    const date = dateOf(parser, sentence.text, reference);
    if (!date) continue;
    const inside = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
    const names = (kind: Mention['kind']): string[] => [...new Set(inside.filter((mention) => mention.kind === kind).map(nameOf))];
    events.push({ start: sentence.start, end: sentence.end, date, event: sentence.text, people: names('person'), places: names('place') });
  }
  return events;
}

/** The sentence's first date, resolved against the article's: a day, or a month or year when that is all it says. */
function dateOf(parser: Parser, text: string, reference: Date | undefined): string | undefined {
  for (const result of parser.parse(text, reference ? { instant: reference, timezone: 0 } : new Date(0), { forwardDate: false })) {
    const start = result.start;
    // without the article's date only what the text states in full is a date
    if (!reference && !/\d{4}/.test(result.text)) continue;
    let date = start.date();
    if (start.get('weekday') !== null && !start.isCertain('day') && reference) {
      // "on Tuesday" in a report is the last Tuesday, unless the sentence looks ahead
      if (date > reference && !FUTURE.test(text)) date = new Date(date.getTime() - 7 * DAY);
      if (date < reference && FUTURE.test(text)) date = new Date(date.getTime() + 7 * DAY);
    }
    const iso = date.toISOString();
    if (start.isCertain('day') || start.get('weekday') !== null) return iso.slice(0, 10);
    if (start.isCertain('month')) return iso.slice(0, 7);
    if (start.isCertain('year')) return iso.slice(0, 4);
  }
  return undefined;
}
