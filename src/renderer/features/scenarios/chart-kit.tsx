// The scenario charts' figure wrapper: the drawing is an image named by a one-sentence summary;
// the same figures sit in a visually hidden table. Styles: lib/chart-style.ts.
import type { ReactNode } from 'react';
import { ChartDataTable, type ChartTable } from '../../components/ChartCard';

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
