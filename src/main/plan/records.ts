// What the plan reads and writes besides the engine inputs: cost overrides (migration 4) and the
// actual outcomes of objectives recorded after the plan (objective_outcomes). Writes run in one
// transaction with their audit row.
import { AppError } from '../../shared/result';
import type { CostOverrideField, CostOverrideRow, ObjectiveOutcomeRow, RecordOutcomeInput, SetCostOverrideInput } from '../../shared/plan-types';
import { audit } from '../db/repos/audit';
import { inTransaction, type ReadableDB, type WritableDB } from '../db/types';
import type { CostOverride } from '../engine/plan/costs';

const hasOverrides = (db: ReadableDB): boolean =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'plan_cost_overrides'`).get() !== undefined;

export function listCostOverrides(db: ReadableDB): CostOverrideRow[] {
  if (!hasOverrides(db)) return [];
  return (
    db
      .prepare('SELECT id, scenario_id, role_id, location_id, field, value FROM plan_cost_overrides ORDER BY id')
      .all() as { id: number; scenario_id: number | null; role_id: number | null; location_id: number | null; field: CostOverrideField; value: number }[]
  ).map((r) => ({ id: r.id, scenarioId: r.scenario_id, roleId: r.role_id, locationId: r.location_id, field: r.field, value: r.value }));
}

export const toOverrides = (rows: CostOverrideRow[]): CostOverride[] =>
  rows.map((r) => ({ scenarioId: r.scenarioId, roleId: r.roleId, locationId: r.locationId, field: r.field, value: r.value }));

function requireRow(db: ReadableDB, table: string, id: number | null, what: string): void {
  if (id !== null && db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined) {
    throw new AppError('not-found', `There is no ${what} with id ${id}.`);
  }
}

/** Sets (or with value null removes) one override; returns the overrides after the change. */
export function setCostOverride(db: WritableDB, input: SetCostOverrideInput): CostOverrideRow[] {
  const scope = { scenarioId: input.scope.scenarioId ?? null, roleId: input.scope.roleId ?? null, locationId: input.scope.locationId ?? null };
  requireRow(db, 'scenarios', scope.scenarioId, 'scenario');
  requireRow(db, 'roles', scope.roleId, 'role');
  requireRow(db, 'locations', scope.locationId, 'location');
  const where = 'ifnull(scenario_id, 0) = ? AND ifnull(role_id, 0) = ? AND ifnull(location_id, 0) = ? AND field = ?';
  const key = [scope.scenarioId ?? 0, scope.roleId ?? 0, scope.locationId ?? 0, input.field];
  inTransaction(db, () => {
    const before = db.prepare(`SELECT id, value FROM plan_cost_overrides WHERE ${where}`).get(...key) as { id: number; value: number } | undefined;
    const label = `${input.field} for ${describeScope(scope)}`;
    if (input.value === null) {
      if (!before) return;
      db.prepare('DELETE FROM plan_cost_overrides WHERE id = ?').run(before.id);
      audit(db, { action: 'delete', entity: 'plan_cost_override', entityId: String(before.id), summary: `Removed plan cost override ${label}`, before: { ...scope, field: input.field, value: before.value } });
      return;
    }
    if (before) db.prepare('UPDATE plan_cost_overrides SET value = ? WHERE id = ?').run(input.value, before.id);
    else {
      db.prepare('INSERT INTO plan_cost_overrides (scenario_id, role_id, location_id, field, value) VALUES (?, ?, ?, ?, ?)').run(
        scope.scenarioId,
        scope.roleId,
        scope.locationId,
        input.field,
        input.value,
      );
    }
    audit(db, {
      action: before ? 'update' : 'insert',
      entity: 'plan_cost_override',
      entityId: before ? String(before.id) : null,
      summary: `Set plan cost override ${label} to ${input.value}`,
      before: before ? { ...scope, field: input.field, value: before.value } : undefined,
      after: { ...scope, field: input.field, value: input.value },
    });
  });
  return listCostOverrides(db);
}

function describeScope(s: { scenarioId: number | null; roleId: number | null; locationId: number | null }): string {
  const parts = [s.scenarioId !== null ? `scenario ${s.scenarioId}` : '', s.roleId !== null ? `role ${s.roleId}` : '', s.locationId !== null ? `location ${s.locationId}` : ''];
  return parts.filter(Boolean).join(', ');
}

export function listOutcomes(db: ReadableDB, objectiveId?: number): ObjectiveOutcomeRow[] {
  const rows = (
    objectiveId === undefined
      ? db.prepare('SELECT id, objective_id, recorded_on, value, note FROM objective_outcomes ORDER BY objective_id, recorded_on, id').all()
      : db.prepare('SELECT id, objective_id, recorded_on, value, note FROM objective_outcomes WHERE objective_id = ? ORDER BY recorded_on, id').all(objectiveId)
  ) as { id: number; objective_id: number; recorded_on: string; value: number; note: string }[];
  return rows.map((r) => ({ id: r.id, objectiveId: r.objective_id, recordedOn: r.recorded_on, value: r.value, note: r.note }));
}

export function recordOutcome(db: WritableDB, input: RecordOutcomeInput): ObjectiveOutcomeRow {
  requireRow(db, 'objectives', input.objectiveId, 'objective');
  const note = input.note ?? '';
  return inTransaction(db, () => {
    const id = Number(
      db.prepare('INSERT INTO objective_outcomes (objective_id, recorded_on, value, note) VALUES (?, ?, ?, ?)').run(input.objectiveId, input.recordedOn, input.value, note).lastInsertRowid,
    );
    const row = { id, objectiveId: input.objectiveId, recordedOn: input.recordedOn, value: input.value, note };
    audit(db, { action: 'insert', entity: 'objective_outcome', entityId: String(id), summary: `Recorded ${input.value} on ${input.recordedOn} for objective ${input.objectiveId}`, after: row });
    return row;
  });
}

export function deleteOutcome(db: WritableDB, id: number): null {
  const before = db.prepare('SELECT id, objective_id AS objectiveId, recorded_on AS recordedOn, value, note FROM objective_outcomes WHERE id = ?').get(id);
  if (!before) throw new AppError('not-found', `There is no recorded outcome with id ${id}.`);
  inTransaction(db, () => {
    db.prepare('DELETE FROM objective_outcomes WHERE id = ?').run(id);
    audit(db, { action: 'delete', entity: 'objective_outcome', entityId: String(id), summary: `Deleted recorded outcome ${id}`, before });
  });
  return null;
}
