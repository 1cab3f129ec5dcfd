// Monte Carlo from the screen: how many runs and which seed (same seed, same result), which
// date "gap closed" is judged at, a progress bar fed by the host's progress events and a cancel
// button; the distributions drawn from are stated, and when done, the P10-P90 bands show on the
// charts and each role's probability of closing its gap is listed.
import { useId, useState } from 'react';
import type { ScenarioRunResult } from '../../../../shared/scenario-types';
import { ErrorNotice } from '../../../components/ErrorNotice';
import type { Formatter } from '../../../format';
import { useApiQuery } from '../../../lib/use-api-query';
import { NumberField } from '../builder/fields';
import { useMonteCarloStore } from '../mc-store';
import { useAnalysisTarget } from '../workspace/use-result';

export function MonteCarloCard({ result, format: f }: { result: ScenarioRunResult; format: Formatter }) {
  const [runs, setRuns] = useState(200);
  const [seed, setSeed] = useState(42);
  const T = result.dates.length - 1;
  const [targetPeriod, setTargetPeriod] = useState(T);
  const { target, key } = useAnalysisTarget();
  const { task, result: mc, resultKey, error } = useMonteCarloStore();
  const uncertainty = useApiQuery('scenarioUncertainty', target);
  const ids = { target: useId() };
  const running = task !== null && (task.status === 'running' || task.status === 'starting');
  const pct = task && task.total > 0 ? Math.round((100 * task.done) / task.total) : 0;
  const current = mc !== null && resultKey === key;
  const period = Math.min(targetPeriod, T);

  const start = () => {
    if (target && key) void useMonteCarloStore.getState().start({ ...target, targetPeriod: period }, key, runs, seed);
  };

  const atRisk = current ? [...mc!.roles].filter((r) => r.pClosed < 0.999).sort((a, b) => a.pClosed - b.pClosed).slice(0, 8) : [];
  return (
    <section className="card sc-mc" aria-labelledby="sc-mc-title" data-testid="monte-carlo">
      <header className="card__header">
        <h3 id="sc-mc-title" className="card__title">
          Uncertainty (Monte Carlo)
        </h3>
      </header>
      <div className="sc-mc__form">
        <NumberField label="Runs" value={runs} min={2} max={10000} step={50} onChange={(v) => v !== undefined && Number.isInteger(v) && setRuns(v)} testId="mc-runs" />
        <NumberField label="Seed" value={seed} min={0} max={4294967295} onChange={(v) => v !== undefined && Number.isInteger(v) && setSeed(v)} testId="mc-seed" />
        <div className="field">
          <label htmlFor={ids.target}>Gap closed by</label>
          <select id={ids.target} className="select" value={period} onChange={(e) => setTargetPeriod(Number(e.target.value))}>
            {result.dates.map((d, k) =>
              k === 0 ? null : (
                <option key={d} value={k}>
                  {f.date(d)}
                </option>
              ),
            )}
          </select>
        </div>
        <div className="sc-mc__buttons">
          {running ? (
            <button type="button" className="button button--secondary" disabled={task?.cancelling} onClick={() => void useMonteCarloStore.getState().cancel()} data-testid="mc-cancel">
              {task?.cancelling ? 'Cancelling…' : 'Cancel'}
            </button>
          ) : (
            <button type="button" className="button button--primary" disabled={!target} onClick={start} data-testid="mc-run">
              Run Monte Carlo
            </button>
          )}
        </div>
      </div>
      {task && (task.status === 'running' || task.status === 'starting') && (
        <div className="sc-mc__progress">
          <div className="progress" role="progressbar" aria-label="Monte Carlo runs" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={`${f.integer(task.done)} of ${f.integer(task.total)} runs`} data-testid="mc-progress">
            <div className="progress__fill" style={{ width: `${pct}%` }} />
          </div>
          <span className="num muted">
            {f.integer(task.done)} / {f.integer(task.total)} runs
          </span>
        </div>
      )}
      {task?.status === 'cancelled' && (
        <p className="muted" role="status" data-testid="mc-status">
          Cancelled after {f.integer(task.done)} of {f.integer(task.total)} runs; nothing was kept.
        </p>
      )}
      {error && <ErrorNotice error={error} title="Monte Carlo failed" />}
      {current && (
        <div className="sc-mc__result" role="status" data-testid="mc-status">
          <p>
            {f.integer(mc!.runs)} runs, seed {mc!.seed}: total shortage on {f.date(mc!.dates[T])} between{' '}
            <span className="num">{f.decimal(mc!.totals.shortage.p10[T], 1)}</span> and <span className="num">{f.decimal(mc!.totals.shortage.p90[T], 1)}</span> FTE (P10–P90), median{' '}
            <span className="num">{f.decimal(mc!.totals.shortage.p50[T], 1)}</span>.
          </p>
          {atRisk.length > 0 ? (
            <table className="table table--compact" data-testid="mc-roles">
              <caption className="sr-only">Roles least likely to close their gap by {f.date(mc!.targetDate)}</caption>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col" className="num">
                    Gap closed by {f.date(mc!.targetDate)}
                  </th>
                  <th scope="col" className="num">
                    No shortage
                  </th>
                </tr>
              </thead>
              <tbody>
                {atRisk.map((r) => (
                  <tr key={r.roleId}>
                    <th scope="row">{r.role}</th>
                    <td className="num">{f.percent(r.pClosed, 0)}</td>
                    <td className="num">{f.percent(r.pNoShortage, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">Every role closes its gap by {f.date(mc!.targetDate)} in all runs.</p>
          )}
        </div>
      )}
      {mc && !current && !running && <p className="muted">The last run was for other inputs: run again for these.</p>}
      <details className="sc-mc__dists" open>
        <summary>Distributions drawn from</summary>
        {uncertainty.data ? (
          <ul className="sc-mc__list" data-testid="mc-distributions">
            {uncertainty.data.map((d) => (
              <li key={d.parameter}>
                <span className="strong">{d.parameter}</span>: {d.text}
              </li>
            ))}
          </ul>
        ) : uncertainty.error ? (
          <ErrorNotice error={uncertainty.error} />
        ) : (
          <p className="muted">…</p>
        )}
      </details>
    </section>
  );
}
