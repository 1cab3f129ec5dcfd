// Undo and redo buttons with what they would undo, and the last change or refusal; the keyboard
// shortcuts are active wherever this bar is shown.
import { useShallow } from 'zustand/react/shallow';
import { useUndoShortcuts } from '../../lib/undo-keys';
import { useUndoStore } from '../../lib/undo-store';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function UndoBar() {
  useUndoShortcuts();
  const { undoTop, redoTop, busy, notice } = useUndoStore(
    useShallow((s) => ({ undoTop: s.undoStack.at(-1)?.label ?? null, redoTop: s.redoStack.at(-1)?.label ?? null, busy: s.busy, notice: s.notice })),
  );
  const { undo, redo } = useUndoStore.getState();
  return (
    <div className="undo-bar" data-testid="undo-bar">
      {notice && (
        <span className="undo-bar__notice" role="status" data-kind={notice.kind} title={notice.text} data-testid="undo-notice">
          {notice.text}
        </span>
      )}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!undoTop || busy}
        title={undoTop ? `Undo: ${undoTop} (${mod}Z)` : 'Nothing to undo'}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={() => void undo()}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!redoTop || busy}
        title={redoTop ? `Redo: ${redoTop} (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})` : 'Nothing to redo'}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        onClick={() => void redo()}
      >
        Redo
      </button>
    </div>
  );
}
