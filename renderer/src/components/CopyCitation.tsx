// "Copy citation": outlet, title, date and place on the clipboard, as plain text and as rich text.
import type { BriefingItem } from '../../../electron/contract';
import { citationForClipboard } from '../../../electron/core/briefing/model/briefingText';
import { say } from '../state/status';

async function copy(item: Pick<BriefingItem, 'source' | 'title' | 'date' | 'place'>): Promise<void> {
  const { text, html } = citationForClipboard(item);
  try {
    if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
    } else await navigator.clipboard.writeText(text);
    say(`Copied: ${text}`);
  } catch (error) {
    say(`Could not copy the citation: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function CopyCitation({ item, label }: { item: Pick<BriefingItem, 'source' | 'title' | 'date' | 'place'>; label?: string }) {
  return (
    <button type="button" aria-label={label ?? 'Copy citation'} title="Copy citation" onClick={() => void copy(item)}>
      {label ? 'Cite' : 'Copy citation'}
    </button>
  );
}
