// The results of the scenario on screen (saved version, or the unsaved draft as a preview):
// what-if sliders, supply against demand with Monte Carlo bands, Monte Carlo itself, the gap by
// role and period, cost, the skills gap over time, career paths, sensitivity and goal-seek.
import { useState } from 'react';
import type { ScenarioBody } from '../../../../shared/domain/scenario';
import type { ScenarioRunResult } from '../../../../shared/scenario-types';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import type { Formatter } from '../../../format';
import { useMonteCarloStore } from '../mc-store';
import type { ScenarioRefs } from '../refs';
import { useAnalysisTarget, type ShownResult } from '../workspace/use-result';
import { CareersCard } from './CareersCard';
import { CostCard } from './CostCard';
import { GapTable } from './GapTable';
import { GoalSeekCard } from './GoalSeekCard';
import { MonteCarloCard } from './MonteCarloCard';
import { SkillsCard } from './SkillsCard';
import { SupplyDemandCard } from './SupplyDemandCard';
import { TornadoCard } from './TornadoCard';
import { WhatIfCard } from './WhatIfCard';
import './results.css';

interface ResultsProps {
  shown: ShownResult;
  /** The saved version's run (drawn beside an unsaved preview). */
  saved: ScenarioRunResult | null;
  body: ScenarioBody;
  refs: ScenarioRefs;
  format: Formatter;
}

export function Results({ shown, saved, body, format: f }: ResultsProps) {
  const [roleId, setRoleId] = useState<number | null>(null);
  const { key } = useAnalysisTarget();
  const mcResult = useMonteCarloStore((s) => (s.result && s.resultKey === key ? s.result : null));
  const r = shown.result;
  if (!r) return shown.error ? <ErrorNotice error={shown.error} /> : <Loading label="Projecting supply and demand…" />;
  return (
    <div className={`sc-results${shown.updating ? ' is-updating' : ''}`} data-testid="scenario-results" aria-busy={shown.updating || undefined}>
      {shown.invalid && <p className="notice notice--warning">The draft cannot run as it is (see Build): these are the figures of its last valid state.</p>}
      <div className="chart-grid sc-results__grid">
        <WhatIfCard body={body} preview={shown.preview} updating={shown.updating} format={f} />
        <SupplyDemandCard result={r} roleId={roleId} onRole={setRoleId} mc={mcResult} saved={shown.preview ? saved : null} format={f} />
        <MonteCarloCard result={r} format={f} />
        <CostCard result={r} format={f} />
        <GapTable
          result={r}
          mc={mcResult}
          format={f}
          onChartRole={(id) => {
            setRoleId(id);
            document.querySelector('[data-testid="chart-supply-demand"]')?.scrollIntoView?.({ block: 'nearest' });
          }}
        />
        <SkillsCard result={r} format={f} />
        <TornadoCard format={f} />
        <GoalSeekCard result={r} format={f} />
        <CareersCard format={f} />
        <AssumptionsCard assumptions={r.assumptions} warnings={r.warnings} />
      </div>
    </div>
  );
}

function AssumptionsCard({ assumptions, warnings }: { assumptions: string[]; warnings: string[] }) {
  return (
    <section className="card" aria-labelledby="sc-res-assumptions" data-testid="results-assumptions">
      <header className="card__header">
        <h3 id="sc-res-assumptions" className="card__title">
          Assumptions and warnings
        </h3>
      </header>
      {assumptions.length === 0 ? <p className="muted">No assumption stated.</p> : (
        <ul className="sc-list">
          {assumptions.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="sc-list sc-list--warnings">
          {warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
