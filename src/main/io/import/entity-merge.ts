// The merge engine for every kind except proficiencies (which stream, see proficiencies.ts).
// Records are small in number (at most hundreds of thousands), so the whole file is read and
// checked before anything is written: values, duplicate keys, references to other kinds, and
// references within the kind (managers, parent units) that may point forward in the file.
// Then the diff against the existing rows (added / changed field by field / removed in scope)
// is computed, and - in a commit with nothing blocking - written in the caller's transaction.
import type { Statement } from 'better-sqlite3';
import type { DiffEntry, FieldChange } from '../../../shared/import-types';
import { audit } from '../../db/repos/audit';
import { convertRow } from './entity-convert';
import type { Converted, EntityKind, ExistingRow } from './entity-kind';
import { DroppedIndexes, isBulk } from './bulk-indexes';
import { BLOCK_SHIFT, isReaderBlock, type RemoteConversions } from './reader-thread';
import { CREATED_NOTES, type RefTarget } from './refs';
import { shown, type Scalar } from './report';
import type { RunContext } from './run-context';
import { cellText } from './values';

const BLOCK_MASK = (1 << BLOCK_SHIFT) - 1;

interface Rec extends Converted {
  row: number;
  bad: boolean;
  stub?: boolean;
  ex?: ExistingRow;
  /** Reference fields resolved to ids (placeholders < 0 until created). */
  ids: Record<string, number | null>;
  selfTarget?: Rec | ExistingRow | null;
  changes?: FieldChange[];
  newId?: number;
}

/** Audit rows per changed record are kept below this, so a huge re-import stays quick. */
const AUDIT_ROWS = 100_000;

/**
 * `remote`: for a big file, the reader thread's conversions of every other block of rows
 * (reader-thread.ts); this thread converts the rest, and both run at once.
 */
export function runEntityImport(k: EntityKind, ctx: RunContext, remote: RemoteConversions | null = null): void {
  const { report, reader } = ctx;
  const existing = k.load(ctx);
  const recs: Rec[] = [];
  // The first record of each key: duplicates are found here, and links within the kind resolve through it.
  const firstRec = new Map<string, Rec>();
  const keyHeader = reader.header(k.keyField(ctx));
  let index = 0;

  ctx.source.forEachRow(
    (cells, row) => {
      ctx.tick();
      report.counts.rows++;
      reader.set(cells, row);
      let c: Converted | null;
      const done = remote && isReaderBlock(index) ? remote.tryTake(row) : null;
      if (remote && (index & BLOCK_MASK) === 0) remote.position(index);
      index++;
      if (done) {
        for (const i of done.issues ?? []) report.issue(i.row, i.column, i.value, i.problem, i.code);
        reader.bad = done.issues !== null;
        c = done.rec;
        if (c?.learned) ctx.pseudo.feed(c.learned);
      } else {
        c = convertRow(k, ctx, reader);
      }
      if (!c) return;
      const rec = c as Rec;
      const dup = firstRec.get(c.key);
      if (dup !== undefined) {
        const text = cellText(reader.raw(k.keyField(ctx)) ?? null);
        report.issue(row, keyHeader, text, `duplicate: ${text} is also on row ${dup.row}`, 'duplicate-id');
        reader.bad = true;
      } else firstRec.set(c.key, rec);
      rec.row = row;
      rec.bad = reader.bad;
      rec.ids = {};
      recs.push(rec);
    },
    (done) => ctx.progress(done),
  );

  const fail = (rec: Rec, field: string, value: unknown, problem: string, code: Parameters<typeof report.issue>[4]) => {
    report.issue(rec.row, reader.header(field), value, problem, code);
    rec.bad = true;
  };

  const matchedBy = new Map<ExistingRow, Rec>();
  for (const rec of recs) {
    if (rec.bad) continue;
    let ex = existing.byKey.get(rec.key);
    for (let i = 0; !ex && i < rec.aliases.length; i++) ex = existing.byKey.get(rec.aliases[i]);
    const other = ex && matchedBy.get(ex);
    if (ex && other) {
      fail(rec, k.keyField(ctx), rec.label, `duplicate: matches the same stored ${k.entity} as row ${other.row} (${ex.label})`, 'duplicate-id');
      continue;
    }
    if (ex) {
      rec.ex = ex;
      matchedBy.set(ex, rec);
      continue;
    }
    for (const req of k.requiredForNew ?? []) {
      const v = rec.values[req.field];
      if (v === null || v === undefined) {
        fail(rec, req.mappingField, null, `${req.label} is required for a new ${k.entity} (${rec.label} is not in the engagement yet)`, 'required');
      }
    }
  }

  // References to other kinds: resolve now, create (with createMissing) only once the row stands.
  const planned: { rec: Rec; field: string; target: RefTarget; text: string }[] = [];
  for (const rec of recs) {
    if (rec.bad) continue;
    for (const rf of k.refFields) {
      const text = rec.refs[rf.field];
      if (text === undefined) continue;
      if (text === null) {
        rec.ids[rf.field] = null;
        continue;
      }
      const idx = ctx.refs(rf.target);
      const res = idx.resolve(text);
      if (res && 'id' in res) rec.ids[rf.field] = res.id;
      else if (res) fail(rec, rf.mappingField, text, `${res.ambiguous.length} ${idx.noun}s are called "${text}": use the ${idx.noun}'s id instead`, 'ambiguous-reference');
      else if (ctx.job.createMissing) planned.push({ rec, field: rf.field, target: rf.target, text });
      else fail(rec, rf.mappingField, text, `unknown ${idx.noun} "${text}" (import it first, or allow creating missing ${idx.noun}s)`, 'unknown-reference');
    }
  }

  resolveSelf(k, ctx, recs, firstRec, existing.byKey, fail);

  for (const p of planned) {
    if (p.rec.bad) continue;
    const idx = ctx.refs(p.target);
    const res = idx.resolve(p.text);
    p.rec.ids[p.field] = res && 'id' in res ? res.id : idx.plan(p.text, p.rec.createHints);
  }
  for (const t of new Set(planned.filter((p) => !p.rec.bad).map((p) => p.target))) report.notes.push(CREATED_NOTES[t]);

  report.counts.invalid = report.invalidRows;
  const valid = recs.filter((r) => !r.bad);
  const blocked = report.counts.invalid > 0 && !ctx.job.skipInvalid;
  diff(k, ctx, valid, existing.rows);
  if (!ctx.write || blocked) return;
  report.counts.skipped = report.counts.invalid;
  write(k, ctx, valid, existing.rows);
}

/**
 * Links within the kind (a manager, a parent unit) to rows anywhere in the file or to stored
 * records. A row whose target is a rejected row is rejected too, repeated down the chain.
 */
function resolveSelf(
  k: EntityKind,
  ctx: RunContext,
  recs: Rec[],
  byKey: Map<string, Rec>,
  stored: Map<string, ExistingRow>,
  fail: (rec: Rec, field: string, value: unknown, problem: string, code: 'unknown-reference' | 'invalid') => void,
): void {
  const self = k.self;
  if (!self) return;
  // Primary keys first (`byKey`: the file's first record of each key, built while reading);
  // the alias map is built only if some link needs it.
  let byAlias: Map<string, Rec> | null = null;
  const aliases = (): Map<string, Rec> => {
    if (!byAlias) {
      byAlias = new Map();
      for (const r of recs) for (const a of r.aliases) if (!byAlias.has(a)) byAlias.set(a, r);
    }
    return byAlias;
  };
  const stubs = new Map<string, Rec>();
  const lookup = (key: string): Rec | ExistingRow | undefined => byKey.get(key) ?? stubs.get(key) ?? stored.get(key);
  const find = (text: string): Rec | ExistingRow | undefined => {
    const hit = lookup(self.primaryKey(text, ctx));
    if (hit) return hit;
    for (const key of self.otherKeys(text, ctx)) {
      const t = lookup(key) ?? aliases().get(key);
      if (t) return t;
    }
    return undefined;
  };
  for (const rec of recs) {
    if (rec.self === undefined || rec.stub) continue;
    if (rec.self === null) {
      rec.selfTarget = null;
      continue;
    }
    const t = find(rec.self);
    if (t === rec || (t && 'ids' in t && t.ex && t.ex === rec.ex) || (t && !('ids' in t) && t === rec.ex)) {
      if (!rec.bad) fail(rec, self.mappingField, rec.self, `a ${k.entity} cannot be its own ${self.noun}`, 'invalid');
    } else if (t) {
      rec.selfTarget = t;
    } else if (ctx.job.createMissing && k.stub && !rec.bad) {
      const stub = k.stub(rec.self, ctx) as Rec;
      stub.row = rec.row;
      stub.bad = false;
      stub.stub = true;
      stub.ids = {};
      stubs.set(stub.key, stub);
      recs.push(stub);
      rec.selfTarget = stub;
    } else if (rec.bad) {
      // Already rejected: still report the unknown link, so one pass shows every problem.
      ctx.report.issue(rec.row, ctx.reader.header(self.mappingField), rec.self, `unknown ${self.noun} "${rec.self}"`, 'unknown-reference');
    } else {
      fail(rec, self.mappingField, rec.self, `unknown ${self.noun} "${rec.self}"`, 'unknown-reference');
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const rec of recs) {
      const t = rec.selfTarget;
      if (rec.bad || !t || !('ids' in t) || !t.bad) continue;
      fail(rec, self.mappingField, rec.self, `the ${self.noun} ${rec.self} is on row ${t.row}, which has problems`, 'unknown-reference');
      changed = true;
    }
  }
}

function diff(k: EntityKind, ctx: RunContext, valid: Rec[], storedRows: ExistingRow[]): void {
  const { report } = ctx;
  const labelOfId = new Map(storedRows.map((r) => [r.id, r.label]));
  const refLabel = (field: string, id: number | null | undefined): Scalar => {
    const rf = k.refFields.find((f) => f.field === field);
    return rf ? ctx.refs(rf.target).nameOf(id) : (id ?? null);
  };
  const matched = new Set<number>();
  for (const rec of valid) {
    if (rec.stub) continue;
    const ex = rec.ex;
    if (ex) matched.add(ex.id);
    const changes: FieldChange[] = [];
    if (ex) {
      for (const [field, v] of Object.entries(rec.values)) {
        if (!sameValue(ex.values[field], v)) changes.push({ field, old: shown(ex.values[field]), new: shown(v) });
      }
      for (const [field, id] of Object.entries(rec.ids)) {
        if ((ex.values[field] ?? null) !== id) changes.push({ field, old: refLabel(field, ex.values[field] as number | null), new: refLabel(field, id) });
      }
      if (k.self && rec.selfTarget !== undefined) {
        const oldId = (ex.values[k.self.field] as number | null) ?? null;
        const t = rec.selfTarget;
        const newId = t === null ? null : 'ids' in t ? (t.ex?.id ?? NaN) : t.id;
        if (oldId !== newId) changes.push({ field: k.self.field, old: oldId === null ? null : (labelOfId.get(oldId) ?? `#${oldId}`), new: t === null ? null : t.label });
      }
    }
    rec.changes = changes.length ? changes : NO_CHANGES;
    const entry: DiffEntry = { key: rec.label, row: rec.row };
    if (!ex) report.add(entry);
    else if (changes.length) report.change({ ...entry, changes });
    else report.counts.unchanged++;
  }
  let removed = 0;
  for (const r of storedRows) {
    if (matched.has(r.id) || (k.inScope && !k.inScope(r, ctx))) continue;
    report.remove({ key: r.label, row: null });
    removed++;
  }
  if (removed && !ctx.job.confirmRemovals) {
    report.notes.push(`${removed} ${k.entity} record(s) in the engagement are not in the file; they are kept unless removals are confirmed.`);
  }
}

/** Shared by every record without changes (most of a big file), rather than one empty array each. */
const NO_CHANGES: FieldChange[] = [];

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
  if (typeof a === 'number' && typeof b === 'boolean') return a === (b ? 1 : 0);
  return false;
}

const toDb = (v: Scalar): Scalar => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

function write(k: EntityKind, ctx: RunContext, valid: Rec[], storedRows: ExistingRow[]): void {
  const { db, report } = ctx;
  for (const t of ['orgUnits', 'locations', 'roles', 'skills'] as const) ctx.refs(t).materialise({ currency: ctx.currency });
  const realRef = (field: string, id: number | null): number | null => {
    const rf = k.refFields.find((f) => f.field === field);
    return rf ? ctx.refs(rf.target).real(id) : id;
  };
  const statements = new Map<string, Statement<unknown[]>>();
  const stmt = (sql: string): Statement<unknown[]> => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare<unknown[]>(sql)));
    return s;
  };
  const selfField = k.self?.field;
  const targetId = (t: Rec | ExistingRow | null | undefined): number | null | undefined =>
    t === undefined ? undefined : t === null ? null : 'ids' in t ? (t.newId ?? t.ex?.id) : t.id;
  const valuesOf = (rec: Rec): Record<string, Scalar> => {
    const values: Record<string, Scalar> = { ...rec.values };
    for (const field in rec.ids) values[field] = realRef(field, rec.ids[field]);
    return values;
  };
  // New records get their ids up front, in file order: a manager or parent further down the
  // file is then known at insert time (foreign keys are checked at commit, not per row), and
  // rows that refer to these records later (a skills file in the same order) append to their
  // tables instead of landing all over the b-tree.
  let nextId = ((db.prepare(`SELECT max(id) FROM ${k.table}`).pluck().get() as number | null) ?? 0) + 1;
  for (const rec of valid) if (!rec.ex) rec.newId = nextId++;
  if (selfField) db.pragma('defer_foreign_keys = ON');
  const indexes = new DroppedIndexes(db);
  // The index on a self reference (manager_id) is kept only while SQLite enforces foreign keys:
  // its deferred checks would scan the table per row without it. With enforcement relaxed
  // (pipeline.ts) nothing reads it during the load, so it is rebuilt once at the end like the
  // others (maintaining it row by row was a quarter of the insert time at 100,000 people).
  const keep = selfField && db.pragma('foreign_keys', { simple: true }) === 1 ? [k.columns[selfField]] : [];
  if (isBulk(valid.filter((r) => !r.ex).length, storedRows.length)) indexes.drop(k.table, keep);
  const fields = ['id', ...Object.keys(k.columns)];
  const insert = stmt(`INSERT INTO ${k.table} (${fields.map((f) => (f === 'id' ? 'id' : k.columns[f])).join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`);
  const refAt = fields.map((f) => {
    const rf = k.refFields.find((x) => x.field === f);
    return rf ? ctx.refs(rf.target) : null;
  });
  const selfAt = selfField ? fields.indexOf(selfField) : -1;
  const params: Scalar[] = new Array(fields.length);
  let i = 0;
  for (const rec of valid) {
    if (rec.ex) continue;
    if ((++i & 1023) === 0) ctx.checkCancelled();
    const defaults = k.defaults(ctx, rec);
    params[0] = rec.newId!;
    for (let c = 1; c < fields.length; c++) {
      const f = fields[c];
      let v: Scalar | undefined = rec.values[f];
      if (v === undefined) {
        const idx = refAt[c];
        const id = idx ? rec.ids[f] : undefined;
        v = id !== undefined ? idx!.real(id) : defaults[f];
      }
      params[c] = v === undefined || v === null ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v;
    }
    if (selfAt > 0 && rec.selfTarget) params[selfAt] = targetId(rec.selfTarget) ?? null;
    insert.run(params);
  }
  indexes.restore();
  assertReferences(db, k.table);
  let audited = 0;
  for (const rec of valid) {
    if ((++i & 1023) === 0) ctx.checkCancelled();
    if (!rec.ex || !rec.changes?.length) continue;
    const values = valuesOf(rec);
    if (selfField && rec.selfTarget !== undefined) values[selfField] = targetId(rec.selfTarget) ?? null;
    const changed = rec.changes.map((c) => c.field);
    const sql = `UPDATE ${k.table} SET ${changed.map((f) => `${k.columns[f]} = ?`).join(', ')} WHERE id = ?`;
    stmt(sql).run(...changed.map((f) => toDb(values[f])), rec.ex.id);
    if (audited++ < AUDIT_ROWS) {
      const before = Object.fromEntries(rec.changes.map((c) => [c.field, c.old]));
      const after = Object.fromEntries(rec.changes.map((c) => [c.field, c.new]));
      audit(db, { action: 'import', entity: k.entity, entityId: String(rec.ex.id), summary: `Import changed ${k.entity} ${rec.label}`, before, after });
    }
  }
  if (ctx.job.confirmRemovals && report.counts.removed > 0) {
    const matched = new Set(valid.map((r) => r.ex?.id));
    const del = stmt(`DELETE FROM ${k.table} WHERE id = ?`);
    for (const r of storedRows) {
      if (matched.has(r.id) || (k.inScope && !k.inScope(r, ctx))) continue;
      del.run(r.id);
      if (audited++ < AUDIT_ROWS) audit(db, { action: 'import', entity: k.entity, entityId: String(r.id), summary: `Import removed ${k.entity} ${r.label}`, before: r.values });
    }
  }
}

/** With enforcement relaxed for the load (pipeline.ts), proves the references are sound anyway. */
function assertReferences(db: RunContext['db'], table: string): void {
  if (db.pragma('foreign_keys', { simple: true }) === 1) return;
  const bad = db.prepare(`SELECT * FROM pragma_foreign_key_check(?) LIMIT 1`).get(table) as { rowid: number; parent: string } | undefined;
  if (bad) throw new Error(`import wrote a ${table} row (#${bad.rowid}) referring to a missing ${bad.parent} record`);
}
