// One person's recommendation in full: the reason in a sentence, the facts (role today, target,
// fit, programs, start, months to proficiency, release, cost) and every figure behind them with
// its formula and inputs.
import type { PlanPersonRow } from '../../../../shared/plan-types';
import { Dialog } from '../../../components/Dialog';
import type { Formatter } from '../../../format';
import { figureResult, FigureLines } from '../FigureWhy';
import { ActionTag } from './ActionTag';

export function PersonDialog({ person: p, format: f, onClose }: { person: PlanPersonRow; format: Formatter; onClose(): void }) {
  const facts: [string, string][] = [
    ['Role today', `${p.role}${p.location && !p.role.includes(p.location) ? ` · ${p.location}` : ''}`],
    ['FTE', f.decimal(p.fte, 2)],
  ];
  if (p.targetRole) facts.push(['Target role', p.targetRole]);
  if (p.fit !== null) facts.push([p.action === 'reskill' ? 'Fit for the target role' : 'Readiness for the role', f.percent(p.fit, 0)]);
  if (p.programs.length > 0) facts.push(['Programs', p.programs.map((x) => `${x.name} (${f.money(x.cost)}, ${f.decimal(x.durationMonths, 1)} months)`).join('; ')]);
  if (p.startDate) facts.push(['Starts', f.date(p.startDate)]);
  if (p.monthsToProficiency !== null) facts.push(['Months to proficiency', f.decimal(p.monthsToProficiency, 1)]);
  if (p.proficientDate) facts.push(['Proficient from', f.date(p.proficientDate)]);
  if (p.release) facts.push(['Release by', `${f.date(p.release.date)}, severance ${f.money(p.release.severance)}`]);
  facts.push(['Cost of the recommendation', f.money(p.cost)]);
  return (
    <Dialog title={`${p.ref}: recommendation`} onClose={onClose} width="wide">
      <div className="plan-person" data-testid="person-detail">
        <p className="plan-person__head">
          <ActionTag action={p.action} />
        </p>
        <p className="plan-person__reason" data-testid="person-reason">
          {p.reason}
        </p>
        <dl className="plan-facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd className="num">{v}</dd>
            </div>
          ))}
        </dl>
        {p.figures.length > 0 && (
          <section aria-label="The figures behind it" className="plan-person__figures">
            <h3 className="plan-subtitle">The figures behind it</h3>
            {p.figures.map((x) => (
              <div key={x.label} className="plan-person__figure" data-testid="person-figure">
                <h4 className="plan-person__figure-title">{x.label}</h4>
                <FigureLines
                  formula={x.figure.formula}
                  inputs={x.figure.inputs}
                  result={figureResult(x.figure, f, /fit/i.test(x.label) ? (v) => f.percent(v, 1) : undefined)}
                  format={f}
                />
              </div>
            ))}
          </section>
        )}
      </div>
    </Dialog>
  );
}
