// Reads what the scenario engine needs (src/main/engine/scenario) from an engagement file:
// roles, today's workforce aggregated per (role, location, unit), locations with their
// time-to-fill and hiring capacity, transitions and moves, exposures, requirements, settings,
// and a scenario's body. One read transaction, so the inputs are a consistent snapshot.
import { ScenarioBody } from '../../../shared/domain/scenario';
import { AppError } from '../../../shared/result';
import { baselineBody } from '../../engine/scenario';
import type { WorkforceData } from '../../engine/scenario/types';
import type { ReadableDB } from '../types';
import { getMeta, getSettings } from './engagement';

/** Tables of migration 5; a file without them simply has no transitions, moves or defaults. */
function hasTable(db: ReadableDB, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

export function loadWorkforceData(db: ReadableDB): WorkforceData {
  return db.transaction(() => load(db))();
}

function load(db: ReadableDB): WorkforceData {
  const meta = getMeta(db);
  const settings = getSettings(db);
  const all = <T>(sql: string, ...params: unknown[]): T[] => db.prepare(sql).all(...params) as T[];
  const flows = hasTable(db, 'role_transitions');

  const ttf = new Map<number, Record<string, number>>();
  for (const r of all<{ location_id: number; role_family: string; days: number }>('SELECT location_id, role_family, days FROM location_time_to_fill')) {
    const m = ttf.get(r.location_id) ?? {};
    m[r.role_family] = r.days;
    ttf.set(r.location_id, m);
  }
  const capacity = new Map<number, number>(
    flows ? all<{ location_id: number; hires_per_month: number }>('SELECT * FROM location_hiring_capacity').map((r) => [r.location_id, r.hires_per_month]) : [],
  );

  const moves = flows
    ? all<{ ref: string; from_role_id: number | null; to_role_id: number | null; kind: string; move_date: string }>(
        `SELECT coalesce(e.ref, m.employee_ref) AS ref, m.from_role_id, m.to_role_id, m.kind, m.move_date
         FROM workforce_moves m LEFT JOIN employees e ON e.id = m.employee_id ORDER BY m.id`,
      )
    : [];

  return {
    asOfDate: meta.asOfDate,
    costs: {
      defaultAttritionRate: settings.costs.defaultAttritionRate,
      salaryInflation: settings.costs.salaryInflation,
      recruitingShareOfSalary: settings.costs.recruitingShareOfSalary,
    },
    roles: all<{ id: number; title: string; family: string; level: number | null; org_unit_id: number | null; location_id: number | null; loaded_cost: number }>(
      'SELECT id, title, family, level, org_unit_id, location_id, loaded_cost FROM roles ORDER BY id',
    ).map((r) => ({ id: r.id, title: r.title, family: r.family, level: r.level, orgUnitId: r.org_unit_id, locationId: r.location_id, loadedCost: r.loaded_cost })),
    orgUnits: all<{ id: number; name: string; parent_id: number | null }>('SELECT id, name, parent_id FROM org_units ORDER BY id').map((u) => ({
      id: u.id,
      name: u.name,
      parentId: u.parent_id,
    })),
    locations: all<{ id: number; name: string; planned: number; launch_date: string | null; labour_cost_index: number }>(
      'SELECT id, name, planned, launch_date, labour_cost_index FROM locations ORDER BY id',
    ).map((l) => ({
      id: l.id,
      name: l.name,
      planned: l.planned === 1,
      launchDate: l.launch_date,
      labourCostIndex: l.labour_cost_index,
      timeToFillDays: ttf.get(l.id) ?? {},
      hiresPerMonth: capacity.get(l.id) ?? null,
    })),
    staff: all<{ role_id: number; location_id: number | null; org_unit_id: number | null; n: number; fte: number; salary: number }>(
      `SELECT role_id, location_id, org_unit_id, count(*) AS n, sum(fte) AS fte, sum(salary) AS salary
       FROM employees WHERE role_id IS NOT NULL GROUP BY role_id, location_id, org_unit_id ORDER BY role_id, location_id, org_unit_id`,
    ).map((s) => ({ roleId: s.role_id, locationId: s.location_id, orgUnitId: s.org_unit_id, headcount: s.n, fte: s.fte, salary: s.salary })),
    unassignedEmployees: (db.prepare('SELECT count(*) AS n FROM employees WHERE role_id IS NULL').get() as { n: number }).n,
    transitions: flows
      ? all<{ from_role_id: number; to_role_id: number | null; kind: 'move' | 'attrition' | 'retirement'; annual_rate: number }>(
          'SELECT from_role_id, to_role_id, kind, annual_rate FROM role_transitions ORDER BY from_role_id, id',
        ).map((t) => ({ fromRoleId: t.from_role_id, toRoleId: t.to_role_id, kind: t.kind, annualRate: t.annual_rate }))
      : [],
    moves: moves.map((m) => ({
      employeeRef: m.ref,
      fromRoleId: m.from_role_id,
      toRoleId: m.to_role_id,
      kind: m.kind as WorkforceData['moves'][number]['kind'],
      date: m.move_date,
    })),
    // Exposure time for calibration needs today's people only when there is a history.
    currentEmployees:
      moves.length > 0
        ? all<{ ref: string; role_id: number; hire_date: string | null }>('SELECT ref, role_id, hire_date FROM employees WHERE role_id IS NOT NULL').map(
            (e) => ({ ref: e.ref, roleId: e.role_id, hireDate: e.hire_date }),
          )
        : [],
    familyAttrition: flows
      ? all<{ role_family: string; annual_rate: number; retirement_rate: number }>('SELECT * FROM family_attrition ORDER BY role_family').map((f) => ({
          family: f.role_family,
          annualRate: f.annual_rate,
          retirementRate: f.retirement_rate,
        }))
      : [],
    tasks: all<{ id: number; role_id: number; time_share: number; exposure: number }>('SELECT id, role_id, time_share, exposure FROM tasks ORDER BY id').map((t) => ({
      id: t.id,
      roleId: t.role_id,
      timeShare: t.time_share,
      exposure: t.exposure,
    })),
    exposures: all<{ role_id: number; source: string; value: number }>('SELECT role_id, source, value FROM role_exposures ORDER BY role_id, source').map((x) => ({
      roleId: x.role_id,
      source: x.source,
      value: x.value,
    })),
    requirements: all<{ role_id: number; skill_id: number; level: number; weight: number; effective_date: string | null }>(
      'SELECT role_id, skill_id, level, weight, effective_date FROM role_requirements ORDER BY role_id, skill_id, effective_date',
    ).map((r) => ({ roleId: r.role_id, skillId: r.skill_id, level: r.level, weight: r.weight, effectiveDate: r.effective_date })),
    skills: all<{ id: number; name: string; category: string }>('SELECT id, name, category FROM skills ORDER BY id'),
  };
}

export interface StoredScenario {
  /** null for the built-in baseline. */
  id: number | null;
  name: string;
  kind: string;
  version: number | null;
  body: ScenarioBody;
}

export const BASELINE_NAME = 'baseline';

/** A saved scenario's body (its latest version unless one is given), validated. */
export function loadScenario(db: ReadableDB, ref: { id?: number; name?: string; version?: number }): StoredScenario {
  const row = (
    ref.id !== undefined
      ? db.prepare('SELECT id, name, kind FROM scenarios WHERE id = ?').get(ref.id)
      : db.prepare('SELECT id, name, kind FROM scenarios WHERE name = ?').get(ref.name ?? '')
  ) as { id: number; name: string; kind: string } | undefined;
  if (!row) throw new AppError('not-found', `No scenario ${ref.id ?? JSON.stringify(ref.name)} in this engagement.`);
  const v = (
    ref.version !== undefined
      ? db.prepare('SELECT version, body FROM scenario_versions WHERE scenario_id = ? AND version = ?').get(row.id, ref.version)
      : db.prepare('SELECT version, body FROM scenario_versions WHERE scenario_id = ? ORDER BY version DESC LIMIT 1').get(row.id)
  ) as { version: number; body: string } | undefined;
  if (!v) throw new AppError('not-found', `Scenario ${row.name} has no version ${ref.version ?? ''}`.trim() + '.');
  const parsed = ScenarioBody.safeParse(JSON.parse(v.body));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad-file', `Scenario ${row.name} version ${v.version} is invalid at ${issue.path.join('.')}: ${issue.message}`, parsed.error.issues);
  }
  return { id: row.id, name: row.name, kind: row.kind, version: v.version, body: parsed.data };
}

/** Engine inputs for a scenario by name ('baseline' is built in: no changes, the engagement's horizon). */
export function loadScenarioInputs(db: ReadableDB, ref: { id?: number; name?: string; version?: number }): { data: WorkforceData; scenario: StoredScenario } {
  return db.transaction(() => {
    const data = load(db);
    if (ref.id === undefined && ref.name?.toLowerCase() === BASELINE_NAME) {
      const meta = getMeta(db);
      return { data, scenario: { id: null, name: BASELINE_NAME, kind: 'baseline', version: null, body: baselineBody(data, { horizonMonths: meta.horizonMonths }) } };
    }
    return { data, scenario: loadScenario(db, ref) };
  })();
}
