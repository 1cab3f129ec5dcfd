// Who takes which program when: a Gantt-like timeline with one row per program and one bar per
// cohort (the people starting it on the same date) across the plan's periods. A cohort opens
// the list of its people, what they train for and what it costs.
import { useState } from 'react';
import type { PlanResult } from '../../../../shared/plan-types';
import { WhyButton } from '../../../components/WhyButton';
import type { Formatter } from '../../../format';
import { periodLabel } from '../plan-labels';
import { timeline, type Cohort } from './timeline-data';

const LANE = 24;
const SHOWN_PEOPLE = 200;

export function Timeline({ result, format: f }: { result: PlanResult; format: Formatter }) {
  const { rows, start, end } = timeline(result);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const open = rows.flatMap((r) => r.cohorts).find((c) => c.key === openKey) ?? null;
  const roleName = new Map(result.mix.map((m) => [m.roleId, m.role]));
  const step = Math.max(1, Math.ceil(result.periods.length / 12));
  const label = (c: Cohort) =>
    `${c.program}: ${f.integer(c.people)} people (${f.integer(c.upskill)} upskill, ${f.integer(c.reskill)} reskill) from ${f.date(c.startDate)} to ${f.date(c.endDate)}, ${f.money(c.cost)}`;
  return (
    <section className="card chart-card--span-2 plan-timeline" aria-labelledby="plan-timeline-title" data-testid="learning-timeline">
      <header className="card__header">
        <h2 id="plan-timeline-title" className="card__title">
          Learning timeline
        </h2>
        <div className="card__tools">
          <span className="count num">{f.integer(result.learning.enrolments.length)} enrolments</span>
          <WhyButton label="Learning timeline">
            <p>
              Each bar is a cohort: the people the plan enrols in a program on the same start date, from the start to the end of their learning. Learning that no program covers happens on the job
              and is not on the timeline. Periods run from {f.date(start)} to {f.date(end)}.
            </p>
          </WhyButton>
        </div>
      </header>
      {rows.length === 0 ? (
        <p className="muted">The plan enrols nobody in a program{result.peopleSummary.upskill + result.peopleSummary.reskill > 0 ? ': all its learning happens on the job.' : '.'}</p>
      ) : (
        <div className="plan-gantt" role="group" aria-label={`Cohorts per program from ${f.date(start)} to ${f.date(end)}`}>
          <div className="plan-gantt__row plan-gantt__row--axis" aria-hidden="true">
            <div className="plan-gantt__name" />
            <div className="plan-gantt__track">
              {result.periods.map((p, i) =>
                i % step === 0 ? (
                  <span key={p.period} className="plan-gantt__tick" style={{ left: `${(i / result.periods.length) * 100}%` }}>
                    {periodLabel(f, p.startDate)}
                  </span>
                ) : null,
              )}
            </div>
          </div>
          {rows.map((r) => (
            <div key={r.programId} className="plan-gantt__row" data-testid={`timeline-program-${r.programId}`}>
              <div className="plan-gantt__name">
                <span className="strong">{r.program}</span>
                <span className="muted num">{f.integer(r.people)} people</span>
              </div>
              <div className="plan-gantt__track" style={{ height: r.lanes * LANE + 6 }}>
                {r.cohorts.map((c) => (
                  <button
                    key={c.key}
                    type="button"
                    className={`plan-gantt__bar${c.reskill > c.upskill ? ' plan-gantt__bar--reskill' : ''}${openKey === c.key ? ' is-open' : ''}`}
                    style={{ left: `${c.left * 100}%`, width: `${c.width * 100}%`, top: c.lane * LANE + 3 }}
                    aria-label={label(c)}
                    aria-expanded={openKey === c.key}
                    title={label(c)}
                    onClick={() => setOpenKey(openKey === c.key ? null : c.key)}
                    data-testid="timeline-cohort"
                  >
                    <span className="num">{f.integer(c.people)}</span>
                  </button>
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
      {open && (
        <div className="plan-cohort" data-testid="timeline-cohort-detail">
          <h3 className="plan-subtitle">{label(open)}</h3>
          <div className="table-wrap table-wrap--scroll plan-cohort__table">
            <table className="table table--single-line">
              <caption className="sr-only">People in the cohort</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Purpose</th>
                  <th scope="col">Trained for</th>
                  <th scope="col">Start</th>
                  <th scope="col">End</th>
                  <th scope="col" className="num">
                    Cost
                  </th>
                </tr>
              </thead>
              <tbody>
                {open.enrolments.slice(0, SHOWN_PEOPLE).map((e) => (
                  <tr key={`${e.employeeId}-${e.programId}`}>
                    <th scope="row">{e.ref}</th>
                    <td>{e.purpose === 'upskill' ? 'Upskill in role' : 'Reskill'}</td>
                    <td>{roleName.get(e.roleId) ?? `role ${e.roleId}`}</td>
                    <td>{f.date(e.startDate)}</td>
                    <td>{f.date(e.endDate)}</td>
                    <td className="num">{f.money(e.cost)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {open.enrolments.length > SHOWN_PEOPLE && <p className="muted plan-note">The first {SHOWN_PEOPLE} of {f.integer(open.enrolments.length)}; the People view lists everyone.</p>}
        </div>
      )}
    </section>
  );
}
