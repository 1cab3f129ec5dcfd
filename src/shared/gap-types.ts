// Outputs of the Gaps API (issue 4): the JSON the gap methods return (inputs: gap-inputs.ts). The
// engine (src/main/engine/gaps) works on typed arrays and dense indices; everything here is plain
// JSON keyed by entity ids, so a figure on screen can be drilled into or explained by the ids it shows.
import type { GapFilterInput, GapGrouping } from './gap-inputs';

export type { GapCellInput, GapExplainTarget, GapFilterInput, GapGrouping, SummaryMetric } from './gap-inputs';
export { aggregateMetrics, gapGroupings, summaryMetrics } from './gap-inputs';

export interface GapPrivacy {
  pseudonymise: boolean;
  minGroupSize: number;
}

/** What an answer was computed for: the date, whether it is a forecast, and the filter applied. */
export interface GapScope {
  asOfDate: string;
  /** The engagement's "today". asOfDate after it means future-dated requirements are in force (a forecast). */
  engagementAsOf: string;
  forecast: boolean;
  filter: GapFilterInput;
  privacy: GapPrivacy;
}

/** Set on roll-up rows and cells hidden by the privacy rule; their figures are null. */
export interface Suppressible {
  suppressed: boolean;
  /** Why the figures are hidden, e.g. "fewer than 5 people (privacy mode)"; null when shown. */
  reason: string | null;
}

export interface GapGroupRow extends Suppressible {
  by: GapGrouping;
  key: string;
  label: string;
  people: number | null;
  fte: number | null;
  pairs: number | null;
  assessedPairs: number | null;
  metPairs: number | null;
  meetingShare: number | null;
  fteMeetingShare: number | null;
  meanGap: number | null;
  totalGapLevels: number | null;
  gapHours: number | null;
  unknownShare: number | null;
  meanReadiness: number | null;
  fteMeanReadiness: number | null;
}

export interface GapGroups {
  scope: GapScope;
  by: GapGrouping;
  rows: GapGroupRow[];
}

export interface GapHeatAxis {
  key: string;
  label: string;
  /** Role, skill or unit id; null for a category or "(none)". */
  id: number | null;
  /** Role rows: manager role. Skill columns: the skill's category. */
  isManager?: boolean;
  category?: string;
}

export interface GapHeatCell extends Suppressible {
  row: number;
  col: number;
  people: number | null;
  pairs: number | null;
  assessed: number | null;
  meetingShare: number | null;
  meanGap: number | null;
  gapHours: number | null;
  unknownShare: number | null;
}

export interface GapHeatmap {
  scope: GapScope;
  kind: 'role-skill' | 'unit-category';
  rows: GapHeatAxis[];
  cols: GapHeatAxis[];
  /** Cells with requirements only; a missing row x col means nobody there needs that skill. */
  cells: GapHeatCell[];
  /** Largest mean gap among the shown cells, for the colour scale. */
  maxMeanGap: number;
}

export interface GapKpis extends Suppressible {
  asOfDate: string;
  people: number | null;
  meanReadiness: number | null;
  /** Assessed (person, requirement) pairs / all pairs: the share of the figures resting on data. */
  assessedShare: number | null;
  meetingShare: number | null;
  totalGapLevels: number | null;
  gapHours: number | null;
  /** People whose readiness is below the threshold. */
  peopleBelow: number | null;
  /** People with no assessed requirement at all: their readiness is unknown, not zero. */
  peopleUnknown: number | null;
}

export interface GapSummary {
  scope: GapScope;
  threshold: number;
  now: GapKpis;
  future: GapKpis;
  /** Requirements added, raised or dropped between the two dates. */
  profileChanges: { added: number; changed: number; removed: number };
}

export interface GapOptions {
  asOfDate: string;
  horizonMonths: number;
  locale: string;
  units: { id: number; name: string; parentId: number | null; depth: number }[];
  locations: { id: number; name: string }[];
  categories: string[];
  roles: { id: number; title: string; isManager: boolean; people: number }[];
  privacy: GapPrivacy;
  hoursPerLevel: Record<string, number>;
  learningHoursPerMonth: number;
  /** Distinct future effective dates of requirements, ascending (what "future" can show). */
  futureDates: string[];
}

export interface GapCellPerson {
  id: number;
  ref: string;
  /** Null when pseudonymisation is on. */
  name: string | null;
  role: string;
  unit: string | null;
  location: string | null;
  readiness: number | null;
  coverage: number;
  gapHours: number;
  /** Role x skill cells: the requirement and this person's level (null = not assessed). */
  level: { required: number; weight: number; proficiency: number | null; gap: number | null } | null;
  /** Unit x category cells and category groups: the person's figures in that category. */
  category: { required: number; assessed: number; gapLevels: number } | null;
}

export interface GapCellPeople {
  scope: GapScope;
  title: string;
  total: number;
  offset: number;
  rows: GapCellPerson[];
}

export interface GapProgram {
  id: number;
  name: string;
  covers: { skill: string; levels: number }[];
  coveredLevels: number;
  costPerPerson: number;
  durationMonths: number;
}

export interface GapProgramPlan {
  programs: GapProgram[];
  /** Level-gap no program covers, per skill. */
  uncovered: { skill: string; levels: number }[];
  totalCost: number;
}

export interface GapPersonState {
  asOfDate: string;
  readiness: number | null;
  coverage: number;
  required: number;
  assessed: number;
  gapLevels: number;
  gapHours: number;
  months: number;
}

export interface GapProfileSkill {
  skillId: number;
  name: string;
  category: string;
  requiredNow: number | null;
  requiredFuture: number | null;
  weightNow: number | null;
  weightFuture: number | null;
  /** Effective date of the future requirement when it differs from today's (a forecast). */
  futureFrom: string | null;
  proficiency: number | null;
  gapNow: number | null;
  gapFuture: number | null;
}

export interface GapAlternative {
  roleId: number;
  title: string;
  fit: number | null;
  coverage: number;
  gapLevels: number;
  gapHours: number;
  months: number;
  programs: GapProgramPlan;
}

export interface GapPersonProfile {
  id: number;
  ref: string;
  name: string | null;
  role: { id: number; title: string; isManager: boolean } | null;
  unit: string | null;
  location: string | null;
  directReports: number;
  learningHoursPerMonth: number;
  now: GapPersonState | null;
  future: GapPersonState | null;
  skills: GapProfileSkill[];
  /** Programs covering the future gap in the person's own role (the upskill path). */
  programs: GapProgramPlan;
  /** Best other roles as of the future date (the reskill paths). */
  alternatives: GapAlternative[];
}

export interface GapUpskillRow {
  id: number;
  ref: string;
  name: string | null;
  roleId: number;
  role: string;
  readinessNow: number | null;
  readinessFuture: number | null;
  coverageNow: number;
  coverageFuture: number;
  gapHoursNow: number;
  gapHoursFuture: number;
  extraHours: number;
  monthsFuture: number;
  programs: GapProgramPlan;
}

export interface GapUpskillPage {
  scope: GapScope;
  futureDate: string;
  total: number;
  offset: number;
  rows: GapUpskillRow[];
}

export interface GapReskillCandidate {
  id: number;
  ref: string;
  name: string | null;
  fromRoleId: number;
  fromRole: string;
  fit: number;
  coverage: number;
  gapHours: number;
  months: number;
  programs: GapProgramPlan;
}

export interface GapReskill {
  scope: GapScope;
  role: { id: number; title: string; requirements: number };
  candidates: GapReskillCandidate[];
}

export interface GapAdjacentRole {
  roleId: number;
  title: string;
  /** How much of that role's profile this one already meets (moving this role's people there). */
  fit: number;
  gapHours: number;
  months: number;
}

export interface GapAdjacency {
  asOfDate: string;
  role: { id: number; title: string };
  /** Roles this role's people could move into, closest first. */
  into: GapAdjacentRole[];
  /** Roles whose people could move into this one, closest first. */
  from: GapAdjacentRole[];
}

export interface GapManagerRow extends Suppressible {
  roleId: number;
  title: string;
  managers: number;
  directReports: number;
  meanSpan: number;
  maxSpan: number;
  meanReadiness: number | null;
  gapHours: number | null;
}

export interface GapManagerRoles {
  scope: GapScope;
  rows: GapManagerRow[];
}

export interface GapExplanation {
  formula: string;
  inputs: { name: string; value: number | string | null; assumption: boolean }[];
  result: number | null;
  unit: string | null;
}
