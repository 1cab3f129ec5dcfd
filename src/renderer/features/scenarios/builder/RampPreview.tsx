// Live preview of a new market's headcount ramp: FTE wanted per role month by month from the
// launch date (linear, S-curve or a step), stacked, with the share expected from internal
// transfers stated. Same formulas as the engine (curves.ts).
import { Area, AreaChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { NewMarketChange } from '../../../../shared/domain/scenario';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { ChartFigure } from '../chart-kit';
import { axisNumber, legendStyle, tickInterval, tickStyle, tooltipStyle } from '../../../lib/chart-style';
import type { ScenarioRefs } from '../refs';
import { addMonths, monthsBetween, rampShare } from './curves';

export function rampSeries(ch: NewMarketChange, startDate: string, months: number) {
  const launch = monthsBetween(startDate, ch.launchDate);
  return Array.from({ length: months + 1 }, (_, t) => {
    const row: Record<string, number | string> = { t, date: addMonths(startDate, t) };
    let total = 0;
    ch.ramp.forEach((r, i) => {
      const v = r.target * rampShare(r.curve, t, launch, r.rampMonths);
      row[`r${i}`] = v;
      total += v;
    });
    row.total = total;
    return row;
  });
}

export function RampPreview({ change, startDate, horizonMonths, refs, format: f }: { change: NewMarketChange; startDate: string; horizonMonths: number; refs: ScenarioRefs; format: Formatter }) {
  const theme = useChartTheme();
  const launch = monthsBetween(startDate, change.launchDate);
  const end = Math.max(0, ...change.ramp.map((r) => launch + (r.curve === 'step' ? 0 : r.rampMonths)));
  const months = Math.min(120, Math.max(horizonMonths, Math.ceil(end) + 1));
  const data = rampSeries(change, startDate, months);
  const last = data[Math.min(horizonMonths, months)];
  const target = change.ramp.reduce((a, r) => a + r.target, 0);
  const names = change.ramp.map((r) => refs.name('roles', r.roleId));
  const summary = `${f.decimal(target, 1)} FTE wanted across ${change.ramp.length} roles from ${f.date(change.launchDate)}; ${f.decimal(Number(last.total), 1)} FTE by the horizon, about ${f.percent(change.internalShare, 0)} of it by internal transfers.`;
  const step = Math.max(1, Math.round(months / 12));
  const tip = tooltipStyle(theme);
  return (
    <ChartFigure
      title="Headcount ramp"
      summary={summary}
      testId={`ramp-preview-${change.id}`}
      table={{
        columns: ['Month', 'Date', ...names, 'Total FTE'],
        rows: data.filter((d) => Number(d.t) % step === 0).map((d) => [Number(d.t), f.date(String(d.date)), ...change.ramp.map((_, i) => f.decimal(Number(d[`r${i}`]), 1)), f.decimal(Number(d.total), 1)]),
      }}
    >
      <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 420, height: 220 }}>
        <AreaChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={theme.grid} vertical={false} />
          <XAxis dataKey="t" type="number" domain={[0, months]} tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} tickFormatter={(t: number) => `M${t}`} interval={tickInterval(months)} />
          <YAxis tickFormatter={axisNumber(f)} tick={tickStyle(theme)} tickLine={false} axisLine={false} width={44} />
          <Tooltip {...tip} labelFormatter={(t) => `Month ${t} (${f.date(addMonths(startDate, Number(t)))})`} formatter={(v, name) => [`${f.decimal(Number(v), 1)} FTE`, name]} />
          <Legend wrapperStyle={legendStyle(theme)} />
          {launch >= 0 && launch <= months && <ReferenceLine x={launch} stroke={theme.series[2]} strokeDasharray="2 3" label={{ value: 'launch', fill: theme.text, fontSize: 11, position: 'insideTopRight' }} />}
          <ReferenceLine x={horizonMonths} stroke={theme.axis} strokeDasharray="4 3" label={{ value: 'horizon', fill: theme.text, fontSize: 11, position: 'insideTopRight' }} />
          {change.ramp.map((r, i) => (
            <Area
              key={`${r.roleId}-${i}`}
              type="linear"
              dataKey={`r${i}`}
              name={names[i]}
              stackId="ramp"
              stroke={theme.series[i % theme.series.length]}
              fill={theme.series[i % theme.series.length]}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
