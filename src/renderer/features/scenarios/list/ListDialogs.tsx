// Dialogs of the scenario list: new scenario (automation or market-entry template, or blank),
// rename, clone and delete (which asks first). Each closes on Escape and says why it failed.
import { useId, useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import type { ScenarioSummary } from '../../../../shared/scenario-types';
import { asApiError } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { cloneScenario, createScenario, deleteScenario, renameScenario, type Template } from './actions';

function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

const templates: { value: Template; label: string; text: string }[] = [
  { value: 'automation', label: 'Automation', text: 'Starts from the most exposed staffed roles, half their exposed work absorbed by mid-horizon.' },
  { value: 'new-market', label: 'Market entry', text: 'Starts from a planned location, ramping the roles based there.' },
  { value: 'blank', label: 'Blank', text: 'The baseline\u2019s grid with no changes.' },
];

export function CreateDialog({ onClose, onCreated }: { onClose(): void; onCreated(id: number): void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [template, setTemplate] = useState<Template>('automation');
  const { busy, error, run } = useAction();
  const ids = { name: useId(), desc: useId(), group: useId() };
  const submit = () =>
    run(async () => {
      const doc = await createScenario(name.trim(), template, description.trim());
      if (typeof doc.scenario.id === 'number') onCreated(doc.scenario.id);
    });
  return (
    <Dialog
      title="New scenario"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={busy || !name.trim()} onClick={() => void submit()} data-testid="create-scenario">
            {busy ? 'Creating…' : 'Create'}
          </button>
        </>
      }
    >
      {error && <ErrorNotice error={error} title="Could not create the scenario" />}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void submit();
        }}
      >
        <div className="field">
          <label htmlFor={ids.name}>Name</label>
          <input
            id={ids.name}
            className="input"
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && name.trim()) {
                e.preventDefault();
                void submit();
              }
            }}
            data-autofocus
            data-testid="new-scenario-name"
          />
        </div>
        <fieldset className="template-choice">
          <legend className="field__label">Start from</legend>
          {templates.map((t) => (
            <label key={t.value} className="choice-option">
              <input type="radio" name={ids.group} value={t.value} checked={template === t.value} onChange={() => setTemplate(t.value)} data-testid={`template-${t.value}`} />
              <span>
                <span className="choice-option__title">{t.label}</span>
                <span className="choice-option__text">{t.text}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.desc}>Description (optional)</label>
          <textarea id={ids.desc} className="input sc-textarea" rows={2} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
      </form>
    </Dialog>
  );
}

export function RenameDialog({ scenario, onClose }: { scenario: ScenarioSummary; onClose(): void }) {
  const [name, setName] = useState(scenario.name);
  const [description, setDescription] = useState(scenario.description);
  const { busy, error, run } = useAction();
  const ids = { name: useId(), desc: useId() };
  const submit = () => run(async () => {
    await renameScenario(scenario.id, name.trim(), description.trim());
    onClose();
  });
  return (
    <Dialog
      title={`Rename ${scenario.name}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={busy || !name.trim()} onClick={() => void submit()} data-testid="confirm-rename">
            Rename
          </button>
        </>
      }
    >
      {error && <ErrorNotice error={error} title="Could not rename" />}
      <div className="form">
        <div className="field">
          <label htmlFor={ids.name}>Name</label>
          <input id={ids.name} className="input" maxLength={120} value={name} data-autofocus onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.desc}>Description</label>
          <textarea id={ids.desc} className="input sc-textarea" rows={3} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
      </div>
    </Dialog>
  );
}

export function CloneDialog({ scenario, onClose, onCloned }: { scenario: ScenarioSummary; onClose(): void; onCloned(id: number): void }) {
  const [name, setName] = useState(`${scenario.builtIn ? 'Baseline' : scenario.name} (copy)`);
  const { busy, error, run } = useAction();
  const id = useId();
  const submit = () => run(async () => {
    const doc = await cloneScenario(scenario.id, name.trim());
    if (typeof doc.scenario.id === 'number') onCloned(doc.scenario.id);
  });
  return (
    <Dialog
      title={`Clone ${scenario.builtIn ? 'the baseline' : scenario.name}`}
      description="The copy starts with the latest version's changes and assumptions, as version 1."
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={busy || !name.trim()} onClick={() => void submit()} data-testid="confirm-clone">
            Clone
          </button>
        </>
      }
    >
      {error && <ErrorNotice error={error} title="Could not clone" />}
      <div className="field">
        <label htmlFor={id}>Name of the copy</label>
        <input id={id} className="input" maxLength={120} value={name} data-autofocus onChange={(e) => setName(e.target.value)} />
      </div>
    </Dialog>
  );
}

export function DeleteDialog({ scenario, onClose }: { scenario: ScenarioSummary; onClose(): void }) {
  const { busy, error, run } = useAction();
  const submit = () => run(async () => {
    await deleteScenario(scenario.id);
    onClose();
  });
  return (
    <Dialog
      title={`Delete ${scenario.name}?`}
      description={`All ${scenario.versions.length} versions go with it. Export it first to keep a copy.`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void submit()} data-testid="confirm-delete">
            Delete
          </button>
        </>
      }
    >
      {error && <ErrorNotice error={error} title="Could not delete" />}
      <p>This cannot be undone.</p>
    </Dialog>
  );
}
