// The audit log: every change a user makes is recorded with what it was before and after.
import type { WritableDB } from '../types';
import { nowIso } from '../types';

export interface AuditEntry {
  action: 'create' | 'insert' | 'update' | 'delete' | 'import' | 'restore';
  entity: string;
  entityId?: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/** Writes one audit row and returns its id (edits hand it back so undo can name it). */
export function audit(db: WritableDB, e: AuditEntry): number {
  const info = db.prepare(
    'INSERT INTO audit_log (at, action, entity, entity_id, summary, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(nowIso(), e.action, e.entity, e.entityId ?? null, e.summary, json(e.before), json(e.after));
  return Number(info.lastInsertRowid);
}
