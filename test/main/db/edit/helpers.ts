// Editing tests run on real engagements: the demo generator through the API registry, so the
// contract's validation, the handlers and the repositories are exercised together.
import type { Input, MethodName, Output } from '../../../../src/shared/contract';
import type { ApiError } from '../../../../src/shared/result';
import type { WritableDB } from '../../../../src/main/db/types';
import { testApi } from '../../../helpers/engagement';

export async function demoApi(employees = 60, seed = 7) {
  const api = testApi();
  const r = await api.registry.call('createDemoEngagement', { file: 'demo.skillshift', employees, seed });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const db = api.ctx.session.require().db;
  async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const res = await api.registry.call(method, input);
    if (!res.ok) throw new Error(`${method} failed: ${JSON.stringify(res.error)}`);
    return res.value as Output<M>;
  }
  async function failure<M extends MethodName>(method: M, input: Input<M> | Record<string, unknown>): Promise<ApiError> {
    const res = await api.registry.call(method, input);
    if (res.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(res.value).slice(0, 200)}`);
    return res.error;
  }
  return { ...api, db, call, failure };
}

/** Every user table's rows, sorted, audit log excluded: two dumps are equal when the data is. */
export function dumpTables(db: WritableDB): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name`)
    .pluck()
    .all() as string[];
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const rows = db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[];
    out[t] = rows.map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort();
  }
  return out;
}

export const auditRows = (db: WritableDB) =>
  db.prepare('SELECT id, action, entity, entity_id AS entityId, summary, before, after FROM audit_log ORDER BY id').all() as {
    id: number;
    action: string;
    entity: string;
    entityId: string | null;
    summary: string;
    before: string | null;
    after: string | null;
  }[];
