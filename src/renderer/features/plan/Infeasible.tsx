// When the plan cannot cover all demand it says where and why, never silently: each role short,
// in which periods and by how much, with the constraints the API names as binding, and what
// would loosen them (with a button where a what-if can do it at once). The rest of the plan
// stays on screen: it is the best plan within the constraints.
import type { PlanResult, PlanShortfall } from '../../../shared/plan-types';
import type { Formatter } from '../../format';
import { constraintLabel, periodLabel, roleAt, suggestions } from './plan-labels';
import { usePlanRun } from './run-store';
import { usePlanView } from './view';

interface Group {
  key: string;
  role: string;
  kind: PlanShortfall['kind'];
  rows: PlanShortfall[];
  peak: number;
  constraints: { constraint: string; detail: string }[];
}

export function groupShortfalls(shortfalls: PlanShortfall[]): Group[] {
  const groups = new Map<string, Group>();
  for (const s of shortfalls) {
    const key = `${s.kind}:${s.roleId}:${s.locationId ?? '-'}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, role: roleAt(s.role, s.location), kind: s.kind, rows: [], peak: 0, constraints: [] }));
    g.rows.push(s);
    g.peak = Math.max(g.peak, s.fte);
    for (const b of s.binding) if (!g.constraints.some((c) => c.constraint === b.constraint)) g.constraints.push(b);
  }
  return [...groups.values()].sort((a, b) => b.peak - a.peak);
}

function Lever({ constraint, format: f }: { constraint: string; format: Formatter }) {
  const s = suggestions[constraint];
  const { whatIf, setWhatIf } = usePlanRun.getState();
  if (!s?.lever) return null;
  const button = (label: string, act: () => void) => (
    <button type="button" className="button button--secondary button--small" onClick={act} data-testid={`lever-${constraint}`}>
      {label}
    </button>
  );
  switch (s.lever) {
    case 'budget':
      if (whatIf.budget === null) return null;
      return whatIf.budget > 0 ? button(`Raise the budget to ${f.moneyCompact(whatIf.budget * 1.5)}`, () => setWhatIf({ budget: whatIf.budget! * 1.5 })) : button('Remove the budget cap', () => setWhatIf({ budget: null }));
    case 'period-budget':
      return whatIf.periodBudget === null ? null : button('Remove the per-period cap', () => setWhatIf({ periodBudget: null }));
    case 'seats':
      return button(`Seats ×${f.decimal(whatIf.seatsFactor * 2, 2)}`, () => setWhatIf({ seatsFactor: whatIf.seatsFactor * 2, seats: {} }));
    case 'min-fit':
      return whatIf.minFit <= 0.5 ? null : button(`Lower min fit to ${f.percent(Math.max(0.5, whatIf.minFit - 0.05), 0)}`, () => setWhatIf({ minFit: Math.max(0.5, Math.round((whatIf.minFit - 0.05) * 100) / 100) }));
    case 'costs':
      return button('Open cost settings', () => usePlanView.getState().setTab('costs'));
  }
}

export function Infeasible({ result, format: f }: { result: PlanResult; format: Formatter }) {
  if (result.status !== 'infeasible' || result.shortfalls.length === 0) return null;
  const groups = groupShortfalls(result.shortfalls);
  const families = new Map<string, number>();
  for (const s of result.shortfalls) for (const b of s.binding) families.set(b.constraint, (families.get(b.constraint) ?? 0) + 1);
  const ranked = [...families.entries()].sort((a, b) => b[1] - a[1]);
  const uncovered = result.mix.reduce((a, m) => a + m.uncovered, 0);
  const periodOf = new Map(result.periods.map((p) => [p.period, p]));
  const when = (rows: PlanShortfall[]) => {
    const ks = rows.map((r) => r.period).sort((a, b) => a - b);
    const first = periodOf.get(ks[0]);
    const last = periodOf.get(ks[ks.length - 1]);
    if (!first || !last) return '';
    return ks.length === 1 ? periodLabel(f, first.startDate) : `${periodLabel(f, first.startDate)} – ${periodLabel(f, last.startDate)} (${ks.length} periods)`;
  };
  return (
    <section className="card plan-infeasible" aria-labelledby="plan-infeasible-title" data-testid="plan-infeasible">
      <header className="card__header">
        <h2 id="plan-infeasible-title" className="card__title">
          This plan cannot cover all demand
        </h2>
        <span className="count num">{`${groups.length} role${groups.length === 1 ? '' : 's'} short`}</span>
      </header>
      <p>
        {f.decimal(uncovered, 1)} FTE-periods of demand stay uncovered across {f.integer(result.shortfalls.length)} role-periods. Nothing was relaxed: the figures below are the best plan within the constraints,
        and these are the constraints that bind.
      </p>
      <ul className="plan-infeasible__families" aria-label="Binding constraints and what would loosen them">
        {ranked.map(([c, n], i) => (
          <li key={c} data-testid={`binding-${c}`}>
            <div>
              <span className="strong">{constraintLabel(c)}</span> <span className="muted">binds in {f.integer(n)} role-periods.</span>
              {suggestions[c] && <p className="plan-infeasible__hint">{suggestions[c].text}</p>}
            </div>
            {/* One button per lever: two constraints loosened by the same one show it once. */}
            {!ranked.slice(0, i).some(([o]) => suggestions[o]?.lever && suggestions[o]?.lever === suggestions[c]?.lever) && <Lever constraint={c} format={f} />}
          </li>
        ))}
      </ul>
      <div className="table-wrap plan-infeasible__table">
        <table className="table" data-testid="shortfall-table">
          <caption className="sr-only">Roles short of demand, when, by how much, and the binding constraints</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">When</th>
              <th scope="col" className="num">
                Short (FTE, peak)
              </th>
              <th scope="col">Binding constraints</th>
            </tr>
          </thead>
          <tbody>
            {groups.slice(0, 12).map((g) => (
              <tr key={g.key}>
                <th scope="row" className="strong">
                  {g.role}
                  {g.kind === 'internal-share' && <span className="tag">internal share</span>}
                </th>
                <td>{when(g.rows)}</td>
                <td className="num">{f.decimal(g.peak, 2)}</td>
                <td>
                  <ul className="plan-infeasible__binding">
                    {g.constraints.map((c) => (
                      <li key={c.constraint}>
                        <span className="tag">{constraintLabel(c.constraint)}</span> {c.detail}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {groups.length > 12 && <p className="muted">…and {f.integer(groups.length - 12)} more roles with smaller shortfalls.</p>}
    </section>
  );
}
