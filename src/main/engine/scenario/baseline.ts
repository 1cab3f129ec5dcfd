// The scenario-independent part of the model, prepared once per engagement load and reused by
// every scenario compile (what-if slider moves recompile only the scenario on top of this).
import { resolveRoleRates, type RateOptions, type RoleRates } from './rates';
import type { WorkforceData } from './types';

export interface BaseCells {
  /** Dense role, location and org-unit index of each cell (-1: none). */
  role: Int32Array;
  location: Int32Array;
  unit: Int32Array;
  heads: Float64Array;
  fte: Float64Array;
  salary: Float64Array;
}

export interface Baseline {
  data: WorkforceData;
  roleIndex: Map<number, number>;
  unitIndex: Map<number, number>;
  locationIndex: Map<number, number>;
  families: string[];
  roleFamily: Int32Array;
  rates: RoleRates;
  cells: BaseCells;
  /** Cells of each role, in cell order. */
  roleCells: number[][];
  /** Time-weighted task exposure per role (NaN: the role has no tasks). */
  taskExposure: Float64Array;
  warnings: string[];
}

const indexOf = (ids: number[]): Map<number, number> => new Map(ids.map((id, i) => [id, i]));

export function prepareBaseline(data: WorkforceData, rateOptions: RateOptions = {}): Baseline {
  const roleIndex = indexOf(data.roles.map((r) => r.id));
  const unitIndex = indexOf(data.orgUnits.map((u) => u.id));
  const locationIndex = indexOf(data.locations.map((l) => l.id));
  const warnings: string[] = [];
  const families = [...new Set(data.roles.map((r) => r.family))].sort();
  const familyIndex = new Map(families.map((f, i) => [f, i]));
  const roleFamily = Int32Array.from(data.roles, (r) => familyIndex.get(r.family)!);

  // One cell per (role, location, unit) that has people, plus one per role without anyone so
  // moves and ramps into empty roles have somewhere to land.
  const cellKeys = new Map<string, number>();
  const role: number[] = [];
  const location: number[] = [];
  const unit: number[] = [];
  const heads: number[] = [];
  const fte: number[] = [];
  const salary: number[] = [];
  let skipped = 0;
  for (const s of data.staff) {
    const r = roleIndex.get(s.roleId);
    if (r === undefined) {
      skipped += s.headcount;
      continue;
    }
    const l = s.locationId === null ? -1 : locationIndex.get(s.locationId) ?? -1;
    const u = s.orgUnitId === null ? -1 : unitIndex.get(s.orgUnitId) ?? -1;
    const key = `${r}:${l}:${u}`;
    let c = cellKeys.get(key);
    if (c === undefined) {
      c = role.length;
      cellKeys.set(key, c);
      role.push(r);
      location.push(l);
      unit.push(u);
      heads.push(0);
      fte.push(0);
      salary.push(0);
    }
    heads[c] += s.headcount;
    fte[c] += s.fte;
    salary[c] += s.salary;
  }
  if (data.unassignedEmployees) warnings.push(`${data.unassignedEmployees} employees have no role; left out of the projection.`);
  if (skipped > 0) warnings.push(`${skipped} employees have a role that is not in the roles list; left out of the projection.`);
  const staffed = new Set(role);
  data.roles.forEach((r, i) => {
    if (staffed.has(i)) return;
    role.push(i);
    location.push(r.locationId === null ? -1 : locationIndex.get(r.locationId) ?? -1);
    unit.push(r.orgUnitId === null ? -1 : unitIndex.get(r.orgUnitId) ?? -1);
    heads.push(0);
    fte.push(0);
    salary.push(0);
  });
  const cells: BaseCells = {
    role: Int32Array.from(role),
    location: Int32Array.from(location),
    unit: Int32Array.from(unit),
    heads: Float64Array.from(heads),
    fte: Float64Array.from(fte),
    salary: Float64Array.from(salary),
  };
  const roleCells: number[][] = data.roles.map(() => []);
  role.forEach((r, c) => roleCells[r].push(c));

  const num = new Float64Array(data.roles.length);
  const den = new Float64Array(data.roles.length);
  for (const t of data.tasks) {
    const r = roleIndex.get(t.roleId);
    if (r === undefined) continue;
    num[r] += t.timeShare * t.exposure;
    den[r] += t.timeShare;
  }
  const taskExposure = Float64Array.from(num, (x, r) => (den[r] > 0 ? x / den[r] : NaN));

  const rates = resolveRoleRates(data, roleIndex, rateOptions);
  return {
    data,
    roleIndex,
    unitIndex,
    locationIndex,
    families,
    roleFamily,
    rates,
    cells,
    roleCells,
    taskExposure,
    warnings: [...warnings, ...rates.warnings],
  };
}
