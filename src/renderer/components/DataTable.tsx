// The table used by every list. Columns are data (id, header, cell renderer, sort key), so the
// later editable, virtualised grid can reuse the same definitions and the same header behaviour.
import type { ReactNode } from 'react';

export interface Column<R> {
  id: string;
  header: string;
  cell(row: R): ReactNode;
  /** The host's sortBy key; columns without one are not sortable. */
  sortKey?: string;
  /** Numbers align right and use tabular figures so columns of digits line up. */
  numeric?: boolean;
  /** CSS width, e.g. "8rem". */
  width?: string;
  /** Long text is cut with an ellipsis in single-line tables; the full text shows on hover. */
  truncate?: boolean;
  /** Plain text of the cell for the hover title of a truncated cell. */
  text?(row: R): string | null;
}

export interface SortState {
  by: string | undefined;
  dir: 'asc' | 'desc';
}

interface DataTableProps<R> {
  /** Names the table for assistive technology; shown as a visually hidden caption. */
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey(row: R): string | number;
  sort?: SortState;
  onSort?(sortKey: string): void;
  busy?: boolean;
  empty?: ReactNode;
  testId?: string;
  /** One line per row (long lists scan faster); the table scrolls sideways instead of wrapping. */
  singleLine?: boolean;
  /** Scroll inside the table with the header pinned (long lists keep their pager in view). */
  scroll?: boolean;
}

const ariaSort = (active: boolean, dir: 'asc' | 'desc') => (active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none');

export function DataTable<R>({ caption, columns, rows, rowKey, sort, onSort, busy, empty, testId, singleLine, scroll }: DataTableProps<R>) {
  const wrapClass = `table-wrap${scroll ? ' table-wrap--scroll' : ''}`;
  return (
    <div className={wrapClass} data-busy={busy || undefined}>
      <table className={`table${singleLine ? ' table--single-line' : ''}`} aria-busy={busy || undefined} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => {
              const sortable = Boolean(c.sortKey && onSort);
              const active = sortable && sort?.by === c.sortKey;
              return (
                <th
                  key={c.id}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={sortable ? ariaSort(active, sort?.dir ?? 'asc') : undefined}
                >
                  {sortable ? (
                    <button type="button" className="table__sort" onClick={() => onSort!(c.sortKey!)}>
                      <span>{c.header}</span>
                      <span className={`table__sort-icon${active ? ' is-active' : ''}`} aria-hidden="true">
                        {active ? (sort!.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {empty ?? 'No rows.'}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td
                    key={c.id}
                    className={[c.numeric ? 'num' : '', c.truncate ? 'truncate' : ''].join(' ').trim() || undefined}
                    title={c.truncate ? (c.text?.(row) ?? undefined) : undefined}
                  >
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
