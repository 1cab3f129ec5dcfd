// Human wording for change summaries and messages: "Changed salary of Anna Kowalski from 52000
// to 60000". People are named by their ref when the engagement pseudonymises, so the audit log
// never holds a name the engagement chose not to keep.
import type { EditEntity } from '../../../../shared/edit-types';
import type { ReadableDB } from '../../types';
import { getSettings } from '../engagement';
import type { DomainRecord } from './records';
import { fieldLabel, specs } from './specs';

function personLabel(db: ReadableDB, id: unknown): string {
  const row = db.prepare('SELECT ref, name FROM employees WHERE id = ?').get(id) as { ref: string; name: string | null } | undefined;
  if (!row) return `person #${String(id)}`;
  return getSettings(db).privacy.pseudonymise || !row.name ? row.ref : row.name;
}

function lookup(db: ReadableDB, table: string, column: string, id: unknown, noun: string): string {
  const v = db.prepare(`SELECT ${column} FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
  return v ?? `${noun} #${String(id)}`;
}

/** What a record is called in messages. */
export function describeRecord(db: ReadableDB, entity: EditEntity, r: DomainRecord): string {
  switch (entity) {
    case 'employee':
      return getSettings(db).privacy.pseudonymise || !r.name ? String(r.ref) : String(r.name);
    case 'role':
      return String(r.title);
    case 'skill':
    case 'program':
      return String(r.name);
    case 'requirement':
      return `${lookup(db, 'roles', 'title', r.roleId, 'role')} requires ${lookup(db, 'skills', 'name', r.skillId, 'skill')}${r.effectiveDate ? ` from ${String(r.effectiveDate)}` : ''}`;
    case 'programSkill':
      return `${lookup(db, 'learning_programs', 'name', r.programId, 'program')} teaches ${lookup(db, 'skills', 'name', r.skillId, 'skill')}`;
    case 'proficiency':
      return `${personLabel(db, r.employeeId)} in ${lookup(db, 'skills', 'name', r.skillId, 'skill')}`;
  }
}

/** A field's value in words; references by the label of what they point to. */
export function describeValue(db: ReadableDB, entity: EditEntity, field: string, value: unknown): string {
  if (value === null || value === undefined) return 'none';
  const ref = specs[entity].references[field];
  if (ref) return ref.table === 'employees' ? personLabel(db, value) : lookup(db, ref.table, ref.labelColumn, value, ref.noun);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export function updateSummary(db: ReadableDB, entity: EditEntity, before: DomainRecord, after: DomainRecord, fields: string[]): string {
  const what = describeRecord(db, entity, before);
  if (fields.length === 1) {
    const f = fields[0];
    return `Changed ${fieldLabel(f)} of ${what} from ${describeValue(db, entity, f, before[f])} to ${describeValue(db, entity, f, after[f])}`;
  }
  return `Changed ${fields.map(fieldLabel).join(', ')} of ${what}`;
}
