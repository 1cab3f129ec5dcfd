// Each program's return: people, skills closed, cost, and ROI = (avoided hiring + avoided
// severance + productivity gained) / cost, with the three terms shown and each figure explained,
// then the terms against the cost as a chart.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanProgramRow, PlanResult } from '../../../../shared/plan-types';
import { ChartCard } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { legendStyle, tickStyle, tooltipStyle } from '../../../lib/chart-style';
import { FigureWhy } from '../FigureWhy';

const ratio = (f: Formatter) => (v: number) => `${f.decimal(v, 2)}×`;

function Money({ value, label, figure, format: f }: { value: number; label: string; figure: PlanProgramRow['figures']['cost']; format: Formatter }) {
  return (
    <span className="plan-cell-why">
      <span className="num">{f.moneyCompact(value)}</span>
      <FigureWhy label={label} figure={figure} format={f} />
    </span>
  );
}

export function RoiTable({ result, format: f }: { result: PlanResult; format: Formatter }) {
  const theme = useChartTheme();
  const programs = [...result.programs].sort((a, b) => (b.roi ?? -1) - (a.roi ?? -1));
  const used = programs.filter((p) => p.people > 0);
  const objectiveName = new Map(result.objectives.map((o) => [o.objectiveId, o.name]));
  const chartRows = used.map((p) => ({ name: p.name, avoidedHiring: p.avoidedHiring, avoidedSeverance: p.avoidedSeverance, productivityGained: p.productivityGained, cost: p.cost }));
  const tip = tooltipStyle(theme);
  return (
    <>
      <section className="card chart-card--span-2" aria-labelledby="plan-roi-title" data-testid="roi-table">
        <header className="card__header">
          <h2 id="plan-roi-title" className="card__title">
            Programs: cost, people, skills closed and return
          </h2>
          <span className="muted">ROI = (avoided hiring + avoided severance + productivity gained) / cost</span>
        </header>
        <div className="table-wrap table-wrap--scroll">
          <table className="table">
            <caption className="sr-only">Return on each learning program</caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col" className="num">
                  People
                </th>
                <th scope="col">Skills closed (levels)</th>
                <th scope="col" className="num">
                  Cost
                </th>
                <th scope="col" className="num">
                  Avoided hiring
                </th>
                <th scope="col" className="num">
                  Avoided severance
                </th>
                <th scope="col" className="num">
                  Productivity gained
                </th>
                <th scope="col" className="num">
                  ROI
                </th>
                <th scope="col">Serves</th>
              </tr>
            </thead>
            <tbody>
              {programs.map((p) => (
                <tr key={p.programId} data-testid={`roi-${p.programId}`}>
                  <th scope="row" className="strong">
                    {p.name}
                  </th>
                  <td className="num">{f.integer(p.people)}</td>
                  <td>
                    {p.skillsClosed.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      <span title={p.skillsClosed.map((s) => `${s.skill}: ${s.levels}`).join(', ')}>
                        {f.integer(p.levelsClosed)} · {p.skillsClosed.slice(0, 3).map((s) => s.skill).join(', ')}
                        {p.skillsClosed.length > 3 && ` +${p.skillsClosed.length - 3}`}
                      </span>
                    )}
                  </td>
                  <td className="num">
                    <Money value={p.cost} label={`Cost of ${p.name}`} figure={p.figures.cost} format={f} />
                  </td>
                  <td className="num" data-testid="roi-avoided-hiring">
                    <Money value={p.avoidedHiring} label={`Avoided hiring, ${p.name}`} figure={p.figures.avoidedHiring} format={f} />
                  </td>
                  <td className="num" data-testid="roi-avoided-severance">
                    <Money value={p.avoidedSeverance} label={`Avoided severance, ${p.name}`} figure={p.figures.avoidedSeverance} format={f} />
                  </td>
                  <td className="num" data-testid="roi-productivity">
                    <Money value={p.productivityGained} label={`Productivity gained, ${p.name}`} figure={p.figures.productivityGained} format={f} />
                  </td>
                  <td className="num strong" data-testid="roi-value">
                    <span className="plan-cell-why">
                      <span>{p.roi === null ? '—' : ratio(f)(p.roi)}</span>
                      <FigureWhy label={`ROI of ${p.name}`} figure={p.figures.roi} format={f} show={ratio(f)} />
                    </span>
                  </td>
                  <td>{p.objectiveIds.length === 0 ? <span className="muted">not linked</span> : p.objectiveIds.map((id) => objectiveName.get(id) ?? `#${id}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {used.length > 0 && (
        <ChartCard
          title="Return against cost"
          testId="chart-roi"
          span={2}
          summary={used.map((p) => `${p.name}: return ${f.money(p.avoidedHiring + p.avoidedSeverance + p.productivityGained)} for ${f.money(p.cost)}`).join('; ')}
          table={{
            columns: ['Program', 'Avoided hiring', 'Avoided severance', 'Productivity gained', 'Cost', 'ROI'],
            rows: used.map((p) => [p.name, f.money(p.avoidedHiring), f.money(p.avoidedSeverance), f.money(p.productivityGained), f.money(p.cost), p.roi === null ? '—' : ratio(f)(p.roi)]),
          }}
        >
          <ResponsiveContainer width="100%" height={Math.max(200, used.length * 40 + 60)} initialDimension={{ width: 900, height: 300 }}>
            <BarChart data={chartRows} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false} barCategoryGap={8}>
              <CartesianGrid stroke={theme.grid} horizontal={false} />
              <XAxis type="number" tickFormatter={(v: number) => f.moneyCompact(v)} tick={tickStyle(theme)} axisLine={false} tickLine={false} />
              <YAxis type="category" dataKey="name" width={220} tick={tickStyle(theme)} axisLine={{ stroke: theme.axis }} tickLine={false} interval={0} />
              <Tooltip {...tip} cursor={{ fill: theme.cursor }} formatter={(v, n) => [f.money(Number(v)), n]} />
              <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
              <Bar dataKey="avoidedHiring" name="Avoided hiring" stackId="r" fill={theme.series[2]} isAnimationActive={false} />
              <Bar dataKey="avoidedSeverance" name="Avoided severance" stackId="r" fill={theme.series[4]} isAnimationActive={false} />
              <Bar dataKey="productivityGained" name="Productivity gained" stackId="r" fill={theme.series[1]} isAnimationActive={false} />
              <Bar dataKey="cost" name="Cost" fill={theme.series[6]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      )}
    </>
  );
}
