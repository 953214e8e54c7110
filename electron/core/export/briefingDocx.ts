// Export: a briefing → a .docx built with the docx package. Cover block, contents, executive summary,
// key points, the sections with their articles (full text) and excerpts (Quote, with a footnote citing
// the source), the author's notes apart, and a Sources appendix giving each article's provenance.
// Pure: returns the bytes; writing them (atomically) is the caller's job.
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { Briefing } from '../../contract.js';
import { layoutOf, type BriefingLayout, type ParagraphStyle } from './briefingLayout.js';
import { BULLETS, languageTag, NUMBERING, pageFor, SOURCES, stylesFor, TABLE_STYLE, tableStyle } from './docxStyles.js';

/** A run of text in the language it is written in (an article's), or in the document's (English) when undefined. */
const run = (text: string, language?: string | null): TextRun =>
  new TextRun({ text, ...(language === undefined ? {} : { language: { value: languageTag(language) } }) });

type ContentsEntry = BriefingLayout['contents'][number];

/** The width the tables' columns share, in twips (about the text width of A4 with normal margins; Word scales them to 100%). */
const TABLE_TWIPS = 9400;

/** Builds paragraphs, putting the portion marking, when there is one, in front of each. */
class Writer {
  readonly children: (Paragraph | Table | TableOfContents)[] = [];
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  private nextFootnote = 1;

  constructor(private readonly portionMarking: string) {}

  paragraph(
    text: string,
    options: Omit<IParagraphOptions, 'text' | 'children'> = {},
    language?: string | null,
    trailing: TextRun[] = [],
  ): void {
    const portion = this.portionMarking ? [new TextRun({ text: `${this.portionMarking} `, bold: true, italics: false })] : [];
    this.children.push(new Paragraph({ ...options, children: [...portion, run(text, language), ...trailing] }));
  }

  /** A Heading 1 or 2, bookmarked so that its contents entry links to it. */
  heading(block: ContentsEntry, options: Omit<IParagraphOptions, 'text' | 'children' | 'heading'> = {}): void {
    const portion = this.portionMarking ? [new TextRun({ text: `${this.portionMarking} `, bold: true, italics: false })] : [];
    this.children.push(
      new Paragraph({
        ...options,
        heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        children: [...portion, new Bookmark({ id: block.anchor, children: [run(block.text, block.language)] })],
      }),
    );
  }

  footnote(text: string, language?: string | null): FootnoteReferenceRun {
    const id = this.nextFootnote++;
    this.footnotes[id] = { children: [new Paragraph({ children: [run(text, language)] })] };
    return new FootnoteReferenceRun(id);
  }

  /**
   * A table in the document's table style: its caption above it, a header row Word repeats on every page
   * the table runs over, and each row's citation as a footnote on its last cell.
   */
  table(block: Extract<BriefingLayout['blocks'][number], { kind: 'table' }>): void {
    this.paragraph(block.caption, { style: 'Caption', keepNext: true });
    const cell = (children: TextRun[], header = false): TableCell =>
      new TableCell({ children: [new Paragraph({ style: header ? 'TableHeading' : 'TableText', children })] });
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: block.columns.map((column) => cell([new TextRun({ text: column, bold: true })], true)),
    });
    // the portion marking leads each row, as it leads every paragraph of the body
    const portion = (): TextRun[] =>
      this.portionMarking ? [new TextRun({ text: `${this.portionMarking} `, bold: true, italics: false })] : [];
    const rows = block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.cells.map((text, at) =>
            cell([
              ...(at === 0 ? portion() : []),
              run(text, row.language),
              ...(at === row.cells.length - 1 ? [this.footnote(row.footnote.text, row.footnote.language)] : []),
            ]),
          ),
        }),
    );
    // columns as wide as what they hold (an event's sentence beside a date), within reason
    const weights = block.columns.map((column, at) => {
      const lengths = block.rows.map((row) => row.cells[at]?.length ?? 0);
      return Math.min(50, Math.max(14, column.length, lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length)));
    });
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const columnWidths = weights.map((weight) => Math.round((TABLE_TWIPS * weight) / total));
    this.children.push(
      new Table({ style: TABLE_STYLE, width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths, rows: [header, ...rows] }),
    );
  }

  /**
   * The contents, written with their entries so that every viewer shows them (Word can update the field):
   * each entry links to its heading and is in the heading's language.
   */
  tableOfContents(entries: ContentsEntry[]): TableOfContents {
    return new TableOfContents('Contents', {
      hyperlink: true,
      headingStyleRange: '1-2',
      // without page numbers (\n): nothing in it is stale, so Word has nothing to ask about on open
      pageNumbersEntryLevelsRange: '1-2',
      beginDirty: false,
      contentChildren: entries.map(
        (entry) =>
          new Paragraph({
            style: `TOC${entry.level}`,
            children: [new InternalHyperlink({ anchor: entry.anchor, children: [run(entry.text, entry.language)] })],
          }),
      ),
    });
  }
}

const PARAGRAPH_STYLES: Record<ParagraphStyle, Omit<IParagraphOptions, 'text' | 'children'>> = {
  body: {},
  quote: { style: 'Quote' },
  caption: { style: 'Caption' },
  note: { style: 'Note' },
  bullet: { style: 'ListBullet', numbering: { reference: BULLETS, level: 0 } },
  source: { style: 'ListNumber', numbering: { reference: SOURCES, level: 0 } },
};

export async function briefingToDocx(briefing: Briefing): Promise<Uint8Array> {
  const { settings } = briefing;
  const layout = layoutOf(briefing);
  const { marking } = layout;
  const writer = new Writer(layout.portionMarking);
  let contentsAt = 0;
  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'title':
        writer.children.push(new Paragraph({ heading: HeadingLevel.TITLE, text: block.text }));
        break;
      case 'subtitle':
        writer.children.push(new Paragraph({ style: 'Subtitle', text: block.text }));
        break;
      case 'cover':
        writer.children.push(
          new Paragraph({
            style: 'CoverLine',
            children: [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun(block.value)],
          }),
        );
        break;
      case 'contents':
        // its entries are known once the body is written; it takes this place then
        writer.children.push(new Paragraph({ style: 'TOCHeading', text: 'Contents' }));
        contentsAt = writer.children.length;
        break;
      case 'heading':
        writer.heading(block, { pageBreakBefore: block.pageBreakBefore || undefined });
        break;
      case 'table':
        writer.table(block);
        break;
      case 'paragraph':
        writer.paragraph(
          block.text,
          PARAGRAPH_STYLES[block.style],
          block.language,
          block.footnote ? [writer.footnote(block.footnote.text, block.footnote.language)] : [],
        );
        break;
    }
  }
  writer.children.splice(contentsAt, 0, writer.tableOfContents(layout.contents));
  const cited = layout.cited;

  const markingLine = (): Paragraph[] => (marking ? [new Paragraph({ style: 'Marking', text: marking })] : []);
  const pageLine = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })],
  });
  const document = new Document({
    title: briefing.title,
    subject: briefing.subtitle || undefined,
    creator: briefing.author || 'Attaché',
    keywords: [...new Set(cited.map((item) => item.source).filter(Boolean))].join(', ') || undefined,
    description: marking ? `Handling: ${marking}` : undefined,
    lastModifiedBy: 'Attaché',
    styles: stylesFor(settings),
    numbering: NUMBERING,
    footnotes: writer.footnotes,
    sections: [
      {
        properties: { titlePage: true, page: pageFor(settings) },
        headers: { first: new Header({ children: markingLine() }), default: new Header({ children: markingLine() }) },
        footers: { first: new Footer({ children: markingLine() }), default: new Footer({ children: [...markingLine(), pageLine] }) },
        children: writer.children,
      },
    ],
  });
  document.Styles.addChildElement(tableStyle());
  return new Uint8Array(await Packer.toBuffer(document));
}
