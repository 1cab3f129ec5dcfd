// Sensitivity: each assumption moved down and up by the same share (20% by default), the
// outcome (net gap at the horizon, or total cost) recomputed each time, largest swing first.
// Bars run from the base value to the outcome at the low and at the high setting.
import { useState } from 'react';
import { Segmented } from '../../../components/ChartCard';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { WhyButton } from '../../../components/WhyButton';
import type { Formatter } from '../../../format';
import { useApiQuery } from '../../../lib/use-api-query';
import { useAnalysisTarget } from '../workspace/use-result';

const SHOWN = 10;
type MetricIx = '0' | '1';

export function TornadoCard({ format: f }: { format: Formatter }) {
  const { target } = useAnalysisTarget();
  const [delta, setDelta] = useState<'0.1' | '0.2' | '0.3'>('0.2');
  const [metric, setMetric] = useState<MetricIx>('0');
  const q = useApiQuery('scenarioTornado', target ? { ...target, delta: Number(delta) } : null);
  const m = Number(metric);
  const show = (v: number) => (m === 1 ? f.moneyCompact(v) : `${f.fixed(v, 1)} FTE`);
  const t = q.data;
  const rows = t
    ? [...t.rows]
        .map((r) => ({ ...r, lo: r.atLow[m], hi: r.atHigh[m], s: Math.abs(r.atHigh[m] - r.atLow[m]) }))
        .filter((r) => r.s > 1e-9)
        .sort((a, b) => b.s - a.s)
        .slice(0, SHOWN)
    : [];
  const base = t ? t.base[m] : 0;
  const reach = rows.reduce((x, r) => Math.max(x, Math.abs(r.lo - base), Math.abs(r.hi - base)), 0) || 1;
  const pos = (v: number) => 50 + (50 * (v - base)) / reach;
  const pct = f.percent(Number(delta), 0);
  return (
    <section className="card sc-tornado" aria-labelledby="sc-tornado-title" data-testid="tornado">
      <header className="card__header">
        <h3 id="sc-tornado-title" className="card__title">
          Sensitivity (±{pct})
        </h3>
        <div className="card__tools">
          <Segmented<MetricIx> label="Outcome" value={metric} options={[{ value: '0', label: 'Net gap' }, { value: '1', label: 'Total cost' }]} onChange={setMetric} />
          <Segmented<typeof delta> label="Move each assumption by" value={delta} options={(['0.1', '0.2', '0.3'] as const).map((d) => ({ value: d, label: `±${Number(d) * 100}%` }))} onChange={setDelta} />
          <WhyButton label="Sensitivity">
            <p>Each assumption is set {pct} below and {pct} above its value with everything else unchanged, and the scenario is run again. Longest bars first: these are the assumptions worth checking with the client.</p>
          </WhyButton>
        </div>
      </header>
      {!target && <p className="muted">Fix the draft first.</p>}
      {q.error && <ErrorNotice error={q.error} onRetry={q.reload} />}
      {target && !t && !q.error && <Loading label="Running the sensitivity…" />}
      {t && (
        <>
          <p className="muted">
            Base: {m === 1 ? 'total cost' : 'net gap at the horizon'} {show(base)}. <span className="tornado-key tornado-key--low">−{pct}</span> <span className="tornado-key tornado-key--high">+{pct}</span>
          </p>
          <table className="table table--compact tornado" data-testid="tornado-table">
            <caption className="sr-only">Outcome with each assumption {pct} lower and higher</caption>
            <thead>
              <tr>
                <th scope="col">Assumption</th>
                <th scope="col" className="num">
                  −{pct}
                </th>
                <th scope="col" className="tornado__bars">
                  <span className="sr-only">Bars</span>
                </th>
                <th scope="col" className="num">
                  +{pct}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const [a, b] = [pos(r.lo), pos(r.hi)];
                return (
                  <tr key={JSON.stringify(r.lever)}>
                    <th scope="row" className="tornado__label">
                      {r.label}
                    </th>
                    <td className="num">{show(r.lo)}</td>
                    <td className="tornado__bars" aria-hidden="true">
                      <div className="tornado__track">
                        <span className="tornado__base" />
                        <span className="tornado__bar tornado__bar--low" style={{ left: `${Math.min(a, 50)}%`, width: `${Math.abs(a - 50)}%` }} />
                        <span className="tornado__bar tornado__bar--high" style={{ left: `${Math.min(b, 50)}%`, width: `${Math.abs(b - 50)}%` }} />
                      </div>
                    </td>
                    <td className="num">{show(r.hi)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">No assumption moves this outcome.</p>}
        </>
      )}
    </section>
  );
}
