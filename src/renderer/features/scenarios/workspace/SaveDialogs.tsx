// Saving the draft: a new version with an optional note; for the built-in baseline (which
// cannot change) the edits become a new scenario instead.
import { useId, useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useDraftStore } from '../draft-store';

export function SaveDialog({ nextVersion, onClose }: { nextVersion: number; onClose(): void }) {
  const [note, setNote] = useState('');
  const { saving, saveError } = useDraftStore();
  const id = useId();
  const save = async () => {
    if (await useDraftStore.getState().save(note.trim())) onClose();
  };
  return (
    <Dialog
      title={`Save version ${nextVersion}`}
      description="Every save is a new version you can return to; the results of earlier versions stay as they were."
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()} data-testid="confirm-save">
            {saving ? 'Saving…' : 'Save version'}
          </button>
        </>
      }
    >
      {saveError && <ErrorNotice error={saveError} title={saveError.kind === 'conflict' ? 'Someone saved a newer version' : 'Could not save'} />}
      <div className="field">
        <label htmlFor={id}>Note (optional)</label>
        <textarea
          id={id}
          className="input sc-textarea"
          rows={3}
          maxLength={500}
          value={note}
          data-autofocus
          placeholder="What changed and why, e.g. “adoption from the vendor’s pilot”"
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          }}
        />
      </div>
    </Dialog>
  );
}

export function SaveAsDialog({ onClose, onSaved }: { onClose(): void; onSaved(id: number): void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'automation' | 'new-market' | 'custom'>('custom');
  const { saving, saveError } = useDraftStore();
  const ids = { name: useId(), kind: useId() };
  const save = async () => {
    const id = await useDraftStore.getState().saveAs(name.trim(), kind);
    if (id !== null) onSaved(id);
  };
  return (
    <Dialog
      title="Save as a new scenario"
      description="The built-in baseline does not change; your edits become a scenario of their own."
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={saving || !name.trim()} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Create scenario'}
          </button>
        </>
      }
    >
      {saveError && <ErrorNotice error={saveError} title="Could not save" />}
      <div className="form">
        <div className="field">
          <label htmlFor={ids.name}>Name</label>
          <input id={ids.name} className="input" maxLength={120} value={name} data-autofocus onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>Kind</label>
          <select id={ids.kind} className="select" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="custom">Custom</option>
            <option value="automation">Automation</option>
            <option value="new-market">New market</option>
          </select>
        </div>
      </div>
    </Dialog>
  );
}
