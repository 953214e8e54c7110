// The Word styles, list numbering and page setup of an exported briefing. Style ids and names are
// Word's built-in ones (Title, Subtitle, Heading 1–3, Quote, Caption, List Bullet, List Number, toc 1–2),
// so the recipient's own templates and the navigation pane treat the document as written in Word.
import {
  AlignmentType,
  BorderStyle,
  ImportedXmlComponent,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import type { BriefingSettings } from '../../contract.js';

const INK = '1F2937';
const ACCENT = '1F3864';
const MUTED = '595959';
const pt = (points: number): number => points * 2; // docx sizes are half-points

export function stylesFor(settings: BriefingSettings): IStylesOptions {
  const font = settings.font;
  const heading = (size: number, before: number) => ({
    run: { font, size: pt(size), bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 80, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font, size: pt(11), color: INK, language: { value: 'en-GB' } },
        // line heights are always proportional (auto): an exact height overlaps the lines of a large heading that wraps
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font, size: pt(26), color: ACCENT },
        paragraph: { spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO }, keepLines: true },
      },
      heading1: heading(16, 360),
      heading2: heading(13, 240),
      heading3: heading(11.5, 200),
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(14), color: MUTED },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: {
          indent: { left: 567, right: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A6A6A6', space: 8 } },
        },
      },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(9), italics: true, color: MUTED },
        paragraph: { spacing: { after: 160 } },
      },
      {
        id: 'Note',
        name: 'Note',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { color: '1F3864' },
        paragraph: {
          indent: { left: 284 },
          shading: { fill: 'EEF2F8', type: 'clear', color: 'auto' },
          spacing: { before: 80, after: 160 },
        },
      },
      { id: 'CoverLine', name: 'Cover Line', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 40 } } },
      {
        id: 'Marking',
        name: 'Handling Marking',
        basedOn: 'Normal',
        run: { bold: true, allCaps: true, size: pt(10) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, size: pt(14), bold: true, color: ACCENT },
        paragraph: { spacing: { before: 240, after: 120 } },
      },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 60 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 284 }, spacing: { after: 40 } } },
      { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
      { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', paragraph: { spacing: { after: 80 } } },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: pt(9.5) },
        paragraph: { spacing: { before: 20, after: 20, line: 240 } },
      },
      { id: 'TableHeading', name: 'Table Heading', basedOn: 'TableText', run: { bold: true, color: ACCENT } },
    ],
  };
}

/** The style of the briefing's tables (figures, timelines): thin grey rules, a shaded header row. */
export const TABLE_STYLE = 'BriefingTable';

/**
 * The Word table style of the briefing's tables, added to a document's styles after it is made (the docx
 * package writes paragraph and character styles itself; a table style is given as its XML, and given as
 * `importedStyles` it would replace the package's own Title and Heading styles).
 */
export function tableStyle(): ImportedXmlComponent {
  const rule = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Briefing Table"/><w:uiPriority w:val="59"/><w:qFormat/>` +
      `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(rule).join('')}</w:tblBorders>` +
      `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
      `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr></w:style>`,
  );
}

export const BULLETS = 'attache-bullets';
export const SOURCES = 'attache-sources';

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 283 } } },
        },
      ],
    },
    {
      reference: SOURCES,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 425 } } },
        },
      ],
    },
  ],
};

/** Page size and margins, in twips (1/1440 inch). */
export function pageFor(settings: BriefingSettings): {
  size: { width: number; height: number };
  margin: { top: number; bottom: number; left: number; right: number };
} {
  const size = settings.pageSize === 'Letter' ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 };
  const side = { narrow: 720, normal: 1247, wide: 1871 }[settings.margins];
  return { size, margin: { top: 1247, bottom: 1247, left: side, right: side } };
}

/** Word's language tags for the languages Attaché detects. */
const LANGUAGE_TAGS = new Map([
  ['en', 'en-GB'],
  ['ru', 'ru-RU'],
  ['es', 'es-ES'],
  ['fr', 'fr-FR'],
  ['de', 'de-DE'],
  ['it', 'it-IT'],
  ['pt', 'pt-PT'],
  ['uk', 'uk-UA'],
  ['be', 'be-BY'],
  ['pl', 'pl-PL'],
]);

/** The tag of an article's language (a briefing file may carry any string: it is looked up in a Map). */
export function languageTag(language: string | null): string {
  return (language && LANGUAGE_TAGS.get(language)) || 'en-GB';
}
