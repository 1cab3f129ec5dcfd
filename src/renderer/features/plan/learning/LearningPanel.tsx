// The learning plan: who takes which program when, seats used per period against capacity, and
// the budget burn.
import type { PlanResult } from '../../../../shared/plan-types';
import type { Formatter } from '../../../format';
import { BudgetCard } from './BudgetCard';
import { SeatsCard } from './SeatsCard';
import { Timeline } from './Timeline';

export function LearningPanel({ result, format: f }: { result: PlanResult; format: Formatter }) {
  return (
    <div className="chart-grid" data-testid="plan-learning">
      <Timeline result={result} format={f} />
      <SeatsCard result={result} format={f} />
      <BudgetCard result={result} format={f} />
    </div>
  );
}
