// Records an actual value of an objective's metric on a date, with a note; the plan then shows
// it against where the metric should be by then.
import { useId, useState } from 'react';
import type { PlanObjectiveRow } from '../../../../shared/plan-types';
import type { ApiError } from '../../../../shared/result';
import { asApiError, call } from '../../../api/client';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormat } from '../../../lib/use-format';
import { usePlanRun } from '../run-store';

const today = () => new Date().toISOString().slice(0, 10);

export function OutcomeForm({ objective: o }: { objective: PlanObjectiveRow }) {
  const f = useFormat();
  const ids = { value: useId(), date: useId(), note: useId() };
  const [value, setValue] = useState('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const number = Number(value.replace(',', '.'));
  const valid = value.trim() !== '' && Number.isFinite(number) && /^\d{4}-\d{2}-\d{2}$/.test(date);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!valid) return;
    setSaving(true);
    setError(null);
    setDone(null);
    try {
      await call('recordObjectiveOutcome', { objectiveId: o.objectiveId, recordedOn: date, value: number, note: note.trim() });
      setValue('');
      setNote('');
      setDone(`Recorded ${f.decimal(number, 4)}${o.unit ? ` ${o.unit}` : ''} on ${f.date(date)}.`);
      await usePlanRun.getState().refresh();
    } catch (x) {
      setError(asApiError(x));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="plan-outcome-form" onSubmit={(e) => void submit(e)} aria-label={`Record an outcome for ${o.name}`} data-testid={`outcome-form-${o.objectiveId}`}>
      <div className="field">
        <label htmlFor={ids.value}>Actual {o.metric.toLowerCase()}</label>
        <div className="field__control">
          <input id={ids.value} className="input input--number" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={value !== '' && !Number.isFinite(number)} />
          {o.unit && <span className="field__unit">{o.unit}</span>}
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.date}>On</label>
        <input id={ids.date} type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field plan-outcome-form__note">
        <label htmlFor={ids.note}>Note</label>
        <input id={ids.note} className="input" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} placeholder="Source, context…" />
      </div>
      <button type="submit" className="button button--primary" disabled={!valid || saving}>
        {saving ? 'Recording…' : 'Record outcome'}
      </button>
      <p className="plan-outcome-form__status" role="status">
        {done}
      </p>
      {error && <ErrorNotice error={error} title="Could not record the outcome" />}
    </form>
  );
}
