// The numbers of a brief: money with its currency ($400 million, 300 млн рублей, 1,5 млрд евро),
// percentages, and counts with what they count (14,500 Belarusian tractors), each normalised, as written,
// with its sentence and the year or period the sentence gives. Number formats, scale words, currencies
// and the nouns of trade are tables of our own in the seven languages: the number libraries on npm read
// one language's words.
import type { ArticleFigure } from '../../contract.js';
import type { Sentence } from './sentences.js';

/** A number with group separators; a plain space groups digits only where the language writes numbers so ("150 000"). */
const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SPACED_NUMBER = String.raw`\d{1,3}(?: \d{3})+(?:[.,]\d+)?|${NUMBER}`;
/** Languages that group digits with a plain space (English does not: "300 100 tractors" is two numbers). */
const SPACE_GROUPED = new Set(['ru', 'uk', 'be', 'fr', 'pl', 'cs', 'sk', 'bg', 'sv', 'no', 'fi', 'et', 'lv', 'lt', 'hu', 'kk']);

/** Scale words after a number, lower case, with their factor (French and Spanish billion/billón are 10¹²). */
const SCALES: [RegExp, number | ((language: string | null) => number)][] = [
  [/^(?:thousands?|тыс\.?|тысяч[аи]?|mil|mille|tausend)$/u, 1e3],
  [/^(?:millions?|mln|mn|m|млн\.?|миллион(?:а|ов)?|mill[oó]n(?:es)?|millionen|million|mio\.?)$/u, 1e6],
  [/^(?:mil millones|milliards?|milliarden?|mrd\.?|млрд\.?|миллиард(?:а|ов)?|bn|b)$/u, 1e9],
  [/^(?:billions?|bill[oó]n(?:es)?)$/u, (language) => (language === 'fr' || language === 'es' ? 1e12 : 1e9)],
  [/^(?:trillions?|трлн\.?|триллион(?:а|ов)?)$/u, 1e12],
];
const SCALE_WORD = String.raw`(?:thousands?|тыс\.?|тысяч[аи]?|mil millones|mil|mille|tausend|millions?|mln|mn|m|млн\.?|миллион(?:а|ов)?|mill[oó]n(?:es)?|millionen|mio\.?|milliards?|milliarden?|mrd\.?|млрд\.?|миллиард(?:а|ов)?|bn|b|billions?|bill[oó]n(?:es)?|trillions?|трлн\.?|триллион(?:а|ов)?)(?![\p{L}])`;

/** Currencies as written, with their ISO codes (a table of our own). */
const CURRENCIES: [RegExp, string][] = [
  [/^(?:us\$|\$|usd|dollars?|долл\.?|доллар(?:а|ов)?|dólar(?:es)?|dollars? us|us-dollar)$/u, 'USD'],
  [/^(?:€|eur|euros?|евро)$/u, 'EUR'],
  [/^(?:£|gbp|pounds?(?: sterling)?|фунт(?:а|ов)?(?: стерлингов)?)$/u, 'GBP'],
  [/^(?:₽|rub|руб\.?|рубл(?:ь|я|ей)|roubles?|rubles?|rublos?)$/u, 'RUB'],
  [/^(?:byn|белорусских рубл(?:ей|я)|belarusian rubles?)$/u, 'BYN'],
  [/^(?:¥|cny|yuan|юан(?:ь|я|ей))$/u, 'CNY'],
  [/^(?:azn|manats?|манат(?:а|ов)?)$/u, 'AZN'],
  [/^(?:uah|hryvnias?|гриве?н(?:ь|ы|)?)$/u, 'UAH'],
  [/^(?:chf|francs? suisses?|franken)$/u, 'CHF'],
  [/^(?:pesos?)$/u, 'peso'],
];
const CURRENCY_BEFORE = String.raw`(?:US\$|\$|€|£|¥|₽|USD|EUR|GBP|RUB|BYN|AZN|CNY|CHF)\s?`;
const CURRENCY_AFTER = String.raw`(?:US\$|\$|€|£|₽|USD|EUR|GBP|RUB|BYN|AZN|CNY|CHF|dollars? US|dollars?|долл\.?|доллар(?:а|ов)?|dólar(?:es)?|euros?|евро|Euro|pounds?|фунт(?:а|ов)?|белорусских рубл(?:ей|я)|руб\.?|рубл(?:ь|я|ей)|roubles?|rubles?|rublos?|yuan|юан(?:ь|я|ей)|manats?|манат(?:а|ов)?|hryvnias?|гривен|pesos?)(?![\p{L}])`;
const PERCENT = String.raw`(?:%|percent|per cent|процент(?:а|ов)?|por ciento|pour cent|prozent)(?![\p{L}])`;

const figurePattern = (number: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}\p{N}.,-])(?<before>${CURRENCY_BEFORE})?(?<number>${number})(?:\s?(?<scale>${SCALE_WORD}))?(?:\s?(?:(?:de|d[’'])\s?)?(?<after>${CURRENCY_AFTER})|\s?(?<percent>${PERCENT}))?`,
    'giu',
  );
const FIGURE = figurePattern(NUMBER);
const SPACED_FIGURE = figurePattern(SPACED_NUMBER);

/** Nouns of what money and percentages measure (a table of our own; lower case stems). */
const MEASURED =
  /^(?:trade|turnover|volume|exports?|imports?|investments?|budget|gdp|revenues?|sales|debt|loans?|aid|deals?|contracts?|growth|inflation|unemployment|output|production|spending|deficit|surplus|товарооборот\p{L}*|торговл\p{L}*|экспорт\p{L}*|импорт\p{L}*|инвестици\p{L}*|бюджет\p{L}*|ввп|рост\p{L}*|инфляци\p{L}*|объем\p{L}*|объём\p{L}*|кредит\p{L}*|долг\p{L}*|comercio|intercambio|exportaciones|importaciones|inversi[oó]n\p{L}*|presupuesto|pib|crecimiento|deuda|commerce|échanges|exportations|importations|investissements?|croissance|dette|handel\p{L}*|exporte?|importe?|investitionen|haushalt|wachstum|umsatz|schulden)$/u;

const MONTHS =
  /^(?:jan\p{L}*|feb\p{L}*|mar\p{L}*|apr\p{L}*|may|jun\p{L}*|jul\p{L}*|aug\p{L}*|sep\p{L}*|oct\p{L}*|nov\p{L}*|dec\p{L}*|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[йя]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember)$/iu;
/** Words after a number that make it a date, an age, a time or a rank, not a count. */
const NOT_COUNTED =
  /^(?:years?|year-old|лет|года?|годах|годы|años?|ans?|jahre?n?|jahren|hours?|minutes?|seconds?|часов|часа|минут|horas?|heures?|stunden?|uhr|h|am|pm|st|nd|rd|th|г|гг|века?|century|siècle|siglo|jahrhundert)$/iu;
const COUNT_STOP = new Set(
  'of and or in on at to for from by with than the a an и или в на по с для из от до что y o en de del la el los las que et ou à du des le les und oder in im am zu von mit der die das'.split(
    ' ',
  ),
);
const YEAR = /(?<![\p{L}\p{N}])(?:1[89]|20)\d{2}(?:\s?[–-]\s?(?:(?:1[89]|20)\d{2}|\d{2}))?(?![\p{L}\p{N}])/gu;

/** The value of a number as written in a language: "14,500" and "1.5" in English, "1,5" and "14.500" elsewhere. */
export function numberValue(written: string, language: string | null): number {
  const text = written.replace(/[\u00a0\u202f ]/g, '');
  const separators = text.match(/[.,]/g) ?? [];
  if (separators.length === 0) return Number(text);
  const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  const mark = text[last]!;
  const decimals = text.length - last - 1;
  const mixed = new Set(separators).size > 1;
  // the last mark is the decimal one when both appear, when it is followed by other than three digits, or
  // when it is English's point
  const isDecimal = mixed || decimals !== 3 || (separators.length === 1 && mark === '.' && language === 'en');
  if (!isDecimal) return Number(text.replace(/[.,]/g, ''));
  return Number(`${text.slice(0, last).replace(/[.,]/g, '')}.${text.slice(last + 1)}`);
}

export function figuresIn(sentences: Sentence[], language: string | null): ArticleFigure[] {
  const figures: ArticleFigure[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(SPACE_GROUPED.has(language ?? '') ? SPACED_FIGURE : FIGURE)) {
      const groups = match.groups!;
      const written = match[0].trimEnd();
      const start = sentence.start + match.index;
      const after = sentence.text.slice(match.index + written.length);
      const beforeText = sentence.text.slice(0, match.index);
      const currencyText = (groups.before ?? groups.after)?.trim().toLowerCase();
      const currency = currencyText ? CURRENCIES.find(([pattern]) => pattern.test(currencyText))?.[1] : undefined;
      const percent = Boolean(groups.percent);
      const scale = groups.scale ? scaleOf(groups.scale.toLowerCase(), language) : 1;
      // "m", "b" alone are a scale only beside a currency ("$5m")
      if (groups.scale && /^[mb]$/iu.test(groups.scale) && !currency) continue;
      let value = numberValue(groups.number!, language) * scale;
      if (!Number.isFinite(value)) continue;
      value = Number(value.toPrecision(12));
      const period = periodNear(sentence.text, match.index, written.length);
      if (currency || percent) {
        figures.push({
          start,
          end: start + written.length,
          text: written,
          value,
          unit: currency ?? '%',
          what: measuredNear(beforeText, after),
          period,
          sentence: sentence.text,
        });
        continue;
      }
      // a bare number: a count when words follow that say what it counts
      if (isYearOrDate(groups.number!, beforeText, after)) continue;
      const what = countedAfter(after);
      if (!what) continue;
      figures.push({ start, end: start + written.length, text: written, value, unit: null, what, period, sentence: sentence.text });
    }
  }
  return figures;
}

function scaleOf(word: string, language: string | null): number {
  for (const [pattern, factor] of SCALES) if (pattern.test(word)) return typeof factor === 'number' ? factor : factor(language);
  return 1;
}

function isYearOrDate(number: string, before: string, after: string): boolean {
  if (/^(?:1[89]|20)\d{2}$/.test(number)) return true;
  if (/[:/]\d/.test(after.slice(0, 2)) || /\d[:/.]$/.test(before)) return true; // times, numeric dates
  const next = /^\s*([\p{L}.]+)/u.exec(after)?.[1] ?? '';
  const previous = /([\p{L}.]+)\s*$/u.exec(before)?.[1] ?? '';
  return MONTHS.test(next) || MONTHS.test(previous) || NOT_COUNTED.test(next.replace(/\.$/, ''));
}

/** The words right after a count that say what it counts: "Belarusian tractors", «тракторов». */
function countedAfter(after: string): string | null {
  const words: string[] = [];
  for (const match of after.matchAll(/[\s\u00a0]*([\p{L}][\p{L}\p{M}’'-]*)|(.)/gu)) {
    if (match[2] !== undefined || words.length === 3) break;
    const word = match[1]!;
    if (COUNT_STOP.has(word.toLowerCase())) break;
    words.push(word);
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** The nearest noun of trade, growth, debt … before (else after) a money or percentage figure, with its modifier. */
function measuredNear(before: string, after: string): string | null {
  const previous = before.match(/[\p{L}][\p{L}\p{M}-]*/gu) ?? [];
  for (let at = previous.length - 1; at >= Math.max(0, previous.length - 8); at--) {
    if (!MEASURED.test(previous[at]!.toLowerCase())) continue;
    const modifier = previous[at - 1];
    return modifier &&
      (/^\p{Lu}/u.test(modifier) ||
        modifier.includes('-') ||
        /^(?:bilateral|mutual|foreign|двусторонн\p{L}*|взаимн\p{L}*|bilatéra\p{L}*|bilateral\p{L}*)$/iu.test(modifier))
      ? `${modifier} ${previous[at]}`
      : previous[at]!;
  }
  const next = (after.match(/[\p{L}][\p{L}\p{M}-]*/gu) ?? []).slice(0, 8);
  const found = next.findIndex((word) => MEASURED.test(word.toLowerCase()));
  if (found < 0) return null;
  const modifier = next[found - 1];
  return modifier && /^(?:bilateral|mutual|foreign|двусторонн\p{L}*|взаимн\p{L}*|bilatéra\p{L}*|bilateral\p{L}*)$/iu.test(modifier)
    ? `${modifier} ${next[found]}`
    : next[found]!;
}

/** The year or period the sentence gives nearest to the figure, not the figure itself. */
function periodNear(text: string, at: number, length: number): string | null {
  let best: { period: string; distance: number } | undefined;
  for (const match of text.matchAll(YEAR)) {
    if (match.index >= at && match.index < at + length) continue;
    const distance = Math.abs(match.index - at);
    if (!best || distance < best.distance) best = { period: match[0].replace(/\s/g, '').replace('-', '–'), distance };
  }
  return best?.period ?? null;
}
