// The printed briefing: one HTML document with a print stylesheet (CSS paged media) that Chromium lays
// out on the briefing's paper — the marking at the top and bottom of every page, "Page X of Y" below
// all but the cover, page breaks and typography mirroring the .docx's styles (docxStyles.ts). The
// window's preview, Print and Export PDF all print this document, so what the preview shows is the PDF.
// Self-contained: it loads nothing, runs no script, and its own CSP says so.
import type { Briefing } from '../../contract.js';
import { layoutOf, type Block, type ParagraphStyle } from './briefingLayout.js';
import { languageTag, pageFor } from './docxStyles.js';

/** The document's own policy: no script, nothing loaded, only its inline styles. */
const PRINT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const twipsToPt = (twips: number): string => `${twips / 20}pt`;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** A CSS string literal (for `content:` and font names): every character but letters, digits and spaces escaped (no `</style>`, no line end). */
const cssString = (text: string): string =>
  `"${[...text.replace(/[\r\n\f]+/g, ' ')].map((char) => (/[\p{L}\p{N} ]/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `)).join('')}"`;

const langAttribute = (language: string | null | undefined): string => (language === undefined ? '' : ` lang="${languageTag(language)}"`);

const PARAGRAPH_CLASSES: Record<ParagraphStyle, string> = {
  body: 'body',
  quote: 'quote',
  caption: 'caption',
  note: 'note',
  bullet: 'bullet',
  source: 'source',
};

/**
 * The stylesheet. Word adds a paragraph's space after to the next one's space before, where CSS margins
 * would collapse: spacing is padding here. Line heights are Word's "auto" ones: a multiple of the
 * font's own line height (`normal`), 1.15 of it for body text.
 */
function stylesheet(briefing: Briefing, marking: string): string {
  const { size, margin } = pageFor(briefing.settings);
  const font = `${cssString(briefing.settings.font)}, "Carlito", "DejaVu Sans", sans-serif`;
  const markingBox = marking ? `content: ${cssString(marking.toUpperCase())};` : 'content: none;';
  const pageLine = `"Page " counter(page) " of " counter(pages)`;
  return `
@page {
  size: ${twipsToPt(size.width)} ${twipsToPt(size.height)};
  margin: ${twipsToPt(margin.top)} ${twipsToPt(margin.right)} ${twipsToPt(margin.bottom)} ${twipsToPt(margin.left)};
  @top-center { ${markingBox} font: bold 10pt ${font}; color: #1F2937; }
  @bottom-center {
    content: ${marking ? `${cssString(marking.toUpperCase())} "\\A" ` : ''}${pageLine};
    white-space: pre; font: 9pt ${font}; color: #1F2937;
  }
}
@page :first { @bottom-center { ${markingBox} font: bold 10pt ${font}; } }
html { font: 11pt/1.15 ${font}; color: #1F2937; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
p, h1, h2, h3 { margin: 0; padding: 0 0 6pt; line-height: 1.32; orphans: 2; widows: 2; }
a { color: inherit; text-decoration: none; }
.portion { font-weight: bold; font-style: normal; }
.title { font-size: 26pt; font-weight: normal; color: #1F3864; line-height: normal; break-inside: avoid; }
.subtitle { font-size: 14pt; color: #595959; padding-bottom: 12pt; }
.cover { padding-bottom: 2pt; }
.contents-heading { font-size: 14pt; font-weight: bold; color: #1F3864; padding: 12pt 0 6pt; line-height: normal; }
.toc1 { padding-bottom: 3pt; }
.toc2 { padding: 0 0 2pt 14.2pt; }
h1, h2 { color: #1F3864; font-weight: bold; line-height: normal; padding-bottom: 4pt; break-after: avoid; break-inside: avoid; }
h1 { font-size: 16pt; padding-top: 18pt; }
h2 { font-size: 13pt; padding-top: 12pt; }
.page-break { break-before: page; }
.quote { font-style: italic; color: #404040; margin: 0 28.35pt; border-left: 1.5pt solid #A6A6A6; padding-left: 8pt; }
.caption { font-size: 9pt; font-style: italic; color: #595959; padding-bottom: 8pt; }
.note { color: #1F3864; margin-left: 14.2pt; padding: 4pt 0 8pt; background: #EEF2F8; background-clip: content-box; }
.bullet, .source { display: flex; padding-bottom: 3pt; }
.source { padding-bottom: 4pt; }
.bullet > .label { flex: 0 0 14.15pt; margin-left: 14.2pt; }
.source > .label { flex: 0 0 21.25pt; margin-left: 7.1pt; }
table.briefing-table { width: 100%; border-collapse: collapse; margin: 6pt 0; font-size: 9.5pt; }
table.briefing-table caption { text-align: left; font-style: italic; padding-bottom: 3pt; }
table.briefing-table th, table.briefing-table td { border: 0.5pt solid #808080; padding: 2pt 4pt; text-align: left; vertical-align: top; }
table.briefing-table th { background: #d9e2f3; }
table.briefing-table thead { display: table-header-group; }
table.briefing-table tr { break-inside: avoid; }
.footnote { font-size: 10pt; line-height: normal; padding: 0 0 4pt 28.35pt; }
sup { line-height: 0; }
`;
}

export function briefingToHtml(briefing: Briefing): string {
  const layout = layoutOf(briefing);
  const portion = layout.portionMarking ? `<span class="portion">${escapeHtml(layout.portionMarking)} </span>` : '';
  const html: string[] = [];
  let sources = 0;
  const paragraph = (block: Extract<Block, { kind: 'paragraph' }>): string => {
    const label = block.style === 'source' ? `${++sources}.` : block.style === 'bullet' ? '•' : '';
    const text = `${portion}${escapeHtml(block.text)}${block.footnote ? `<sup>${block.footnote.number}</sup>` : ''}`;
    const inner = label ? `<span class="label">${label}</span><span>${text}</span>` : text;
    const note = block.footnote
      ? `<p class="footnote"${langAttribute(block.footnote.language)}><sup>${block.footnote.number}</sup> ${escapeHtml(block.footnote.text)}</p>`
      : '';
    return `<p class="${PARAGRAPH_CLASSES[block.style]}"${langAttribute(block.language)}>${inner}</p>${note}`;
  };
  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'title':
        html.push(`<p class="title" role="heading" aria-level="1">${escapeHtml(block.text)}</p>`);
        break;
      case 'subtitle':
        html.push(`<p class="subtitle">${escapeHtml(block.text)}</p>`);
        break;
      case 'cover':
        html.push(`<p class="cover"><b>${escapeHtml(block.label)}:</b> ${escapeHtml(block.value)}</p>`);
        break;
      case 'contents':
        html.push('<nav aria-label="Contents"><p class="contents-heading">Contents</p>');
        for (const entry of layout.contents)
          html.push(
            `<p class="toc${entry.level}"${langAttribute(entry.language)}><a href="#${entry.anchor}">${escapeHtml(entry.text)}</a></p>`,
          );
        html.push('</nav>');
        break;
      case 'heading': {
        const tag = block.level === 1 ? 'h1' : 'h2';
        const broken = block.pageBreakBefore ? ' class="page-break"' : '';
        html.push(`<${tag} id="${block.anchor}"${broken}${langAttribute(block.language)}>${portion}${escapeHtml(block.text)}</${tag}>`);
        break;
      }
      case 'paragraph':
        html.push(paragraph(block));
        break;
      case 'table': {
        const head = block.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
        const rows = block.rows.map(
          (row) =>
            `<tr${langAttribute(row.language)}>${row.cells
              .map(
                (cell, at) =>
                  `<td>${at === 0 ? portion : ''}${escapeHtml(cell)}${at === row.cells.length - 1 ? `<sup>${row.footnote.number}</sup>` : ''}</td>`,
              )
              .join('')}</tr>`,
        );
        const notes = block.rows.map(
          (row) =>
            `<p class="footnote"${langAttribute(row.footnote.language)}><sup>${row.footnote.number}</sup> ${escapeHtml(row.footnote.text)}</p>`,
        );
        html.push(
          `<table class="briefing-table"><caption>${escapeHtml(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${notes.join('')}`,
        );
        break;
      }
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}">
<title>${escapeHtml(briefing.title)}</title>
<style>${stylesheet(briefing, layout.marking)}</style>
</head>
<body>
${html.join('\n')}
</body>
</html>
`;
}
