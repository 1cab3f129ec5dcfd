// The compared scenarios' organisation totals over time, overlaid: the net gap, and the cost
// per period (payroll plus hiring). Scenarios on different period grids line up by date.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ComparisonEntry } from '../../../../shared/scenario-types';
import { ChartCard } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { axisNumber, legendStyle, tickInterval, tickStyle, tooltipStyle } from '../../../lib/chart-style';

export const entryName = (e: ComparisonEntry) => (e.scenario.id === 'baseline' ? 'Baseline' : e.scenario.name);

/** One row per date of any entry, with each entry's value where it has one. */
export function overlay(entries: ComparisonEntry[], value: (e: ComparisonEntry, k: number) => number) {
  const dates = [...new Set(entries.flatMap((e) => e.dates))].sort();
  return dates.map((d) => {
    const row: Record<string, string | number | null> = { date: d };
    entries.forEach((e, i) => {
      const k = e.dates.indexOf(d);
      row[`s${i}`] = k < 0 ? null : value(e, k);
    });
    return row;
  });
}

function OverlayChart({ entries, data, unit, format: f }: { entries: ComparisonEntry[]; data: ReturnType<typeof overlay>; unit: 'fte' | 'money'; format: Formatter }) {
  const theme = useChartTheme();
  const tip = tooltipStyle(theme);
  const show = (v: number) => (unit === 'money' ? f.money(v) : `${f.decimal(v, 1)} FTE`);
  return (
    <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 560, height: 260 }}>
      <LineChart data={data} margin={{ top: 8, right: 28, bottom: 0, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke={theme.grid} vertical={false} />
        <XAxis dataKey="date" tickFormatter={(d: string) => f.date(d)} tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} interval={tickInterval(data.length)} />
        <YAxis tickFormatter={(v: number) => (unit === 'money' ? f.moneyCompact(v) : axisNumber(f)(v))} tick={tickStyle(theme)} tickLine={false} axisLine={false} width={64} domain={unit === 'money' ? ['auto', 'auto'] : undefined} />
        <Tooltip {...tip} labelFormatter={(d) => f.date(String(d))} formatter={(v, n) => [show(Number(v)), n]} />
        <Legend wrapperStyle={legendStyle(theme)} />
        {unit === 'fte' && <ReferenceLine y={0} stroke={theme.axis} />}
        {entries.map((e, i) => (
          <Line
            key={i}
            type="monotone"
            dataKey={`s${i}`}
            name={entryName(e)}
            stroke={e.scenario.id === 'baseline' ? theme.series[6] : theme.series[i % 6]}
            strokeWidth={2}
            strokeDasharray={e.scenario.id === 'baseline' ? '5 4' : undefined}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

export function CompareCharts({ entries, format: f }: { entries: ComparisonEntry[]; format: Formatter }) {
  const gap = overlay(entries, (e, k) => e.series.gap[k]);
  const cost = overlay(entries, (e, k) => e.series.payroll[k] + e.series.hiringCost[k]).slice(1);
  const last = (e: ComparisonEntry) => e.dates.length - 1;
  return (
    <div className="chart-grid">
      <ChartCard
        title="Net gap over time"
        testId="compare-gap-chart"
        summary={`Net gap (demand minus supply, FTE) at the horizon: ${entries.map((e) => `${entryName(e)} ${f.decimal(e.series.gap[last(e)], 1)}`).join('; ')}.`}
        table={{ columns: ['Date', ...entries.map(entryName)], rows: gap.map((r) => [f.date(String(r.date)), ...entries.map((_, i) => (r[`s${i}`] === null ? '—' : f.decimal(Number(r[`s${i}`]), 1)))]) }}
      >
        <OverlayChart entries={entries} data={gap} unit="fte" format={f} />
      </ChartCard>
      <ChartCard
        title="Cost per period"
        testId="compare-cost-chart"
        summary={`Payroll plus hiring cost per period; over the horizon: ${entries.map((e) => `${entryName(e)} ${f.moneyCompact(e.kpis.payroll + e.kpis.hiringCost)}`).join('; ')}.`}
        table={{ columns: ['Period ending', ...entries.map(entryName)], rows: cost.map((r) => [f.date(String(r.date)), ...entries.map((_, i) => (r[`s${i}`] === null ? '—' : f.money(Number(r[`s${i}`]))))]) }}
      >
        <OverlayChart entries={entries} data={cost} unit="money" format={f} />
      </ChartCard>
    </div>
  );
}
