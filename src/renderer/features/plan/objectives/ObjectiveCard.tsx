// One business objective: its metric, baseline, target and date; the programs and scenario
// changes that serve it and what they cost; plan vs actual, the outcomes recorded, and the form
// to record another.
import type { PlanObjectiveRow, PlanResult } from '../../../../shared/plan-types';
import type { Formatter } from '../../../format';
import { OutcomeForm } from './OutcomeForm';
import { PlanVsActual } from './PlanVsActual';

export function ObjectiveCard({ objective: o, result, format: f }: { objective: PlanObjectiveRow; result: PlanResult; format: Formatter }) {
  const unit = o.unit ? ` ${o.unit}` : '';
  return (
    <section className="card plan-objective" aria-labelledby={`objective-${o.objectiveId}`} data-testid={`objective-${o.objectiveId}`}>
      <header className="card__header">
        <div>
          <h3 id={`objective-${o.objectiveId}`} className="card__title">
            {o.name}
          </h3>
          <p className="muted">
            {o.metric}: {f.decimal(o.baseline, 2)}
            {unit} → {f.decimal(o.target, 2)}
            {unit} by {f.date(o.targetDate)}
          </p>
        </div>
        <div className="plan-objective__figures">
          <span className="num" title="Plan cost of the linked programs plus the linked changes' investment">
            {f.money(o.cost)}
          </span>
          {o.progress !== null && (
            <span className={`tag ${o.progress >= 0 ? 'plan-tag--good' : 'plan-tag--warn'}`} data-testid={`objective-progress-${o.objectiveId}`}>
              {f.percent(o.progress, 0)} of the way
            </span>
          )}
        </div>
      </header>
      <div className="plan-objective__body">
        <div className="plan-objective__links">
          <h4 className="plan-subtitle">Programs serving it</h4>
          {o.programs.length === 0 ? (
            <p className="muted">No program is linked to this objective.</p>
          ) : (
            <ul className="bar-list">
              {o.programs.map((p) => (
                <li key={p.programId}>
                  <span>{p.name}</span>
                  <span className="num muted">
                    {f.integer(p.people)} people · {f.moneyCompact(p.cost)} · ROI {p.roi === null ? '—' : `${f.decimal(p.roi, 1)}×`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h4 className="plan-subtitle">Scenario changes serving it</h4>
          {o.scenarioChanges.length === 0 ? (
            <p className="muted">None in {result.scenario.name === 'baseline' ? 'the baseline' : 'this scenario'}.</p>
          ) : (
            <ul className="bar-list">
              {o.scenarioChanges.map((c) => (
                <li key={c.changeId}>
                  <span>{c.label}</span>
                  <span className="num muted">
                    {c.type === 'automation' ? `${f.decimal(c.fte, 1)} FTE automated · ${f.moneyCompact(c.investment)}` : `${f.decimal(c.fte, 1)} FTE new market`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="plan-objective__actual">
          <PlanVsActual objective={o} startDate={result.scenario.startDate} format={f} />
          {o.outcomes.length > 0 && (
            <table className="table plan-outcomes" data-testid={`outcomes-${o.objectiveId}`}>
              <caption className="sr-only">Outcomes recorded for {o.name}</caption>
              <thead>
                <tr>
                  <th scope="col">On</th>
                  <th scope="col" className="num">
                    Actual
                  </th>
                  <th scope="col" className="num">
                    Planned
                  </th>
                  <th scope="col" className="num">
                    vs plan
                  </th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {o.outcomes.map((x) => (
                  <tr key={x.id}>
                    <th scope="row">{f.date(x.recordedOn)}</th>
                    <td className="num">{f.decimal(x.value, 2)}</td>
                    <td className="num">{f.decimal(x.planned, 2)}</td>
                    <td className={`num ${x.ahead >= 0 ? 'plan-good' : 'plan-bad'}`}>
                      {x.ahead >= 0 ? 'ahead ' : 'behind '}
                      {f.decimal(Math.abs(x.ahead), 2)}
                    </td>
                    <td>{x.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <OutcomeForm objective={o} />
        </div>
      </div>
    </section>
  );
}
