// The edit operations: add, change, delete and restore a record. Each runs in one transaction
// with its audit_log row (before and after as JSON), and returns the change record undo needs:
// an update is undone by an update back (guarded by `expected`), an insert by a delete, and a
// delete by restoring the snapshot kept in its audit row, cascaded rows included.
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../../shared/result';
import type { CascadeCount, ChangeRecord, CreateRecordInput, DeletePreview, EditEntity, RecordKey, UpdateRecordInput } from '../../../../shared/edit-types';
import { editEntities } from '../../../../shared/edit-types';
import { PSEUDONYM_PREFIX, pseudonym } from '../../../io/pseudonym';
import { inTransaction, type ReadableDB, type WritableDB } from '../../types';
import { audit } from '../audit';
import { getSecret, getSettings } from '../engagement';
import { Snapshot, capture, restoreSnapshot, snapshotTables, tableLabel } from './cascade';
import { changeToken, journalEdit } from './change-token';
import { asFieldConflict, checkExpected, checkPrivacy, checkReferences, checkReportingLine, checkRequirementUnique, checkSchema } from './checks';
import { describeRecord, updateSummary } from './labels';
import { keyFields, keyOf, keyWhere, readRecord, requireRecord, toColumnValue, type DomainRecord } from './records';
import { fieldLabel, snake, specs, type EntitySpec } from './specs';

/** Runs one edit in a transaction and journals the tables it touched for the read-model caches. */
function edit<T>(db: WritableDB, tables: () => string[], fn: () => T): T {
  const from = changeToken(db);
  const result = inTransaction(db, fn);
  journalEdit(db, from, changeToken(db), tables());
  return result;
}

const keyColumns = (spec: EntitySpec, key: RecordKey) =>
  Object.fromEntries(Object.entries(keyFields(spec, key)).map(([f, v]) => [snake(f), v]));

function newEmployeeRef(db: ReadableDB, clientId: unknown): string {
  // Same pseudonym an import of this client id would give, so a later import finds the person.
  if (typeof clientId === 'string' && clientId.trim()) return pseudonym(getSecret(db), clientId);
  return PSEUDONYM_PREFIX + randomBytes(8).toString('hex');
}

export function createRecord(db: WritableDB, input: CreateRecordInput): ChangeRecord {
  const spec = specs[input.entity];
  return edit(db, () => [spec.table], () => {
    const values: DomainRecord = { ...spec.defaults, ...(input.values as DomainRecord) };
    if (input.entity === 'employee') {
      checkPrivacy(db, { name: values.name });
      values.ref = newEmployeeRef(db, values.clientId);
      if (getSettings(db).privacy.pseudonymise) values.clientId = null;
    }
    const single = spec.keys.length === 1;
    const candidate = single ? { ...values, [spec.keys[0]]: 1 } : values; // the id is not known yet
    checkSchema(input.entity, candidate);
    checkReferences(db, input.entity, values, Object.keys(spec.references));
    if (input.entity === 'requirement') checkRequirementUnique(db, values);
    const fields = spec.fields.filter((f) => !(single && f === spec.keys[0]) && values[f] !== undefined);
    const row: Record<string, unknown> = { ...spec.insertExtras };
    for (const f of fields) row[snake(f)] = toColumnValue(spec, f, values[f]);
    const cols = Object.keys(row);
    let key: RecordKey;
    try {
      const info = db.prepare(`INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
      key = single ? Number(info.lastInsertRowid) : keyOf(spec, values);
    } catch (e) {
      throw asFieldConflict(input.entity, e);
    }
    const after = requireRecord(db, input.entity, key);
    const summary = `Added ${spec.noun} ${describeRecord(db, input.entity, after)}`;
    const auditId = audit(db, { action: 'insert', entity: input.entity, entityId: String(key), summary, after });
    return { auditId, action: 'insert', entity: input.entity, id: key, summary, before: null, after, cascade: [] };
  });
}

export function updateRecord(db: WritableDB, input: UpdateRecordInput): ChangeRecord {
  const entity = input.entity;
  const spec = specs[entity];
  const changes = input.changes as DomainRecord;
  let touched: string[] = [];
  return edit(db, () => touched, () => {
    const before = requireRecord(db, entity, input.id);
    const label = describeRecord(db, entity, before);
    checkExpected(entity, label, before, input.expected);
    const fields = Object.keys(changes).filter((f) => (before[f] ?? null) !== (changes[f] ?? null));
    if (fields.length === 0) {
      return { auditId: 0, action: 'update', entity, id: input.id, summary: `No change to ${label}`, before, after: before, cascade: [] };
    }
    const after = { ...before, ...changes };
    checkSchema(entity, after);
    if (entity === 'employee') {
      checkPrivacy(db, Object.fromEntries(fields.map((f) => [f, changes[f]])));
      if (fields.includes('managerId')) checkReportingLine(db, before.id as number, after.managerId);
    }
    checkReferences(db, entity, after, fields);
    if (entity === 'requirement' && fields.some((f) => ['roleId', 'skillId', 'effectiveDate'].includes(f))) checkRequirementUnique(db, after);
    touched = fields.map((f) => `${spec.table}:${snake(f)}`);
    const sets = fields.map((f) => `${snake(f)} = @set_${f}`).join(', ');
    const params = { ...keyFields(spec, input.id), ...Object.fromEntries(fields.map((f) => [`set_${f}`, toColumnValue(spec, f, after[f])])) };
    try {
      db.prepare(`UPDATE ${spec.table} SET ${sets} WHERE ${keyWhere(spec)}`).run(params);
    } catch (e) {
      throw asFieldConflict(entity, e);
    }
    const stored = requireRecord(db, entity, input.id);
    const summary = updateSummary(db, entity, before, stored, fields);
    const auditId = audit(db, { action: 'update', entity, entityId: String(input.id), summary, before, after: stored });
    return { auditId, action: 'update', entity, id: input.id, summary, before, after: stored, cascade: [] };
  });
}

function cascadeCounts(snap: Snapshot): CascadeCount[] {
  const out = new Map<string, CascadeCount>();
  snap.rows.slice(1).forEach((g) => {
    const c = out.get(`d:${g.table}`) ?? { label: tableLabel(g.table), rows: 0, effect: 'delete' as const };
    c.rows += g.rows.length;
    out.set(`d:${g.table}`, c);
  });
  for (const u of snap.unlinked) {
    const field = fieldLabel(u.column.replace(/_id$/, '').replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) + 'Id');
    const c = out.get(`u:${u.table}.${u.column}`) ?? { label: tableLabel(u.table), rows: 0, effect: 'unlink' as const, field };
    c.rows += u.keys.length;
    out.set(`u:${u.table}.${u.column}`, c);
  }
  return [...out.values()];
}

const cascadeText = (c: CascadeCount[]) =>
  c.length === 0 ? '' : ` (${c.map((x) => (x.effect === 'delete' ? `${x.rows} ${x.label}` : `${x.field} cleared on ${x.rows} ${x.label}`)).join(', ')})`;

export function previewDelete(db: ReadableDB, entity: EditEntity, key: RecordKey): DeletePreview {
  const spec = specs[entity];
  const record = requireRecord(db, entity, key);
  const snap = capture(db, spec.table, keyColumns(spec, key));
  return { entity, id: key, label: describeRecord(db, entity, record), cascade: cascadeCounts(snap) };
}

export function deleteRecord(db: WritableDB, entity: EditEntity, key: RecordKey): ChangeRecord {
  const spec = specs[entity];
  let tables: string[] = [spec.table];
  return edit(db, () => tables, () => {
    const record = requireRecord(db, entity, key);
    const label = describeRecord(db, entity, record);
    const snapshot = capture(db, spec.table, keyColumns(spec, key));
    tables = snapshotTables(snapshot);
    db.prepare(`DELETE FROM ${spec.table} WHERE ${keyWhere(spec)}`).run(keyFields(spec, key));
    const cascade = cascadeCounts(snapshot);
    const summary = `Deleted ${spec.noun} ${label}${cascadeText(cascade)}`;
    const auditId = audit(db, { action: 'delete', entity, entityId: String(key), summary, before: { record, snapshot } });
    return { auditId, action: 'delete', entity, id: key, summary, before: record, after: null, cascade };
  });
}

interface DeletedEntry {
  entity: EditEntity;
  record: DomainRecord;
  snapshot: Snapshot;
}

/** The deletion recorded in an audit row, if it is one an edit made. */
export function readDeletion(db: ReadableDB, auditId: number): DeletedEntry {
  const row = db.prepare('SELECT action, entity, before FROM audit_log WHERE id = ?').get(auditId) as { action: string; entity: string; before: string | null } | undefined;
  if (!row) throw new AppError('not-found', `There is no change #${auditId} in the history.`);
  const entity = row.entity as EditEntity;
  const parsed = row.before ? (JSON.parse(row.before) as { record?: DomainRecord; snapshot?: unknown }) : null;
  const snapshot = Snapshot.safeParse(parsed?.snapshot);
  if (row.action !== 'delete' || !editEntities.includes(entity) || !parsed?.record || !snapshot.success) {
    throw new AppError('validation', `Change #${auditId} is not a deletion that can be restored.`, [{ path: 'auditId', message: 'not a restorable deletion' }]);
  }
  return { entity, record: parsed.record, snapshot: snapshot.data };
}

export function restoreRecord(db: WritableDB, auditId: number): ChangeRecord {
  let tables: string[] = [];
  return edit(db, () => tables, () => {
    const { entity, record, snapshot } = readDeletion(db, auditId);
    const spec = specs[entity];
    tables = snapshotTables(snapshot);
    checkSchema(entity, record);
    const key = keyOf(spec, record);
    if (readRecord(db, entity, key)) {
      throw new AppError('conflict', `${describeRecord(db, entity, record)} already exists: it has been restored or added again since.`, { entity, id: key });
    }
    try {
      restoreSnapshot(db, snapshot);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new AppError('conflict', `${describeRecord(db, entity, record)} cannot be restored: a record it refers to has been deleted since.`, { entity, id: key });
      }
      throw asFieldConflict(entity, e);
    }
    const after = requireRecord(db, entity, key);
    const cascade = cascadeCounts(snapshot);
    const summary = `Restored ${spec.noun} ${describeRecord(db, entity, after)}${cascadeText(cascade)}`;
    const id = audit(db, { action: 'restore', entity, entityId: String(key), summary, after });
    return { auditId: id, action: 'restore', entity, id: key, summary, before: null, after, cascade };
  });
}
