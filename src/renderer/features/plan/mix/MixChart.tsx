// The mix per period as stacked columns: build (upskill and reskill stacked apart, so the split
// shows), buy, borrow and bot above the axis, release below it, in FTE or cost, for one role or
// all. The same figures are in a visually hidden table.
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanResult } from '../../../../shared/plan-types';
import { ChartCard, Segmented } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { axisNumber, legendStyle, tickInterval, tickStyle, tooltipStyle } from '../../../lib/chart-style';
import { mixSeries, optionColour, optionLabels, periodLabel } from '../plan-labels';
import { usePlanView, type MixMeasure } from '../view';
import { mixByPeriod, mixTotals } from './mix-data';

export function MixChart({ result, cell, cellLabel, format: f }: { result: PlanResult; cell: string | null; cellLabel: string; format: Formatter }) {
  const theme = useChartTheme();
  const measure = usePlanView((s) => s.mixMeasure);
  const points = mixByPeriod(result, cell, measure).map((p) => ({ ...p, label: periodLabel(f, p.startDate) }));
  const totals = mixTotals(result, cell);
  const show = (v: number) => (measure === 'fte' ? `${f.decimal(v, 1)} FTE` : f.money(v));
  const sum = measure === 'fte' ? totals.fte : totals.cost;
  const summary = `${cellLabel}, ${measure === 'fte' ? 'FTE' : 'cost'} per period: ${mixSeries.map((s) => `${optionLabels[s].toLowerCase()} ${show(sum[s])}`).join(', ')} over the plan.`;
  const tip = tooltipStyle(theme);
  return (
    <ChartCard
      title={`Mix per period: ${cellLabel}`}
      testId="chart-mix"
      span={2}
      summary={summary}
      actions={
        <Segmented<MixMeasure>
          label="Measure of the mix"
          value={measure}
          options={[
            { value: 'fte', label: 'FTE' },
            { value: 'cost', label: 'Cost' },
          ]}
          onChange={usePlanView.getState().setMixMeasure}
        />
      }
      why={
        <p>
          Build and buy are FTE made effective in the period (learning completed, hires arrived); borrow is contractor FTE in use during it; bot is the demand automation absorbs by its end;
          release is FTE leaving in it, drawn below the axis. Costs are booked when incurred: learning when it starts, a hire at the requisition.
        </p>
      }
      table={{
        columns: ['Period', ...mixSeries.map((s) => optionLabels[s]), 'Demand (FTE)', 'Gap (FTE)'],
        rows: points.map((p) => [p.label, ...mixSeries.map((s) => show(s === 'release' ? -p[s] : p[s])), f.decimal(p.demand, 1), f.decimal(p.gap, 1)]),
      }}
    >
      <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 900, height: 300 }}>
        <BarChart data={points} stackOffset="sign" margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke={theme.grid} vertical={false} />
          <XAxis dataKey="label" tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} interval={tickInterval(points.length, 10)} />
          <YAxis tickFormatter={measure === 'fte' ? axisNumber(f) : (v: number) => f.moneyCompact(v)} tick={tickStyle(theme)} tickLine={false} axisLine={false} width={64} />
          <ReferenceLine y={0} stroke={theme.axis} />
          <Tooltip {...tip} formatter={(v, n) => [show(Math.abs(Number(v))), n]} />
          <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
          {mixSeries.map((s) => (
            <Bar key={s} dataKey={s} name={optionLabels[s]} stackId="mix" fill={theme.series[optionColour[s] % theme.series.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
