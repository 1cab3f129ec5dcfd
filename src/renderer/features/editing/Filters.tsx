// Filter controls above an editable table: selects of existing records, and the chip showing a
// data-quality issue the table was opened on (with its clear button).
import { useId } from 'react';
import type { OptionKind } from '../../../shared/edit-types';
import { useOptions } from './use-options';

interface FilterSelectProps {
  label: string;
  kind?: OptionKind;
  options?: { value: string; label: string }[];
  value: string | number | boolean | undefined;
  onChange(value: string | undefined): void;
  allLabel?: string;
}

export function FilterSelect({ label, kind, options, value, onChange, allLabel = 'All' }: FilterSelectProps) {
  const id = useId();
  const loaded = useOptions(kind ?? 'families');
  const list = options ?? (kind ? loaded.map((o) => ({ value: String(o.value), label: o.label })) : []);
  return (
    <span className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select select--small" value={value === undefined ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{allLabel}</option>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function IssueChip({ label, onClear }: { label: string; onClear(): void }) {
  return (
    <span className="issue-chip" data-testid="issue-filter">
      {label}
      <button type="button" className="icon-button" aria-label={`Clear filter: ${label}`} onClick={onClear}>
        <span aria-hidden="true">×</span>
      </button>
    </span>
  );
}

export const toId = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));
