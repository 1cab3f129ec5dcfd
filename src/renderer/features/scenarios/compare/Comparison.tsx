// Up to four scenarios (the baseline among them if chosen) side by side: headline figures with
// their differences from the baseline, the net gap and cost over time overlaid, and per role.
import { useId } from 'react';
import type { ScenarioId } from '../../../../shared/scenario-types';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { useApiQuery } from '../../../lib/use-api-query';
import { useFormat } from '../../../lib/use-format';
import { MAX_COMPARED, useScenarioView, useScenariosStore } from '../store';
import { CompareCharts } from './CompareCharts';
import { KpiTable } from './KpiTable';
import { RoleDeltas } from './RoleDeltas';
import './compare.css';

export default function Comparison() {
  const f = useFormat();
  const { compareIds, toggleCompare, toList } = useScenarioView();
  const list = useScenariosStore((s) => s.data) ?? [];
  const q = useApiQuery('scenarioCompare', compareIds.length > 0 ? { scenarios: compareIds.map((scenarioId) => ({ scenarioId })) } : null);
  const addId = useId();
  const name = (id: ScenarioId) => (id === 'baseline' ? 'Baseline' : (list.find((s) => s.id === id)?.name ?? `Scenario ${id}`));
  const addable = list.filter((s) => !compareIds.includes(s.id));
  return (
    <div className="sc-compare" data-testid="comparison">
      <header className="card sc-compare__header">
        <button type="button" className="button button--ghost button--small" onClick={toList}>
          ← All scenarios
        </button>
        <h2 className="sc-workspace__name">Comparison</h2>
        <div className="chips" aria-label="Compared scenarios">
          {compareIds.map((id) => (
            <span key={String(id)} className="chip picker__chip">
              {name(id)}
              <button type="button" className="picker__remove" aria-label={`Remove ${name(id)} from the comparison`} onClick={() => toggleCompare(id)}>
                <span aria-hidden="true">×</span>
              </button>
            </span>
          ))}
        </div>
        {compareIds.length < MAX_COMPARED && addable.length > 0 && (
          <label className="sc-inline-field" htmlFor={addId}>
            <span>Add</span>
            <select id={addId} className="select select--small" value="" onChange={(e) => e.target.value && toggleCompare(e.target.value === 'baseline' ? 'baseline' : Number(e.target.value))}>
              <option value="">Choose a scenario…</option>
              {addable.map((s) => (
                <option key={String(s.id)} value={String(s.id)}>
                  {s.builtIn ? 'Baseline' : s.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {compareIds.length === 0 && <p className="muted">Choose scenarios to compare.</p>}
      {q.error && <ErrorNotice error={q.error} onRetry={q.reload} />}
      {!q.data && q.loading && <Loading label="Running the scenarios…" />}
      {q.data && (
        <>
          {q.data.warnings.map((w, i) => (
            <p key={i} className="notice notice--warning">
              {w}
            </p>
          ))}
          <section className="card" aria-labelledby="compare-kpi-title">
            <header className="card__header">
              <h3 id="compare-kpi-title" className="card__title">
                Key figures against the baseline
              </h3>
            </header>
            <p className="muted">Each scenario against the baseline run on the same period grid; green is better for the plan (less shortage, surplus or cost), red worse.</p>
            <KpiTable entries={q.data.entries} format={f} />
          </section>
          <CompareCharts entries={q.data.entries} format={f} />
          <RoleDeltas entries={q.data.entries} format={f} />
        </>
      )}
    </div>
  );
}
