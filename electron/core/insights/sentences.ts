// An article's sentences with their places in the body: what quotes, figures and events are read from.
// Intl.Segmenter (ICU's sentence rules, in every language Node ships) splits them; an abbreviation's
// full stop ("Gen.", "г.", "Sr.") does not end one, nor does a stop inside quotation marks.

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Which paragraph of the body it is in (paragraphs are separated by a blank line). */
  paragraph: number;
}

/** Short words after which a full stop is an abbreviation's, in the languages Attaché reads (a table of our own). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Nos|Vol|Inc|Ltd|Co|Corp|vs|etc|approx|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|г|гг|им|т|тыс|млн|млрд|руб|долл|ст|ул|пр|проф|акад|Sra?|Dña?|D|Mme|Mlle|M|Hr|Fr|Dr|bzw|ca|Nr|z\.B|u\.a|S|[A-ZА-Я])\.$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Sentences joined across an open quotation mark or an abbreviation stop at this length. */
const MAX_MERGED = 1200;

/** Sentences of a text whose paragraphs are separated by blank lines. */
export function sentencesOf(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of body.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    let pending: Sentence | undefined;
    for (const segment of segmenter.segment(block[0])) {
      const start = block.index + segment.index;
      const text = segment.segment.trimEnd();
      if (!text.trim()) continue;
      // a quotation of several sentences is one unit, within reason: a stray mark (an inch, a typo) must not swallow the paragraph
      if (pending && pending.text.length < MAX_MERGED && (ABBREVIATION.test(pending.text.slice(-12)) || opensQuote(pending.text))) {
        pending.text = body.slice(pending.start, start + text.length);
        pending.end = start + text.length;
      } else {
        if (pending) sentences.push(pending);
        const lead = text.length - text.trimStart().length;
        pending = { text: text.trimStart(), start: start + lead, end: start + text.length, paragraph };
      }
    }
    if (pending) sentences.push(pending);
    paragraph++;
  }
  return sentences;
}

/** Whether the text leaves a quotation open (a quote of several sentences is one unit). */
function opensQuote(text: string): boolean {
  const count = (mark: string): number => text.split(mark).length - 1;
  // German opens with „ and closes with “, English opens with “
  const german = count('„') > 0;
  const opened = count('«') + count('„') + (german ? 0 : count('“'));
  const closed = count('»') + count('”') + (german ? count('“') : 0);
  // a straight quote after a digit is an inch or a second mark, not speech
  return opened > closed || (text.match(/(?<!\d)"/g) ?? []).length % 2 === 1;
}
