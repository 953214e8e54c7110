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
  TableOfContents,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import type { Briefing, BriefingItem } from '../../contract.js';
import { citation, formatDate, paragraphsOf, sourceLine, sourcesEntry } from '../briefing/model/briefingText.js';
import { BULLETS, languageTag, NUMBERING, pageFor, SOURCES, stylesFor } from './docxStyles.js';

/** A run of text in the language it is written in (an article's), or in the document's (English) when undefined. */
const run = (text: string, language?: string | null): TextRun =>
  new TextRun({ text, ...(language === undefined ? {} : { language: { value: languageTag(language) } }) });

/** An entry of the contents: a Heading 1 or 2, the bookmark that links to it, its language. */
interface ContentsEntry {
  text: string;
  level: 1 | 2;
  bookmark: string;
  language?: string | null;
}

/** Builds paragraphs, putting the portion marking, when there is one, in front of each. */
class Writer {
  readonly children: (Paragraph | TableOfContents)[] = [];
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  readonly contents: ContentsEntry[] = [];
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

  /** A Heading 1 or 2, bookmarked and listed in the contents. */
  heading(
    text: string,
    level: 1 | 2,
    options: Omit<IParagraphOptions, 'text' | 'children' | 'heading'> = {},
    language?: string | null,
  ): void {
    const bookmark = `_Toc_attache_${this.contents.length + 1}`;
    this.contents.push({ text, level, bookmark, language });
    const portion = this.portionMarking ? [new TextRun({ text: `${this.portionMarking} `, bold: true, italics: false })] : [];
    this.children.push(
      new Paragraph({
        ...options,
        heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        children: [...portion, new Bookmark({ id: bookmark, children: [run(text, language)] })],
      }),
    );
  }

  footnote(text: string, language?: string | null): FootnoteReferenceRun {
    const id = this.nextFootnote++;
    this.footnotes[id] = { children: [new Paragraph({ children: [run(text, language)] })] };
    return new FootnoteReferenceRun(id);
  }

  /**
   * The contents, written with their entries so that every viewer shows them (Word can update the field):
   * each entry links to its heading and is in the heading's language.
   */
  tableOfContents(): TableOfContents {
    return new TableOfContents('Contents', {
      hyperlink: true,
      headingStyleRange: '1-2',
      // without page numbers (\n): nothing in it is stale, so Word has nothing to ask about on open
      pageNumbersEntryLevelsRange: '1-2',
      beginDirty: false,
      contentChildren: this.contents.map(
        (entry) =>
          new Paragraph({
            style: `TOC${entry.level}`,
            children: [new InternalHyperlink({ anchor: entry.bookmark, children: [run(entry.text, entry.language)] })],
          }),
      ),
    });
  }
}

export async function briefingToDocx(briefing: Briefing): Promise<Uint8Array> {
  const { settings } = briefing;
  const marking = briefing.marking.trim();
  const writer = new Writer(settings.portionMarking.trim());

  // Cover block
  writer.children.push(new Paragraph({ heading: HeadingLevel.TITLE, text: briefing.title }));
  if (briefing.subtitle.trim()) writer.children.push(new Paragraph({ style: 'Subtitle', text: briefing.subtitle }));
  const cover: [string, string][] = [
    ['Prepared for', briefing.recipient],
    ['Prepared by', briefing.author],
    ['Date', briefing.date ? formatDate(briefing.date) : ''],
    ['Handling', marking],
  ];
  for (const [label, value] of cover.filter(([, value]) => value.trim())) {
    writer.children.push(
      new Paragraph({ style: 'CoverLine', children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    );
  }

  // Contents: its entries are known once the body is written; it takes this place then
  writer.children.push(new Paragraph({ style: 'TOCHeading', text: 'Contents' }));
  const contentsAt = writer.children.length;

  if (briefing.summary.trim()) {
    writer.heading('Executive summary', 1, { pageBreakBefore: true });
    for (const text of paragraphsOf(briefing.summary)) writer.paragraph(text);
  }
  const keyPoints = briefing.keyPoints.map((point) => point.trim()).filter(Boolean);
  if (keyPoints.length > 0) {
    writer.heading('Key points', 1);
    for (const point of keyPoints) writer.paragraph(point, { style: 'ListBullet', numbering: { reference: BULLETS, level: 0 } });
  }

  const cited: BriefingItem[] = [];
  for (const section of briefing.sections) {
    if (section.items.length === 0 && !section.heading.trim()) continue;
    writer.heading(section.heading || 'Untitled section', 1);
    for (const item of section.items) {
      if (!cited.some((other) => other.articleId === item.articleId)) cited.push(item);
      // a section of one article named after it (as the command line writes them) needs no second heading
      const namedBySection = section.items.length === 1 && section.heading === item.title;
      if (!namedBySection) writer.heading(item.title, 2, {}, item.language);
      if (item.excerpt) {
        const passages = paragraphsOf(item.excerpt);
        passages.forEach((text, at) =>
          writer.paragraph(
            text,
            { style: 'Quote' },
            item.language,
            at === passages.length - 1 ? [writer.footnote(citation(item), item.language)] : [],
          ),
        );
      } else {
        writer.paragraph(sourceLine(item), { style: 'Caption' }, item.language);
        for (const text of paragraphsOf(item.body)) writer.paragraph(text, {}, item.language);
      }
      for (const text of paragraphsOf(item.note ?? '')) writer.paragraph(`Note: ${text}`, { style: 'Note' });
    }
  }

  if (cited.length > 0) {
    writer.heading('Sources', 1, { pageBreakBefore: true });
    for (const item of cited) {
      writer.paragraph(sourcesEntry(item), { style: 'ListNumber', numbering: { reference: SOURCES, level: 0 } }, item.language);
    }
  }
  writer.children.splice(contentsAt, 0, writer.tableOfContents());

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
  return new Uint8Array(await Packer.toBuffer(document));
}
