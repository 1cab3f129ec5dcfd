// "Why this number" for scenario figures: the WhyButton opens, then asks the host's
// scenarioExplain for the figure's formula, its inputs (assumptions flagged) and its result,
// computed by the same code as the run, for the saved version or the unsaved draft on screen.
import type { ReactNode } from 'react';
import type { ExplanationView } from '../../../../shared/scenario-types';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { WhyButton } from '../../../components/WhyButton';
import type { Formatter } from '../../../format';
import { useApiQuery } from '../../../lib/use-api-query';
import { useFormat } from '../../../lib/use-format';
import { useAnalysisTarget, type AnalysisTarget } from '../workspace/use-result';
import { Explanation } from '../../../components/Explanation';

export type Figure = 'supply' | 'demand' | 'gap' | 'hires' | 'exits' | 'cost';

export interface WhyRequest {
  figure: Figure;
  period: number;
  /** A role, or the organisation total when absent. */
  roleId?: number;
}

interface ScenarioWhyProps {
  /** What the figure is, e.g. "Gap at the horizon"; names the button. */
  label: string;
  request: WhyRequest;
  /** Said before the explanation (how a KPI relates to the figure explained). */
  intro?: ReactNode;
  /** What to explain on; default: the scenario open in the workspace (saved version or draft). */
  target?: AnalysisTarget;
}

export function ScenarioWhy({ label, request, intro, target }: ScenarioWhyProps) {
  return (
    <WhyButton label={label}>
      <div className="sc-why">
        {intro && <div className="sc-why__intro">{intro}</div>}
        <WhyBody request={request} fixed={target} />
      </div>
    </WhyButton>
  );
}

export function valueText(v: ExplanationView['inputs'][number]['value'], f: Formatter): string {
  if (v === null) return 'unknown';
  if (typeof v === 'number') return Math.abs(v) >= 1000 ? f.decimal(v, 0) : f.decimal(v, 4);
  return v;
}

export function resultText(x: ExplanationView, f: Formatter): string {
  if (x.result === null) return 'unknown';
  if (x.unit === 'currency') return f.money(x.result);
  if (x.unit === 'FTE') return `${f.decimal(x.result, 2)} FTE`;
  if (x.unit === 'heads') return `${f.decimal(x.result, 2)} people`;
  return f.decimal(x.result, 4);
}

/** Fetched when the panel opens (the WhyButton renders its content only then). */
function WhyBody({ request, fixed }: { request: WhyRequest; fixed?: AnalysisTarget }) {
  const f = useFormat();
  const shown = useAnalysisTarget();
  const target = fixed ?? shown.target;
  const input = target ? { ...target, figure: request.figure, period: request.period, ...(request.roleId === undefined ? { total: true as const } : { roleId: request.roleId }) } : null;
  const { data, error, loading } = useApiQuery('scenarioExplain', input);
  if (!target) return <p className="muted">Fix the draft first: it cannot be run as it is.</p>;
  return (
    <>
      {error && <ErrorNotice error={error} title="No explanation" />}
      {!data && loading && <Loading label="Explaining…" />}
      {data && (
        <>
          <Explanation formula={data.formula} inputs={data.inputs} valueText={(v) => valueText(v, f)} result={resultText(data, f)} />
        </>
      )}
    </>
  );
}
