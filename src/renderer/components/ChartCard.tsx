// A titled card around a chart. The chart itself is an image to assistive technology (named by
// `summary`); the same figures are in a visually hidden table so nothing is only visible.
import { useId, type ReactNode } from 'react';
import { WhyButton } from './WhyButton';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

interface ChartCardProps {
  title: string;
  /** One-sentence description of what the chart shows, read out instead of the drawing. */
  summary: string;
  table: ChartTable;
  why?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
  span?: 1 | 2;
}

export function ChartCard({ title, summary, table, why, actions, children, testId, span = 1 }: ChartCardProps) {
  const titleId = useId();
  return (
    <section className={`card chart-card chart-card--span-${span}`} aria-labelledby={titleId} data-testid={testId}>
      <header className="card__header">
        <h2 id={titleId} className="card__title">
          {title}
        </h2>
        <div className="card__tools">
          {actions}
          {why && <WhyButton label={title}>{why}</WhyButton>}
        </div>
      </header>
      <div className="chart-card__plot" role="img" aria-label={summary}>
        {children}
      </div>
      <ChartDataTable title={title} table={table} />
    </section>
  );
}

interface SegmentedProps<V extends string> {
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onChange(value: V): void;
}

/** A small switch between measures (headcount / FTE / cost) built from pressed buttons. */
export function Segmented<V extends string>({ label, value, options, onChange }: SegmentedProps<V>) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="segmented__option"
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** The chart's figures as a visually hidden table (first column: row headers). */
export function ChartDataTable({ title, table }: { title: string; table: ChartTable }) {
  // Tables ignore overflow clipping, so the visually hidden box is a wrapper around it.
  return (
    <div className="sr-only">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
