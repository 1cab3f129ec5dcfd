// Test and benchmark fixtures for the scenario engine: a small builder for WorkforceData, the
// published Markov example read from the shared golden folder, and a synthetic large engagement.
import fs from 'node:fs';
import path from 'node:path';
import type { ScenarioBody } from '../../../../src/shared/domain/scenario';
import type { WorkforceData } from '../../../../src/main/engine/scenario/types';
import { referenceFile } from '../../../helpers/reference-data';

export function emptyData(over: Partial<WorkforceData> = {}): WorkforceData {
  return {
    asOfDate: '2026-01-01',
    costs: { defaultAttritionRate: 0.1, salaryInflation: 0, recruitingShareOfSalary: 0.2 },
    roles: [],
    orgUnits: [],
    locations: [],
    staff: [],
    transitions: [],
    moves: [],
    currentEmployees: [],
    familyAttrition: [],
    tasks: [],
    exposures: [],
    requirements: [],
    skills: [],
    ...over,
  };
}

export function body(over: Partial<ScenarioBody> = {}): ScenarioBody {
  return { startDate: '2026-01-01', periodUnit: 'month', periods: 12, hiring: 'none', assumptions: [], changes: [], ...over };
}

export const role = (id: number, title: string, family = 'F', extra: Partial<WorkforceData['roles'][number]> = {}) => ({
  id,
  title,
  family,
  level: null,
  orgUnitId: null,
  locationId: null,
  loadedCost: 0,
  ...extra,
});

export const staff = (roleId: number, headcount: number, extra: Partial<WorkforceData['staff'][number]> = {}) => ({
  roleId,
  locationId: null,
  orgUnitId: null,
  headcount,
  fte: headcount,
  salary: headcount * 50_000,
  ...extra,
});

export const location = (id: number, name: string, extra: Partial<WorkforceData['locations'][number]> = {}) => ({
  id,
  name,
  planned: false,
  launchDate: null,
  labourCostIndex: 1,
  timeToFillDays: {},
  hiresPerMonth: null,
  ...extra,
});

export interface Golden {
  states: string[];
  transition_rows_from_to: Record<string, number[]>;
  exit: Record<string, number>;
  initial_2012: Record<string, number>;
  flows_2013_published: Record<string, Record<string, number>>;
  availability_2013: Record<string, number>;
  derived_no_recruitment: Record<string, Record<string, number>>;
  derived_fixed_size_730_all_recruits_to_SF: Record<string, Record<string, number>>;
}

/** The golden file stays in the shared folder; tests read it from there. */
export function readGolden(): Golden {
  const file = referenceFile('golden', 'heneman_doortodoor_markov.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).case as Golden;
}

/** The golden chain as engagement data: one role per state, the matrix as a transitions table. */
export function goldenData(g: Golden): WorkforceData {
  const id = (s: string) => g.states.indexOf(s) + 1;
  const transitions: WorkforceData['transitions'] = [];
  for (const from of g.states) {
    g.transition_rows_from_to[from].forEach((rate, j) => {
      const to = g.states[j];
      if (rate > 0) transitions.push({ fromRoleId: id(from), toRoleId: id(to), kind: 'move', annualRate: rate });
    });
    transitions.push({ fromRoleId: id(from), toRoleId: null, kind: 'attrition', annualRate: g.exit[from] });
  }
  return emptyData({
    asOfDate: '2012-01-01',
    roles: g.states.map((s) => role(id(s), s, 'Sales')),
    staff: g.states.map((s) => staff(id(s), g.initial_2012[s])),
    transitions,
  });
}

/** Deterministic pseudo-random numbers for synthetic data (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic engagement: `roles` roles in families of 10 (5 levels x 2 tracks), each with a
 * promotion to the next level, a lateral move and attrition; several units and locations;
 * headcount summing to about `employees`.
 */
export function syntheticData(roles: number, employees: number, seed = 7): WorkforceData {
  const rnd = prng(seed);
  const locations = [1, 2, 3, 4].map((i) => location(i, `Site ${i}`, { timeToFillDays: { F0: 30 + 10 * i }, hiresPerMonth: 40 * i }));
  const orgUnits = Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: `Unit ${i + 1}`, parentId: i < 3 ? null : (i % 3) + 1 }));
  const list = Array.from({ length: roles }, (_, i) =>
    role(i + 1, `Role ${i + 1}`, `F${Math.floor(i / 10) % 50}`, {
      level: i % 5,
      orgUnitId: (i % 12) + 1,
      locationId: (i % 4) + 1,
      loadedCost: 40_000 + 5_000 * (i % 5),
    }),
  );
  const weights = list.map((_, i) => (5 - (i % 5)) * (0.5 + rnd()));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const staffRows = list.map((r, i) => {
    const heads = Math.max(1, Math.round((employees * weights[i]) / wsum));
    return staff(r.id, heads, { locationId: r.locationId, orgUnitId: r.orgUnitId, fte: heads * 0.95 });
  });
  const transitions: WorkforceData['transitions'] = [];
  list.forEach((r, i) => {
    transitions.push({ fromRoleId: r.id, toRoleId: null, kind: 'attrition', annualRate: 0.06 + 0.1 * rnd() });
    if (i % 5 < 4 && i + 1 < roles) transitions.push({ fromRoleId: r.id, toRoleId: r.id + 1, kind: 'move', annualRate: 0.05 + 0.1 * rnd() });
    const lateral = ((i + 5) % roles) + 1;
    if (lateral !== r.id) transitions.push({ fromRoleId: r.id, toRoleId: lateral, kind: 'move', annualRate: 0.02 * rnd() });
  });
  const tasks = list.flatMap((r, i) => [
    { id: 2 * i + 1, roleId: r.id, timeShare: 0.6, exposure: rnd() },
    { id: 2 * i + 2, roleId: r.id, timeShare: 0.4, exposure: rnd() * 0.5 },
  ]);
  return emptyData({ roles: list, locations, orgUnits, staff: staffRows, transitions, tasks });
}
