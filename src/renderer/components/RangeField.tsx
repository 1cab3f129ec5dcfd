// A labelled slider that states its value: the label and the formatted value sit above the
// track, and assistive technology reads the same formatted value (aria-valuetext). Arrow keys,
// Page Up/Down, Home and End move it as with any native range input.
import { useId } from 'react';
import './RangeField.css';

interface RangeFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The value as shown, e.g. "42%" or "9 months". */
  format(value: number): string;
  onChange(value: number): void;
  hint?: string;
  disabled?: boolean;
  testId?: string;
}

export function RangeField({ label, value, min, max, step, format, onChange, hint, disabled, testId }: RangeFieldProps) {
  const id = useId();
  const hintId = useId();
  // A value outside the usual range (typed in a file, or a goal-seek answer) widens the track.
  const lo = Math.min(min, value);
  const hi = Math.max(max, value);
  return (
    <div className="range-field" data-testid={testId}>
      <div className="range-field__head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="range-field__value num" aria-hidden="true">
          {format(value)}
        </output>
      </div>
      <input
        id={id}
        type="range"
        className="range-field__input"
        min={lo}
        max={hi}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={format(value)}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
