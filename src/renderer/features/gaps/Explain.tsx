// "Why this number" for gap figures: the WhyButton opens, then asks the host's explainGap for
// the formula, the inputs (assumptions flagged: settings and future-dated requirements) and the
// result, computed by the same code as the figure on screen.
import type { Input } from '../../../shared/contract';
import type { GapExplanation } from '../../../shared/gap-types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { WhyButton } from '../../components/WhyButton';
import type { Formatter } from '../../format';
import { useFormat } from '../../lib/use-format';
import { useGapQuery } from './use-gap-query';
import { Explanation } from '../../components/Explanation';

export type ExplainRequest = Input<'explainGap'>;

interface ExplainProps {
  /** What the figure is, e.g. "Readiness of P000123"; names the button. */
  label: string;
  /** One request, or several shown one after the other (today and the future date). */
  requests: { title?: string; request: ExplainRequest }[];
}

export function Explain({ label, requests }: ExplainProps) {
  return (
    <WhyButton label={label}>
      <div className="gap-why">
        {requests.map((r, i) => (
          <ExplainBody key={i} title={r.title} request={r.request} />
        ))}
      </div>
    </WhyButton>
  );
}

function valueText(v: GapExplanation['inputs'][number]['value'], f: Formatter): string {
  if (v === null) return 'unknown';
  if (typeof v === 'number') return f.decimal(v, 3);
  return v;
}

export function resultText(x: GapExplanation, f: Formatter): string {
  if (x.result === null) return 'unknown (nothing assessed)';
  if (x.unit === 'h') return `${f.integer(x.result)} h`;
  if (x.unit === 'months') return `${f.decimal(x.result, 1)} months`;
  if (x.unit === 'levels') return `${f.decimal(x.result, 2)} levels`;
  return f.decimal(x.result, 4);
}

/** Fetched when the panel opens (the WhyButton renders its content only then). */
function ExplainBody({ title, request }: { title?: string; request: ExplainRequest }) {
  const f = useFormat();
  const { data, error, loading } = useGapQuery('explainGap', request);
  return (
    <section className="gap-why__part" aria-label={title}>
      {title && <p className="gap-why__heading">{title}</p>}
      {error && <ErrorNotice error={error} title="No explanation" />}
      {!data && loading && <Loading label="Explaining…" />}
      {data && (
        <>
          <Explanation formula={data.formula} inputs={data.inputs} valueText={(v) => valueText(v, f)} result={resultText(data, f)} listClassName="gap-why__inputs" />
        </>
      )}
    </section>
  );
}
