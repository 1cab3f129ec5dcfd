// The explanation of a gap table cell, under the table: the chosen figure (gap by default) for
// the role and period, from the host's scenarioExplain, with the inputs it used.
import { useState } from 'react';
import type { SeriesGroup } from '../../../../shared/scenario-types';
import { Segmented } from '../../../components/ChartCard';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import type { Formatter } from '../../../format';
import { useApiQuery } from '../../../lib/use-api-query';
import { useAnalysisTarget } from '../workspace/use-result';
import { resultText, valueText, type Figure } from './Why';
import { Explanation } from '../../../components/Explanation';

const figures: { value: Figure; label: string }[] = [
  { value: 'gap', label: 'Gap' },
  { value: 'supply', label: 'Supply' },
  { value: 'demand', label: 'Demand' },
  { value: 'hires', label: 'Hires' },
  { value: 'exits', label: 'Exits' },
  { value: 'cost', label: 'Cost' },
];

interface CellExplainProps {
  group: SeriesGroup;
  by: 'roles' | 'units' | 'locations';
  period: number;
  date: string;
  onClose(): void;
  format: Formatter;
}

export function CellExplain({ group, by, period, date, onClose, format: f }: CellExplainProps) {
  const [figure, setFigure] = useState<Figure>('gap');
  const { target } = useAnalysisTarget();
  const canExplain = by === 'roles' && group.key !== null && target !== null;
  const q = useApiQuery('scenarioExplain', canExplain ? { ...target!, figure, period, roleId: group.key! } : null);
  const title = `${group.label}, ${period === 0 ? 'today' : f.date(date)}`;
  return (
    <section className="sc-cell-why" aria-label={`Why: ${title}`} aria-live="polite" data-testid="cell-why">
      <header className="sc-cell-why__header">
        <h4 className="sc-cell-why__title">Why: {title}</h4>
        {canExplain && <Segmented<Figure> label="Figure to explain" value={figure} options={figures} onChange={setFigure} />}
        <button type="button" className="icon-button" aria-label="Close the explanation" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {!canExplain && <p className="muted">Explanations are per role: switch the rows to roles, or open a role.</p>}
      {q.error && <ErrorNotice error={q.error} title="No explanation" />}
      {canExplain && !q.data && q.loading && <Loading label="Explaining…" />}
      {q.data && (
        <div className="sc-cell-why__body">
          <Explanation formula={q.data.formula} inputs={q.data.inputs} valueText={(v) => valueText(v, f)} result={resultText(q.data, f)} listClassName="sc-cell-why__inputs" />
        </div>
      )}
    </section>
  );
}
