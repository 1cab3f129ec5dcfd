// Live preview of an automation change's adoption: the share of exposed work absorbed month by
// month (S-curve with its midpoint, or linear to the target by a date) and, below it, the share
// actually realised. Recomputed on every slider move, with the engine's formulas (curves.ts).
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AutomationChange } from '../../../../shared/domain/scenario';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { ChartFigure } from '../chart-kit';
import { legendStyle, tickInterval, tickStyle, tooltipStyle } from '../../../lib/chart-style';
import { addMonths, linearAdoption, monthsBetween, sCurve } from './curves';

export function adoptionSeries(ch: AutomationChange, startDate: string, months: number) {
  const a = ch.adoption;
  const lin = a.curve === 'linear' ? { start: monthsBetween(startDate, a.startDate), end: monthsBetween(startDate, a.byDate) } : null;
  return Array.from({ length: months + 1 }, (_, t) => {
    const adoption = a.curve === 's-curve' ? sCurve(t, a.target, a.midpointMonths, a.steepness) : linearAdoption(t, a.target, lin!.start, lin!.end);
    return { t, date: addMonths(startDate, t), adoption, realised: adoption * ch.realisation };
  });
}

export function AdoptionPreview({ change, startDate, horizonMonths, format: f }: { change: AutomationChange; startDate: string; horizonMonths: number; format: Formatter }) {
  const theme = useChartTheme();
  const a = change.adoption;
  const marker = a.curve === 's-curve' ? a.midpointMonths : monthsBetween(startDate, a.byDate);
  // Show the horizon, and beyond it when the curve only gets going later (capped at ten years).
  const months = Math.min(120, Math.max(horizonMonths, Math.ceil(marker * (a.curve === 's-curve' ? 2 : 1.1))));
  const data = adoptionSeries(change, startDate, months);
  const atHorizon = data[Math.min(horizonMonths, months)];
  const summary =
    `${a.curve === 's-curve' ? `S-curve to ${f.percent(a.target, 0)}, midpoint month ${f.decimal(a.midpointMonths, 1)}, steepness ${f.fixed(a.steepness, 2)}` : `Linear to ${f.percent(a.target, 0)} from ${f.date(a.startDate)} by ${f.date(a.byDate)}`}; ` +
    `at the horizon ${f.percent(atHorizon.adoption, 0)} adopted, ${f.percent(atHorizon.realised, 0)} realised.`;
  const step = Math.max(1, Math.round(months / 12));
  const tip = tooltipStyle(theme);
  return (
    <ChartFigure
      title="Adoption curve"
      summary={summary}
      testId={`adoption-preview-${change.id}`}
      table={{
        columns: ['Month', 'Date', 'Adopted', 'Realised'],
        rows: data.filter((d) => d.t % step === 0).map((d) => [d.t, f.date(d.date), f.percent(d.adoption, 1), f.percent(d.realised, 1)]),
      }}
    >
      <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 420, height: 200 }}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={theme.grid} vertical={false} />
          <XAxis dataKey="t" type="number" domain={[0, months]} tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} tickFormatter={(t: number) => `M${t}`} interval={tickInterval(months)} />
          <YAxis domain={[0, 1]} tickFormatter={(v: number) => f.percent(v, 0)} tick={tickStyle(theme)} tickLine={false} axisLine={false} width={44} />
          <Tooltip {...tip} labelFormatter={(t) => `Month ${t} (${f.date(addMonths(startDate, Number(t)))})`} formatter={(v, name) => [f.percent(Number(v), 1), name]} />
          <Legend wrapperStyle={legendStyle(theme)} />
          <ReferenceLine x={horizonMonths} stroke={theme.axis} strokeDasharray="4 3" label={{ value: 'horizon', fill: theme.text, fontSize: 11, position: 'insideTopRight' }} />
          {marker > 0 && marker <= months && (
            <ReferenceLine x={marker} stroke={theme.series[2]} strokeDasharray="2 3" label={{ value: a.curve === 's-curve' ? 'midpoint' : 'target date', fill: theme.text, fontSize: 11, position: 'insideTopRight' }} />
          )}
          <Line type="monotone" dataKey="adoption" name="Adopted (share of exposed work)" stroke={theme.series[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="realised" name="Realised (x realisation)" stroke={theme.series[1]} strokeWidth={2} strokeDasharray="5 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
