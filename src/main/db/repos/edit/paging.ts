// Paging for the editable tables at 100,000 rows. A page is read in two steps: first the ids of
// the window, then the full rows of only those ids (with their labels and per-row counts).
// Computing per-row counts for every row just to sort them was what made deep pages slow.
// For the big table (people) whole orderings are cached as id arrays until their column
// changes: an unfiltered window is a slice, a filtered one a walk along the ordering keeping
// the ids the filter matched (no sort per request). Small tables sort in SQL.
import type { Page } from '../../../../shared/api-types';
import { AppError } from '../../../../shared/result';
import type { ReadableDB } from '../../types';

export interface WindowQuery {
  offset: number;
  limit: number;
  search?: string;
  sortBy?: string;
  sortDir: 'asc' | 'desc';
}

/** `LIKE` pattern for a search, with its wildcards escaped. */
export const likePattern = (s: string | undefined): string => `%${(s ?? '').trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
export const LIKE = `ESCAPE '\\'`;

export function sortColumn<C extends Record<string, string>>(sortBy: string | undefined, columns: C, fallback: keyof C & string): { key: keyof C & string; sql: string } {
  if (sortBy === undefined) return { key: fallback, sql: columns[fallback] };
  if (!Object.prototype.hasOwnProperty.call(columns, sortBy)) {
    const keys = Object.keys(columns).join(', ');
    throw new AppError('validation', `Cannot sort by ${sortBy}; sortable: ${keys}`, [{ path: 'sortBy', message: `not one of ${keys}` }]);
  }
  return { key: sortBy, sql: columns[sortBy] };
}

export interface WindowPlan {
  /** FROM ... WHERE ... shared by the count and the id query (joins only where needed). */
  from: string;
  params: Record<string, unknown>;
  /** ORDER BY expression; ties are broken by the id column. */
  order: string;
  idColumn: string;
}

/** The ids of one window and the total, in order, sorted by SQLite (the small tables). */
export function windowIds(db: ReadableDB, plan: WindowPlan, q: WindowQuery): { total: number; ids: number[] } {
  const dir = q.sortDir === 'desc' ? 'DESC' : 'ASC';
  const orderSql = `ORDER BY ${plan.order} ${dir}, ${plan.idColumn} ${dir}`;
  // The total rides along as a window count, so the filter is evaluated once, not twice.
  const rows = db
    .prepare(`SELECT ${plan.idColumn}, count(*) OVER () ${plan.from} ${orderSql} LIMIT @limit__ OFFSET @offset__`)
    .raw()
    .all({ ...plan.params, limit__: q.limit, offset__: q.offset }) as [number, number][];
  if (rows.length > 0) return { total: rows[0][1], ids: rows.map((r) => r[0]) };
  return { total: db.prepare(`SELECT count(*) ${plan.from}`).pluck().get(plan.params) as number, ids: [] };
}

/**
 * The window [offset, offset + limit) of `ordering` (ascending; read backwards for descending,
 * which is the exact reverse since ties are broken by id), keeping only `members` when given.
 */
export function windowOfOrdering(ordering: Int32Array, dir: 'asc' | 'desc', members: number[] | null, offset: number, limit: number): { total: number; ids: number[] } {
  const n = ordering.length;
  const at = (i: number) => ordering[dir === 'asc' ? i : n - 1 - i];
  if (!members) {
    const ids: number[] = [];
    for (let i = offset; i < Math.min(n, offset + limit); i++) ids.push(at(i));
    return { total: n, ids };
  }
  let max = 0;
  for (const id of members) if (id > max) max = id;
  const member = new Uint8Array(max + 1);
  for (const id of members) member[id] = 1;
  const ids: number[] = [];
  let seen = 0;
  for (let i = 0; i < n && ids.length < limit; i++) {
    const id = at(i);
    if (id <= max && member[id] === 1 && seen++ >= offset) ids.push(id);
  }
  return { total: members.length, ids };
}

/** Reads the rows of `ids` with `select` (which must yield an `id` column) and keeps their order. */
export function rowsInOrder<R extends { id: number }>(db: ReadableDB, select: string, ids: number[], params: Record<string, unknown> = {}): R[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(select).all({ ...params, ids: JSON.stringify(ids) }) as R[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is R => r !== undefined);
}

export function pageOf<R>(total: number, offset: number, rows: R[]): Page<R> {
  return { total, offset, rows };
}

/** Appends `cond` to a WHERE list when `when` holds. */
export function addWhere(where: string[], when: unknown, cond: string): void {
  if (when !== undefined && when !== null && when !== '') where.push(cond);
}

export const whereSql = (where: string[]): string => (where.length ? `WHERE ${where.join(' AND ')}` : '');
