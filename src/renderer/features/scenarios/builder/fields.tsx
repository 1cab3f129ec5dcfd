// Small labelled inputs for the builder panels: text, number (with a unit), date, and a choice
// between a few options. A number field keeps what is typed until it is a valid number in range.
import { useEffect, useId, useState } from 'react';

export function TextField({ label, value, onChange, testId }: { label: string; value: string; onChange(v: string): void; testId?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" value={value} maxLength={200} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onChange(v: number | undefined): void;
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  /** Empty is allowed (an optional figure); otherwise an empty box keeps the last value. */
  optional?: boolean;
  testId?: string;
  hideLabel?: boolean;
}

export function NumberField({ label, value, onChange, min, max, step = 1, unit, optional, testId, hideLabel }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    // Follow changes made elsewhere (a slider, a restored version) unless the box already says it.
    setText((t) => (t !== '' && Number(t) === value ? t : value === undefined ? '' : String(value)));
  }, [value]);
  const n = Number(text);
  const invalid = text === '' ? !optional : !Number.isFinite(n) || (min !== undefined && n < min) || (max !== undefined && n > max);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <div className="field__control">
        <input
          id={id}
          className="input input--number"
          inputMode="decimal"
          value={text}
          aria-invalid={invalid || undefined}
          data-testid={testId}
          onChange={(e) => {
            const t = e.target.value;
            setText(t);
            const x = Number(t);
            if (t.trim() === '') {
              if (optional) onChange(undefined);
            } else if (Number.isFinite(x) && (min === undefined || x >= min) && (max === undefined || x <= max)) onChange(x);
          }}
          step={step}
        />
        {unit && <span className="field__unit">{unit}</span>}
      </div>
      {invalid && text !== '' && (
        <span className="field__error">
          {min !== undefined && max !== undefined ? `Between ${min} and ${max}` : 'A number'}
        </span>
      )}
    </div>
  );
}

export function DateField({ label, value, onChange, testId }: { label: string; value: string; onChange(v: string): void; testId?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" className="input" value={value} data-testid={testId} onChange={(e) => e.target.value && onChange(e.target.value)} />
    </div>
  );
}

export function SelectField<V extends string>({ label, value, options, onChange, testId, hideLabel }: { label: string; value: V; options: { value: V; label: string }[]; onChange(v: V): void; testId?: string; hideLabel?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <select id={id} className="select" value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
