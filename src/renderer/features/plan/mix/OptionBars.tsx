// Horizontal bars of one figure per option (cost, FTE, before/after), each in its option's colour.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { tickStyle, tooltipStyle } from '../../../lib/chart-style';
import { optionColour, optionLabels, type MixSeries } from '../plan-labels';

export interface OptionValue {
  option: MixSeries;
  value: number;
  /** A second bar, e.g. the plan before a what-if. */
  before?: number;
}

export function OptionBars({ data, show, tick, name, beforeName }: { data: OptionValue[]; show(v: number): string; tick(v: number): string; name: string; beforeName?: string }) {
  const theme = useChartTheme();
  const rows = data.map((d) => ({ ...d, label: optionLabels[d.option] }));
  const height = Math.max(180, rows.length * (beforeName ? 44 : 30) + 40);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 520, height }}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false} barCategoryGap={6}>
        <CartesianGrid stroke={theme.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={tick} tick={tickStyle(theme)} axisLine={false} tickLine={false} />
        <YAxis type="category" dataKey="label" width={150} tick={tickStyle(theme)} axisLine={{ stroke: theme.axis }} tickLine={false} interval={0} />
        <Tooltip {...tooltipStyle(theme)} cursor={{ fill: theme.cursor }} formatter={(v, n) => [show(Number(v)), n]} />
        {beforeName && <Bar dataKey="before" name={beforeName} fill={theme.axis} maxBarSize={14} isAnimationActive={false} />}
        <Bar dataKey="value" name={name} maxBarSize={beforeName ? 14 : 22} radius={[0, 3, 3, 0]} isAnimationActive={false}>
          {rows.map((d) => (
            <Cell key={d.option} fill={theme.series[optionColour[d.option] % theme.series.length]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
