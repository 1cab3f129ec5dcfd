// Gap API answers for component tests, shaped exactly like the host's (src/shared/gap-types.ts):
// a 3-role x 4-skill heatmap with one cell of each kind (colour steps, mostly not assessed,
// nobody assessed, hidden by privacy mode, not required), a person profile and explanations.
import type {
  GapCellPeople,
  GapExplanation,
  GapHeatmap,
  GapKpis,
  GapOptions,
  GapPersonProfile,
  GapScope,
  GapSummary,
} from '../../../src/shared/gap-types';

export const privacy = { pseudonymise: true, minGroupSize: 5 };

export function scope(asOfDate = '2025-03-31'): GapScope {
  return { asOfDate, engagementAsOf: '2025-03-31', forecast: asOfDate > '2025-03-31', filter: {}, privacy };
}

export function options(): GapOptions {
  return {
    asOfDate: '2025-03-31',
    horizonMonths: 18,
    locale: 'en-GB',
    units: [
      { id: 1, name: 'Operations', parentId: null, depth: 0 },
      { id: 2, name: 'Warehousing', parentId: 1, depth: 1 },
    ],
    locations: [{ id: 7, name: 'Rotterdam' }],
    categories: ['technical', 'digital', 'soft', 'leadership', 'domain', 'language', 'regulatory'],
    roles: [
      { id: 10, title: 'Planner', isManager: false, people: 40 },
      { id: 11, title: 'Shift Lead', isManager: true, people: 6 },
      { id: 12, title: 'Analyst', isManager: false, people: 3 },
    ],
    privacy,
    hoursPerLevel: { technical: 40, digital: 40, soft: 60, leadership: 60, domain: 40, language: 40, regulatory: 40 },
    learningHoursPerMonth: 16,
    futureDates: ['2026-01-01'],
  };
}

const cell = (row: number, col: number, over: Partial<GapHeatmap['cells'][number]>): GapHeatmap['cells'][number] => ({
  row,
  col,
  suppressed: false,
  reason: null,
  people: 40,
  pairs: 40,
  assessed: 40,
  meetingShare: 0.5,
  meanGap: 0.6,
  gapHours: 960,
  unknownShare: 0,
  ...over,
});

export function heatmap(asOfDate = '2025-03-31'): GapHeatmap {
  return {
    scope: scope(asOfDate),
    kind: 'role-skill',
    rows: [
      { key: '10', label: 'Planner', id: 10, isManager: false },
      { key: '11', label: 'Shift Lead', id: 11, isManager: true },
      { key: '12', label: 'Analyst', id: 12, isManager: false },
    ],
    cols: [
      { key: '100', label: 'SQL', id: 100, category: 'digital' },
      { key: '101', label: 'Forecasting', id: 101, category: 'domain' },
      { key: '102', label: 'Coaching', id: 102, category: 'leadership' },
      { key: '103', label: 'Negotiation', id: 103, category: 'soft' },
    ],
    cells: [
      cell(0, 0, { meanGap: 0, meetingShare: 1, gapHours: 0 }),
      cell(0, 1, { meanGap: 1.8, meetingShare: 0.1, gapHours: 2880 }),
      // Mostly not assessed: 30 of 40 pairs unknown.
      cell(0, 3, { assessed: 10, unknownShare: 0.75, meanGap: 0.4, gapHours: 240 }),
      cell(1, 2, { people: 6, pairs: 6, assessed: 0, unknownShare: 1, meanGap: null, meetingShare: null, gapHours: 0 }),
      cell(2, 0, { suppressed: true, reason: 'fewer than 5 people (privacy mode hides smaller groups)', people: null, pairs: null, assessed: null, meanGap: null, meetingShare: null, gapHours: null, unknownShare: null }),
    ],
    maxMeanGap: 1.8,
  };
}

const kpis = (asOfDate: string, readiness: number, hours: number): GapKpis => ({
  asOfDate,
  suppressed: false,
  reason: null,
  people: 49,
  meanReadiness: readiness,
  assessedShare: 0.82,
  meetingShare: 0.6,
  totalGapLevels: hours / 40,
  gapHours: hours,
  peopleBelow: 12,
  peopleUnknown: 1,
});

export function summary(future = '2026-09-30'): GapSummary {
  return {
    scope: scope(future),
    threshold: 0.8,
    now: kpis('2025-03-31', 0.84, 4080),
    future: kpis(future, 0.71, 9120),
    profileChanges: { added: 7, changed: 3, removed: 0 },
  };
}

export function cellPeople(): GapCellPeople {
  return {
    scope: scope(),
    title: 'Planner × Negotiation',
    total: 2,
    offset: 0,
    rows: [
      { id: 501, ref: 'P000501', name: null, role: 'Planner', unit: 'Operations', location: 'Rotterdam', readiness: 0.7, coverage: 0.9, gapHours: 120, level: { required: 3, weight: 0.8, proficiency: 1, gap: 2 }, category: null },
      { id: 502, ref: 'P000502', name: null, role: 'Planner', unit: 'Operations', location: 'Rotterdam', readiness: 0.95, coverage: 0.6, gapHours: 0, level: { required: 3, weight: 0.8, proficiency: null, gap: null }, category: null },
    ],
  };
}

export function person(): GapPersonProfile {
  const plan = { programs: [{ id: 1, name: 'Negotiation Lab', covers: [{ skill: 'Negotiation', levels: 2 }], coveredLevels: 2, costPerPerson: 900, durationMonths: 2 }], uncovered: [{ skill: 'Forecasting', levels: 1 }], totalCost: 900 };
  return {
    id: 501,
    ref: 'P000501',
    name: null,
    role: { id: 10, title: 'Planner', isManager: false },
    unit: 'Operations',
    location: 'Rotterdam',
    directReports: 0,
    learningHoursPerMonth: 16,
    now: { asOfDate: '2025-03-31', readiness: 0.7, coverage: 0.9, required: 3, assessed: 2, gapLevels: 2, gapHours: 120, months: 7.5 },
    future: { asOfDate: '2026-09-30', readiness: 0.55, coverage: 0.75, required: 4, assessed: 2, gapLevels: 4, gapHours: 200, months: 12.5 },
    skills: [
      { skillId: 103, name: 'Negotiation', category: 'soft', requiredNow: 3, requiredFuture: 3, weightNow: 0.8, weightFuture: 0.8, futureFrom: null, proficiency: 1, gapNow: 2, gapFuture: 2 },
      { skillId: 101, name: 'Forecasting', category: 'domain', requiredNow: 2, requiredFuture: 4, weightNow: 1, weightFuture: 1, futureFrom: '2026-01-01', proficiency: 2, gapNow: 0, gapFuture: 2 },
      { skillId: 100, name: 'SQL', category: 'digital', requiredNow: 2, requiredFuture: 2, weightNow: 0.5, weightFuture: 0.5, futureFrom: null, proficiency: null, gapNow: null, gapFuture: null },
      { skillId: 104, name: 'Python', category: 'digital', requiredNow: null, requiredFuture: 2, weightNow: null, weightFuture: 0.6, futureFrom: '2026-01-01', proficiency: null, gapNow: null, gapFuture: null },
    ],
    programs: plan,
    alternatives: [
      { roleId: 12, title: 'Analyst', fit: 0.88, coverage: 0.8, gapLevels: 1, gapHours: 40, months: 2.5, programs: { programs: [], uncovered: [{ skill: 'SQL', levels: 1 }], totalCost: 0 } },
      { roleId: 11, title: 'Shift Lead', fit: 0.61, coverage: 0.7, gapLevels: 3, gapHours: 180, months: 11.25, programs: plan },
    ],
  };
}

export function explanation(over: Partial<GapExplanation> = {}): GapExplanation {
  return {
    formula: 'readiness = 1 - sum(w x g) / sum(w x L) over assessed requirements, g = max(0, L - p)',
    inputs: [
      { name: 'requirements in force on', value: '2026-09-30', assumption: true },
      { name: 'Negotiation (soft): required level L', value: 3, assumption: false },
      { name: 'SQL (digital): proficiency p', value: 'not assessed', assumption: false },
      { name: 'hours per level, soft', value: 60, assumption: true },
    ],
    result: 0.7,
    unit: null,
    ...over,
  };
}
