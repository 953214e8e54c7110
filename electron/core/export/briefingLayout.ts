// What an exported briefing says, in order, as a list of blocks: cover, contents, summary, key points,
// the sections with their articles and excerpts, notes and the Sources appendix. The .docx and the
// printed page (preview, Print, PDF) are both written from this one list, so they cannot say different
// things or list different contents.
import type { Briefing, CitedSource } from '../../contract.js';
import { citation, formatDate, paragraphsOf, sourceLine, sourcesEntry } from '../briefing/model/briefingText.js';

/** undefined: the document's own language (English); null: a text whose language is unknown. */
type Language = string | null | undefined;

export type ParagraphStyle = 'body' | 'quote' | 'caption' | 'note' | 'bullet' | 'source';

export type Block =
  | { kind: 'title' | 'subtitle'; text: string }
  | { kind: 'cover'; label: string; value: string }
  /** Where the contents go: the "Contents" heading and one entry per heading below. */
  | { kind: 'contents' }
  | { kind: 'heading'; level: 1 | 2; text: string; language: Language; pageBreakBefore: boolean; anchor: string }
  | { kind: 'paragraph'; style: ParagraphStyle; text: string; language: Language; footnote?: Footnote }
  /** A table with its caption; each row cites its article in a footnote on its last cell. */
  | { kind: 'table'; caption: string; columns: string[]; rows: { cells: string[]; language: Language; footnote: Footnote }[] };

export interface Footnote {
  number: number;
  text: string;
  language: Language;
}

export interface BriefingLayout {
  blocks: Block[];
  /** The headings listed in the contents, in order. */
  contents: Extract<Block, { kind: 'heading' }>[];
  /** Printed at the top and bottom of every page, when there is one. */
  marking: string;
  /** Put before every paragraph of the body, when there is one. */
  portionMarking: string;
  /** Every cited article once, in order of first citation. */
  cited: CitedSource[];
}

export function layoutOf(briefing: Briefing): BriefingLayout {
  const blocks: Block[] = [];
  const contents: BriefingLayout['contents'] = [];
  const cited: CitedSource[] = [];
  const cite = (source: CitedSource): void => {
    if (!cited.some((other) => other.articleId === source.articleId)) cited.push(source);
  };
  let footnotes = 0;
  const heading = (text: string, level: 1 | 2, language: Language = undefined, pageBreakBefore = false) => {
    const block = { kind: 'heading', level, text, language, pageBreakBefore, anchor: `_Toc_attache_${contents.length + 1}` } as const;
    contents.push(block);
    blocks.push(block);
  };
  const paragraph = (style: ParagraphStyle, text: string, language: Language = undefined, footnote?: Footnote) =>
    blocks.push({ kind: 'paragraph', style, text, language, ...(footnote ? { footnote } : {}) });

  const marking = briefing.marking.trim();
  blocks.push({ kind: 'title', text: briefing.title });
  if (briefing.subtitle.trim()) blocks.push({ kind: 'subtitle', text: briefing.subtitle });
  const cover: [string, string][] = [
    ['Prepared for', briefing.recipient],
    ['Prepared by', briefing.author],
    ['Date', briefing.date ? formatDate(briefing.date) : ''],
    ['Handling', marking],
  ];
  for (const [label, value] of cover) if (value.trim()) blocks.push({ kind: 'cover', label, value });
  blocks.push({ kind: 'contents' });

  if (briefing.summary.trim()) {
    heading('Executive summary', 1, undefined, true);
    for (const text of paragraphsOf(briefing.summary)) paragraph('body', text);
  }
  const keyPoints = briefing.keyPoints.map((point) => point.trim()).filter(Boolean);
  if (keyPoints.length > 0) {
    heading('Key points', 1);
    for (const point of keyPoints) paragraph('bullet', point);
  }

  for (const section of briefing.sections) {
    const tables = section.tables ?? [];
    if (section.items.length === 0 && tables.length === 0 && !section.heading.trim()) continue;
    heading(section.heading || 'Untitled section', 1);
    for (const item of section.items) {
      cite(item);
      // a section of one article named after it (as the command line writes them) needs no second heading
      const namedBySection = section.items.length === 1 && section.heading === item.title;
      if (!namedBySection) heading(item.title, 2, item.language);
      if (item.excerpt) {
        const passages = paragraphsOf(item.excerpt);
        passages.forEach((text, at) => {
          const last = at === passages.length - 1;
          paragraph(
            'quote',
            text,
            item.language,
            last ? { number: ++footnotes, text: citation(item), language: item.language } : undefined,
          );
        });
      } else {
        paragraph('caption', sourceLine(item), item.language);
        for (const text of paragraphsOf(item.body)) paragraph('body', text, item.language);
      }
      for (const text of paragraphsOf(item.note ?? '')) paragraph('note', `Note: ${text}`);
    }
    for (const table of tables) {
      const rows = table.rows.map((row) => {
        cite(row.source);
        return {
          cells: row.cells,
          language: row.source.language,
          footnote: { number: ++footnotes, text: citation(row.source), language: row.source.language },
        };
      });
      blocks.push({ kind: 'table', caption: table.caption, columns: table.columns, rows });
    }
  }

  if (cited.length > 0) {
    heading('Sources', 1, undefined, true);
    for (const item of cited) paragraph('source', sourcesEntry(item), item.language);
  }
  return { blocks, contents, marking, portionMarking: briefing.settings.portionMarking.trim(), cited };
}
