// The briefing model: what the user assembles and what export turns into a document. Items keep a copy
// of what they cite (text, provenance), so a briefing still reads after its articles leave the library.
// Everything in model/ is pure (no Node, no Electron): the core and the renderer both use it.
import type { Briefing } from '../../../contract.js';

export const DEFAULT_SETTINGS: Briefing['settings'] = { pageSize: 'A4', margins: 'normal', font: 'Calibri', portionMarking: '' };

export function emptyBriefing(): Briefing {
  return {
    title: 'Untitled briefing',
    subtitle: '',
    marking: '',
    author: '',
    date: '',
    recipient: '',
    summary: '',
    keyPoints: [],
    sections: [{ heading: 'Articles', items: [] }],
    settings: DEFAULT_SETTINGS,
  };
}

/** A file name from the briefing's title, safe on every platform: "Cuba recent contacts.docx". */
export function suggestedFileName(briefing: Pick<Briefing, 'title'>, extension: '.docx' | '.pdf' | '.attache'): string {
  const base = briefing.title
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'Briefing'}${extension}`;
}
