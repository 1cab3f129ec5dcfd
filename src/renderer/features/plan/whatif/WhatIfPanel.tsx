// What-if on the plan itself: the learning budget (in all and per period), training seats (all
// programs at once or one by one) and the minimum fit for reskilling. The plan re-runs once the
// controls rest; the mix shift compares it with the plan as run.
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PlanResult } from '../../../../shared/plan-types';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { RangeField } from '../../../components/RangeField';
import type { Formatter } from '../../../format';
import { isWhatIf, usePlanRun } from '../run-store';
import { MixShift } from './MixShift';

/** A round step about 1/40 of the range (1, 2 or 5 times a power of ten). */
export function niceStep(range: number): number {
  const raw = Math.max(1, range / 40);
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/** The top of a budget slider (which means "no cap"): half as much again as the plan as run spends. */
export function budgetTop(spend: number): { top: number; step: number } {
  const step = niceStep(Math.max(spend * 1.5, 1000));
  return { top: Math.max(step * 4, Math.ceil((spend * 1.5) / step) * step), step };
}

export function WhatIfPanel({ base, shown, format: f }: { base: PlanResult; shown: PlanResult; format: Formatter }) {
  const { whatIf, programs, updating, error } = usePlanRun(useShallow((s) => ({ whatIf: s.whatIf, programs: s.programs, updating: s.updating, error: s.error })));
  const { setWhatIf, resetWhatIf } = usePlanRun.getState();
  const seatsId = useId();
  const total = budgetTop(base.totals.learningSpend);
  const perPeriod = budgetTop(Math.max(0, ...base.learning.budget.map((b) => b.spend)));
  const capped = (top: number) => (v: number) => (v >= top ? 'Unlimited' : f.money(v));
  const limited = programs.filter((p) => p.seats !== null);
  const active = isWhatIf(whatIf);
  return (
    <div className="plan-panel" data-testid="plan-what-if">
      <section className="card" aria-labelledby="plan-whatif-title">
        <header className="card__header">
          <h2 id="plan-whatif-title" className="card__title">
            What if…
          </h2>
          <div className="card__tools">
            <span className={`plan-state${active ? ' plan-state--whatif' : ''}`} role="status" data-testid="what-if-state">
              {updating ? 'Re-running the plan…' : active ? 'What-if applied: figures everywhere show it' : 'Showing the plan as run'}
            </span>
            <button type="button" className="button button--ghost button--small" disabled={!active} onClick={resetWhatIf} data-testid="what-if-reset">
              Back to the plan as run
            </button>
          </div>
        </header>
        {error && <ErrorNotice error={error} title="The what-if could not be computed" />}
        <div className="plan-whatif__sliders">
          <RangeField
            label="Learning budget (program fees, whole plan)"
            value={whatIf.budget ?? total.top}
            min={0}
            max={total.top}
            step={total.step}
            format={capped(total.top)}
            onChange={(v) => setWhatIf({ budget: v >= total.top ? null : v })}
            hint={`The plan as run spends ${f.money(base.totals.learningSpend)} on fees.`}
            testId="what-if-budget"
          />
          <RangeField
            label="Learning budget per period"
            value={whatIf.periodBudget ?? perPeriod.top}
            min={0}
            max={perPeriod.top}
            step={perPeriod.step}
            format={capped(perPeriod.top)}
            onChange={(v) => setWhatIf({ periodBudget: v >= perPeriod.top ? null : v })}
            hint="Caps the fees of enrolments starting in any one period."
            testId="what-if-period-budget"
          />
          <RangeField
            label="Training seats (every program with a limit)"
            value={whatIf.seatsFactor}
            min={0}
            max={3}
            step={0.25}
            format={(v) => `×${f.decimal(v, 2)}`}
            onChange={(v) => setWhatIf({ seatsFactor: v })}
            hint={`${limited.length} programs have a seat limit (new starters per month).`}
            testId="what-if-seats"
          />
          <RangeField
            label="Minimum fit for reskilling"
            value={whatIf.minFit}
            min={0.5}
            max={1}
            step={0.05}
            format={(v) => f.percent(v, 0)}
            onChange={(v) => setWhatIf({ minFit: Math.round(v * 100) / 100 })}
            hint="Below it a person is not offered a move to a role."
            testId="what-if-min-fit"
          />
        </div>
        {limited.length > 0 && (
          <details className="plan-whatif__programs">
            <summary>Seats per program</summary>
            <p className="muted" id={seatsId}>
              A number here replaces the program&rsquo;s seats per month (blank: its own seats times the factor above).
            </p>
            <div className="plan-whatif__program-grid">
              {limited.map((p) => {
                const own = Object.prototype.hasOwnProperty.call(whatIf.seats, p.programId) ? whatIf.seats[p.programId] : undefined;
                return (
                  <label key={p.programId} className="plan-whatif__program">
                    <span>{p.name}</span>
                    <input
                      type="number"
                      min={0}
                      className="input input--number"
                      aria-describedby={seatsId}
                      placeholder={f.integer(Math.round((p.seats ?? 0) * whatIf.seatsFactor))}
                      value={own === undefined || own === null ? '' : own}
                      onChange={(e) => {
                        const next = { ...whatIf.seats };
                        if (e.target.value === '') delete next[p.programId];
                        else next[p.programId] = Math.max(0, Math.round(Number(e.target.value)));
                        setWhatIf({ seats: next });
                      }}
                    />
                  </label>
                );
              })}
            </div>
          </details>
        )}
      </section>
      <MixShift before={base} after={shown} active={active} format={f} />
    </div>
  );
}
