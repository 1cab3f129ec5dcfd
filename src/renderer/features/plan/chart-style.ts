// Tooltip, axis and legend styles of the plan charts in the theme's colours.
import type { Formatter } from '../../format';
import type { ChartTheme } from '../../lib/use-chart-theme';

export function tooltipStyle(theme: ChartTheme) {
  return {
    contentStyle: { background: theme.tooltipBg, border: `1px solid ${theme.tooltipBorder}`, borderRadius: 6, fontSize: 12 },
    labelStyle: { color: theme.text, fontWeight: 600 },
    itemStyle: { color: theme.text },
  };
}

export const tickStyle = (theme: ChartTheme) => ({ fill: theme.text, fontSize: 12 });
export const legendStyle = (theme: ChartTheme) => ({ fontSize: 12, color: theme.text });

/** Every n-th label on a period axis so about ten fit. */
export const tickInterval = (points: number): number => Math.max(0, Math.ceil(points / 10) - 1);

/** Axis labels for FTE: one decimal when small, whole numbers, compact when large. */
export const axisFte = (f: Formatter) => (v: number) => (Math.abs(v) >= 10000 ? f.compact(v) : Math.abs(v) >= 100 ? f.integer(v) : f.decimal(v, 1));
