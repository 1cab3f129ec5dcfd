import { useId } from 'react';
import type { Formatter } from '../format';

interface PagerProps {
  total: number;
  offset: number;
  limit: number;
  shown: number;
  pageSizes: readonly number[];
  format: Formatter;
  /** What the rows are, for the count: "people", "roles". */
  noun: string;
  onOffset(offset: number): void;
  onLimit(limit: number): void;
}

export function Pager({ total, offset, limit, shown, pageSizes, format, noun, onOffset, onLimit }: PagerProps) {
  const sizeId = useId();
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  const first = total === 0 ? 0 : offset + 1;
  const last = offset + shown;
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <p className="pager__count num" role="status" data-testid="row-count">
        {total === 0
          ? `No ${noun}`
          : `${format.integer(first)}–${format.integer(last)} of ${format.integer(total)} ${noun}`}
      </p>
      <div className="pager__controls">
        <label htmlFor={sizeId} className="pager__size-label">
          Rows per page
        </label>
        <select id={sizeId} className="select select--small" value={limit} onChange={(e) => onLimit(Number(e.target.value))}>
          {pageSizes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="button" className="button button--ghost button--small" aria-label="First page" disabled={page <= 1} onClick={() => onOffset(0)}>
          «
        </button>
        <button type="button" className="button button--ghost button--small" disabled={page <= 1} onClick={() => onOffset(offset - limit)}>
          <span aria-hidden="true">‹</span> Previous
        </button>
        <span className="pager__page num">
          Page {format.integer(page)} of {format.integer(pages)}
        </span>
        <button type="button" className="button button--ghost button--small" disabled={page >= pages} onClick={() => onOffset(offset + limit)}>
          Next <span aria-hidden="true">›</span>
        </button>
        <button type="button" className="button button--ghost button--small" aria-label="Last page" disabled={page >= pages} onClick={() => onOffset((pages - 1) * limit)}>
          »
        </button>
      </div>
    </nav>
  );
}
