// Data shapes of the workforce-plan engine (issue 6, DESIGN.md section 2 "Decisions").
//
// Time: periods k = 1..T of the scenario's grid; index 0 is today. A figure "at k" is the state at
// the END of period k, like the scenario engine. Arrays indexed by (cell, period) use c * (T + 1) + k.
//
// A plan cell is (role, location): the scenario's cells summed over org units, because demand,
// hiring capacity and cost differ by role and place, not by unit. Everything here is typed arrays
// and dense indices so 10,000 people x 20 targets x 12 periods stay cheap to price and to copy.
import type { Figure } from '../../../shared/plan-types';

export type { Figure };

/** Cost parameters after settings, scenario, location and role overrides (see costs.ts). */
export interface CostParams {
  recruitingShareOfSalary: number;
  onboardingMonths: number;
  /** Share of a seat's loaded cost lost per month while it waits to be filled. */
  vacancyCostShare: number;
  contractorPremium: number;
  /** Contractors may cover at most this share of a cell's demand in a period. */
  contractorCapShare: number;
  productivityLossWhileLearning: number;
  severanceWeeksPerYear: number;
  severanceMinWeeks: number;
  severanceCapWeeks: number;
}

export interface PlanCells {
  C: number;
  roleId: number[];
  role: string[];
  locationId: (number | null)[];
  location: string[];
  /** Dense role index in the gap model (the same order as the roles table). */
  roleIndex: Int32Array;
  /** Per (cell, period), index c * (T + 1) + k: scenario demand, natural supply, demand automated. */
  demand: Float64Array;
  supply: Float64Array;
  automation: Float64Array;
  /** Automation investment attributed to the cell, per period it is spent. */
  investment: Float64Array;
  /** Probability a person stays through one period (1 - per-period exit probability). */
  stay: Float64Array;
  /** Annual loaded cost per FTE (location cost index applied) and mean salary per FTE of a hire. */
  loadedCost: Float64Array;
  hireSalary: Float64Array;
  costSource: string[];
  salarySource: string[];
  labourCostIndex: Float64Array;
  ttfDays: Float64Array;
  /** Periods from requisition to arrival: ceil(time-to-fill / period length). */
  lead: Int32Array;
  /** Index into PlanProblem.locations for hiring capacity; -1 when unlimited or unknown. */
  capLoc: Int32Array;
  /** New markets: share of demand at the horizon to be filled internally; NaN elsewhere. */
  internalShare: Float64Array;
  /** First period in force of the role's changed requirements; T + 1 when nothing changes. */
  changePeriod: Int32Array;
  params: CostParams[];
}

export interface PlanPeople {
  P: number;
  id: Float64Array;
  ref: string[];
  cell: Int32Array;
  fte: Float64Array;
  /** Annual salary used for learning time and severance (the cell's loaded cost when unknown). */
  salary: Float64Array;
  salaryKnown: Uint8Array;
  /** Years of service at the plan's start; NaN when the hire date is unknown. */
  tenureYears: Float64Array;
  /** Readiness for the own role's profile at the horizon (NaN: nothing assessed). */
  readiness: Float64Array;
  /** 1: the role's profile adds a gap by changePeriod; without upskilling the person no longer counts. */
  unready: Uint8Array;
  /** Extra gap hours the changed profile adds (what upskilling closes). */
  extraHours: Float64Array;
}

export const KIND_UPSKILL = 0;
export const KIND_RESKILL = 1;

/**
 * Learning options per person (CSR by person): upskill in the own cell (only unready people) and
 * reskill to each of the person's best target roles by fit. Independent of min fit, budget and
 * seats, so a what-if run reuses them.
 */
export interface PlanCandidates {
  start: Int32Array;
  kind: Uint8Array;
  cell: Int32Array;
  fit: Float64Array;
  coverage: Float64Array;
  hours: Float64Array;
  /** max(hours / learning hours per month, longest program). */
  months: Float64Array;
  /** Periods from the start period to the period the person counts: max(0, ceil(months / mpp) - 1). */
  offset: Int32Array;
  /** Readiness gained for the role the person will work in, from the levels the programs close. */
  readinessGain: Float64Array;
  /** Programs per option (CSR): program index and the level-gap it closes for this person. */
  progStart: Int32Array;
  prog: Int32Array;
  progLevels: Float64Array;
  /** Skills per program entry (CSR over prog entries): skill index and levels closed. */
  skillStart: Int32Array;
  skill: Int32Array;
  skillLevels: Float64Array;
}

export interface PlanPrograms {
  id: number[];
  name: string[];
  cost: Float64Array;
  durationMonths: Float64Array;
  /**
   * Enrolments that can start at one start date (every startStep periods, pruning.ts); Infinity =
   * unlimited. From the catalogue's seats per month x the months up to the next start date
   * (problem.ts); read them through seatsAt (pruning.ts), which cuts the last window at the horizon.
   */
  seats: Float64Array;
}

export interface PlanLocations {
  id: number[];
  name: string[];
  /** Hires that can start per period; Infinity = unlimited. */
  capacity: Float64Array;
}

export interface PlanProblem {
  T: number;
  monthsPerPeriod: number;
  /** End date of every period k = 0..T. */
  dates: string[];
  /** Salary level of costs incurred in period k (salary inflation), index 0..T. */
  payLevel: Float64Array;
  cells: PlanCells;
  people: PlanPeople;
  candidates: PlanCandidates;
  programs: PlanPrograms;
  locations: PlanLocations;
  skills: { id: number[]; name: string[] };
  budget: { total: number; perPeriod: number };
  minFit: number;
}

/** A person-level decision the optimiser can take: learning option o started in period s, or release. */
export interface MoveRef {
  e: number;
  o: number;
  s: number;
}

/**
 * A complete plan in decision terms: what the greedy heuristic and the optimiser both return,
 * and what plan assembly, costing and checks read.
 */
export interface Selection {
  moves: MoveRef[];
  releases: number[];
  /** Hires arriving per (cell, period), FTE, index c * (T + 1) + k. */
  hires: Float64Array;
  /** Contractor FTE per (cell, period). */
  contractors: Float64Array;
}
