// The analyst's desk into the brief: a quote as an excerpt with its speaker, figures and a timeline as
// tables whose every row cites its article. Pure, for the window and the command line alike.
import type { BriefingTable, CitedSource, Figure, Quote, TimelineEntry } from '../../../contract.js';
import { formatDate } from './briefingText.js';

/** What a briefing file holds at most (contract/briefing.ts): longer captions and cells are cut, more rows left out. */
const MAX_CAPTION = 200;
const MAX_CELL = 4000;
const MAX_ROWS = 2000;
const cut = (text: string, limit: number): string => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

function tableOf(caption: string, columns: string[], rows: BriefingTable['rows']): BriefingTable | undefined {
  if (rows.length === 0) return undefined;
  return {
    caption: cut(caption, MAX_CAPTION),
    columns,
    rows: rows.slice(0, MAX_ROWS).map((row) => ({ ...row, cells: row.cells.map((cell) => cut(cell, MAX_CELL)) })),
  };
}

const sourceOf = (sources: CitedSource[], articleId: string): CitedSource | undefined =>
  sources.find((source) => source.articleId === articleId);
const dateText = (date: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date) : date);

/** The figures as a table: as written, what they measure, the year, the outlet; each row cites its article. */
export function figuresTable(figures: Figure[], sources: CitedSource[], caption = 'Figures'): BriefingTable | undefined {
  const rows = figures.flatMap((figure) => {
    const source = sourceOf(sources, figure.articleId);
    return source ? [{ cells: [figure.text, figure.what ?? '', figure.period ?? '', source.source ?? 'Unknown source'], source }] : [];
  });
  return tableOf(caption, ['Figure', 'What', 'Year', 'Reported by'], rows);
}

/** The timeline as a table: date, what happened, who and where; each row cites the first article reporting it. */
export function timelineTable(entries: TimelineEntry[], sources: CitedSource[], caption = 'Timeline'): BriefingTable | undefined {
  const rows = entries.flatMap((entry) => {
    const source = entry.articleIds.map((id) => sourceOf(sources, id)).find(Boolean);
    if (!source) return [];
    const others = entry.articleIds.length - 1;
    const event = others > 0 ? `${entry.event} (also reported by ${others} other article${others === 1 ? '' : 's'})` : entry.event;
    return [{ cells: [dateText(entry.date), event, entry.people.join(', '), entry.places.join(', ')], source }];
  });
  return tableOf(caption, ['Date', 'Event', 'People', 'Places'], rows);
}

/** What the briefing notes beside a quote added as an excerpt: who said it, and how. */
export function quoteNote(quote: Pick<Quote, 'speaker' | 'kind'>): string {
  const who = quote.speaker ?? 'Speaker not named in the article';
  return quote.kind === 'direct' ? `${who}, quoted.` : `${who}, reported speech.`;
}
