// Small plan problems built by hand (no database, no scenario run): cells with demand and
// natural supply, people, their learning options and programs. Natural supply is derived from
// the people (fte x stay^k) so heads always match people, as in a real engagement without moves.
import { baseParams } from '../../../../src/main/engine/plan/costs';
import { offsetFor } from '../../../../src/main/engine/plan/candidates';
import { KIND_RESKILL, KIND_UPSKILL, type CostParams, type PlanProblem } from '../../../../src/main/engine/plan/types';
import { defaultSettings } from '../../../../src/shared/domain/settings';

export interface CellSpec {
  role: string;
  location?: number;
  /** Demand at k = 1..T (k = 0 is copied from k = 1). */
  demand: number[];
  stay?: number;
  loadedCost?: number;
  hireSalary?: number;
  ttfDays?: number;
  internalShare?: number;
  changePeriod?: number;
  params?: Partial<CostParams>;
}

export interface PersonSpec {
  cell: number;
  fte?: number;
  salary?: number;
  tenureYears?: number;
  unready?: boolean;
}

export interface OptionSpec {
  person: number;
  kind: 'upskill' | 'reskill';
  /** Target cell (the own cell for upskill). */
  cell: number;
  fit?: number;
  months?: number;
  programs?: number[];
}

export interface ProblemSpec {
  T: number;
  monthsPerPeriod?: number;
  cells: CellSpec[];
  people: PersonSpec[];
  options: OptionSpec[];
  programs?: { name: string; cost: number; durationMonths?: number; seats?: number }[];
  /** Hires per period by location index; absent = unlimited. */
  capacity?: (number | null)[];
  budget?: number;
  periodBudget?: number;
  minFit?: number;
  inflation?: number;
}

/** Parameters that make costs easy to work out by hand: no vacancy or onboarding cost, no contractors. */
export const SIMPLE: Partial<CostParams> = { vacancyCostShare: 0, onboardingMonths: 0, contractorCapShare: 0, severanceMinWeeks: 0, productivityLossWhileLearning: 0 };

export function problem(spec: ProblemSpec): PlanProblem {
  const T = spec.T;
  const W = T + 1;
  const mpp = spec.monthsPerPeriod ?? 12;
  const C = spec.cells.length;
  const base = baseParams(defaultSettings().costs);
  const stay = Float64Array.from(spec.cells, (c) => c.stay ?? 1);
  const demand = new Float64Array(C * W);
  const supply = new Float64Array(C * W);
  spec.cells.forEach((c, i) => {
    for (let k = 0; k <= T; k++) demand[i * W + k] = c.demand[Math.max(0, k - 1)] ?? 0;
  });
  spec.people.forEach((p) => {
    for (let k = 0; k <= T; k++) supply[p.cell * W + k] += (p.fte ?? 1) * stay[p.cell] ** k;
  });
  const locations = Math.max(1, ...spec.cells.map((c) => (c.location ?? 0) + 1));
  const P = spec.people.length;
  const options = [...spec.options].sort((a, b) => a.person - b.person);
  const start = new Int32Array(P + 1);
  for (const o of options) start[o.person + 1]++;
  for (let e = 0; e < P; e++) start[e + 1] += start[e];
  const progStart = [0];
  const prog: number[] = [];
  const programs = spec.programs ?? [];
  for (const o of options) {
    for (const p of o.programs ?? []) prog.push(p);
    progStart.push(prog.length);
  }
  const months = options.map((o) => Math.max(o.months ?? 0, ...(o.programs ?? []).map((p) => programs[p].durationMonths ?? 0)));
  return {
    T,
    monthsPerPeriod: mpp,
    dates: Array.from({ length: W }, (_, k) => `${2026 + Math.floor((k * mpp) / 12)}-${String(((k * mpp) % 12) + 1).padStart(2, '0')}-01`),
    payLevel: Float64Array.from({ length: W }, (_, k) => (1 + (spec.inflation ?? 0)) ** ((Math.max(0, k - 1) * mpp) / 12)),
    cells: {
      C,
      roleId: spec.cells.map((_, i) => i + 1),
      role: spec.cells.map((c) => c.role),
      locationId: spec.cells.map((c) => (c.location ?? 0) + 1),
      location: spec.cells.map((c) => `Site ${(c.location ?? 0) + 1}`),
      roleIndex: Int32Array.from(spec.cells, (_, i) => i),
      demand,
      supply,
      automation: new Float64Array(C * W),
      investment: new Float64Array(C * W),
      stay,
      loadedCost: Float64Array.from(spec.cells, (c) => c.loadedCost ?? 60_000),
      hireSalary: Float64Array.from(spec.cells, (c) => c.hireSalary ?? 50_000),
      costSource: spec.cells.map(() => 'test'),
      salarySource: spec.cells.map(() => 'test'),
      labourCostIndex: new Float64Array(C).fill(1),
      ttfDays: Float64Array.from(spec.cells, (c) => c.ttfDays ?? 0),
      lead: Int32Array.from(spec.cells, (c) => Math.ceil((c.ttfDays ?? 0) / (mpp * (365.2425 / 12)) - 1e-9)),
      capLoc: Int32Array.from(spec.cells, (c) => (spec.capacity?.[c.location ?? 0] ?? null) === null ? -1 : c.location ?? 0),
      internalShare: Float64Array.from(spec.cells, (c) => c.internalShare ?? NaN),
      changePeriod: Int32Array.from(spec.cells, (c) => c.changePeriod ?? T + 1),
      params: spec.cells.map((c) => ({ ...base, ...c.params })),
    },
    people: {
      P,
      id: Float64Array.from(spec.people, (_, i) => i + 1),
      ref: spec.people.map((_, i) => `P${i + 1}`),
      cell: Int32Array.from(spec.people, (p) => p.cell),
      fte: Float64Array.from(spec.people, (p) => p.fte ?? 1),
      salary: Float64Array.from(spec.people, (p) => p.salary ?? 52_000),
      salaryKnown: new Uint8Array(P).fill(1),
      tenureYears: Float64Array.from(spec.people, (p) => p.tenureYears ?? 1),
      readiness: new Float64Array(P).fill(0.8),
      unready: Uint8Array.from(spec.people, (p) => (p.unready ? 1 : 0)),
      extraHours: Float64Array.from(spec.people, (p) => (p.unready ? 40 : 0)),
    },
    candidates: {
      start,
      kind: Uint8Array.from(options, (o) => (o.kind === 'upskill' ? KIND_UPSKILL : KIND_RESKILL)),
      cell: Int32Array.from(options, (o) => o.cell),
      fit: Float64Array.from(options, (o) => o.fit ?? 1),
      coverage: new Float64Array(options.length).fill(1),
      hours: Float64Array.from(months, (m) => m * 16),
      months: Float64Array.from(months),
      offset: Int32Array.from(months, (m) => offsetFor(m, mpp)),
      readinessGain: new Float64Array(options.length).fill(0.1),
      progStart: Int32Array.from(progStart),
      prog: Int32Array.from(prog),
      progLevels: new Float64Array(prog.length).fill(1),
      skillStart: Int32Array.from(prog.map((_, i) => i).concat(prog.length)),
      skill: new Int32Array(prog.length),
      skillLevels: new Float64Array(prog.length).fill(1),
    },
    programs: {
      id: programs.map((_, i) => i + 1),
      name: programs.map((p) => p.name),
      cost: Float64Array.from(programs, (p) => p.cost),
      durationMonths: Float64Array.from(programs, (p) => p.durationMonths ?? 1),
      seats: Float64Array.from(programs, (p) => p.seats ?? Infinity),
    },
    locations: {
      id: Array.from({ length: locations }, (_, i) => i + 1),
      name: Array.from({ length: locations }, (_, i) => `Site ${i + 1}`),
      capacity: Float64Array.from({ length: locations }, (_, i) => spec.capacity?.[i] ?? Infinity),
    },
    skills: { id: [1], name: ['Skill'] },
    budget: { total: spec.budget ?? Infinity, perPeriod: spec.periodBudget ?? Infinity },
    minFit: spec.minFit ?? 0.75,
  };
}
