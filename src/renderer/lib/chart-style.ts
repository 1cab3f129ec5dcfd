// Tooltip, axis and legend styles of every recharts chart in the theme's colours, shared by the
// scenario and plan screens.
import type { ChartTheme } from './use-chart-theme';

export function tooltipStyle(theme: ChartTheme) {
  return {
    contentStyle: { background: theme.tooltipBg, border: `1px solid ${theme.tooltipBorder}`, borderRadius: 6, fontSize: 12 },
    labelStyle: { color: theme.text, fontWeight: 600 },
    itemStyle: { color: theme.text },
  };
}

export const tickStyle = (theme: ChartTheme) => ({ fill: theme.text, fontSize: 12 });

export const legendStyle = (theme: ChartTheme) => ({ fontSize: 12, color: theme.text });

/** Every n-th label on a time axis so about `fit` fit (full dates: 8; short period labels: 10). */
export const tickInterval = (points: number, fit = 8): number => Math.max(0, Math.ceil(points / fit) - 1);

/** Axis labels for FTE: whole numbers unless small, compact only when large (1.9k twice is no help). */
export const axisNumber = (f: { compact(n: number): string; integer(n: number): string; decimal(n: number, d?: number): string }) => (v: number) =>
  Math.abs(v) >= 10000 ? f.compact(v) : Math.abs(v) >= 100 ? f.integer(v) : f.decimal(v, 1);
