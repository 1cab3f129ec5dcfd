// What an exportable table is: typed columns and rows read in pages. Reading in pages (keyset
// pagination, each page one finished query) leaves no statement open while the writers wait
// for their output streams, so other API calls on the same connection keep working during a
// long export, and 2.5 million proficiencies never sit in memory at once.
import type { EngagementSettings } from '../../../shared/domain/settings';
import type { ReadableDB } from '../../db/types';

/** How a column is written: numbers and dates keep their type in XLSX; text may be neutralised. */
export type ColumnType = 'text' | 'number' | 'date' | 'boolean';

export interface ExportColumn {
  header: string;
  type: ColumnType;
}

export type Cell = string | number | boolean | null;

export interface ExportTable {
  /** Used for the file and sheet name. */
  title: string;
  columns: ExportColumn[];
  /** Row count, for progress; may be an estimate. */
  count: number;
  pages(): Iterable<Cell[][]>;
}

export interface BuildOptions {
  /** False (the default): people appear only by their stable pseudonym. */
  identified: boolean;
  settings: EngagementSettings;
}

export interface TableSpec {
  name: string;
  label: string;
  description: string;
  /** Holds data about people: pseudonymised unless `identified`. */
  personal: boolean;
  kind: 'data' | 'analysis';
  build(db: ReadableDB, options: BuildOptions): ExportTable;
}

export const PAGE_SIZE = 5000;

export interface PagedQuery {
  /**
   * A SELECT whose first `keys` columns are the ordering key (not exported), with the literal
   * `{after}` in its WHERE clause and ORDER BY the key columns. `{after}` becomes `1` on the first
   * page and `(k1, ...) > (?, ...)` afterwards (SQLite row values).
   */
  sql: string;
  keys: string[];
  params?: Record<string, unknown>;
}

export function* pagedRows(db: ReadableDB, q: PagedQuery, pageSize = PAGE_SIZE): Generator<Cell[][]> {
  const first = db.prepare(q.sql.replace('{after}', '1')).raw();
  const next = db.prepare(q.sql.replace('{after}', `(${q.keys.join(', ')}) > (${q.keys.map((_, i) => `@__k${i}`).join(', ')})`)).raw();
  const n = q.keys.length;
  let page = first.all({ ...q.params, __limit: pageSize }) as unknown[][];
  while (page.length > 0) {
    yield page.map((r) => r.slice(n) as Cell[]);
    if (page.length < pageSize) return;
    const last = page[page.length - 1];
    const keys = Object.fromEntries(q.keys.map((_, i) => [`__k${i}`, last[i]]));
    page = next.all({ ...q.params, ...keys, __limit: pageSize }) as unknown[][];
  }
}

export function countOf(db: ReadableDB, sql: string, params: Record<string, unknown> = {}): number {
  return (db.prepare(sql).get(params) as { n: number }).n;
}

/** A table computed in memory (roll-ups): one page. */
export function inMemoryTable(title: string, columns: ExportColumn[], rows: Cell[][]): ExportTable {
  return { title, columns, count: rows.length, pages: () => [rows] };
}
