// A fake plan host for component tests: plans shaped exactly like the API's PlanResult, computed
// from the query by a small model (three roles at two sites, four monthly periods, two programs),
// so a what-if on budget, seats or min fit answers with a different mix as the real host would;
// people are paged and filtered from the same plan; outcomes and cost overrides are kept.
import type { ObjectiveRow, ProgramRow } from '../../../../src/shared/api-types';
import type { CostOverrideRow, ObjectiveOutcomeRow, PlanMixRow, PlanPersonRow, PlanQuery, PlanResult, PlanShortfall } from '../../../../src/shared/plan-types';
import type { ScenarioSummary } from '../../../../src/shared/scenario-types';
import type { Replies } from '../../helpers';
import { ok } from '../../helpers';

export const PEOPLE = 120;
const DATES = ['2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01'];
const UNIT = { upskill: 2000, reskill: 3000, buy: 20000, borrow: 5000, severance: 7000, bot: 100000 };
const FEES = { academy: 1200, literacy: 400 };
const NEED = { upskill: 8, reskill: 3 };

export const programs = [
  { programId: 1, name: 'AI Academy', seats: 10 as number | null },
  { programId: 2, name: 'Data Literacy', seats: null as number | null },
];

const scenarioSummary = (id: ScenarioSummary['id'], name: string, kind: ScenarioSummary['kind']): ScenarioSummary => ({
  id,
  name,
  kind,
  description: '',
  builtIn: id === 'baseline',
  createdAt: null,
  latestVersion: id === 'baseline' ? null : 1,
  updatedAt: null,
  versions: [],
});
export const scenarios: ScenarioSummary[] = [scenarioSummary('baseline', 'baseline', 'baseline'), scenarioSummary(1, 'AI claims', 'automation'), scenarioSummary(2, 'Warsaw entry', 'new-market')];

export const objective = { id: 1, name: 'Faster claims', metric: 'Cycle time', unit: 'days', baseline: 21, target: 14, targetDate: '2028-03-31' };

const cells = [
  { roleId: 11, role: 'Claims Handler', locationId: 1, location: 'Dublin' },
  { roleId: 12, role: 'Underwriter', locationId: 1, location: 'Dublin' },
  { roleId: 13, role: 'Data Analyst', locationId: 4, location: 'Warsaw' },
];

export interface FakePlanState {
  outcomes: ObjectiveOutcomeRow[];
  overrides: CostOverrideRow[];
}

/** How many people each option gets under a query (the fake's "optimiser"). */
export function choices(q: PlanQuery) {
  const seats = q.seats?.find((s) => s.programId === 1);
  const seatCap = seats === undefined ? programs[0].seats : seats.seats;
  const budget = q.budget ?? null;
  const byBudget = budget === null ? Infinity : Math.floor(budget / FEES.academy);
  const upskill = Math.max(0, Math.min(NEED.upskill, seatCap ?? Infinity, byBudget));
  const reskill = (q.minFit ?? 0.75) <= 0.8 ? NEED.reskill : 1;
  return { upskill, reskill, infeasible: budget === 0 };
}

function mixRow(c: (typeof cells)[number], period: number, v: Partial<Record<'upskill' | 'reskill' | 'buy' | 'borrow' | 'bot' | 'release' | 'uncovered', number>>): PlanMixRow {
  const x = { upskill: 0, reskill: 0, buy: 0, borrow: 0, bot: 0, release: 0, uncovered: 0, ...v };
  const cost = {
    upskill: x.upskill * UNIT.upskill,
    reskill: x.reskill * UNIT.reskill,
    buy: x.buy * UNIT.buy,
    borrow: x.borrow * UNIT.borrow,
    bot: c.roleId === 11 && period === 1 ? UNIT.bot : 0,
    release: x.release * UNIT.severance,
  };
  const build = cost.upskill + cost.reskill;
  return {
    ...c,
    period,
    date: DATES[period],
    demand: c.roleId === 11 ? 20 - x.bot : 5,
    naturalSupply: c.roleId === 13 ? 0 : 12,
    gap: c.roleId === 11 ? 8 - x.bot : c.roleId === 13 ? 5 : -1,
    build: x.upskill + x.reskill,
    ...x,
    cost: { ...cost, build, total: build + cost.buy + cost.borrow + cost.bot + cost.release },
  };
}

function person(i: number, up: number, re: number): PlanPersonRow {
  const id = i + 1;
  const ref = `P${String(id).padStart(4, '0')}`;
  const base = { employeeId: id, ref, roleId: 11, role: 'Claims Handler', locationId: 1, location: 'Dublin', fte: 1, programs: [], startPeriod: null, startDate: null, monthsToProficiency: null, proficientPeriod: null, proficientDate: null, release: null, targetRoleId: null, targetRole: null, figures: [] };
  if (i < up)
    return {
      ...base,
      action: 'upskill',
      programs: [{ programId: 1, name: 'AI Academy', cost: FEES.academy, durationMonths: 2 }],
      startPeriod: 1,
      startDate: DATES[0],
      monthsToProficiency: 2,
      proficientPeriod: 2,
      proficientDate: DATES[2],
      fit: 0.6,
      cost: UNIT.upskill,
      reason: `Upskill in Claims Handler: the profile changes by ${DATES[2]}; AI Academy from ${DATES[0]}, proficient in 2 months. Costs EUR 2,000 against EUR 20,000 to hire.`,
      figures: [{ label: 'cost of this move', figure: { formula: 'program fees + salary x months to proficiency / 12 x productivity lost while learning', inputs: [{ name: 'program fees', value: FEES.academy }, { name: 'productivity lost while learning', value: 0.2, assumption: true }], result: UNIT.upskill } }],
    };
  if (i < up + re)
    return {
      ...base,
      action: 'reskill',
      targetRoleId: 13,
      targetRole: 'Data Analyst',
      programs: [{ programId: 2, name: 'Data Literacy', cost: FEES.literacy, durationMonths: 3 }],
      startPeriod: 1,
      startDate: DATES[0],
      monthsToProficiency: 3,
      proficientPeriod: 3,
      proficientDate: DATES[3],
      fit: 0.82,
      cost: UNIT.reskill,
      reason: `Reskill to Data Analyst (Warsaw): fit 82% (min fit 75%) and Claims Handler has more people than it needs; Data Literacy from ${DATES[0]}, proficient in 3 months.`,
      figures: [
        { label: 'cost of this move', figure: { formula: 'program fees + salary x months to proficiency / 12 x productivity lost while learning', inputs: [{ name: 'program fees', value: FEES.literacy }, { name: 'months to proficiency', value: 3 }], result: UNIT.reskill } },
        { label: 'fit for Data Analyst', figure: { formula: 'fit = sum(w x min(p, L)) / sum(w x L)', inputs: [{ name: 'min fit', value: 0.75, assumption: true }], result: 0.82 } },
      ],
    };
  if (i === up + re)
    return { ...base, action: 'at-risk', fit: 0.4, release: { period: 4, date: DATES[4], severance: UNIT.severance }, cost: UNIT.severance, reason: `At risk, release by ${DATES[4]}: no move with fit at least 75% is cheaper. Severance EUR 7,000.` };
  return { ...base, roleId: 12, role: 'Underwriter', action: 'none', fit: 0.9, cost: 0, reason: 'No action: ready for the role as it will be.' };
}

export function planOf(q: PlanQuery, state: FakePlanState = { outcomes: [], overrides: [] }): { result: PlanResult; people: PlanPersonRow[] } {
  const { upskill, reskill, infeasible } = choices(q);
  const [claims, under, analyst] = cells;
  const mix: PlanMixRow[] = [];
  for (let k = 1; k <= 4; k++) {
    mix.push(mixRow(claims, k, { upskill: k === 2 ? upskill : 0, buy: k === 2 ? NEED.upskill - upskill : 0, bot: k >= 3 ? 2 : 0, release: k === 4 ? 1 : 0, uncovered: infeasible && k <= 2 ? 1.5 : 0 }));
    mix.push(mixRow(under, k, { borrow: k === 1 ? 1 : 0 }));
    mix.push(mixRow(analyst, k, { reskill: k === 3 ? reskill : 0, buy: k === 3 ? NEED.reskill - reskill : 0 }));
  }
  const sum = (f: (r: PlanMixRow) => number) => mix.reduce((a, r) => a + f(r), 0);
  const fees = upskill * FEES.academy + reskill * FEES.literacy;
  const byOption = { build: sum((r) => r.cost.build), buy: sum((r) => r.cost.buy), borrow: sum((r) => r.cost.borrow), bot: sum((r) => r.cost.bot), release: sum((r) => r.cost.release) };
  const cost = sum((r) => r.cost.total);
  const people = Array.from({ length: PEOPLE }, (_, i) => person(i, upskill, reskill));
  const shortfalls: PlanShortfall[] = infeasible
    ? [1, 2].map((k) => ({
        kind: 'coverage',
        ...claims,
        period: k,
        date: DATES[k],
        fte: 1.5,
        binding: [
          { constraint: 'learning-budget', detail: 'the learning budget of EUR 0 is spent.' },
          { constraint: 'time-to-fill', detail: `time-to-fill for Claims Handler at Dublin is 90 days: the first hire requested now arrives in period 3 (${DATES[3]}).` },
        ],
      }))
    : [];
  const figure = (formula: string, result: number) => ({ formula, inputs: [], result });
  const roiOf = (n: number, fee: number, unit: number, avoided: number) => {
    const c = n * unit;
    const gained = n * 1000;
    return {
      cost: c,
      fees: n * fee,
      avoidedHiring: n * avoided,
      avoidedSeverance: 0,
      productivityGained: gained,
      roi: c > 0 ? (n * avoided + gained) / c : null,
    };
  };
  const academy = roiOf(upskill, FEES.academy, UNIT.upskill, UNIT.buy);
  const literacy = roiOf(reskill, FEES.literacy, UNIT.reskill, UNIT.buy);
  const programRow = (p: (typeof programs)[number], n: number, r: typeof academy) => ({
    programId: p.programId,
    name: p.name,
    people: n,
    ...r,
    levelsClosed: n * 2,
    skillsClosed: [{ skillId: 21, skill: 'AI tools', levels: n * 2 }],
    figures: {
      cost: figure('sum over enrolled people of (program fee + learning time)', r.cost),
      avoidedHiring: figure('sum of share x FTE x hiring cost of the role each person fills instead of a hire', r.avoidedHiring),
      avoidedSeverance: figure('sum of share x severance of reskilled people leaving a role with surplus heads', 0),
      productivityGained: figure('sum of share x FTE x readiness gained x loaded cost x years', r.productivityGained),
      roi: { formula: '(avoided hiring + avoided severance + productivity gained) / cost', inputs: [{ name: 'avoided hiring', value: r.avoidedHiring }, { name: 'cost', value: r.cost }], result: r.roi },
    },
    objectiveIds: p.programId === 1 ? [1] : [],
  });
  const span = Date.parse(objective.targetDate) - Date.parse(DATES[0]);
  const planned = (on: string) => objective.baseline + ((objective.target - objective.baseline) * (Date.parse(on) - Date.parse(DATES[0]))) / span;
  const outcomes = state.outcomes.map((o) => ({ id: o.id, recordedOn: o.recordedOn, value: o.value, note: o.note, planned: planned(o.recordedOn), ahead: -(o.value - planned(o.recordedOn)) }));
  const last = outcomes[outcomes.length - 1];
  const scenario = scenarios.find((s) => s.name.toLowerCase() === q.scenario.toLowerCase()) ?? scenarios[0];
  const result: PlanResult = {
    scenario: { id: typeof scenario.id === 'number' ? scenario.id : null, name: scenario.name, version: scenario.latestVersion, periodUnit: 'month', periods: 4, startDate: DATES[0] },
    query: { scenario: q.scenario, budget: q.budget ?? null, periodBudget: q.periodBudget ?? null, minFit: q.minFit ?? 0.75, seats: (q.seats ?? []).map((s) => ({ programId: s.programId, seats: s.seats ?? null })), targetsPerPerson: 20 },
    currency: 'EUR',
    status: infeasible ? 'infeasible' : 'optimal',
    periods: [1, 2, 3, 4].map((k) => ({ period: k, startDate: DATES[k - 1], date: DATES[k] })),
    totals: {
      cost,
      byOption,
      upskill: sum((r) => r.cost.upskill),
      reskill: sum((r) => r.cost.reskill),
      fte: { build: upskill + reskill, upskill, reskill, buy: sum((r) => r.buy), borrow: sum((r) => r.borrow) / 4, bot: 2, release: 1 },
      learningSpend: fees,
      lpBound: cost * 0.98,
      greedyCost: cost * 1.25,
      greedyShortfallFte: 0,
    },
    peopleSummary: { upskill, reskill, none: PEOPLE - upskill - reskill - 1, atRisk: 1, release: 1 },
    mix,
    learning: {
      enrolments: people
        .filter((p) => p.action === 'upskill' || p.action === 'reskill')
        .map((p) => ({
          employeeId: p.employeeId,
          ref: p.ref,
          programId: p.programs[0].programId,
          program: p.programs[0].name,
          purpose: p.action as 'upskill' | 'reskill',
          roleId: p.targetRoleId ?? p.roleId,
          startPeriod: 1,
          startDate: DATES[0],
          endDate: p.action === 'upskill' ? DATES[2] : DATES[3],
          cost: p.programs[0].cost,
        })),
      seats: [
        { programId: 1, program: 'AI Academy', period: 1, seatsUsed: upskill, seats: q.seats?.find((s) => s.programId === 1)?.seats ?? programs[0].seats, spend: upskill * FEES.academy },
        { programId: 2, program: 'Data Literacy', period: 1, seatsUsed: reskill, seats: null, spend: reskill * FEES.literacy },
      ],
      budget: [1, 2, 3, 4].map((k) => ({ period: k, date: DATES[k], spend: k === 1 ? fees : 0, cumulative: fees, periodBudget: q.periodBudget ?? null, budget: q.budget ?? null })),
    },
    programs: [programRow(programs[0], upskill, academy), programRow(programs[1], reskill, literacy)],
    objectives: [
      {
        objectiveId: objective.id,
        name: objective.name,
        metric: objective.metric,
        unit: objective.unit,
        baseline: objective.baseline,
        target: objective.target,
        targetDate: objective.targetDate,
        programs: [{ programId: 1, name: 'AI Academy', people: upskill, cost: academy.cost, roi: academy.roi }],
        scenarioChanges: scenario.kind === 'automation' ? [{ changeId: 'ai', label: 'AI claims triage', type: 'automation', investment: UNIT.bot, fte: 2 }] : [],
        cost: academy.cost + (scenario.kind === 'automation' ? UNIT.bot : 0),
        outcomes,
        progress: last ? (last.value - objective.baseline) / (objective.target - objective.baseline) : null,
      },
    ],
    shortfalls,
    costs: cells.map((c) => ({ ...c, loadedCost: 50000, hire: { formula: 'recruiting share x salary + vacancy + onboarding', inputs: [{ name: 'recruiting share of salary', value: 0.2, assumption: true }], result: UNIT.buy }, contractorPerPeriod: figure('contractor premium x loaded cost per period', UNIT.borrow), contractorCapFte: 1, severanceAverage: UNIT.severance })),
    assumptions: ['Costs are incremental to paying the demanded FTE at loaded cost.', 'Build = program fees + salary x months to proficiency / 12 x productivity lost while learning.', 'Buy = recruiting share x salary + vacancy cost + onboarding.'],
    warnings: [],
    solver: { people: PEOPLE, candidates: 40, columns: 30, potentialColumns: 90, rows: 50, rounds: 2, fractional: 0, cached: false, ms: { prepare: 5, greedy: 1, lp: 10, rounding: 1, total: 17 } },
  };
  return { result, people };
}

export const programRows: ProgramRow[] = programs.map((p) => ({ id: p.programId, name: p.name, delivery: 'online', durationMonths: 2, costPerPerson: p.programId === 1 ? FEES.academy : FEES.literacy, seatsPerMonth: p.seats, skills: ['AI tools'], objectives: p.programId === 1 ? ['Faster claims'] : [] }));
export const objectiveRows: ObjectiveRow[] = [{ ...objective, programs: ['AI Academy'] }];

/** Replies of a fake plan host; `state` keeps the outcomes and overrides written through it. */
export function planReplies(state: FakePlanState = { outcomes: [], overrides: [] }): Replies {
  let nextId = 1;
  return {
    scenarioList: () => ok(scenarios),
    listPrograms: () => ok(programRows),
    listObjectives: () => ok(objectiveRows),
    runPlan: (q) => ok(planOf(q, state).result),
    getPlanPeople: (q) => {
      const { people } = planOf(q, state);
      const search = q.search?.toLowerCase();
      const kept = people.filter((p) => (!q.action || p.action === q.action) && (q.roleId === undefined || p.roleId === q.roleId || p.targetRoleId === q.roleId) && (!search || p.ref.toLowerCase().includes(search) || p.role.toLowerCase().includes(search)));
      const offset = q.offset ?? 0;
      return ok({ total: kept.length, offset, rows: kept.slice(offset, offset + (q.limit ?? 200)) });
    },
    recordObjectiveOutcome: (i) => {
      const row = { id: nextId++, objectiveId: i.objectiveId, recordedOn: i.recordedOn, value: i.value, note: i.note ?? '' };
      state.outcomes.push(row);
      return ok(row);
    },
    listPlanCostOverrides: () => ok(state.overrides),
    setPlanCostOverride: (i) => {
      const scope = { scenarioId: i.scope.scenarioId ?? null, roleId: i.scope.roleId ?? null, locationId: i.scope.locationId ?? null };
      const same = (o: CostOverrideRow) => o.scenarioId === scope.scenarioId && o.roleId === scope.roleId && o.locationId === scope.locationId && o.field === i.field;
      state.overrides = state.overrides.filter((o) => !same(o));
      if (i.value !== null) state.overrides.push({ id: nextId++, ...scope, field: i.field, value: i.value });
      return ok(state.overrides);
    },
  };
}
