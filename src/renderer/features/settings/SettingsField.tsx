// One settings input, labelled, with its hint, unit and the API's validation message.
import type { Formatter } from '../../format';
import type { FieldSpec } from './fields';

interface SettingsFieldProps {
  spec: FieldSpec;
  value: string | boolean;
  error?: string;
  format: Formatter;
  onChange(value: string | boolean): void;
}

export const fieldId = (path: string): string => `setting-${path.replace(/\./g, '-')}`;

export function SettingsField({ spec, value, error, format, onChange }: SettingsFieldProps) {
  const id = fieldId(spec.path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // Shares are typed as decimals (the API's unit, so its messages match); the percentage beside
  // the input confirms what was meant.
  const asNumber = typeof value === 'string' && value.trim() !== '' ? Number(value.replace(',', '.')) : NaN;
  const unit = spec.kind === 'share' ? (Number.isFinite(asNumber) ? `= ${format.percent(asNumber)}` : 'decimal, 0.2 = 20%') : spec.unit;
  const unitId = `${id}-unit`;
  const hint = spec.hint;
  const describedBy = [spec.kind === 'share' ? unitId : null, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;

  if (spec.kind === 'boolean') {
    return (
      <div className={`field field--check${error ? ' has-error' : ''}`}>
        <input {...common} type="checkbox" className="checkbox" checked={Boolean(value)} onChange={(e) => onChange(e.target.checked)} />
        <div>
          <label htmlFor={id}>{spec.label}</label>
          {hint && <p id={hintId} className="field__hint">{hint}</p>}
          {error && <p id={errorId} className="field__error">{error}</p>}
        </div>
      </div>
    );
  }

  let input;
  if (spec.kind === 'month') {
    input = (
      <select {...common} className="select" value={String(value)} onChange={(e) => onChange(e.target.value)}>
        {Array.from({ length: 12 }, (_, i) => (
          <option key={i + 1} value={String(i + 1)}>
            {format.monthName(i + 1)}
          </option>
        ))}
      </select>
    );
  } else {
    const numeric = spec.kind === 'number' || spec.kind === 'integer' || spec.kind === 'share';
    input = (
      <input
        {...common}
        className={`input${numeric ? ' input--number num' : ''}`}
        type={spec.kind === 'date' ? 'date' : 'text'}
        inputMode={spec.kind === 'integer' ? 'numeric' : numeric ? 'decimal' : undefined}
        value={String(value)}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }

  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{spec.label}</label>
      <div className="field__control">
        {input}
        {unit && (
          <span id={unitId} className="field__unit">
            {unit}
          </span>
        )}
      </div>
      {hint && <p id={hintId} className="field__hint">{hint}</p>}
      {error && <p id={errorId} className="field__error">{error}</p>}
    </div>
  );
}
