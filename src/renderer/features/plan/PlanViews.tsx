// The plan's views that draw charts (loaded on first use with the charts library), and how the
// plan was made: its assumptions, warnings and the optimiser's figures.
import type { Formatter } from '../../format';
import { CostsPanel } from './costs/CostsPanel';
import { LearningPanel } from './learning/LearningPanel';
import { MixPanel } from './mix/MixPanel';
import { ObjectivesPanel } from './objectives/ObjectivesPanel';
import { PeoplePanel } from './people/PeoplePanel';
import type { ShownPlan } from './run-store';
import type { PlanTab } from './view';
import { WhatIfPanel } from './whatif/WhatIfPanel';

function PlanNotes({ plan, format: f }: { plan: ShownPlan; format: Formatter }) {
  const r = plan.result;
  const s = r.solver;
  return (
    <details className="card plan-notes" data-testid="plan-notes">
      <summary>
        How this plan was made <span className="muted">· {r.assumptions.length} assumptions{r.warnings.length > 0 ? `, ${r.warnings.length} notes` : ''}</span>
      </summary>
      <h3 className="plan-subtitle">Assumptions</h3>
      <ul className="plan-notes__list">
        {r.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      {r.warnings.length > 0 && (
        <>
          <h3 className="plan-subtitle">Notes</h3>
          <ul className="plan-notes__list">
            {r.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted plan-note num">
        Optimiser: {f.integer(s.people)} people, {f.integer(s.candidates)} candidate moves, {f.integer(s.columns)} of {f.integer(s.potentialColumns)} columns generated in {s.rounds} rounds,{' '}
        {f.integer(s.rows)} rows, {f.integer(s.fractional)} fractional choices rounded; {f.integer(s.ms.total)} ms{s.cached ? ' (prepared inputs reused)' : ''}.
      </p>
    </details>
  );
}

export default function PlanViews({ tab, shown, base, format: f }: { tab: PlanTab; shown: ShownPlan; base: ShownPlan; format: Formatter }) {
  const r = shown.result;
  return (
    <>
      {tab === 'mix' && <MixPanel result={r} format={f} />}
      {tab === 'people' && <PeoplePanel result={r} query={shown.query} format={f} />}
      {tab === 'learning' && <LearningPanel result={r} format={f} />}
      {tab === 'objectives' && <ObjectivesPanel result={r} format={f} />}
      {tab === 'what-if' && <WhatIfPanel base={base.result} shown={r} format={f} />}
      {tab === 'costs' && <CostsPanel result={r} format={f} />}
      <PlanNotes plan={shown} format={f} />
    </>
  );
}
