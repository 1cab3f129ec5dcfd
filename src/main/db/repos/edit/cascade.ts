// What deleting a record takes with it, read from the schema's own foreign keys (so tables
// added by later migrations are covered without a list to maintain): ON DELETE CASCADE rows
// are captured whole (and their own dependants, recursively), ON DELETE SET NULL references
// are remembered. A snapshot restores exactly: the rows go back with their ids, parents first,
// and the cleared references are set again where nobody has changed them since.
import { z } from 'zod';
import { AppError } from '../../../../shared/result';
import type { ReadableDB, WritableDB } from '../../types';
import type { Row, SqlValue } from './records';

interface Edge {
  child: string;
  column: string;
  parentColumn: string;
  onDelete: string;
}

interface Graph {
  children: Map<string, Edge[]>;
  columns: Map<string, string[]>;
  primaryKeys: Map<string, string[]>;
}

const graphs = new WeakMap<object, Graph>();
/** Tables a snapshot may never write, whatever the audit row says. */
const PROTECTED = new Set(['engagement', 'settings', 'audit_log']);

function graphOf(db: ReadableDB): Graph {
  const known = graphs.get(db);
  if (known) return known;
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
  const g: Graph = { children: new Map(), columns: new Map(), primaryKeys: new Map() };
  for (const t of tables) {
    const info = db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(t) as { name: string; pk: number }[];
    g.columns.set(t, info.map((c) => c.name));
    g.primaryKeys.set(t, info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name));
    const fks = db.prepare(`SELECT "table" AS parent, "from" AS col, "to" AS parentCol, on_delete AS onDelete FROM pragma_foreign_key_list(?)`).all(t) as {
      parent: string;
      col: string;
      parentCol: string | null;
      onDelete: string;
    }[];
    for (const fk of fks) {
      const list = g.children.get(fk.parent) ?? [];
      list.push({ child: t, column: fk.col, parentColumn: fk.parentCol ?? 'id', onDelete: fk.onDelete.toUpperCase() });
      g.children.set(fk.parent, list);
    }
  }
  graphs.set(db, g);
  return g;
}

export const Snapshot = z.object({
  rows: z.array(z.object({ table: z.string(), rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))) })),
  unlinked: z.array(
    z.object({ table: z.string(), column: z.string(), value: z.union([z.string(), z.number()]), keys: z.array(z.record(z.string(), z.union([z.string(), z.number()]))) }),
  ),
});
export type Snapshot = z.infer<typeof Snapshot>;

const ids = (values: SqlValue[]) => JSON.stringify([...new Set(values.filter((v) => v !== null))]);

/** Captures the rows matching `where` in `table` and everything their deletion would touch. */
export function capture(db: ReadableDB, table: string, where: Row): Snapshot {
  const g = graphOf(db);
  const snap: Snapshot = { rows: [], unlinked: [] };
  const seen = new Set<string>();
  const pkOf = (t: string, r: Row) => `${t}|${(g.primaryKeys.get(t) ?? []).map((c) => r[c]).join('|')}`;

  const visit = (t: string, rows: Row[]) => {
    const fresh = rows.filter((r) => !seen.has(pkOf(t, r)));
    if (fresh.length === 0) return;
    fresh.forEach((r) => seen.add(pkOf(t, r)));
    snap.rows.push({ table: t, rows: fresh });
    for (const e of g.children.get(t) ?? []) {
      const values = ids(fresh.map((r) => r[e.parentColumn]));
      if (values === '[]') continue;
      const children = db.prepare(`SELECT * FROM ${e.child} WHERE ${e.column} IN (SELECT value FROM json_each(?))`).all(values) as Row[];
      if (children.length === 0) continue;
      if (e.onDelete === 'CASCADE') {
        visit(e.child, children);
      } else if (e.onDelete === 'SET NULL') {
        const pk = g.primaryKeys.get(e.child) ?? [];
        const byValue = new Map<SqlValue, Row[]>();
        for (const c of children) {
          if (seen.has(pkOf(e.child, c))) continue;
          const list = byValue.get(c[e.column]) ?? [];
          list.push(Object.fromEntries(pk.map((k) => [k, c[k]])));
          byValue.set(c[e.column], list);
        }
        for (const [value, keys] of byValue) {
          if (value !== null) snap.unlinked.push({ table: e.child, column: e.column, value, keys: keys as Record<string, string | number>[] });
        }
      } else {
        throw new AppError('conflict', `This record is still used by ${children.length} row(s) of ${e.child}; remove those first.`, { table: e.child });
      }
    }
  };

  const cols = Object.keys(where);
  const rows = db.prepare(`SELECT * FROM ${table} WHERE ${cols.map((c) => `${c} = @${c}`).join(' AND ')}`).all(where) as Row[];
  visit(table, rows);
  return snap;
}

/** Checks that a snapshot (read back from the audit log) only names real tables and columns. */
function checkShape(db: ReadableDB, snap: Snapshot): void {
  const g = graphOf(db);
  const bad = (what: string) => new AppError('bad-file', `The deleted record cannot be restored: its snapshot names ${what}.`);
  for (const group of snap.rows) {
    const cols = g.columns.get(group.table);
    if (!cols || PROTECTED.has(group.table)) throw bad(`an unknown table ${group.table}`);
    for (const r of group.rows) for (const c of Object.keys(r)) if (!cols.includes(c)) throw bad(`an unknown column ${group.table}.${c}`);
  }
  for (const u of snap.unlinked) {
    const cols = g.columns.get(u.table);
    if (!cols || PROTECTED.has(u.table) || !cols.includes(u.column)) throw bad(`an unknown reference ${u.table}.${u.column}`);
    for (const k of u.keys) for (const c of Object.keys(k)) if (!cols.includes(c)) throw bad(`an unknown key ${u.table}.${c}`);
  }
}

/** Puts a snapshot back: rows with their ids (parents first), then the cleared references. */
export function restoreSnapshot(db: WritableDB, snap: Snapshot): void {
  checkShape(db, snap);
  for (const group of snap.rows) {
    for (const r of group.rows) {
      const cols = Object.keys(r);
      db.prepare(`INSERT INTO ${group.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(r);
    }
  }
  for (const u of snap.unlinked) {
    for (const k of u.keys) {
      const where = Object.keys(k).map((c) => `${c} = @k_${c}`).join(' AND ');
      const params = Object.fromEntries(Object.entries(k).map(([c, v]) => [`k_${c}`, v]));
      // Only where the reference is still cleared: a later, deliberate change is kept.
      db.prepare(`UPDATE ${u.table} SET ${u.column} = @value WHERE ${where} AND ${u.column} IS NULL`).run({ ...params, value: u.value });
    }
  }
}

/** Tables a snapshot touches, for cache invalidation. */
export const snapshotTables = (snap: Snapshot): string[] => [...new Set([...snap.rows.map((r) => r.table), ...snap.unlinked.map((u) => u.table)])];

/** Human names of cascaded tables for the delete confirmation. */
const tableLabels: Record<string, string> = {
  proficiencies: 'proficiencies',
  role_requirements: 'role requirements',
  program_skills: 'program skill links',
  objective_programs: 'objective links',
  tasks: 'tasks',
  role_exposures: 'exposure figures',
  employees: 'people',
  roles: 'roles',
  location_time_to_fill: 'time-to-fill figures',
  role_transitions: 'transition rates',
  workforce_moves: 'workforce moves',
};
export const tableLabel = (t: string): string => tableLabels[t] ?? t.replace(/_/g, ' ');
