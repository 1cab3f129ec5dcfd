// From a scenario and the gap model to the plan's problem. Two steps, so a what-if is cheap:
//   prepareBase(source)      scenario-dependent, query-independent: plan cells with demand and
//                            natural supply, cost tables, people, pruned learning candidates;
//   problemFor(base, query)  applies min fit, budgets and seat overrides (no recomputation).
//
// Natural supply is the scenario's projection with NO hiring and NO internal transfers into new
// markets: today's people after attrition and the scenario's usual internal moves. Everything
// that replaces leavers or staffs growth is then a decision of the plan (build, buy, borrow).
import type { ScenarioBody } from '../../../shared/domain/scenario';
import type { GapModel } from '../gaps/types';
import { resolveProfiles } from '../gaps/profiles';
import { isoToDay } from '../gaps/dates';
import type { CompiledScenario } from '../scenario/compile';
import type { Projection } from '../scenario/types';
import { buildCandidates } from './candidates';
import { startStep } from './pruning';
import type { CostParams, PlanCells, PlanPeople, PlanProblem } from './types';

/** The scenario body the natural projection runs: same changes, nobody hired, no transfers. */
export function naturalBody(body: ScenarioBody, roleIds: readonly number[]): ScenarioBody {
  const rules = new Map((body.hiringByRole ?? []).map((r) => [r.roleId, r]));
  return {
    ...body,
    hiring: 'none',
    // A ramp's cells hire by default; an explicit 'none' per role switches that off too.
    hiringByRole: roleIds.map((roleId) => ({ ...rules.get(roleId), roleId, policy: 'none' as const })),
    changes: body.changes.map((ch) => (ch.type === 'new-market' ? { ...ch, internalShare: 0 } : ch)),
  };
}

export interface PlanSource {
  scenarioId: number | null;
  /** The scenario as saved (internal shares are read from it) and its natural compile and run. */
  body: ScenarioBody;
  compiled: CompiledScenario;
  projection: Projection;
  /** Gap model with the scenario's requirements applied. */
  model: GapModel;
  /** Per gap-model employee: annual salary (0 unknown) and hire day (NaN unknown). */
  salary: Float64Array;
  hireDay: Float64Array;
  /** Per gap-model program: seats per month, new starters (Infinity unlimited; problemFor converts to seats per start date). */
  seats: Float64Array;
  params: (roleId: number, locationId: number | null) => CostParams;
  top: number;
}

/** What every query on one scenario shares: the problem without a query's budget and min fit. */
export interface PlanBase extends Omit<PlanProblem, 'budget' | 'minFit'> {
  /** Gap-model employee index of each plan person. */
  employee: Int32Array;
  warnings: string[];
}

const DAYS_PER_YEAR = 365.2425;

export function prepareBase(src: PlanSource): PlanBase {
  const { compiled: cs, projection: pj, model: m } = src;
  const cm = cs.model;
  const data = cs.baseline.data;
  const T = cm.T;
  const W = T + 1;
  const mpp = cm.monthsPerPeriod;
  const warnings = [...cs.meta.warnings];
  for (let r = 0; r < data.roles.length; r++) {
    if (m.roles.id[r] !== data.roles[r].id) throw new Error('gap model and scenario data list different roles');
  }

  // Plan cells: the scenario's (role, location, unit) cells summed over units.
  const key = (r: number, l: number) => r * (data.locations.length + 1) + (l + 1);
  const cellOf = new Map<number, number>();
  const owner = new Int32Array(cm.C);
  const roles: number[] = [];
  const locs: number[] = [];
  for (let c = 0; c < cm.C; c++) {
    const k = key(cm.cellRole[c], cm.cellLocation[c]);
    let pc = cellOf.get(k);
    if (pc === undefined) {
      pc = roles.length;
      cellOf.set(k, pc);
      roles.push(cm.cellRole[c]);
      locs.push(cm.cellLocation[c]);
    }
    owner[c] = pc;
  }
  const C = roles.length;
  const demand = new Float64Array(C * W);
  const supply = new Float64Array(C * W);
  const automation = new Float64Array(C * W);
  const heads = new Float64Array(C);
  const stayW = new Float64Array(C);
  const cost = new Float64Array(C);
  const costW = new Float64Array(C);
  const salary = new Float64Array(C);
  const salaryFte = new Float64Array(C);
  const ttf = new Float64Array(C);
  const costSource: string[] = new Array(C).fill('');
  for (let c = 0; c < cm.C; c++) {
    const pc = owner[c];
    for (let k = 0; k <= T; k++) {
      demand[pc * W + k] += pj.demandFte[k * cm.C + c];
      supply[pc * W + k] += pj.supplyFte[k * cm.C + c];
      automation[pc * W + k] += pj.automationFte[k * cm.C + c];
    }
    const w = Math.max(cm.n0[c], 1e-6);
    heads[pc] += w;
    stayW[pc] += w * (1 - pj.pExit[c]);
    const cw = Math.max(cs.meta.cells.fte[c], 1e-6);
    cost[pc] += cw * cm.costPerFte[c];
    costW[pc] += cw;
    salary[pc] += cs.meta.cells.salary[c];
    salaryFte[pc] += cs.meta.cells.fte[c];
    ttf[pc] = Math.max(ttf[pc], cm.ttfDays[c]);
    if (!costSource[pc]) costSource[pc] = cs.meta.costSource[c];
  }
  const loadedCost = Float64Array.from(cost, (x, c) => x / costW[c]);
  // A hire's salary: the cell's salaries per FTE; empty cells scale their loaded cost by the
  // engagement's salary-to-loaded-cost ratio.
  let sumSalary = 0;
  let sumLoaded = 0;
  for (let c = 0; c < C; c++) if (salaryFte[c] > 0 && salary[c] > 0) (sumSalary += salary[c]), (sumLoaded += loadedCost[c] * salaryFte[c]);
  const ratio = sumLoaded > 0 ? sumSalary / sumLoaded : 1;
  const hireSalary = Float64Array.from(loadedCost, (lc, c) => (salaryFte[c] > 0 && salary[c] > 0 ? salary[c] / salaryFte[c] : lc * ratio));
  const salarySource = Array.from(hireSalary, (_, c) => (salaryFte[c] > 0 && salary[c] > 0 ? 'mean salary per FTE in the role' : `loaded cost x engagement salary ratio ${ratio.toFixed(2)}`));
  const marketIndex = new Map(cs.meta.markets.map((mk) => [mk.locationId, mk.labourCostIndex]));
  const locIndex = (l: number) => (l < 0 ? 1 : marketIndex.get(data.locations[l].id) ?? data.locations[l].labourCostIndex);

  // Internal share of new markets (from the saved body: the natural run zeroed it).
  const internalShare = new Float64Array(C).fill(NaN);
  for (const ch of src.body.changes) {
    if (ch.type !== 'new-market') continue;
    const l = cs.baseline.locationIndex.get(ch.locationId);
    for (const rp of ch.ramp) {
      const r = cs.baseline.roleIndex.get(rp.roleId);
      const pc = r === undefined || l === undefined ? undefined : cellOf.get(key(r, l));
      if (pc !== undefined && ch.internalShare > 0) internalShare[pc] = ch.internalShare;
    }
  }

  // Automation investment, per period spent, shared across cells by their automated FTE at T.
  const investment = new Float64Array(C * W);
  let autoT = 0;
  for (let c = 0; c < C; c++) autoT += automation[c * W + T];
  if (autoT > 0) for (let k = 0; k <= T; k++) for (let c = 0; c < C; c++) investment[c * W + k] = (cm.investment[k] * automation[c * W + T]) / autoT;

  // Role profiles today and at the horizon; the first period a role's changed profile is in force.
  const asOfDay = isoToDay(cs.meta.dates[0]);
  const endDay = isoToDay(cs.meta.dates[T]);
  const dayOf = cs.meta.dates.map((d) => isoToDay(d));
  const now = resolveProfiles(m, asOfDay);
  const future = resolveProfiles(m, endDay);
  const roleChange = new Int32Array(m.roles.id.length).fill(T + 1);
  const q = m.requirements;
  for (let i = 0; i < q.role.length; i++) {
    const d = q.effectiveDay[i];
    if (d <= asOfDay || d > endDay) continue;
    let k = 1;
    while (k < T && dayOf[k] < d) k++;
    roleChange[q.role[i]] = Math.min(roleChange[q.role[i]], k);
  }

  const params = roles.map((r, c) => src.params(data.roles[r].id, locs[c] < 0 ? null : data.locations[locs[c]].id));
  const cells: PlanCells = {
    C,
    roleId: roles.map((r) => data.roles[r].id),
    role: roles.map((r) => data.roles[r].title),
    locationId: locs.map((l) => (l < 0 ? null : data.locations[l].id)),
    location: locs.map((l) => (l < 0 ? '(no location)' : data.locations[l].name)),
    roleIndex: Int32Array.from(roles),
    demand,
    supply,
    automation,
    investment,
    stay: Float64Array.from(stayW, (x, c) => x / heads[c]),
    loadedCost,
    hireSalary,
    costSource,
    salarySource,
    labourCostIndex: Float64Array.from(locs, locIndex),
    ttfDays: ttf,
    lead: Int32Array.from(ttf, (d) => Math.ceil(d / cm.daysPerPeriod - 1e-9)),
    capLoc: Int32Array.from(locs, (l) => (l >= 0 && Number.isFinite(cm.capacity[l]) ? l : -1)),
    internalShare,
    changePeriod: Int32Array.from(roles, (r) => roleChange[r]),
    params,
  };

  // People: everyone with a role and a plan cell, in gap-model order.
  const personCell: number[] = [];
  const employee: number[] = [];
  for (let e = 0; e < m.employees.id.length; e++) {
    const r = m.employees.role[e];
    if (r < 0) continue;
    const pc = cellOf.get(key(r, m.employees.location[e]));
    if (pc === undefined) continue;
    personCell.push(pc);
    employee.push(e);
  }
  const P = employee.length;
  const emp = Int32Array.from(employee);
  const cellsOfRole: number[][] = m.roles.id.length ? Array.from({ length: m.roles.id.length }, () => []) : [];
  roles.forEach((r, c) => cellsOfRole[r].push(c));
  // The cell a reskilled person joins: the role at their own location, else its biggest cell at T.
  for (const list of cellsOfRole) list.sort((a, b) => demand[b * W + T] - demand[a * W + T] || a - b);
  const targetRole = Uint8Array.from(cellsOfRole, (list) => (list.length > 0 ? 1 : 0));
  const built = buildCandidates({
    model: m,
    now,
    future,
    people: emp,
    personCell: Int32Array.from(personCell),
    cellRole: cells.roleIndex,
    targetRole,
    targetCell: (r, l) => cellsOfRole[r].find((c) => locs[c] === l) ?? cellsOfRole[r][0] ?? -1,
    top: src.top,
    monthsPerPeriod: mpp,
  });
  const people: PlanPeople = {
    P,
    id: Float64Array.from(emp, (e) => m.employees.id[e]),
    ref: Array.from(emp, (e) => m.employees.ref[e]),
    cell: Int32Array.from(personCell),
    fte: Float64Array.from(emp, (e) => m.employees.fte[e]),
    salary: Float64Array.from(emp, (e, i) => (src.salary[e] > 0 ? src.salary[e] : loadedCost[personCell[i]] * m.employees.fte[e])),
    salaryKnown: Uint8Array.from(emp, (e) => (src.salary[e] > 0 ? 1 : 0)),
    tenureYears: Float64Array.from(emp, (e) => (Number.isNaN(src.hireDay[e]) ? NaN : Math.max(0, (asOfDay - src.hireDay[e]) / DAYS_PER_YEAR))),
    readiness: built.readiness.readiness,
    unready: built.readiness.unready,
    extraHours: built.readiness.extraHours,
  };
  const unknownSalary = P - people.salaryKnown.reduce((a, b) => a + b, 0);
  if (unknownSalary > 0) warnings.push(`${unknownSalary} people have no salary; their role's loaded cost stands in for learning time and severance.`);

  return {
    T,
    monthsPerPeriod: mpp,
    dates: cs.meta.dates,
    payLevel: Float64Array.from({ length: W }, (_, k) => (1 + cm.inflation) ** ((Math.max(0, k - 1) * mpp) / 12)),
    cells,
    people,
    employee: emp,
    candidates: built.candidates,
    programs: {
      id: Array.from(m.programs.id),
      name: m.programs.name,
      cost: m.programs.costPerPerson,
      durationMonths: m.programs.durationMonths,
      seats: src.seats,
    },
    locations: {
      id: data.locations.map((l) => l.id),
      name: data.locations.map((l) => l.name),
      capacity: Float64Array.from(cm.capacity),
    },
    skills: { id: Array.from(m.skills.id), name: m.skills.name },
    warnings,
  };
}

export interface ProblemQuery {
  minFit: number;
  budget: number | null;
  periodBudget: number | null;
  /** Seat overrides by program id, per month (null: unlimited). */
  seats: Map<number, number | null>;
}

/**
 * The problem for one query. Seats are new starters per month in the catalogue (like its
 * durations), whatever the scenario's period: a program's capacity must not shrink threefold
 * because the plan is quarterly. A start date gets the seats of every month up to the next one.
 */
export function problemFor(base: PlanBase, q: ProblemQuery): PlanProblem {
  const monthsPerStart = base.monthsPerPeriod * startStep(base.T);
  const seats = Float64Array.from(base.programs.seats, (s, p) => {
    const o = q.seats.get(base.programs.id[p]);
    const perMonth = o === undefined ? s : o === null ? Infinity : o;
    return perMonth * monthsPerStart;
  });
  return {
    T: base.T,
    monthsPerPeriod: base.monthsPerPeriod,
    dates: base.dates,
    payLevel: base.payLevel,
    cells: base.cells,
    people: base.people,
    candidates: base.candidates,
    programs: { ...base.programs, seats },
    locations: base.locations,
    skills: base.skills,
    budget: { total: q.budget ?? Infinity, perPeriod: q.periodBudget ?? Infinity },
    minFit: q.minFit,
  };
}
