// The formula, inputs and result of an explained figure ("why this number"), as the gap,
// scenario and scenario-cell explanations show it. Each caller formats values its own way.
import type { ReactNode } from 'react';

export interface ExplainedInput {
  name: string;
  value: number | string | null;
  /** A setting, a default or a forecast rather than observed data. */
  assumption?: boolean;
}

export function Explanation({ formula, inputs, valueText, result, listClassName }: { formula: string; inputs: ExplainedInput[]; valueText(v: ExplainedInput['value']): string; result: ReactNode; listClassName?: string }) {
  return (
    <>
      <p className="why__formula mono" data-testid="why-formula">
        {formula}
      </p>
      <dl className={listClassName ? `why__inputs ${listClassName}` : 'why__inputs'}>
        {inputs.map((i, k) => (
          <div key={k} className="why__input">
            <dt>
              {i.name}
              {i.assumption && (
                <span className="tag why__assumption" title="A setting, a default or a forecast, not observed data">
                  assumption
                </span>
              )}
            </dt>
            <dd className="num">{valueText(i.value)}</dd>
          </div>
        ))}
        <div className="why__input why__result">
          <dt>Result</dt>
          <dd className="num" data-testid="why-result">
            {result}
          </dd>
        </div>
      </dl>
    </>
  );
}
