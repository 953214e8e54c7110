// How a briefing's citations read, in the exported document and in the window's preview alike: pure
// functions of the contract's data, with no Node or Electron, so both the core and the renderer use them.
import type { Article, BriefingItem, CitedSource } from '../../../contract.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-05-16" → "16 May 2024". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

const fileName = (file: string): string => file.split(/[\\/]/).pop() ?? file;
const dated = (item: Pick<BriefingItem, 'date'>): string => (item.date ? formatDate(item.date) : 'undated');

/** What a briefing keeps of an article: its text and provenance, whole or as an excerpt. */
export function itemFromArticle(article: Article, excerpt?: string): BriefingItem {
  const { id: articleId, title, source, date, place, language, path, hash, body } = article;
  return { articleId, title, source, date, place, language, path, hash, body, ...(excerpt ? { excerpt } : {}) };
}

/** What a table row of the briefing cites of an article: its provenance, not its text. */
export function citedSourceOf(meta: Omit<CitedSource, 'articleId'> & { id: string }): CitedSource {
  const { id: articleId, title, source, date, place, language, path, hash } = meta;
  return { articleId, title, source, date, place, language, path, hash };
}

/** "BelTA, Baku, 16 May 2024" — the provenance line under an article's heading. */
export function sourceLine(item: Pick<BriefingItem, 'source' | 'place' | 'date'>): string {
  return [item.source ?? 'Unknown source', item.place, dated(item)].filter(Boolean).join(', ');
}

/** The footnote of an excerpt: outlet, title, date, original file name. */
export function citation(item: CitedSource): string {
  return `${[item.source ?? 'Unknown source', `“${item.title}”`, dated(item), `original file ${fileName(item.path)}`].join(', ')}.`;
}

/** An entry of the Sources appendix: the article and the exact file and text it came from. */
export function sourcesEntry(item: CitedSource): string {
  return `${[item.source ?? 'Unknown source', `“${item.title}”`, item.place, dated(item)].filter(Boolean).join(', ')}. File: ${fileName(item.path)}; SHA-256: ${item.hash}.`;
}

/** Paragraphs of a text: blank lines separate them, whitespace inside is collapsed. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** What "Copy citation" puts on the clipboard: outlet, title, date, place — as text, and as HTML with the title in italics. */
export function citationForClipboard(item: Pick<BriefingItem, 'source' | 'title' | 'date' | 'place'>): { text: string; html: string } {
  const parts = (title: string) => [item.source ?? 'Unknown source', title, dated(item), item.place].filter(Boolean).join(', ');
  const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return {
    text: `${parts(`“${item.title}”`)}.`,
    html: `${escape(item.source ?? 'Unknown source')}, <i>${escape(item.title)}</i>, ${[dated(item), item.place]
      .filter(Boolean)
      .map((part) => escape(part!))
      .join(', ')}.`,
  };
}
