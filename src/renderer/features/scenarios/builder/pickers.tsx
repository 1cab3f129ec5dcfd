// Reference pickers for the builder: a searchable multi-select with chips (roles, units,
// locations, objectives) and a plain select (one location, skill or role). Both take their
// choices from the engagement (refs.ts); a search beyond the loaded list asks the host.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Option, OptionKind } from '../../../../shared/edit-types';
import { call } from '../../../api/client';
import { useDebounced } from '../../../lib/use-debounced';
import { rememberName, type RefKind, type ScenarioRefs } from '../refs';

const SHOWN = 60;

interface MultiPickerProps<V extends number | string> {
  label: string;
  /** Which list; objectives are passed as `options` instead. */
  kind?: RefKind;
  options?: { value: V; label: string; hint?: string }[];
  refs: ScenarioRefs;
  value: V[];
  onChange(value: V[]): void;
  /** Shown when nothing is chosen, e.g. "everyone". */
  emptyText?: string;
  testId?: string;
}

export function MultiPicker<V extends number | string>({ label, kind, options, refs, value, onChange, emptyText = 'none chosen', testId }: MultiPickerProps<V>) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 200);
  const [remote, setRemote] = useState<Option[] | null>(null);
  const base = (options ?? (kind ? refs.options[kind] : [])) as { value: V; label: string; hint?: string }[];
  const canAsk = kind !== undefined && refs.more[kind] && query.length > 0;

  useEffect(() => {
    if (!canAsk || !kind) {
      setRemote(null);
      return;
    }
    let live = true;
    call('listOptions', { kind: kind as OptionKind, search: query, limit: SHOWN }).then(
      (r) => {
        if (!live) return;
        r.options.forEach((o) => rememberName(kind, o.value, o.label));
        setRemote(r.options);
      },
      () => live && setRemote(null),
    );
    return () => {
      live = false;
    };
  }, [canAsk, kind, query]);

  const matches = useMemo(() => {
    const q = search.trim().toLowerCase();
    const list = remote ? (remote as { value: V; label: string; hint?: string }[]) : base.filter((o) => !q || o.label.toLowerCase().includes(q) || (o.hint ?? '').toLowerCase().includes(q));
    return list.slice(0, SHOWN);
  }, [base, remote, search]);

  const chosen = new Set(value);
  const nameOf = (v: V) => base.find((o) => o.value === v)?.label ?? (kind ? refs.name(kind, v) : String(v));
  const toggle = (v: V) => onChange(chosen.has(v) ? value.filter((x) => x !== v) : [...value, v]);

  return (
    <fieldset className="picker" data-testid={testId}>
      <legend className="picker__legend">{label}</legend>
      <div className="chips picker__chips" aria-live="polite">
        {value.length === 0 ? (
          <span className="muted picker__empty">{emptyText}</span>
        ) : (
          value.map((v) => (
            <span key={String(v)} className="chip picker__chip">
              {nameOf(v)}
              <button type="button" className="picker__remove" aria-label={`Remove ${nameOf(v)}`} onClick={() => toggle(v)}>
                <span aria-hidden="true">×</span>
              </button>
            </span>
          ))
        )}
      </div>
      <label htmlFor={searchId} className="sr-only">
        Search {label.toLowerCase()}
      </label>
      <input id={searchId} type="search" className="input input--small picker__search" placeholder={`Search ${label.toLowerCase()}…`} value={search} onChange={(e) => setSearch(e.target.value)} />
      <ul className="picker__list" aria-label={`${label}: choices`}>
        {matches.length === 0 && <li className="muted picker__none">No matches.</li>}
        {matches.map((o) => (
          <li key={String(o.value)}>
            <label className="picker__option">
              <input type="checkbox" className="checkbox" checked={chosen.has(o.value)} onChange={() => toggle(o.value)} />
              <span className="picker__label">{o.label}</span>
              {o.hint && <span className="picker__hint">{o.hint}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

interface RefSelectProps {
  label: string;
  kind: RefKind;
  refs: ScenarioRefs;
  value: number | string | null;
  onChange(value: number | string): void;
  /** Text of the empty choice; absent: no empty choice. */
  placeholder?: string;
  numeric?: boolean;
  testId?: string;
  hideLabel?: boolean;
}

export function RefSelect({ label, kind, refs, value, onChange, placeholder, numeric = true, testId, hideLabel }: RefSelectProps) {
  const id = useId();
  const list = refs.options[kind];
  const missing = value !== null && !list.some((o) => String(o.value) === String(value));
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <select id={id} className="select" value={value === null ? '' : String(value)} data-testid={testId} onChange={(e) => e.target.value !== '' && onChange(numeric ? Number(e.target.value) : e.target.value)}>
        {(placeholder !== undefined || value === null) && <option value="">{placeholder ?? 'Choose…'}</option>}
        {missing && <option value={String(value)}>{refs.name(kind, value!)}</option>}
        {list.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
            {o.hint ? ` (${o.hint})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
