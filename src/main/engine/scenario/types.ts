// Data shapes of the scenario engine (issue 5, DESIGN.md section 2). Inputs are plain records as
// the loader reads them; the compiled model is struct-of-arrays with dense indices so a run is a
// few tight loops over typed arrays and the whole model can be posted to a worker thread.
//
// Units: stocks are people (heads) inside the chain and FTE in every demand, supply and gap
// figure (FTE = heads x the cell's FTE per head). A period index k runs 0..T; k = 0 is the
// scenario start (today's workforce) and k is the state at the END of period k.

/** The engagement data a scenario runs on (see src/main/db/repos/scenario-inputs.ts). */
export interface WorkforceData {
  asOfDate: string;
  costs: { defaultAttritionRate: number; salaryInflation: number; recruitingShareOfSalary: number };
  roles: RoleInput[];
  orgUnits: { id: number; name: string; parentId: number | null }[];
  locations: LocationInput[];
  /** Today's employees aggregated by (role, location, org unit). */
  staff: StaffCell[];
  /** Employees without a role: not part of any projection (reported as a warning). */
  unassignedEmployees?: number;
  /** Imported annual rates (`import --kind transitions`). */
  transitions: TransitionInput[];
  /** History of moves (`import --kind moves`), calibrated when a role has no imported rates. */
  moves: MoveInput[];
  /** Current employees' role and hire date, used only to measure exposure time for calibration. */
  currentEmployees: { ref: string; roleId: number; hireDate: string | null }[];
  familyAttrition: { family: string; annualRate: number; retirementRate: number }[];
  tasks: { id: number; roleId: number; timeShare: number; exposure: number }[];
  /** Exposure per role and public index (role_exposures), normalised 0-1. */
  exposures: { roleId: number; source: string; value: number }[];
  requirements: RequirementInput[];
  skills: { id: number; name: string; category: string }[];
}

export interface RoleInput {
  id: number;
  title: string;
  family: string;
  level: number | null;
  orgUnitId: number | null;
  locationId: number | null;
  /** Loaded cost per FTE per year; 0 means "use the people's salaries". */
  loadedCost: number;
}

export interface LocationInput {
  id: number;
  name: string;
  planned: boolean;
  launchDate: string | null;
  labourCostIndex: number;
  /** Days to fill a vacancy, by role family. */
  timeToFillDays: Record<string, number>;
  /** Recruiting throughput (hires started per month); null = unlimited. */
  hiresPerMonth: number | null;
}

export interface StaffCell {
  roleId: number;
  locationId: number | null;
  orgUnitId: number | null;
  headcount: number;
  fte: number;
  /** Sum of annual salaries. */
  salary: number;
}

export type ExitKind = 'attrition' | 'retirement';
export interface TransitionInput {
  fromRoleId: number;
  /** null: the person leaves the organisation. Equal to fromRoleId: the stay rate (checked). */
  toRoleId: number | null;
  kind: 'move' | ExitKind;
  annualRate: number;
}

export interface MoveInput {
  employeeRef: string;
  /** null: a hire into toRoleId. */
  fromRoleId: number | null;
  /** null: an exit. */
  toRoleId: number | null;
  kind: 'hire' | 'move' | ExitKind;
  date: string;
}

export interface RequirementInput {
  roleId: number;
  skillId: number;
  level: number;
  weight: number;
  effectiveDate: string | null;
}

/** Where a role's annual rates came from (shown in explanations). */
export type MoveSource = 'table' | 'calibrated' | 'none';
export type ExitSource = 'table' | 'calibrated' | 'family-default' | 'settings-default';

/** A requirement a scenario adds; maps 1:1 onto the gap engine's RequirementChange 'upsert'. */
export interface ScenarioRequirement {
  roleId: number;
  skillId: number;
  level: number;
  weight: number;
  effectiveDate: string;
  /** Set for new-market requirements: they hold for the role at that location only. */
  locationId: number | null;
  origin: { changeId: string; kind: 'automation' | 'new-market' };
}

/** Engine-level assumptions that are not part of the scenario body (levers, sensitivity). */
export interface CompileOptions {
  /** Multiplies every exit rate (1 = as estimated). */
  attritionScale?: number;
  /** Multiplies every time-to-fill. */
  timeToFillScale?: number;
  /** Multiplies every location's hiring capacity. */
  hiringCapacityScale?: number;
  /** Overrides settings.costs.recruitingShareOfSalary. */
  recruitingShare?: number;
  /** Time-to-fill where neither the location nor the scenario gives one. Default 45 days. */
  defaultTimeToFillDays?: number;
  /** Share of a source cell's people that may transfer to a new market per month. Default 0.05. */
  transferSharePerMonth?: number;
}

/** Policy codes in CompiledModel.policy. */
export const POLICY_NONE = 0;
export const POLICY_REPLACE = 1;
export const POLICY_FILL = 2;
export const CURVE_LINEAR = 0;
export const CURVE_S = 1;
export const CURVE_STEP = 2;

/**
 * Everything a run needs, as typed arrays and numbers only (structured-clone friendly).
 * A "cell" is (role, location, org unit): the chain's state.
 */
export interface CompiledModel {
  T: number;
  C: number;
  R: number;
  L: number;
  monthsPerPeriod: number;
  daysPerPeriod: number;
  cellRole: Int32Array;
  cellLocation: Int32Array;
  cellUnit: Int32Array;
  /** Baseline heads and FTE per head (1 for cells created by a new market). */
  n0: Float64Array;
  fpp: Float64Array;
  costPerFte: Float64Array;
  /** Annual exit probability (attrition + retirement) and its retirement part. */
  exitAnnual: Float64Array;
  retireAnnual: Float64Array;
  /** Annual move probabilities, CSR by source cell. */
  edgeStart: Int32Array;
  edgeTo: Int32Array;
  edgeAnnual: Float64Array;
  /** Dense role family of each cell and the number of families (Monte Carlo attrition groups). */
  cellFamily: Int32Array;
  families: number;
  /** Baseline demand (FTE) and the compounded growth factor per (period, cell). */
  demandBase: Float64Array;
  growth: Float64Array;
  /** Automation changes: curve and parameters (months from the start). */
  autoCurve: Uint8Array;
  autoTarget: Float64Array;
  autoMid: Float64Array;
  autoSteep: Float64Array;
  autoStart: Float64Array;
  autoEnd: Float64Array;
  /** CSR by cell: which changes hit it and with what weight (exposure x realisation). */
  autoCellStart: Int32Array;
  autoCellChange: Int32Array;
  autoCellWeight: Float64Array;
  /** New-market ramps, one per (change, role). */
  rampCell: Int32Array;
  rampChange: Int32Array;
  rampTarget: Float64Array;
  rampLaunch: Float64Array;
  rampMonths: Float64Array;
  rampCurve: Uint8Array;
  rampInternal: Float64Array;
  /** Transfer sources per ramp, tier by tier: CSR over (ramp * TIERS + tier). */
  rampSrcStart: Int32Array;
  rampSrc: Int32Array;
  /** Share of a source cell that may leave for a new market in one period. */
  transferCap: number;
  newMarkets: number;
  /** Hiring: policy code, where replacements are hired, time-to-fill (days), capacity. */
  policy: Uint8Array;
  recruitInto: Int32Array;
  ttfDays: Float64Array;
  /** Location index used for capacity and time-to-fill sampling (-1: none). */
  capLoc: Int32Array;
  /** Hires that can start per period at each location (Infinity: unlimited). */
  capacity: Float64Array;
  /** 1 where hiring is frozen, per (period, cell). */
  frozen: Uint8Array;
  /** Annual salary inflation, recruiting cost share and one-off investment per period. */
  inflation: number;
  recruitingShare: number;
  investment: Float64Array;
}

export const TRANSFER_TIERS = 3;

/** Per-run multipliers (all 1 in a deterministic run). */
export interface RunParams {
  exitScale: Float64Array;
  adoptionScale: Float64Array;
  ttfScale: Float64Array;
  rampScale: Float64Array;
}

/** One deterministic run, per (period, cell) at index k * C + c. */
export interface Projection {
  T: number;
  C: number;
  /** A Monte Carlo buffer: moves, retirements, vacancies and flows are not recorded. */
  lean: boolean;
  supplyHeads: Float64Array;
  supplyFte: Float64Array;
  demandFte: Float64Array;
  /** Demand components: baseline x growth, released by automation, new-market ramp. */
  demandGrown: Float64Array;
  automationFte: Float64Array;
  rampFte: Float64Array;
  hires: Float64Array;
  exits: Float64Array;
  retirements: Float64Array;
  movesIn: Float64Array;
  movesOut: Float64Array;
  /** Subset of moves: internal transfers into a new market. */
  transfersIn: Float64Array;
  transfersOut: Float64Array;
  /** Requisitions open (heads) at the end of the period. */
  vacancies: Float64Array;
  payroll: Float64Array;
  hiringCost: Float64Array;
  /** People per move edge and period, index k * E + e (edges of CompiledModel). */
  flows: Float64Array;
  /** Per-period probabilities the run used (for explanations). */
  pExit: Float64Array;
  pEdge: Float64Array;
  /** Adoption share per (period, automation change) and ramp target per (period, ramp). */
  adoption: Float64Array;
  ramp: Float64Array;
}

export interface Explanation {
  formula: string;
  inputs: { name: string; value: number | string | null; assumption?: boolean }[];
  result: number | null;
  unit?: string;
}
