// Business alignment: each objective with what serves it and plan vs actual (outcomes recorded
// here), then each program's return.
import type { PlanResult } from '../../../../shared/plan-types';
import type { Formatter } from '../../../format';
import { ObjectiveCard } from './ObjectiveCard';
import { RoiTable } from './RoiTable';

export function ObjectivesPanel({ result, format: f }: { result: PlanResult; format: Formatter }) {
  return (
    <div className="plan-panel" data-testid="plan-objectives">
      <section aria-labelledby="plan-objectives-title" className="plan-objectives">
        <h2 id="plan-objectives-title" className="plan-section-title">
          Business objectives <span className="count num">{f.integer(result.objectives.length)}</span>
        </h2>
        {result.objectives.length === 0 ? (
          <p className="card muted">No business objectives yet: add them so every initiative ties to a measurable outcome.</p>
        ) : (
          result.objectives.map((o) => <ObjectiveCard key={o.objectiveId} objective={o} result={result} format={f} />)
        )}
      </section>
      <div className="chart-grid">
        <RoiTable result={result} format={f} />
      </div>
    </div>
  );
}
