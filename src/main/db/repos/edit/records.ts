// Reading and writing one record of an editable entity in its domain shape.
import { AppError } from '../../../../shared/result';
import { splitPairKey, type EditEntity, type RecordKey } from '../../../../shared/edit-types';
import type { ReadableDB } from '../../types';
import { snake, specs, type EntitySpec } from './specs';

export type DomainRecord = Record<string, unknown>;
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

/** The key fields of a record from its API key: 17 -> { id: 17 }, "3:9" -> { employeeId: 3, skillId: 9 }. */
export function keyFields(spec: EntitySpec, key: RecordKey): Record<string, number> {
  if (spec.keys.length === 1) {
    if (typeof key !== 'number') throw new AppError('validation', `A ${spec.noun} is addressed by its numeric id.`, [{ path: 'id', message: 'expected a number' }]);
    return { [spec.keys[0]]: key };
  }
  if (typeof key !== 'string') throw new AppError('validation', `A ${spec.noun} is addressed as "${spec.keys.join(':')}".`, [{ path: 'id', message: 'expected two ids as "first:second"' }]);
  const [a, b] = splitPairKey(key);
  return { [spec.keys[0]]: a, [spec.keys[1]]: b };
}

export function keyOf(spec: EntitySpec, record: DomainRecord): RecordKey {
  return spec.keys.length === 1 ? (record[spec.keys[0]] as number) : `${record[spec.keys[0]]}:${record[spec.keys[1]]}`;
}

export const keyWhere = (spec: EntitySpec): string => spec.keys.map((k) => `${snake(k)} = @${k}`).join(' AND ');

export function rowToRecord(spec: EntitySpec, row: Row): DomainRecord {
  const out: DomainRecord = {};
  for (const f of spec.fields) {
    const v = row[snake(f)];
    out[f] = spec.booleans.includes(f) ? v === 1 : v;
  }
  return out;
}

/** A domain value as stored: booleans become 0/1. */
export const toColumnValue = (spec: EntitySpec, field: string, value: unknown): SqlValue =>
  spec.booleans.includes(field) ? (value ? 1 : 0) : (value as SqlValue);

export function readRecord(db: ReadableDB, entity: EditEntity, key: RecordKey): DomainRecord | null {
  const spec = specs[entity];
  const row = db.prepare(`SELECT * FROM ${spec.table} WHERE ${keyWhere(spec)}`).get(keyFields(spec, key)) as Row | undefined;
  return row ? rowToRecord(spec, row) : null;
}

export function requireRecord(db: ReadableDB, entity: EditEntity, key: RecordKey): DomainRecord {
  const record = readRecord(db, entity, key);
  if (!record) throw new AppError('not-found', `There is no ${specs[entity].noun} ${key}; it may have been deleted.`, { entity, id: key });
  return record;
}
