// The scenario's grid and policy (start, periods and their unit, hiring policy) and its
// free-text assumptions, which travel with the results and into the deck's appendix.
import { useId, useState } from 'react';
import type { ScenarioBody } from '../../../../shared/domain/scenario';
import { Segmented } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { DateField, NumberField } from './fields';

type Unit = ScenarioBody['periodUnit'];
type Hiring = ScenarioBody['hiring'];

const hiringText: Record<Hiring, string> = {
  none: 'No hiring: supply is what is left of today\u2019s people (pure availability).',
  replace: 'Leavers (and people transferred away) are replaced, after the time-to-fill.',
  fill: 'Hire up to demand, after the time-to-fill and within each location\u2019s hiring capacity.',
};

export function SettingsPanel({ body, format: f, onChange }: { body: ScenarioBody; format: Formatter; onChange(update: (b: ScenarioBody) => ScenarioBody): void }) {
  const months = body.periods * { month: 1, quarter: 3, year: 12 }[body.periodUnit];
  const setUnit = (periodUnit: Unit) =>
    // Keep the horizon in months where the new unit allows it (18 months = 6 quarters).
    onChange((b) => ({ ...b, periodUnit, periods: Math.max(1, Math.min(120, Math.round(months / { month: 1, quarter: 3, year: 12 }[periodUnit]))) }));
  return (
    <section className="card builder-card" aria-labelledby="sc-settings-title" data-testid="scenario-settings">
      <h3 id="sc-settings-title" className="builder-card__title">
        Periods and hiring
      </h3>
      <div className="settings-grid">
        <DateField label="Starts" value={body.startDate} onChange={(startDate) => onChange((b) => ({ ...b, startDate }))} />
        <div className="field">
          <span className="field__label">Period</span>
          <Segmented<Unit>
            label="Period unit"
            value={body.periodUnit}
            options={[
              { value: 'month', label: 'Month' },
              { value: 'quarter', label: 'Quarter' },
              { value: 'year', label: 'Year' },
            ]}
            onChange={setUnit}
          />
        </div>
        <NumberField label="Periods" value={body.periods} min={1} max={120} unit={`${body.periodUnit}s (${f.integer(months)} months)`} onChange={(v) => v !== undefined && Number.isInteger(v) && onChange((b) => ({ ...b, periods: v }))} testId="scenario-periods" />
        <div className="field">
          <span className="field__label">Hiring policy</span>
          <Segmented<Hiring>
            label="Hiring policy"
            value={body.hiring}
            options={[
              { value: 'none', label: 'None' },
              { value: 'replace', label: 'Replace leavers' },
              { value: 'fill', label: 'Fill to demand' },
            ]}
            onChange={(hiring) => onChange((b) => ({ ...b, hiring }))}
          />
          <p className="field__hint">{hiringText[body.hiring]}</p>
        </div>
        {(body.hiringByRole?.length ?? 0) > 0 && <p className="field__hint">{f.integer(body.hiringByRole!.length)} roles have their own hiring rule (kept as imported).</p>}
      </div>
    </section>
  );
}

export function AssumptionsPanel({ assumptions, onChange }: { assumptions: string[]; onChange(next: string[]): void }) {
  const [text, setText] = useState('');
  const id = useId();
  const add = () => {
    const t = text.trim();
    if (!t) return;
    onChange([...assumptions, t]);
    setText('');
  };
  return (
    <section className="card builder-card" aria-labelledby="sc-assumptions-title" data-testid="scenario-assumptions">
      <h3 id="sc-assumptions-title" className="builder-card__title">
        Assumptions
      </h3>
      {assumptions.length === 0 ? (
        <p className="muted">None stated yet. Say what the numbers rest on: they are shown with the results.</p>
      ) : (
        <ol className="assumptions">
          {assumptions.map((a, i) => (
            <li key={i} className="assumptions__item">
              <label className="sr-only" htmlFor={`${id}-${i}`}>
                Assumption {i + 1}
              </label>
              <textarea id={`${id}-${i}`} className="input assumptions__text" rows={2} maxLength={1000} value={a} onChange={(e) => onChange(assumptions.map((x, j) => (j === i ? e.target.value : x)))} />
              <button type="button" className="icon-button" aria-label={`Remove assumption ${i + 1}`} onClick={() => onChange(assumptions.filter((_, j) => j !== i))}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="assumptions__add">
        <label htmlFor={`${id}-new`} className="sr-only">
          New assumption
        </label>
        <textarea
          id={`${id}-new`}
          className="input assumptions__text"
          rows={2}
          maxLength={1000}
          placeholder="A new assumption…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) add();
          }}
        />
        <button type="button" className="button button--secondary button--small" disabled={!text.trim()} onClick={add}>
          Add assumption
        </button>
      </div>
    </section>
  );
}
