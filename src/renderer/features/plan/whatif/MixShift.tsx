// The mix shift of a what-if: each option's FTE and cost in the plan as run and with the
// what-if, side by side, with the difference; the people recommendations likewise.
import { useState } from 'react';
import type { PlanResult } from '../../../../shared/plan-types';
import { ChartCard, Segmented } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { mixTotals } from '../mix/mix-data';
import { OptionBars } from '../mix/OptionBars';
import { mixSeries, optionLabels, signed } from '../plan-labels';

export function MixShift({ before, after, active, format: f }: { before: PlanResult; after: PlanResult; active: boolean; format: Formatter }) {
  const [measure, setMeasure] = useState<'cost' | 'fte'>('cost');
  const b = mixTotals(before, null);
  const a = mixTotals(after, null);
  const pick = (t: typeof a, s: (typeof mixSeries)[number]) => (measure === 'fte' ? t.fte[s] : t.cost[s]);
  const show = (v: number) => (measure === 'fte' ? `${f.decimal(v, 1)} FTE` : f.money(v));
  const people: [string, number, number][] = [
    ['Upskilled', before.peopleSummary.upskill, after.peopleSummary.upskill],
    ['Reskilled', before.peopleSummary.reskill, after.peopleSummary.reskill],
    ['No action', before.peopleSummary.none, after.peopleSummary.none],
    ['At risk', before.peopleSummary.atRisk, after.peopleSummary.atRisk],
    ['Released', before.peopleSummary.release, after.peopleSummary.release],
  ];
  const data = mixSeries.map((s) => ({ option: s, value: pick(a, s), before: pick(b, s) }));
  const summary = active
    ? `With the what-if: ${mixSeries.map((s) => `${optionLabels[s].toLowerCase()} ${signed(pick(a, s) - pick(b, s), show)}`).join(', ')}; total cost ${signed(after.totals.cost - before.totals.cost, (v) => f.money(v))}.`
    : 'No what-if applied: the plan as run is shown.';
  return (
    <div className="chart-grid">
      <ChartCard
        title="Mix shift"
        testId="mix-shift"
        summary={summary}
        actions={
          <Segmented<'cost' | 'fte'>
            label="Measure of the shift"
            value={measure}
            options={[
              { value: 'cost', label: 'Cost' },
              { value: 'fte', label: 'FTE' },
            ]}
            onChange={setMeasure}
          />
        }
        table={{ columns: ['Option', 'Plan as run', 'With the what-if', 'Change'], rows: data.map((d) => [optionLabels[d.option], show(d.before), show(d.value), signed(d.value - d.before, show)]) }}
      >
        <OptionBars data={data} show={show} tick={measure === 'fte' ? (v) => f.decimal(v, 0) : (v) => f.moneyCompact(v)} name="With the what-if" beforeName="Plan as run" />
      </ChartCard>
      <section className="card" aria-labelledby="plan-shift-table-title">
        <header className="card__header">
          <h2 id="plan-shift-table-title" className="card__title">
            Before and after
          </h2>
        </header>
        <table className="table" data-testid="shift-table">
          <caption className="sr-only">Each option and recommendation in the plan as run and with the what-if</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col" className="num">
                As run
              </th>
              <th scope="col" className="num">
                What-if
              </th>
              <th scope="col" className="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {mixSeries.map((s) => (
              <tr key={s} data-testid={`shift-${s}`}>
                <th scope="row">{optionLabels[s]}</th>
                <td className="num">{show(pick(b, s))}</td>
                <td className="num">{show(pick(a, s))}</td>
                <td className="num strong">{signed(pick(a, s) - pick(b, s), show)}</td>
              </tr>
            ))}
            <tr data-testid="shift-total">
              <th scope="row">Total cost</th>
              <td className="num">{f.money(before.totals.cost)}</td>
              <td className="num">{f.money(after.totals.cost)}</td>
              <td className="num strong">{signed(after.totals.cost - before.totals.cost, (v) => f.money(v))}</td>
            </tr>
            {people.map(([label, x, y]) => (
              <tr key={label}>
                <th scope="row">{label} (people)</th>
                <td className="num">{f.integer(x)}</td>
                <td className="num">{f.integer(y)}</td>
                <td className="num strong">{signed(y - x, (v) => f.integer(v))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
