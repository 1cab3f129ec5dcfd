// Reads what a plan needs from an engagement file and prepares the engine's base: the scenario
// (through the scenario engine's loader, 'baseline' built in), its natural projection (no hiring,
// no transfers), the gap model with the scenario's requirements applied, salaries and hire dates,
// seats, cost settings and overrides. One read transaction, so the inputs are one snapshot.
import type { Objective } from '../../shared/domain/entities';
import type { ScenarioBody } from '../../shared/domain/scenario';
import { AppError } from '../../shared/result';
import { getMeta, getSettings } from '../db/repos/engagement';
import { loadGapModel } from '../db/repos/gap-inputs';
import { loadScenarioInputs, type StoredScenario } from '../db/repos/scenario-inputs';
import type { ReadableDB } from '../db/types';
import { indexOfId, isoToDay, withRequirementChange } from '../engine/gaps';
import type { GapModel } from '../engine/gaps/types';
import { baseParams, resolveParams } from '../engine/plan/costs';
import { naturalBody, prepareBase, type PlanBase } from '../engine/plan/problem';
import { compileScenario, prepareBaseline, project } from '../engine/scenario';
import type { CompiledScenario } from '../engine/scenario/compile';
import { listCostOverrides, toOverrides } from './records';

export interface PlanInputs {
  base: PlanBase;
  scenario: StoredScenario;
  /** The scenario as saved (objective links, automation investments, labels). */
  body: ScenarioBody;
  compiled: CompiledScenario;
  currency: string;
  asOfDate: string;
  objectives: { id: number; name: string; metric: string; unit: string; baseline: number; target: number; targetDate: string; programIds: number[] }[];
}

export function loadPlanInputs(db: ReadableDB, scenarioName: string, top: number): PlanInputs {
  return db.transaction(() => load(db, scenarioName, top))();
}

function load(db: ReadableDB, scenarioName: string, top: number): PlanInputs {
  const { data, scenario } = loadScenarioInputs(db, { name: scenarioName });
  const meta = getMeta(db);
  const settings = getSettings(db);
  if (data.staff.length === 0) throw new AppError('validation', 'The engagement has no employees with a role: there is nothing to plan.');
  const baseline = prepareBaseline(data);
  const compiled = compileScenario(baseline, naturalBody(scenario.body, data.roles.map((r) => r.id)));
  const projection = project(compiled.model);
  const model = withScenarioRequirements(loadGapModel(db), compiled);

  const people = db.prepare('SELECT id, salary, hire_date FROM employees ORDER BY id').raw().all() as [number, number, string | null][];
  const salary = new Float64Array(model.employees.id.length);
  const hireDay = new Float64Array(model.employees.id.length).fill(NaN);
  people.forEach(([id, pay, hired], i) => {
    if (model.employees.id[i] !== id) throw new Error('employees changed while loading the plan inputs');
    salary[i] = pay;
    if (hired) hireDay[i] = isoToDay(hired);
  });
  const seatRows = db.prepare('SELECT id, seats_per_month FROM learning_programs ORDER BY id').raw().all() as [number, number | null][];
  const seats = Float64Array.from(seatRows, ([, s]) => (s === null ? Infinity : s));

  const overrides = toOverrides(listCostOverrides(db));
  const base0 = baseParams(settings.costs);
  const base = prepareBase({
    scenarioId: scenario.id,
    body: scenario.body,
    compiled,
    projection,
    model,
    salary,
    hireDay,
    seats,
    params: (roleId, locationId) => resolveParams(base0, overrides, { scenarioId: scenario.id, roleId, locationId }),
    top,
  });

  const objectiveRows = db.prepare('SELECT id, name, metric, unit, baseline, target, target_date AS targetDate FROM objectives ORDER BY id').all() as Objective[];
  const links = db.prepare('SELECT objective_id, program_id FROM objective_programs ORDER BY objective_id, program_id').raw().all() as [number, number][];
  return {
    base,
    scenario,
    body: scenario.body,
    compiled,
    currency: meta.currency,
    asOfDate: meta.asOfDate,
    objectives: objectiveRows.map((o) => ({ ...o, programIds: links.filter(([oid]) => oid === o.id).map(([, p]) => p) })),
  };
}

/**
 * The scenario's new requirements (automation's new skills, a new market's language and rules)
 * added to the gap model, so fit and upskilling needs see the roles as the scenario makes them.
 * A new market's requirements hold at its location only; roles that exist in several places get
 * them everywhere here (in the demo, market roles are roles of their own).
 */
function withScenarioRequirements(m: GapModel, cs: CompiledScenario): GapModel {
  let out = m;
  for (const r of cs.meta.requirements) {
    const role = indexOfId(m.roles.id, r.roleId);
    const skill = indexOfId(m.skills.id, r.skillId);
    if (role < 0 || skill < 0) continue;
    out = withRequirementChange(out, { kind: 'upsert', role, skill, effectiveDate: r.effectiveDate, level: r.level, weight: r.weight });
  }
  return out;
}
