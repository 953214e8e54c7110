// The desk's tables in a briefing: cited row by row, listed in Sources, printed with a header row, and
// read back from a briefing file that has them (or, saved before them, does not).
import { describe, expect, it } from 'vitest';
import { BriefingSchema, type CitedSource, type Figure, type TimelineEntry } from '../../../electron/contract';
import { emptyBriefing } from '../../../electron/core/briefing/model/briefing';
import { addTable, removeTable } from '../../../electron/core/briefing/model/edits';
import { figuresTable, timelineTable } from '../../../electron/core/briefing/model/insightTables';
import { briefingToHtml } from '../../../electron/core/export/briefingHtml';
import { layoutOf } from '../../../electron/core/export/briefingLayout';

const belta: CitedSource = {
  articleId: '0123456789abcdef',
  title: 'Lukashenko, Aliyev discuss ways to expand cooperation',
  source: 'BelTA',
  date: '2024-05-16',
  place: 'Baku',
  language: 'en',
  path: '/news/belta.txt',
  hash: 'ab'.repeat(32),
};
const figure = (text: string, value: number): Figure => ({
  articleId: belta.articleId,
  start: 0,
  end: text.length,
  text,
  value,
  unit: 'USD',
  what: 'trade',
  period: '2023',
  sentence: `Trade exceeded ${text}.`,
});
const event: TimelineEntry = {
  date: '2024-05-16',
  event: 'Lukashenko and Aliyev held talks in Baku.',
  people: ['Aleksandr Lukashenko', 'Ilham Aliyev'],
  places: ['Baku'],
  articleIds: [belta.articleId, 'fedcba9876543210'],
  reports: [{ articleId: belta.articleId, start: 0, end: 10 }],
};

describe('tables in a briefing', () => {
  const figures = figuresTable([figure('$400 million', 4e8), figure('$1 billion', 1e9)], [belta], 'Figures: trade')!;
  const timeline = timelineTable([event], [belta], 'Timeline')!;
  let briefing = addTable(emptyBriefing(), figures, 0).briefing;
  briefing = addTable(briefing, timeline, 0).briefing;

  it('become rows citing their article, each with its own footnote, and the article once in Sources', () => {
    expect(figures.rows.map((row) => row.cells)).toEqual([
      ['$400 million', 'trade', '2023', 'BelTA'],
      ['$1 billion', 'trade', '2023', 'BelTA'],
    ]);
    expect(timeline.rows[0]!.cells[1]).toBe('Lukashenko and Aliyev held talks in Baku. (also reported by 1 other article)');
    const layout = layoutOf(briefing);
    const tables = layout.blocks.filter((block) => block.kind === 'table');
    expect(tables.map((table) => table.caption)).toEqual(['Figures: trade', 'Timeline']);
    expect(tables.flatMap((table) => table.rows.map((row) => row.footnote.number))).toEqual([1, 2, 3]);
    expect(tables[0]!.rows[0]!.footnote.text).toBe(
      'BelTA, “Lukashenko, Aliyev discuss ways to expand cooperation”, 16 May 2024, original file belta.txt.',
    );
    expect(layout.cited.map((source) => source.articleId)).toEqual([belta.articleId]);
  });

  it('print with a header row that repeats on every page', () => {
    const html = briefingToHtml(briefing);
    expect(html).toContain(
      '<thead><tr><th scope="col">Figure</th><th scope="col">What</th><th scope="col">Year</th><th scope="col">Reported by</th></tr></thead>',
    );
    expect(html).toContain('thead { display: table-header-group; }');
  });

  it('are kept in the briefing file, and a file saved before them still reads', () => {
    expect(BriefingSchema.parse(JSON.parse(JSON.stringify(briefing)))).toEqual(briefing);
    const old = { ...emptyBriefing(), sections: [{ heading: 'Articles', items: [] }] };
    expect(BriefingSchema.safeParse(old).success).toBe(true);
    expect(removeTable(briefing, 0, 0).sections[0]!.tables!.map((table) => table.caption)).toEqual(['Timeline']);
  });
});
