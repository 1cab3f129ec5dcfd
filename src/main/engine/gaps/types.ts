// Data shapes of the gap-analysis engine (issue 4, DESIGN.md section 2). The model holds the
// engagement as struct-of-arrays with dense indices (0..n-1) so 100,000 employees x 25
// proficiencies fit in flat typed arrays; ids are kept alongside for the API and drill-down.
// Output row types here are what the API handlers will return; they are plain JSON.
import type { SkillCategory } from '../../../shared/domain/entities';

/** Day number (days since 1970-01-01 UTC) standing for "no effective date": in force from the beginning. */
export const NO_DATE = -2147483648;
/** Number of skill categories; a category index is its position in `skillCategories`. */
export const CATEGORY_COUNT = 7;

export interface GapModel {
  /** The engagement's "today" (ISO date). Requirements dated after it are forecasts (assumptions). */
  asOfDate: string;
  /** Learning hours per proficiency level, indexed by category index. */
  hoursPerLevel: Float64Array;
  learningHoursPerMonth: number;
  skills: { id: Float64Array; name: string[]; category: Uint8Array };
  roles: { id: Float64Array; title: string[]; family: string[]; isManager: Uint8Array };
  orgUnits: { id: Float64Array; name: string[]; parent: Int32Array };
  locations: { id: Float64Array; name: string[] };
  /** Every requirement row, sorted by (role, skill, effective day); undated rows carry NO_DATE. */
  requirements: {
    id: Float64Array;
    role: Int32Array;
    skill: Int32Array;
    level: Float64Array;
    weight: Float64Array;
    effectiveDay: Int32Array;
  };
  /** Dense employee arrays; -1 means none (no role, unit, location or manager). */
  employees: {
    id: Float64Array;
    ref: string[];
    role: Int32Array;
    orgUnit: Int32Array;
    location: Int32Array;
    manager: Int32Array;
    fte: Float64Array;
  };
  /** CSR by employee, skills ascending within an employee. A missing skill is NOT assessed. */
  proficiencies: { start: Int32Array; skill: Int32Array; level: Float64Array };
  /** Programs with their skills (CSR by program). */
  programs: {
    id: Float64Array;
    name: string[];
    costPerPerson: Float64Array;
    durationMonths: Float64Array;
    start: Int32Array;
    skill: Int32Array;
    uplift: Float64Array;
  };
  /** Indexes derived once from the arrays above (see model.ts `indexModel`). */
  index: ModelIndex;
}

export interface ModelIndex {
  /** CSR: employees of each role, ascending. */
  roleEmployeesStart: Int32Array;
  roleEmployees: Int32Array;
  /** CSR: programs teaching each skill. */
  skillProgramsStart: Int32Array;
  skillPrograms: Int32Array;
  /** Direct reports per employee (span of control), from manager links. */
  directReports: Int32Array;
  /** Day number of asOfDate. */
  asOfDay: number;
}

/**
 * The requirements in force on one date, one per (role, skill), as CSR by role with skills
 * ascending. Optionally limited to some skill categories (the lens of an analysis).
 */
export interface RoleProfiles {
  day: number;
  start: Int32Array;
  skill: Int32Array;
  level: Float64Array;
  weight: Float64Array;
  /** Row in model.requirements each entry comes from (for "why" views). */
  req: Int32Array;
  /** Role of each entry (inverse of `start`). */
  role: Int32Array;
  /** Sum of weight x level over each role's profile, summed in profile order. */
  roleSwl: Float64Array;
  /** Requirements per role and category, index role * 7 + category. */
  roleCategoryCount: Int32Array;
}

export interface GapFilter {
  /** Dense org-unit indices; a unit includes its descendants. */
  orgUnits?: number[];
  locations?: number[];
  categories?: SkillCategory[];
  /** Shorthand for categories soft + leadership. */
  lens?: 'soft-leadership';
  /** Only people in manager roles or with at least one direct report. */
  managersOnly?: boolean;
}

/** Per-employee results (NaN stands for null), aligned with model.employees. */
export interface EmployeeGaps {
  /** 1: role set and passes the filter, so figures are computed. */
  eligible: Uint8Array;
  readiness: Float64Array;
  coverage: Float64Array;
  /** Sum of w x L over all requirements, over assessed ones, and sum of w x g. */
  swl: Float64Array;
  swlAssessed: Float64Array;
  swg: Float64Array;
  gapLevels: Float64Array;
  gapHours: Float64Array;
  required: Int32Array;
  assessed: Int32Array;
  met: Int32Array;
  /** Bit c set when the person has a requirement in category c. */
  categoryMask: Uint8Array;
}

/** Sums over (person, requirement) pairs. */
export interface PairStats {
  pairs: Float64Array;
  assessed: Float64Array;
  met: Float64Array;
  fteAssessed: Float64Array;
  fteMet: Float64Array;
  gapSum: Float64Array;
}

/** Sums over people (role, unit, location groups); the last index is "(none)". */
export interface PersonStats extends PairStats {
  people: Float64Array;
  fte: Float64Array;
  gapHours: Float64Array;
  readinessCount: Float64Array;
  readinessSum: Float64Array;
  readinessFte: Float64Array;
  readinessFteSum: Float64Array;
}

export interface GapAnalysis {
  asOfDate: string;
  day: number;
  filter: GapFilter;
  profiles: RoleProfiles;
  employees: EmployeeGaps;
  /**
   * Per role, its people's levels aligned with its requirements: row i is the role's i-th
   * employee (index.roleEmployees order), column j its j-th requirement; NaN = not assessed.
   * Kept so a weight or level change rescores the role without looking anything up.
   */
  aligned: Float64Array[];
  /** Per profile entry (role x skill cell). */
  slots: PairStats;
  /** Per (org unit or none) x category cell, index unit * 7 + category. */
  unitCategory: PairStats & { people: Float64Array; fte: Float64Array };
  byRole: PersonStats;
  byUnit: PersonStats;
  byLocation: PersonStats;
}

export type GroupBy = 'skill' | 'role' | 'unit' | 'location' | 'category';

export interface AggregateRow {
  by: GroupBy;
  /** Dense index of the group; -1 for "(none)". For categories, the category index. */
  index: number;
  /** Entity id as text, the category name, or 'none'. */
  key: string;
  label: string;
  /** Headcount with at least one requirement in scope in this group. */
  people: number;
  fte: number;
  pairs: number;
  assessedPairs: number;
  metPairs: number;
  /** met / assessed pairs; null when nothing is assessed. */
  meetingShare: number | null;
  /** FTE-weighted: sum(fte x met) / sum(fte x assessed). */
  fteMeetingShare: number | null;
  /** Mean level gap per assessed pair (0 for pairs that meet the requirement). */
  meanGap: number | null;
  totalGapLevels: number;
  gapHours: number;
  /** Share of (person, requirement) pairs without an assessment. */
  unknownShare: number | null;
  /** Person-level groups only (role, unit, location): mean and FTE-weighted mean readiness. */
  meanReadiness: number | null;
  fteMeanReadiness: number | null;
}

export interface MatrixCell {
  row: number;
  col: number;
  people: number;
  pairs: number;
  assessed: number;
  meetingShare: number | null;
  meanGap: number | null;
  gapHours: number;
  unknownShare: number | null;
}

export interface GapMatrix {
  kind: 'role-skill' | 'unit-category';
  rows: { index: number; key: string; label: string }[];
  cols: { index: number; key: string; label: string }[];
  /** Non-empty cells only; row/col are positions in `rows`/`cols`. */
  cells: MatrixCell[];
}

export type CellRef =
  | { kind: 'role-skill'; role: number; skill: number }
  | { kind: 'unit-category'; unit: number; category: number }
  | { kind: 'group'; by: GroupBy; index: number };

export interface ExplainInput {
  name: string;
  value: number | string | null;
  /** True for settings and forecasts (future-dated requirements) rather than observed data. */
  assumption?: boolean;
}

export interface Explanation {
  formula: string;
  inputs: ExplainInput[];
  result: number | null;
  unit?: string;
}

export interface ProgramPick {
  program: number;
  /** Skills and level-gap this program closes, in the order skills were covered. */
  covers: { skill: number; levels: number }[];
  coveredLevels: number;
  costPerPerson: number;
  durationMonths: number;
}

export interface ProgramPlan {
  programs: ProgramPick[];
  /** Level-gap no chosen program covers, per skill. */
  uncovered: { skill: number; levels: number }[];
  coveredLevels: number;
  totalCost: number;
}

export interface FitResult {
  employee: number;
  role: number;
  /** sum(w min(p, L)) / sum(w L) over assessed requirements; null when nothing is assessed. */
  fit: number | null;
  coverage: number;
  required: number;
  assessed: number;
  gapLevels: number;
  gapHours: number;
  months: number;
  missing: { skill: number; required: number; proficiency: number; gap: number; hours: number }[];
  /** Required skills with no assessment (never treated as zero). */
  unknown: number[];
  programs: ProgramPlan;
}

export interface ReskillCandidate {
  employee: number;
  fromRole: number;
  fit: number;
  coverage: number;
  gapHours: number;
  months: number;
  programs?: ProgramPlan;
}

export interface UpskillRow {
  employee: number;
  role: number;
  readinessNow: number | null;
  readinessFuture: number | null;
  coverageNow: number;
  coverageFuture: number;
  gapHoursNow: number;
  gapHoursFuture: number;
  extraHours: number;
  /** Months to close the whole future gap at the learning hours per month. */
  monthsFuture: number;
  programs?: ProgramPlan;
}
