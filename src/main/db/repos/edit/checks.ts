// Checks the schema alone cannot make, each failing with a typed error that names the field:
// references to records that do not exist, reporting loops, names an engagement chose not to
// keep, values changed by someone else since the caller read them (undo after an import), and
// uniqueness (a skill name already taken).
import { AppError } from '../../../../shared/result';
import type { EditEntity } from '../../../../shared/edit-types';
import type { ReadableDB } from '../../types';
import { getSettings } from '../engagement';
import type { DomainRecord } from './records';
import { fieldLabel, snake, specs } from './specs';

const invalid = (field: string, message: string, summary = `${fieldLabel(field)}: ${message}`) =>
  new AppError('validation', summary, [{ path: field, message }]);

/** The full record must satisfy the entity's domain schema (entities.ts). */
export function checkSchema(entity: EditEntity, record: DomainRecord): void {
  const r = specs[entity].schema.safeParse(record);
  if (r.success) return;
  const details = r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(record)', message: i.message }));
  throw new AppError('validation', `${fieldLabel(details[0].path)}: ${details[0].message}`, details);
}

export function checkReferences(db: ReadableDB, entity: EditEntity, record: DomainRecord, fields: Iterable<string>): void {
  const refs = specs[entity].references;
  for (const f of fields) {
    const ref = refs[f];
    const v = record[f];
    if (!ref || v === null || v === undefined) continue;
    if (!db.prepare(`SELECT 1 FROM ${ref.table} WHERE id = ?`).get(v)) throw invalid(f, `there is no ${ref.noun} with id ${String(v)}`);
  }
}

/** A manager may not report, directly or through others, to the person they manage. */
export function checkReportingLine(db: ReadableDB, employeeId: number | null, managerId: unknown): void {
  if (managerId === null || managerId === undefined || employeeId === null) return;
  if (managerId === employeeId) throw invalid('managerId', 'a person cannot be their own manager');
  const up = db.prepare('SELECT manager_id FROM employees WHERE id = ?').pluck();
  const seen = new Set<number>();
  let at: number | null = managerId as number;
  while (at !== null && !seen.has(at)) {
    if (at === employeeId) throw invalid('managerId', 'this would make a reporting loop: the chosen manager already reports to this person');
    seen.add(at);
    at = (up.get(at) as number | null | undefined) ?? null;
  }
}

/** Names and client ids are refused where the engagement pseudonymises people. */
export function checkPrivacy(db: ReadableDB, values: DomainRecord): void {
  if (!getSettings(db).privacy.pseudonymise) return;
  for (const f of ['name', 'clientId'] as const) {
    if (values[f] !== undefined && values[f] !== null) {
      throw invalid(f, 'this engagement pseudonymises people, so it keeps no names or client ids (Settings, Privacy)');
    }
  }
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** Refuses a change when the record no longer holds what the caller last saw. */
export function checkExpected(entity: EditEntity, label: string, current: DomainRecord, expected: Record<string, unknown> | undefined): void {
  if (!expected) return;
  const moved = Object.keys(expected).filter((f) => !same(current[f], expected[f]));
  if (moved.length === 0) return;
  throw new AppError(
    'conflict',
    `${label} has changed since (${moved.map((f) => `${fieldLabel(f)} is now ${String(current[f] ?? 'empty')}`).join(', ')}); the change was not applied.`,
    moved.map((f) => ({ path: f, message: `now ${String(current[f] ?? 'empty')}` })),
  );
}

/** Requirements are unique per role, skill and effective date (an expression index). */
export function checkRequirementUnique(db: ReadableDB, record: DomainRecord): void {
  const clash = db
    .prepare(`SELECT id FROM role_requirements WHERE role_id = ? AND skill_id = ? AND ifnull(effective_date, '') = ifnull(?, '') AND id <> ?`)
    .pluck()
    .get(record.roleId, record.skillId, record.effectiveDate ?? null, record.id ?? 0) as number | undefined;
  if (clash !== undefined) {
    throw new AppError('conflict', `This role already requires this skill${record.effectiveDate ? ` from ${String(record.effectiveDate)}` : ' today'} (requirement ${clash}).`, [
      { path: 'skillId', message: 'already required by this role for that date' },
    ]);
  }
}

/** Turns SQLite's uniqueness failures into a conflict naming the field. */
export function asFieldConflict(entity: EditEntity, e: unknown): unknown {
  const err = e as { code?: string; message?: string };
  if (err?.code !== 'SQLITE_CONSTRAINT_UNIQUE' && err?.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return e;
  const spec = specs[entity];
  const cols = (/constraint failed: (.*)$/.exec(err.message ?? '')?.[1] ?? '').split(',').map((s) => s.trim().split('.').pop() ?? '');
  const fields = spec.fields.filter((f) => cols.includes(snake(f)));
  if (fields.length === 0) return new AppError('conflict', `This ${spec.noun} clashes with an existing one.`, { constraint: err.message });
  const isKey = fields.every((f) => spec.keys.includes(f));
  const message = isKey ? `this ${spec.noun} already exists; edit it instead` : `another ${spec.noun} already has this ${fields.map(fieldLabel).join(' and ')}`;
  return new AppError('conflict', `${fieldLabel(fields[fields.length - 1])}: ${message}`, fields.map((f) => ({ path: f, message })));
}
