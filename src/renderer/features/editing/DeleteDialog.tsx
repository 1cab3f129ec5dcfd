// Confirms a deletion and says what goes with it ("also removes 24 proficiencies, clears the
// manager of 3 people"), from the host's preview of the same cascade the delete will run.
import { useEffect, useState } from 'react';
import type { DeletePreview, EditEntity, RecordKey } from '../../../shared/edit-types';
import type { ApiError } from '../../../shared/result';
import { asApiError, call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/use-format';
import { useUndoStore } from '../../lib/undo-store';

export interface DeleteTarget {
  entity: EditEntity;
  id: RecordKey;
  noun: string;
}

export function DeleteDialog({ target, onClose }: { target: DeleteTarget; onClose(): void }) {
  const format = useFormat();
  const [preview, setPreview] = useState<DeletePreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    call('previewDelete', { entity: target.entity, id: target.id }).then(setPreview, (e) => setError(asApiError(e)));
  }, [target.entity, target.id]);

  async function confirm() {
    setBusy(true);
    const outcome = await useUndoStore.getState().apply('deleteRecord', { entity: target.entity, id: target.id });
    setBusy(false);
    if (outcome.ok) onClose();
    else setError(outcome.error);
  }

  return (
    <Dialog
      title={`Delete ${target.noun}?`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" data-autofocus disabled={!preview || busy} onClick={() => void confirm()} data-testid="confirm-delete">
            Delete
          </button>
        </>
      }
    >
      {error && <ErrorNotice error={error} title="Cannot delete" />}
      {!preview && !error && <Loading label="Checking what depends on it…" />}
      {preview && (
        <div data-testid="delete-preview">
          <p>
            <strong>{preview.label}</strong> will be deleted.
          </p>
          {preview.cascade.length === 0 ? (
            <p className="muted">Nothing else depends on it.</p>
          ) : (
            <ul className="cascade-list">
              {preview.cascade.map((c) => (
                <li key={`${c.effect}-${c.label}-${c.field ?? ''}`}>
                  {c.effect === 'delete' ? `Also removes ${format.integer(c.rows)} ${c.label}` : `Clears the ${c.field} of ${format.integer(c.rows)} ${c.label}`}
                </li>
              ))}
            </ul>
          )}
          <p className="field__hint">You can undo this (Ctrl+Z): everything listed comes back.</p>
        </div>
      )}
    </Dialog>
  );
}
