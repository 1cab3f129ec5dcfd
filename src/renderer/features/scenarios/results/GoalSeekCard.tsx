// Goal-seek: which value of one lever makes an outcome hit a target (for example the adoption
// share at which a role's surplus is absorbed by month 18). Answers with the value found, or
// "unreachable in range" with the range of outcomes the lever can reach; a value found for a
// lever held in the scenario can be applied to the draft.
import { useId, useState } from 'react';
import type { ScenarioBody } from '../../../../shared/domain/scenario';
import type { ApiError } from '../../../../shared/result';
import type { GoalSeekView, LeverView, ScenarioRunResult } from '../../../../shared/scenario-types';
import { asApiError, call } from '../../../api/client';
import { ErrorNotice } from '../../../components/ErrorNotice';
import type { Formatter } from '../../../format';
import { useApiQuery } from '../../../lib/use-api-query';
import { NumberField } from '../builder/fields';
import { useDraftStore } from '../draft-store';
import { useAnalysisTarget } from '../workspace/use-result';
import { activeRoles } from './SupplyDemandCard';

type MetricKind = 'total-gap' | 'total-shortage' | 'total-supply' | 'total-demand' | 'role-gap' | 'role-supply' | 'cost';
const metricLabels: Record<MetricKind, string> = {
  'total-gap': 'Net gap (FTE)',
  'total-shortage': 'Shortage (FTE)',
  'total-supply': 'Supply (FTE)',
  'total-demand': 'Demand (FTE)',
  'role-gap': 'Gap of one role (FTE)',
  'role-supply': 'Supply of one role (FTE)',
  cost: 'Total cost',
};

export function leverValueText(unit: string, v: number, f: Formatter): string {
  if (unit === 'share' || unit === 'per year') return f.percent(v, 1);
  if (unit === 'months') return `${f.decimal(v, 1)} months`;
  if (unit === 'x') return `× ${f.decimal(v, 2)}`;
  return f.decimal(v, 3);
}

/** The body with a lever set to `v`, for the levers the body itself holds; null otherwise. */
export function applyLever(body: ScenarioBody, lever: LeverView['lever'], v: number): ScenarioBody | null {
  const id = 'changeId' in lever ? lever.changeId : null;
  const map = (f: (c: ScenarioBody['changes'][number]) => ScenarioBody['changes'][number]) => ({ ...body, changes: body.changes.map((c) => (c.id === id ? f(c) : c)) });
  switch (lever.kind) {
    case 'adoption-target':
      return map((c) => (c.type === 'automation' ? { ...c, adoption: { ...c.adoption, target: v } } : c));
    case 'realisation':
      return map((c) => (c.type === 'automation' ? { ...c, realisation: v } : c));
    case 'exposure':
      return map((c) => (c.type === 'automation' ? { ...c, exposure: { from: 'manual', value: v } } : c));
    case 'adoption-time':
      return map((c) => (c.type === 'automation' && c.adoption.curve === 's-curve' ? { ...c, adoption: { ...c.adoption, midpointMonths: v } } : c));
    case 'internal-share':
      return map((c) => (c.type === 'new-market' ? { ...c, internalShare: v } : c));
    case 'attrition-override':
      return map((c) => (c.type === 'attrition' ? { ...c, annualRate: v } : c));
    case 'demand-growth':
      return map((c) => (c.type === 'demand' ? { ...c, annualGrowth: v } : c));
    case 'salary-inflation': {
      const has = body.changes.some((c) => c.type === 'salary-inflation');
      return has ? { ...body, changes: body.changes.map((c) => (c.type === 'salary-inflation' ? { ...c, annualRate: v } : c)) } : { ...body, changes: [...body.changes, { type: 'salary-inflation', id: 'inflation-1', annualRate: v }] };
    }
    default:
      return null;
  }
}

export function GoalSeekCard({ result, format: f }: { result: ScenarioRunResult; format: Formatter }) {
  const { target } = useAnalysisTarget();
  const levers = useApiQuery('scenarioLevers', target);
  const T = result.dates.length - 1;
  const [lever, setLever] = useState(0);
  const [metric, setMetric] = useState<MetricKind>('total-gap');
  const [roleId, setRoleId] = useState<number | null>(null);
  const [period, setPeriod] = useState(T);
  const [goal, setGoal] = useState<number | undefined>(0);
  const [answer, setAnswer] = useState<GoalSeekView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { lever: useId(), metric: useId(), role: useId(), period: useId() };
  const list = levers.data ?? [];
  const chosen = list[Math.min(lever, list.length - 1)];
  const roles = activeRoles(result);
  const role = roleId ?? (roles[0]?.key as number | undefined) ?? null;
  const needsRole = metric === 'role-gap' || metric === 'role-supply';

  async function seek(e: React.FormEvent) {
    e.preventDefault();
    if (!target || !chosen || goal === undefined) return;
    const m = metric === 'cost' ? { kind: 'cost' as const, part: 'total' as const } : needsRole ? { kind: metric as 'role-gap' | 'role-supply', roleId: role!, period: Math.min(period, T) } : { kind: metric as 'total-gap', period: Math.min(period, T) };
    setBusy(true);
    setError(null);
    try {
      setAnswer(await call('scenarioGoalSeek', { ...target, lever: chosen.lever, metric: m, target: goal }));
    } catch (x) {
      setAnswer(null);
      setError(asApiError(x));
    } finally {
      setBusy(false);
    }
  }

  const unit = answer ? (list.find((l) => JSON.stringify(l.lever) === JSON.stringify(answer.lever))?.unit ?? '') : '';
  const outcome = (v: number) => (answer?.metric.kind === 'cost' ? f.money(v) : `${f.fixed(v, 1)} FTE`);
  const body = useDraftStore((s) => s.body);
  const applied = answer?.status === 'found' && answer.value !== null && body ? applyLever(body, answer.lever, answer.value) : null;
  return (
    <section className="card sc-goal" aria-labelledby="sc-goal-title" data-testid="goal-seek">
      <header className="card__header">
        <h3 id="sc-goal-title" className="card__title">
          Goal-seek
        </h3>
      </header>
      {levers.error && <ErrorNotice error={levers.error} onRetry={levers.reload} />}
      <form className="form sc-goal__form" onSubmit={(e) => void seek(e)}>
        <div className="field">
          <label htmlFor={ids.lever}>Move</label>
          <select id={ids.lever} className="select" value={lever} onChange={(e) => setLever(Number(e.target.value))} data-testid="goal-lever">
            {list.map((l, i) => (
              <option key={i} value={i}>
                {l.label} (now {leverValueText(l.unit, l.value, f)})
              </option>
            ))}
          </select>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.metric}>So that</label>
            <select id={ids.metric} className="select" value={metric} onChange={(e) => setMetric(e.target.value as MetricKind)} data-testid="goal-metric">
              {(Object.keys(metricLabels) as MetricKind[]).map((k) => (
                <option key={k} value={k}>
                  {metricLabels[k]}
                </option>
              ))}
            </select>
          </div>
          {metric !== 'cost' && (
            <div className="field">
              <label htmlFor={ids.period}>On</label>
              <select id={ids.period} className="select" value={Math.min(period, T)} onChange={(e) => setPeriod(Number(e.target.value))}>
                {result.dates.map((d, k) => (
                  <option key={d} value={k}>
                    {k === 0 ? 'today' : f.date(d)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {needsRole && (
          <div className="field">
            <label htmlFor={ids.role}>Role</label>
            <select id={ids.role} className="select" value={role ?? ''} onChange={(e) => setRoleId(Number(e.target.value))}>
              {roles.map((g) => (
                <option key={g.key} value={g.key!}>
                  {g.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <NumberField label="Equals" value={goal} onChange={setGoal} step={1} unit={metric === 'cost' ? f.currency : 'FTE'} testId="goal-target" />
        <button type="submit" className="button button--primary" disabled={!target || !chosen || goal === undefined || busy || (needsRole && role === null)} data-testid="goal-run">
          {busy ? 'Seeking…' : 'Find the value'}
        </button>
      </form>
      {error && <ErrorNotice error={error} title="Goal-seek failed" />}
      {answer && (
        <div className={`sc-goal__answer sc-goal__answer--${answer.status}`} role="status" data-testid="goal-answer">
          {answer.status === 'found' && answer.value !== null ? (
            <p>
              Found: set it to <strong className="num">{leverValueText(unit, answer.value, f)}</strong>, giving {outcome(answer.achieved ?? answer.target)}.
            </p>
          ) : (
            <p>
              Unreachable in range: from {leverValueText(unit, answer.range.lo, f)} to {leverValueText(unit, answer.range.hi, f)} the outcome goes from {outcome(answer.range.atLo)} to {outcome(answer.range.atHi)}.
            </p>
          )}
          {applied && (
            <button type="button" className="button button--secondary button--small" onClick={() => useDraftStore.getState().setBody(() => applied)}>
              Apply to the draft
            </button>
          )}
        </div>
      )}
    </section>
  );
}
