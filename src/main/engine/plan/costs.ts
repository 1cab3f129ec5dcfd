// The cost model (issue 6): what each option costs, per FTE or per person, with the figure that
// explains it. Every cost is incremental to paying the demanded FTE at loaded cost: a seat is paid
// whoever fills it, so an option costs what it adds on top (learning, recruiting, a contractor's
// premium, severance). Numbers come from one function per option; the figure builders call the
// same function, so an explanation always shows the number the optimiser used.
import type { EngagementSettings } from '../../../shared/domain/settings';
import type { CostOverrideField } from '../../../shared/plan-types';
import { KIND_UPSKILL, type CostParams, type Figure, type PlanProblem } from './types';

/** Output lost while a seat waits to be filled, as a share of its loaded cost (no engagement setting yet). */
export const DEFAULT_VACANCY_COST_SHARE = 0.5;
/** Contractors may cover at most this share of a role's demand in a period unless overridden. */
export const DEFAULT_CONTRACTOR_CAP_SHARE = 0.2;
/** A new hire ramps linearly from 0 to full output over the onboarding months: half is lost. */
export const ONBOARDING_LOSS = 0.5;
export const WEEKS_PER_YEAR = 52;

export function baseParams(costs: EngagementSettings['costs']): CostParams {
  return {
    recruitingShareOfSalary: costs.recruitingShareOfSalary,
    onboardingMonths: costs.onboardingMonths,
    vacancyCostShare: DEFAULT_VACANCY_COST_SHARE,
    contractorPremium: costs.contractorPremium,
    contractorCapShare: DEFAULT_CONTRACTOR_CAP_SHARE,
    productivityLossWhileLearning: costs.productivityLossWhileLearning,
    severanceWeeksPerYear: costs.severanceWeeksPerYear,
    severanceMinWeeks: costs.severanceMinWeeks,
    severanceCapWeeks: costs.severanceCapWeeks,
  };
}

export interface CostOverride {
  scenarioId: number | null;
  roleId: number | null;
  locationId: number | null;
  field: CostOverrideField;
  value: number;
}

/**
 * Parameters for one (scenario, role, location). An override applies when every scope it names
 * matches; the most specific wins (more scopes named), ties going to scenario, then role, then
 * location, so "this role in this scenario" beats "this role" beats "this location".
 */
export function resolveParams(base: CostParams, overrides: readonly CostOverride[], at: { scenarioId: number | null; roleId: number; locationId: number | null }): CostParams {
  const out = { ...base };
  const rank = (o: CostOverride) =>
    (o.scenarioId !== null ? 100 : 0) + (o.roleId !== null ? 100 : 0) + (o.locationId !== null ? 100 : 0) + (o.scenarioId !== null ? 4 : 0) + (o.roleId !== null ? 2 : 0) + (o.locationId !== null ? 1 : 0);
  const best = new Map<CostOverrideField, { rank: number; value: number }>();
  for (const o of overrides) {
    if (o.scenarioId !== null && o.scenarioId !== at.scenarioId) continue;
    if (o.roleId !== null && o.roleId !== at.roleId) continue;
    if (o.locationId !== null && o.locationId !== at.locationId) continue;
    const r = rank(o);
    const prev = best.get(o.field);
    if (!prev || r > prev.rank) best.set(o.field, { rank: r, value: o.value });
  }
  for (const [field, { value }] of best) out[field] = value;
  return out;
}

const MONTHS = 12;

/** Hiring one FTE into cell c (before salary inflation): recruiting + vacancy + onboarding. */
export function hireParts(pr: PlanProblem, c: number): { recruiting: number; vacancy: number; onboarding: number; total: number } {
  const cells = pr.cells;
  const p = cells.params[c];
  const monthly = cells.loadedCost[c] / MONTHS;
  const recruiting = p.recruitingShareOfSalary * cells.hireSalary[c];
  const vacancy = monthly * (cells.ttfDays[c] / (365.2425 / MONTHS)) * p.vacancyCostShare;
  const onboarding = monthly * p.onboardingMonths * ONBOARDING_LOSS;
  return { recruiting, vacancy, onboarding, total: recruiting + vacancy + onboarding };
}

export const hireCost = (pr: PlanProblem, c: number): number => hireParts(pr, c).total;

/**
 * Hires are priced at today's pay levels whenever they are requested; among hires that cover the
 * same need the later one is preferred (it is not paid before it is needed), by adding this share
 * of its cost per period it arrives before the horizon. A tie-break, too small to change a choice.
 */
export const EARLY_HIRE_TIEBREAK = 1e-5;
/** Cost of one FTE hired into c arriving in period a. */
export const hireCostAt = (pr: PlanProblem, c: number, a: number): number => hireCost(pr, c) * (1 + EARLY_HIRE_TIEBREAK * (pr.T - a));

/**
 * Contractors still in use at the horizon are costed for this many more months: the need they
 * cover does not end with the plan, and without it renting would always beat hiring or
 * upskilling for needs that arise late in the horizon.
 */
export const TERMINAL_MONTHS = 12;

/** One FTE of contractor for one period: the premium over the cell's loaded cost. */
export const contractorCost = (pr: PlanProblem, c: number): number =>
  (pr.cells.loadedCost[c] / MONTHS) * pr.monthsPerPeriod * pr.cells.params[c].contractorPremium;

/** One FTE of contractor in period k (salary level of k; the horizon period carries TERMINAL_MONTHS more). */
export const contractorCostAt = (pr: PlanProblem, c: number, k: number): number =>
  contractorCost(pr, c) * pr.payLevel[k] * (k === pr.T ? 1 + TERMINAL_MONTHS / pr.monthsPerPeriod : 1);

/** Contractor FTE allowed in cell c in period k. */
export const contractorCap = (pr: PlanProblem, c: number, k: number): number =>
  Math.max(0, pr.cells.params[c].contractorCapShare * pr.cells.demand[c * (pr.T + 1) + k]);

/** Weeks of pay for a person's tenure: weeks per year x years, within the minimum and the cap. */
export function severanceWeeks(p: CostParams, tenureYears: number): number {
  const years = Number.isNaN(tenureYears) ? 0 : tenureYears;
  return Math.min(p.severanceCapWeeks, Math.max(p.severanceMinWeeks, p.severanceWeeksPerYear * years));
}

/** Severance for releasing person e (tenure at the plan's start, today's pay). */
export function severance(pr: PlanProblem, e: number): number {
  const p = pr.cells.params[pr.people.cell[e]];
  return (pr.people.salary[e] / WEEKS_PER_YEAR) * severanceWeeks(p, pr.people.tenureYears[e]);
}

/** Program fees of option o (what the learning budget caps). */
export function fees(pr: PlanProblem, o: number): number {
  const cd = pr.candidates;
  let sum = 0;
  for (let j = cd.progStart[o]; j < cd.progStart[o + 1]; j++) sum += pr.programs.cost[cd.prog[j]];
  return sum;
}

/** Salary paid for output not produced while learning: salary x months / 12 x productivity lost. */
export function learningTimeCost(pr: PlanProblem, e: number, o: number): number {
  const p = pr.cells.params[pr.people.cell[e]];
  return pr.people.salary[e] * (pr.candidates.months[o] / MONTHS) * p.productivityLossWhileLearning;
}

/** Build cost of option o for person e (before salary inflation). */
export const buildCost = (pr: PlanProblem, e: number, o: number): number => fees(pr, o) + learningTimeCost(pr, e, o);

// ---- explanations -------------------------------------------------------------------------

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export function explainHire(pr: PlanProblem, c: number): Figure {
  const cells = pr.cells;
  const p = cells.params[c];
  const parts = hireParts(pr, c);
  return {
    formula: 'recruiting share x salary + loaded cost / 12 x time-to-fill months x vacancy cost share + loaded cost / 12 x onboarding months x 50% (linear ramp)',
    inputs: [
      { name: `salary of a hire (${cells.salarySource[c]})`, value: round(cells.hireSalary[c]) },
      { name: 'recruiting share of salary', value: p.recruitingShareOfSalary, assumption: true },
      { name: `loaded cost per FTE (${cells.costSource[c]})`, value: round(cells.loadedCost[c]) },
      { name: 'labour cost index of the location', value: cells.labourCostIndex[c] },
      { name: 'time-to-fill (days)', value: round(cells.ttfDays[c], 1) },
      { name: 'vacancy cost share', value: p.vacancyCostShare, assumption: true },
      { name: 'onboarding months', value: p.onboardingMonths, assumption: true },
      { name: 'recruiting', value: round(parts.recruiting) },
      { name: 'vacancy', value: round(parts.vacancy) },
      { name: 'onboarding', value: round(parts.onboarding) },
    ],
    result: round(parts.total),
    unit: 'per FTE',
  };
}

export function explainContractor(pr: PlanProblem, c: number): Figure {
  const p = pr.cells.params[c];
  return {
    formula: 'loaded cost / 12 x months per period x contractor premium',
    inputs: [
      { name: 'loaded cost per FTE', value: round(pr.cells.loadedCost[c]) },
      { name: 'months per period', value: pr.monthsPerPeriod },
      { name: 'contractor premium', value: p.contractorPremium, assumption: true },
      { name: 'cap: share of demand contractors may cover', value: p.contractorCapShare, assumption: true },
      { name: 'months more a contractor still needed at the horizon is costed for', value: TERMINAL_MONTHS, assumption: true },
    ],
    result: round(contractorCost(pr, c)),
    unit: 'per FTE per period',
  };
}

export function explainSeverance(pr: PlanProblem, e: number): Figure {
  const p = pr.cells.params[pr.people.cell[e]];
  const tenure = pr.people.tenureYears[e];
  return {
    formula: 'salary / 52 x min(cap weeks, max(minimum weeks, weeks per year x years of service))',
    inputs: [
      { name: pr.people.salaryKnown[e] ? 'salary' : 'salary (unknown: role loaded cost)', value: round(pr.people.salary[e]), assumption: pr.people.salaryKnown[e] === 0 },
      { name: 'years of service at the plan start', value: Number.isNaN(tenure) ? 'unknown (minimum weeks)' : round(tenure, 1) },
      { name: 'weeks per year of service', value: p.severanceWeeksPerYear, assumption: true },
      { name: 'minimum weeks', value: p.severanceMinWeeks, assumption: true },
      { name: 'cap weeks', value: p.severanceCapWeeks, assumption: true },
      { name: 'weeks of pay', value: round(severanceWeeks(p, tenure), 1) },
    ],
    result: round(severance(pr, e)),
  };
}

/** `s`: the start period, whose salary level (inflation) applies to the learning time. */
export function explainBuild(pr: PlanProblem, e: number, o: number, s = 1): Figure {
  const cd = pr.candidates;
  const p = pr.cells.params[pr.people.cell[e]];
  const level = pr.payLevel[s];
  const programs: Figure['inputs'] = [];
  for (let j = cd.progStart[o]; j < cd.progStart[o + 1]; j++) {
    programs.push({ name: `program: ${pr.programs.name[cd.prog[j]]}`, value: pr.programs.cost[cd.prog[j]] });
  }
  return {
    formula: 'program fees + salary x salary level at the start x months to proficiency / 12 x productivity lost while learning',
    inputs: [
      ...programs,
      { name: pr.people.salaryKnown[e] ? 'salary' : 'salary (unknown: role loaded cost)', value: round(pr.people.salary[e]), assumption: pr.people.salaryKnown[e] === 0 },
      { name: 'months to proficiency', value: round(cd.months[o], 1) },
      { name: 'learning hours', value: round(cd.hours[o], 1) },
      { name: 'salary level at the start (salary inflation)', value: round(level, 4), assumption: true },
      { name: 'productivity lost while learning', value: p.productivityLossWhileLearning, assumption: true },
      { name: 'program fees', value: round(fees(pr, o)) },
      { name: 'learning time cost', value: round(learningTimeCost(pr, e, o) * level) },
    ],
    result: round(fees(pr, o) + learningTimeCost(pr, e, o) * level),
    unit: cd.kind[o] === KIND_UPSKILL ? 'upskill' : 'reskill',
  };
}
