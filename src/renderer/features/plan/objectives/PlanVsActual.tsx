// Plan vs actual for one objective: the planned path (a straight line from the baseline at the
// plan's start to the target on the target date, as the API computes it) and the outcomes
// recorded since, as points.
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanObjectiveRow } from '../../../../shared/plan-types';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { legendStyle, tickStyle, tooltipStyle } from '../../../lib/chart-style';

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function planVsActualRows(o: PlanObjectiveRow, startDate: string) {
  const rows = [
    { t: time(startDate), planned: o.baseline as number | undefined, actual: undefined as number | undefined },
    ...o.outcomes.map((x) => ({ t: time(x.recordedOn), planned: x.planned, actual: x.value })),
    { t: time(o.targetDate), planned: o.target, actual: undefined },
  ];
  return rows.sort((a, b) => a.t - b.t);
}

export function PlanVsActual({ objective: o, startDate, format: f }: { objective: PlanObjectiveRow; startDate: string; format: Formatter }) {
  const theme = useChartTheme();
  const rows = planVsActualRows(o, startDate);
  const unit = o.unit ? ` ${o.unit}` : '';
  const latest = o.outcomes[o.outcomes.length - 1];
  const summary = latest
    ? `${o.metric}: planned ${f.decimal(latest.planned, 2)}${unit} on ${f.date(latest.recordedOn)}, actual ${f.decimal(latest.value, 2)}${unit}, ${latest.ahead >= 0 ? 'ahead of' : 'behind'} plan by ${f.decimal(Math.abs(latest.ahead), 2)}${unit}.`
    : `${o.metric}: planned from ${f.decimal(o.baseline, 2)}${unit} to ${f.decimal(o.target, 2)}${unit} by ${f.date(o.targetDate)}; no outcome recorded yet.`;
  return (
    <figure className="plan-pva" data-testid={`plan-vs-actual-${o.objectiveId}`}>
      <div role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 420, height: 200 }}>
          <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke={theme.grid} vertical={false} />
            <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(t: number) => f.date(new Date(t).toISOString().slice(0, 10))} tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} />
            <YAxis tick={tickStyle(theme)} tickLine={false} axisLine={false} width={48} domain={['auto', 'auto']} />
            <Tooltip {...tooltipStyle(theme)} labelFormatter={(t) => f.date(new Date(Number(t)).toISOString().slice(0, 10))} formatter={(v, n) => [`${f.decimal(Number(v), 2)}${unit}`, n]} />
            <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
            <Line dataKey="planned" name="Planned" stroke={theme.series[6]} strokeDasharray="5 4" dot={false} connectNulls isAnimationActive={false} />
            <Line dataKey="actual" name="Actual" stroke={theme.series[0]} strokeWidth={2} dot={{ r: 4, fill: theme.series[0], className: 'plan-pva__actual' }} connectNulls isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}
