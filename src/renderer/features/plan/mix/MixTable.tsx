// The mix as a table by role and period: one measure at a time (an option's FTE or cost, the
// gap, demand), roles down, periods across, with each role's total; roles without any plan
// activity can be hidden. Clicking a role shows it in the chart above.
import { useId, useState } from 'react';
import type { PlanMixRow, PlanResult } from '../../../../shared/plan-types';
import type { Formatter } from '../../../format';
import { mixSeries, optionLabels, periodLabel, type MixSeries } from '../plan-labels';
import { usePlanView } from '../view';
import { cellKey, mixCells } from './mix-data';

type TableMeasure = `${MixSeries}-fte` | `${MixSeries}-cost` | 'total-cost' | 'gap' | 'demand';

const measures: { value: TableMeasure; label: string }[] = [
  { value: 'total-cost', label: 'Total cost' },
  ...mixSeries.flatMap((s) => [
    { value: `${s}-fte` as TableMeasure, label: `${optionLabels[s]} (FTE)` },
    { value: `${s}-cost` as TableMeasure, label: `${optionLabels[s]} (cost)` },
  ]),
  { value: 'gap', label: 'Gap before the plan (FTE)' },
  { value: 'demand', label: 'Demand (FTE)' },
];

function read(r: PlanMixRow, m: TableMeasure): number {
  if (m === 'total-cost') return r.cost.total;
  if (m === 'gap' || m === 'demand') return r[m];
  const [s, kind] = m.split('-') as [MixSeries, 'fte' | 'cost'];
  return kind === 'fte' ? r[s] : r.cost[s];
}

export function MixTable({ result, format: f }: { result: PlanResult; format: Formatter }) {
  const measureId = useId();
  const [measure, setMeasure] = useState<TableMeasure>('total-cost');
  const [activeOnly, setActiveOnly] = useState(true);
  const selected = usePlanView((s) => s.mixCell);
  const money = measure.endsWith('cost');
  const show = (v: number) => (Math.abs(v) < 1e-9 ? '·' : money ? f.moneyCompact(v) : f.decimal(v, 1));
  const cells = mixCells(result).filter((c) => !activeOnly || c.active);
  const grid = new Map<string, number>();
  for (const r of result.mix) grid.set(`${cellKey(r)}@${r.period}`, (grid.get(`${cellKey(r)}@${r.period}`) ?? 0) + read(r, measure));
  const label = measures.find((m) => m.value === measure)!.label;
  return (
    <section className="card" aria-labelledby="plan-mix-table-title" data-testid="mix-table">
      <header className="card__header">
        <h2 id="plan-mix-table-title" className="card__title">
          By role and period
        </h2>
        <div className="card__tools plan-tools">
          <label htmlFor={measureId} className="plan-tools__label">
            Show
          </label>
          <select id={measureId} className="select select--small" value={measure} onChange={(e) => setMeasure(e.target.value as TableMeasure)} data-testid="mix-table-measure">
            {measures.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
          <label className="plan-check">
            <input type="checkbox" className="checkbox" checked={activeOnly} onChange={(e) => setActiveOnly(e.target.checked)} /> Only roles the plan acts on
          </label>
        </div>
      </header>
      <div className="table-wrap table-wrap--scroll plan-matrix">
        <table className="table table--single-line">
          <caption className="sr-only">
            {label} by role and period
          </caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              {result.periods.map((p) => (
                <th key={p.period} scope="col" className="num">
                  {periodLabel(f, p.startDate)}
                </th>
              ))}
              <th scope="col" className="num">
                {measure === 'demand' || measure === 'gap' ? 'Last' : 'Total'}
              </th>
            </tr>
          </thead>
          <tbody>
            {cells.map((c) => {
              const values = result.periods.map((p) => grid.get(`${c.key}@${p.period}`) ?? 0);
              const end = measure === 'demand' || measure === 'gap' ? values[values.length - 1] : values.reduce((a, b) => a + b, 0);
              return (
                <tr key={c.key} className={selected === c.key ? 'is-selected' : undefined}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => usePlanView.getState().setMixCell(c.key)} aria-pressed={selected === c.key}>
                      {c.label}
                    </button>
                  </th>
                  {values.map((v, i) => (
                    <td key={i} className="num">
                      {show(v)}
                    </td>
                  ))}
                  <td className="num strong">{show(end)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted plan-note">{cells.length === 0 ? 'The plan does not act on any role.' : `${f.integer(cells.length)} roles. · means none.`}</p>
    </section>
  );
}
