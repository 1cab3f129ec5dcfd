// The audit log as a paged history, newest first. Updates list the fields that changed;
// deletions made by an edit can be restored from here while the record is still gone.
import type { Page } from '../../../../shared/api-types';
import type { AuditRow } from '../../../../shared/edit-read-models';
import { editEntities, type EditEntity } from '../../../../shared/edit-types';
import type { ReadableDB } from '../../types';
import { LIKE, likePattern } from './paging';
import { readRecord } from './records';

interface Stored {
  id: number;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  before: string | null;
  after: string | null;
}

export interface AuditQuery {
  offset: number;
  limit: number;
  search?: string;
  entity?: string;
  entityId?: string;
}

function diff(before: string | null, after: string | null): AuditRow['changes'] {
  const b = before ? (JSON.parse(before) as unknown) : null;
  const a = after ? (JSON.parse(after) as unknown) : null;
  if (typeof b !== 'object' || typeof a !== 'object' || !b || !a || Array.isArray(b) || Array.isArray(a)) return [];
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const br = b as Record<string, unknown>;
  const ar = a as Record<string, unknown>;
  return [...keys].filter((k) => JSON.stringify(br[k]) !== JSON.stringify(ar[k])).map((field) => ({ field, before: br[field] ?? null, after: ar[field] ?? null }));
}

function keyOfEntityId(entity: EditEntity, id: string): number | string {
  return entity === 'proficiency' || entity === 'programSkill' ? id : Number(id);
}

export function listAuditLog(db: ReadableDB, q: AuditQuery): Page<AuditRow> {
  const where: string[] = [];
  if (q.entity) where.push('entity = @entity');
  if (q.entityId) where.push('entity_id = @entityId');
  if (q.search?.trim()) where.push(`(summary LIKE @search ${LIKE} OR entity LIKE @search ${LIKE})`);
  const params = { entity: q.entity, entityId: q.entityId, search: likePattern(q.search) };
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM audit_log ${w}`).pluck().get(params) as number;
  // Only updates need their before/after read here (for the field list); a deletion's before
  // can hold thousands of cascaded rows.
  const rows = db
    .prepare(
      `SELECT id, at, action, entity, entity_id AS entityId, summary,
         CASE WHEN action = 'update' THEN before END AS before, CASE WHEN action = 'update' THEN after END AS after
       FROM audit_log ${w} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as Stored[];
  return {
    total,
    offset: q.offset,
    rows: rows.map((r) => {
      const entity = r.entity as EditEntity;
      const editable = editEntities.includes(entity) && r.entityId !== null;
      return {
        id: r.id,
        at: r.at,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        summary: r.summary,
        changes: r.action === 'update' ? diff(r.before, r.after) : [],
        restorable: r.action === 'delete' && editable && readRecord(db, entity, keyOfEntityId(entity, r.entityId!)) === null,
      };
    }),
  };
}
