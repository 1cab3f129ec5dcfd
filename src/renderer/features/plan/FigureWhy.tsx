// "Why this number" for plan figures: the API sends each cost, ROI and fit with its formula, the
// inputs it used (settings and defaults flagged as assumptions) and its result; figures the
// screen adds up itself (the KPI totals) name their parts the same way.
import type { ReactNode } from 'react';
import type { Figure } from '../../../shared/plan-types';
import { WhyButton } from '../../components/WhyButton';
import type { Formatter } from '../../format';

// Inputs come as plain numbers named in words: the name says how to show them.
const COUNT_INPUT = /month|day|week|hour|year|people|heads|periods|count|columns/i;
const SHARE_INPUT = /share|fit|coverage|productivity lost|index|premium|rate/i;
const MONEY_INPUT = /cost|salary|fee|severance|spend|budget|recruiting|vacancy|onboarding|hiring|investment|gained|learning time|program:|amount/i;

export function inputText(name: string, v: number | string | null, f: Formatter): string {
  if (v === null) return 'unknown';
  if (typeof v === 'string') return v;
  if (SHARE_INPUT.test(name) && Math.abs(v) <= 2) return f.percent(v, 1);
  if (COUNT_INPUT.test(name)) return f.decimal(v, 2);
  if (MONEY_INPUT.test(name)) return f.money(v);
  return Math.abs(v) >= 1000 ? f.decimal(v, 0) : f.decimal(v, 2);
}

/** The result of a figure: money unless the caller says how (a ratio, a share). */
export function figureResult(x: Figure, f: Formatter, show?: (v: number) => string): string {
  if (x.result === null) return 'unknown';
  if (show) return show(x.result);
  if (x.unit === 'FTE') return `${f.decimal(x.result, 2)} FTE`;
  return f.money(x.result);
}

interface Line {
  name: string;
  value: number | string | null;
  assumption?: boolean;
  /** Shown as is instead of formatting `value`. */
  text?: string;
}

export function FigureLines({ intro, formula, inputs, result, format }: { intro?: ReactNode; formula: string; inputs: Line[]; result?: string; format: Formatter }) {
  return (
    <div className="plan-why">
      {intro && <div className="plan-why__intro">{intro}</div>}
      <p className="plan-why__formula mono" data-testid="why-formula">
        {formula}
      </p>
      {inputs.length > 0 && (
        <dl className="why__inputs">
          {inputs.map((i, k) => (
            <div key={k} className="why__input">
              <dt>
                {i.name}
                {i.assumption && (
                  <span className="tag plan-why__assumption" title="A setting, a default or a forecast, not observed data">
                    assumption
                  </span>
                )}
              </dt>
              <dd className="num">{i.text ?? inputText(i.name, i.value, format)}</dd>
            </div>
          ))}
        </dl>
      )}
      {result !== undefined && (
        <p className="plan-why__result">
          <span>Result</span>
          <span className="num" data-testid="why-result">
            {result}
          </span>
        </p>
      )}
    </div>
  );
}

/** A WhyButton showing one API figure. */
export function FigureWhy({ label, figure, format, intro, show }: { label: string; figure: Figure; format: Formatter; intro?: ReactNode; show?: (v: number) => string }) {
  return (
    <WhyButton label={label}>
      <FigureLines intro={intro} formula={figure.formula} inputs={figure.inputs} result={figureResult(figure, format, show)} format={format} />
    </WhyButton>
  );
}
