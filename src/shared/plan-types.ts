// Inputs and outputs of the workforce plan API (issue 6): the optimised mix of build (upskill or
// reskill), buy (hire), borrow (contractors), bot (automation) and release that covers a
// scenario's demand at least cost, person by person and role by role, tied to objectives.
// Everything is plain JSON keyed by entity ids; every cost carries a Figure that explains it.
import { z } from 'zod';
import { IsoDate } from './domain/entities';

const Id = z.number().int().positive();

/** What a plan is computed for. Same query on the same data gives the same plan. */
export const PlanQuery = z
  .object({
    /** Scenario name ('baseline' is built in: no changes over the engagement's horizon). */
    scenario: z.string().trim().min(1).max(200),
    /** Total learning budget (program fees) over the plan; absent or null: unlimited. */
    budget: z.number().min(0).finite().nullable().optional(),
    /** Learning budget per period (program fees of enrolments starting in the period). */
    periodBudget: z.number().min(0).finite().nullable().optional(),
    /** Minimum fit (0-1) a person needs for a target role to be offered a reskilling move. */
    minFit: z.number().min(0).max(1).default(0.75),
    /** Seats per month (new starters) overrides by program (null: unlimited), for what-if runs. */
    seats: z.array(z.object({ programId: Id, seats: z.number().int().min(0).max(1_000_000).nullable() }).strict()).max(500).default([]),
    /** Best target roles kept per person (by fit) before the optimiser sees them. */
    targetsPerPerson: z.number().int().min(1).max(50).default(20),
  })
  .strict();
export type PlanQuery = z.input<typeof PlanQuery>;
export type PlanQueryParsed = z.output<typeof PlanQuery>;

export const personActions = ['upskill', 'reskill', 'none', 'at-risk'] as const;
export type PersonAction = (typeof personActions)[number];

export const PlanPeopleQuery = PlanQuery.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(200),
  action: z.enum(personActions).optional(),
  /** Only people whose current or target role is this role. */
  roleId: Id.optional(),
  /** Matches the person's ref (pseudonym) or role title, case-insensitive. */
  search: z.string().max(200).optional(),
}).strict();
export type PlanPeopleQuery = z.input<typeof PlanPeopleQuery>;

/** Cost parameters that can be overridden per role, location and scenario (the rest come from settings). */
export const costOverrideFields = [
  'recruitingShareOfSalary',
  'onboardingMonths',
  'vacancyCostShare',
  'contractorPremium',
  'contractorCapShare',
  'productivityLossWhileLearning',
  'severanceWeeksPerYear',
  'severanceMinWeeks',
  'severanceCapWeeks',
] as const;
export type CostOverrideField = (typeof costOverrideFields)[number];

export const CostOverrideScope = z
  .object({ scenarioId: Id.nullable().default(null), roleId: Id.nullable().default(null), locationId: Id.nullable().default(null) })
  .strict()
  .refine((s) => s.scenarioId !== null || s.roleId !== null || s.locationId !== null, 'name a scenario, a role or a location');

export const SetCostOverrideInput = z
  .object({
    scope: CostOverrideScope,
    field: z.enum(costOverrideFields),
    /** null removes the override. */
    value: z.number().min(0).max(1000).nullable(),
  })
  .strict();
export type SetCostOverrideInput = z.input<typeof SetCostOverrideInput>;

export const RecordOutcomeInput = z
  .object({ objectiveId: Id, recordedOn: IsoDate, value: z.number().finite(), note: z.string().max(2000).default('') })
  .strict();
export type RecordOutcomeInput = z.input<typeof RecordOutcomeInput>;

/** How a figure was obtained: formula, the inputs it used (assumptions flagged) and the result. */
export interface Figure {
  formula: string;
  inputs: { name: string; value: number | string | null; assumption?: boolean }[];
  result: number | null;
  unit?: string;
}

export const planOptions = ['build', 'buy', 'borrow', 'bot', 'release'] as const;
export type PlanOptionKind = (typeof planOptions)[number];

export interface PlanPeriod {
  /** 1..T; period k covers (startDate, date]. */
  period: number;
  startDate: string;
  date: string;
}

export interface PlanTotals {
  /** Total cost of the plan, all options, in the engagement currency. */
  cost: number;
  byOption: Record<PlanOptionKind, number>;
  /** Build split: cost of upskilling in role and of reskilling to another role. */
  upskill: number;
  reskill: number;
  /** FTE over the plan: build/buy = FTE made effective, borrow = FTE-periods / periods (average), bot = FTE automated at the end, release = FTE released. */
  fte: Record<PlanOptionKind, number> & { upskill: number; reskill: number };
  /** Program fees (what the learning budget caps). */
  learningSpend: number;
  /** Lower bound on any covering plan's cost (the LP relaxation's, proved by column generation to within its gap) and the greedy reference plan's cost. */
  lpBound: number;
  greedyCost: number;
  /** Greedy reference plan could not cover everything (its cost then excludes the shortfall). */
  greedyShortfallFte: number;
}

/** A role at a location in one period (end date), as plan rows name them. */
export interface PlanCellPeriod {
  roleId: number;
  role: string;
  locationId: number | null;
  location: string;
  period: number;
  date: string;
}

export interface PlanMixRow extends PlanCellPeriod {
  /** Scenario demand, natural supply (today's people after attrition, no hiring), gap = demand - supply. */
  demand: number;
  naturalSupply: number;
  gap: number;
  /** FTE made effective in this period (build = upskill + reskill completing; buy = hires arriving). */
  build: number;
  upskill: number;
  reskill: number;
  buy: number;
  /** Contractor FTE in use during the period. */
  borrow: number;
  /** Demand absorbed by automation at the end of the period (a level, from the scenario). */
  bot: number;
  /** FTE released in the period. */
  release: number;
  /** FTE of demand left uncovered (only when the plan is infeasible). */
  uncovered: number;
  /** Costs incurred in the period (build when learning starts, buy at the requisition). */
  cost: { build: number; upskill: number; reskill: number; buy: number; borrow: number; bot: number; release: number; total: number };
}

export interface PlanProgramRef {
  programId: number;
  name: string;
  cost: number;
  durationMonths: number;
}

export interface PlanPersonRow {
  employeeId: number;
  ref: string;
  roleId: number;
  role: string;
  locationId: number | null;
  location: string;
  fte: number;
  action: PersonAction;
  /** Reskill: the target role. */
  targetRoleId: number | null;
  targetRole: string | null;
  programs: PlanProgramRef[];
  startPeriod: number | null;
  startDate: string | null;
  monthsToProficiency: number | null;
  proficientPeriod: number | null;
  proficientDate: string | null;
  /** Fit for the target role (reskill) or readiness for the role's future profile (others). */
  fit: number | null;
  /** Release recommended for an at-risk person: when and at what severance. */
  release: { period: number; date: string; severance: number } | null;
  /** Cost of this person's action (0 for none). */
  cost: number;
  /** One sentence: what and why, with the figures. */
  reason: string;
  figures: { label: string; figure: Figure }[];
}

export interface PlanPeopleSummary {
  upskill: number;
  reskill: number;
  none: number;
  atRisk: number;
  release: number;
}

export interface LearningEnrolment {
  employeeId: number;
  ref: string;
  programId: number;
  program: string;
  purpose: 'upskill' | 'reskill';
  /** Role the person is trained for. */
  roleId: number;
  startPeriod: number;
  startDate: string;
  endDate: string;
  cost: number;
}

export interface ProgramPeriodUse {
  programId: number;
  program: string;
  period: number;
  /** Enrolments starting in the period and the seats available to them: seats per month x the months up to the next start date (null: unlimited). */
  seatsUsed: number;
  seats: number | null;
  spend: number;
}

export interface BudgetBurn {
  period: number;
  date: string;
  spend: number;
  cumulative: number;
  periodBudget: number | null;
  budget: number | null;
}

export interface PlanProgramRow {
  programId: number;
  name: string;
  people: number;
  /** Fees plus the share of learning time (salary x months x productivity lost) attributed to the program. */
  cost: number;
  fees: number;
  levelsClosed: number;
  skillsClosed: { skillId: number; skill: string; levels: number }[];
  avoidedHiring: number;
  avoidedSeverance: number;
  productivityGained: number;
  /** (avoided hiring + avoided severance + productivity gained) / cost; null when nothing is spent. */
  roi: number | null;
  figures: { cost: Figure; avoidedHiring: Figure; avoidedSeverance: Figure; productivityGained: Figure; roi: Figure };
  objectiveIds: number[];
}

export interface PlanOutcome {
  id: number;
  recordedOn: string;
  value: number;
  note: string;
  /** Where the metric should be on that date: straight line from baseline (plan start) to target (target date). */
  planned: number;
  /** value - planned, signed so that positive means ahead of plan. */
  ahead: number;
}

export interface PlanObjectiveRow {
  objectiveId: number;
  name: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  targetDate: string;
  programs: { programId: number; name: string; people: number; cost: number; roi: number | null }[];
  scenarioChanges: { changeId: string; label: string; type: string; investment: number; fte: number }[];
  /** Plan cost of the linked programs plus the linked changes' investment. */
  cost: number;
  outcomes: PlanOutcome[];
  /** Share of the way from baseline to target by the latest outcome (null without outcomes). */
  progress: number | null;
}

export interface PlanBinding {
  /** Constraint family: 'hiring-capacity', 'time-to-fill', 'contractor-cap', 'learning-budget', 'period-budget', 'seats', 'min-fit', 'time-to-proficiency', 'internal-share'. */
  constraint: string;
  detail: string;
}

export interface PlanShortfall extends PlanCellPeriod {
  kind: 'coverage' | 'internal-share';
  fte: number;
  binding: PlanBinding[];
}

export interface PlanCellCost {
  roleId: number;
  role: string;
  locationId: number | null;
  location: string;
  loadedCost: number;
  hire: Figure;
  contractorPerPeriod: Figure;
  contractorCapFte: number;
  severanceAverage: number;
}

export interface PlanResult {
  scenario: { id: number | null; name: string; version: number | null; periodUnit: 'month' | 'quarter' | 'year'; periods: number; startDate: string };
  query: PlanQueryParsed;
  currency: string;
  status: 'optimal' | 'infeasible';
  periods: PlanPeriod[];
  totals: PlanTotals;
  peopleSummary: PlanPeopleSummary;
  mix: PlanMixRow[];
  learning: { enrolments: LearningEnrolment[]; seats: ProgramPeriodUse[]; budget: BudgetBurn[] };
  programs: PlanProgramRow[];
  objectives: PlanObjectiveRow[];
  shortfalls: PlanShortfall[];
  costs: PlanCellCost[];
  /** Modelling choices the figures rest on, in sentences. */
  assumptions: string[];
  warnings: string[];
  solver: PlanSolverStats;
}

export interface PlanSolverStats {
  people: number;
  candidates: number;
  /** Columns generated out of all the (person, target, start) columns the model has. */
  columns: number;
  potentialColumns: number;
  rows: number;
  rounds: number;
  fractional: number;
  /** Whether the pruned candidates and cost tables came from the cache. */
  cached: boolean;
  ms: { prepare: number; greedy: number; lp: number; rounding: number; total: number };
}

export interface PlanPeoplePage {
  total: number;
  offset: number;
  rows: PlanPersonRow[];
}

export interface CostOverrideRow {
  id: number;
  scenarioId: number | null;
  roleId: number | null;
  locationId: number | null;
  field: CostOverrideField;
  value: number;
}

export interface ObjectiveOutcomeRow {
  id: number;
  objectiveId: number;
  recordedOn: string;
  value: number;
  note: string;
}
