// Shared pieces of the scenario charts: the figure wrapper (the drawing is an image named by a
// one-sentence summary; the same figures sit in a visually hidden table), and the tooltip, axis
// and legend styles in the theme's colours.
import type { ReactNode } from 'react';
import { ChartDataTable, type ChartTable } from '../../components/ChartCard';
import type { ChartTheme } from '../../lib/use-chart-theme';

interface ChartFigureProps {
  title: string;
  summary: string;
  table: ChartTable;
  children: ReactNode;
  testId?: string;
  className?: string;
}

export function ChartFigure({ title, summary, table, children, testId, className }: ChartFigureProps) {
  return (
    <figure className={`sc-figure ${className ?? ''}`} data-testid={testId}>
      <figcaption className="sc-figure__title">{title}</figcaption>
      <div className="sc-figure__plot" role="img" aria-label={summary}>
        {children}
      </div>
      <ChartDataTable title={title} table={table} />
    </figure>
  );
}

export function tooltipStyle(theme: ChartTheme) {
  return {
    contentStyle: { background: theme.tooltipBg, border: `1px solid ${theme.tooltipBorder}`, borderRadius: 6, fontSize: 12 },
    labelStyle: { color: theme.text, fontWeight: 600 },
    itemStyle: { color: theme.text },
  };
}

export const tickStyle = (theme: ChartTheme) => ({ fill: theme.text, fontSize: 12 });

export const legendStyle = (theme: ChartTheme) => ({ fontSize: 12, color: theme.text });

/** Every n-th label on a date axis so about eight fit. */
export const tickInterval = (points: number): number => Math.max(0, Math.ceil(points / 8) - 1);

/** Axis labels for FTE: whole numbers unless small, compact only when large (1.9k twice is no help). */
export const axisNumber = (f: { compact(n: number): string; integer(n: number): string; decimal(n: number, d?: number): string }) => (v: number) =>
  Math.abs(v) >= 10000 ? f.compact(v) : Math.abs(v) >= 100 ? f.integer(v) : f.decimal(v, 1);
