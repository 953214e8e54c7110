// The question before unsaved work would be replaced: Save / Don't save / Cancel. An alert dialog that
// keeps the focus inside it; Escape cancels.
import { useEffect, useRef } from 'react';
import { useBriefingEditor } from '../state/briefingEditor';
import { useBriefingFile } from '../state/briefingFile';

export function UnsavedDialog() {
  const question = useBriefingFile((state) => state.question);
  const title = useBriefingEditor((state) => state.briefing.title);
  const dialog = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    if (!question) return;
    returnFocus.current = document.activeElement;
    dialog.current?.querySelector<HTMLButtonElement>('button')?.focus();
    return () => (returnFocus.current as HTMLElement | null)?.focus?.();
  }, [question]);

  if (!question) return null;
  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      question.answer('cancel');
    } else if (event.key === 'Tab') {
      // the focus stays in the dialog
      const buttons = [...(dialog.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = buttons[(at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length];
      event.preventDefault();
      next?.focus();
    }
  };
  return (
    <div className="overlay">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="unsaved-title"
        aria-describedby="unsaved-text"
        className="dialog unsaved"
        onKeyDown={onKeyDown}
      >
        <h2 id="unsaved-title">Save the changes to “{title}”?</h2>
        <p id="unsaved-text">You are about to {question.action}. Changes you have not saved will be lost if you don’t save them.</p>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => question.answer('save')}>
            Save
          </button>
          <button type="button" onClick={() => question.answer('discard')}>
            Don’t save
          </button>
          <button type="button" onClick={() => question.answer('cancel')}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
