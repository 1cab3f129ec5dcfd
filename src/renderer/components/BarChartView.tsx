// Bar charts drawn with recharts in the theme's palette. Horizontal bars suit long category
// names (org units, locations); vertical columns suit ordered bands (exposure 0-20%, 20-40% ...).
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartTheme } from '../lib/use-chart-theme';

export interface BarDatum {
  label: string;
  value: number;
}

interface BarChartViewProps {
  data: BarDatum[];
  /** Full value for the tooltip, e.g. "€1,234,567". */
  formatValue(v: number): string;
  /** Short value for the axis, e.g. "€1.2M". */
  formatTick(v: number): string;
  seriesName: string;
  orientation?: 'horizontal' | 'vertical';
  /** Colour each bar differently (categories) rather than one series colour. */
  multicolour?: boolean;
  colourIndex?: number;
}

const ROW_HEIGHT = 30;

export function BarChartView({
  data,
  formatValue,
  formatTick,
  seriesName,
  orientation = 'horizontal',
  multicolour = false,
  colourIndex = 0,
}: BarChartViewProps) {
  const theme = useChartTheme();
  const horizontal = orientation === 'horizontal';
  const height = horizontal ? Math.max(160, data.length * ROW_HEIGHT + 40) : 240;
  const tick = { fill: theme.text, fontSize: 12 };
  const longest = data.reduce((m, d) => Math.max(m, d.label.length), 0);
  // About 7px per character at 12px plus the tick gap; long names wrap onto two lines instead.
  const categoryWidth = Math.min(190, Math.max(72, longest * 7 + 18));
  const colour = (i: number) => theme.series[(multicolour ? i : colourIndex) % theme.series.length];

  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 520, height }}>
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
        barCategoryGap={horizontal ? 6 : '20%'}
      >
        <CartesianGrid stroke={theme.grid} horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" tickFormatter={formatTick} tick={tick} axisLine={false} tickLine={false} />
            <YAxis type="category" dataKey="label" width={categoryWidth} tick={tick} axisLine={{ stroke: theme.axis }} tickLine={false} interval={0} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="label" tick={tick} axisLine={{ stroke: theme.axis }} tickLine={false} interval={0} />
            <YAxis type="number" tickFormatter={formatTick} tick={tick} axisLine={false} tickLine={false} width={56} allowDecimals={false} />
          </>
        )}
        <Tooltip
          cursor={{ fill: theme.cursor, stroke: 'none' }}
          formatter={(v) => [formatValue(Number(v)), seriesName]}
          separator=": "
          contentStyle={{
            background: theme.tooltipBg,
            border: `1px solid ${theme.tooltipBorder}`,
            borderRadius: 6,
            fontSize: 12,
          }}
          labelStyle={{ color: theme.text, fontWeight: 600 }}
          itemStyle={{ color: theme.text }}
        />
        <Bar dataKey="value" name={seriesName} radius={horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0]} maxBarSize={horizontal ? 22 : 48} isAnimationActive={false}>
          {data.map((d, i) => (
            <Cell key={d.label} fill={colour(i)} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
