// Which scenario the plan is for (the built-in baseline, the demo's automation and market-entry
// scenarios, any saved one) and the button that runs it; says what is on screen: the scenario,
// whether the plan covers all demand, and any what-if applied on top.
import { useEffect, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { Formatter } from '../../format';
import { scenarioKindLabel } from '../../labels';
import { useApiQuery } from '../../lib/use-api-query';
import { isWhatIf, usePlanRun } from './run-store';

export function ScenarioBar({ format: f }: { format: Formatter }) {
  const selectId = useId();
  const list = useApiQuery('scenarioList', {});
  const { scenario, shown, base, status, updating, whatIf } = usePlanRun(
    useShallow((s) => ({ scenario: s.scenario, shown: s.shown, base: s.base, status: s.status, updating: s.updating, whatIf: s.whatIf })),
  );
  const { choose, run, resetWhatIf } = usePlanRun.getState();
  const scenarios = list.data ?? [];

  // Until the consultant picks one, the first scenario that changes something is proposed.
  useEffect(() => {
    if (scenario !== null || scenarios.length === 0) return;
    choose((scenarios.find((s) => !s.builtIn) ?? scenarios[0]).name);
  }, [scenario, scenarios, choose]);

  const r = shown?.result ?? null;
  const stale = r !== null && scenario !== null && r.scenario.name.toLowerCase() !== scenario.toLowerCase();
  const running = status === 'running';
  return (
    <section className="card plan-bar" aria-label="Scenario of the plan" data-testid="plan-bar">
      <div className="plan-bar__controls">
        <div className="field plan-bar__field">
          <label htmlFor={selectId}>Scenario</label>
          <select id={selectId} className="select" value={scenario ?? ''} disabled={scenarios.length === 0} onChange={(e) => choose(e.target.value)} data-testid="plan-scenario">
            {scenarios.map((s) => (
              <option key={String(s.id)} value={s.name}>
                {s.builtIn ? 'Baseline (no changes)' : `${s.name} · ${scenarioKindLabel(s.kind)}`}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--primary" disabled={!scenario || running} onClick={() => void run()} data-testid="run-plan">
          {running ? 'Optimising…' : base && !stale ? 'Run again' : 'Run plan'}
        </button>
      </div>
      <div className="plan-bar__status" role="status" aria-live="polite" data-testid="plan-status">
        {running && <span>Optimising the plan for {scenario}…</span>}
        {!running && !r && <span className="muted">Choose a scenario and run its plan: the least-cost mix of build, buy, borrow, bot and release that covers its demand.</span>}
        {!running && r && (
          <>
            <span className={`plan-state plan-state--${r.status}`}>{r.status === 'optimal' ? 'Covers all demand' : 'Cannot cover all demand'}</span>
            <span data-testid="plan-shown">
              {r.scenario.name === 'baseline' ? 'Baseline' : r.scenario.name}
              {r.scenario.version !== null && ` · version ${r.scenario.version}`} · {f.integer(r.solver.people)} people · {r.periods.length} {r.scenario.periodUnit}s from {f.date(r.scenario.startDate)}
            </span>
            {stale && <span className="plan-state plan-state--stale">Showing the previous scenario: run the plan for {scenario}</span>}
            {updating && <span className="muted">Updating…</span>}
            {isWhatIf(whatIf) && (
              <span className="plan-state plan-state--whatif" data-testid="what-if-active">
                What-if applied
                <button type="button" className="button button--ghost button--small" onClick={resetWhatIf}>
                  Back to the plan as run
                </button>
              </span>
            )}
          </>
        )}
      </div>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} title="Could not list the scenarios" />}
    </section>
  );
}
