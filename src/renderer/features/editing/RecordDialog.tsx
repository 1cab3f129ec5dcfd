// Adding a record: a form built from the same field specs and checked with the same schemas as
// the table's cells; the API's answer (references, uniqueness) lands on the field it names.
import { useEffect, useId, useState } from 'react';
import { checkField, type ChangeRecord, type EditEntity, type Option, type OptionKind } from '../../../shared/edit-types';
import type { ApiError } from '../../../shared/result';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { EditorKind } from '../../components/VirtualTableTypes';
import { parseDraft } from '../../components/VirtualTableValues';
import { useDebounced } from '../../lib/use-debounced';
import { useFormat } from '../../lib/use-format';
import { useUndoStore } from '../../lib/undo-store';
import { fieldErrors } from './commit';

export interface FormField {
  field: string;
  label: string;
  kind: EditorKind;
  required?: boolean;
  nullable?: boolean;
  options?: { value: string; label: string }[];
  reference?: OptionKind;
  hint?: string;
  wide?: boolean;
}

interface RecordDialogProps {
  title: string;
  entity: EditEntity;
  fields: FormField[];
  initial?: Record<string, string>;
  submitLabel?: string;
  onClose(): void;
  onCreated?(change: ChangeRecord): void;
}

function ReferenceField({ id, kind, value, nullable, label, onChange }: { id: string; kind: OptionKind; value: string; nullable?: boolean; label: string; onChange(v: string): void }) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search, 200);
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    let live = true;
    const include = value && kind !== 'families' ? [Number(value)] : undefined;
    call('listOptions', { kind, search: settled.trim() || undefined, limit: 100, include }).then((r) => live && setOptions(r.options), () => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [kind, settled, value]);
  return (
    <div className="field__control">
      <input type="search" className="input" placeholder="Search…" aria-label={`Search ${label}`} value={search} onChange={(e) => setSearch(e.target.value)} />
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{nullable ? '— none —' : 'Choose…'}</option>
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
            {o.hint ? ` · ${o.hint}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

export function RecordDialog({ title, entity, fields, initial = {}, submitLabel = 'Add', onClose, onCreated }: RecordDialogProps) {
  const format = useFormat();
  const formId = useId();
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  function collect(): Record<string, unknown> | null {
    const out: Record<string, unknown> = {};
    const problems: Record<string, string> = {};
    for (const f of fields) {
      const text = values[f.field] ?? '';
      if (text.trim() === '') {
        if (f.required) problems[f.field] = 'required';
        else if (f.nullable) out[f.field] = null;
        continue;
      }
      let value: unknown;
      if (f.kind === 'reference') value = f.reference === 'families' ? text : Number(text);
      else {
        const parsed = parseDraft(f.kind, text, f.nullable ?? false, format.locale);
        if (!parsed.ok) {
          problems[f.field] = parsed.message;
          continue;
        }
        value = parsed.value;
      }
      const problem = checkField(entity, f.field, value);
      if (problem) problems[f.field] = problem;
      else out[f.field] = value;
    }
    setErrors(problems);
    return Object.keys(problems).length ? null : out;
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const collected = collect();
    if (!collected) return;
    setBusy(true);
    const outcome = await useUndoStore.getState().apply('createRecord', { entity, values: collected } as never);
    setBusy(false);
    if (outcome.ok) {
      onCreated?.(outcome.change);
      onClose();
      return;
    }
    const byField = fieldErrors(outcome.error);
    const known = Object.keys(byField).filter((k) => fields.some((f) => f.field === k));
    setErrors(Object.fromEntries(known.map((k) => [k, byField[k]])));
    setFailure(known.length ? null : outcome.error);
  }

  const set = (field: string, v: string) => {
    setValues((s) => ({ ...s, [field]: v }));
    setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  return (
    <Dialog
      title={title}
      width="wide"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {submitLabel}
          </button>
        </>
      }
    >
      {failure && <ErrorNotice error={failure} title="Not saved" />}
      <form id={formId} className="record-form" onSubmit={(e) => void submit(e)} noValidate>
        {fields.map((f, i) => {
          const id = `${formId}-${f.field}`;
          const err = errors[f.field];
          const common = { id, 'aria-invalid': err ? true : undefined, 'aria-describedby': err ? `${id}-error` : undefined } as const;
          return (
            <div key={f.field} className={`field${f.wide ? ' field--wide' : ''}`}>
              <label htmlFor={id}>
                {f.label}
                {f.required ? ' *' : ''}
              </label>
              {f.kind === 'reference' ? (
                <ReferenceField id={id} kind={f.reference!} value={values[f.field] ?? ''} nullable={f.nullable} label={f.label} onChange={(v) => set(f.field, v)} />
              ) : f.kind === 'enum' || f.kind === 'boolean' ? (
                <select {...common} className="select" value={values[f.field] ?? ''} onChange={(e) => set(f.field, e.target.value)}>
                  <option value="">{f.required ? 'Choose…' : '— none —'}</option>
                  {(f.kind === 'boolean' ? [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }] : (f.options ?? [])).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...common}
                  className={`input${f.kind === 'number' ? ' input--number' : ''}`}
                  autoFocus={i === 0}
                  inputMode={f.kind === 'number' ? 'decimal' : undefined}
                  placeholder={f.kind === 'date' ? 'YYYY-MM-DD' : undefined}
                  value={values[f.field] ?? ''}
                  onChange={(e) => set(f.field, e.target.value)}
                />
              )}
              {f.hint && !err && <span className="field__hint">{f.hint}</span>}
              {err && (
                <span id={`${id}-error`} className="field__error" role="alert">
                  {err}
                </span>
              )}
            </div>
          );
        })}
      </form>
    </Dialog>
  );
}
