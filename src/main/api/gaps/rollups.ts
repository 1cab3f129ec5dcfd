// Roll-ups for the Gaps screens and the command line: KPIs now vs future, groups, the two
// heatmaps and the manager roles of the leadership lens. Privacy mode hides any roll-up of fewer
// than minGroupSize people: its figures become null with `suppressed: true` and the reason.
import { skillCategories } from '../../../shared/domain/entities';
import type {
  GapFilterInput,
  GapGrouping,
  GapGroupRow,
  GapGroups,
  GapHeatAxis,
  GapHeatCell,
  GapHeatmap,
  GapKpis,
  GapManagerRoles,
  GapOptions,
  GapSummary,
} from '../../../shared/gap-types';
import { groupRows, managerRoles, profileChanges, roleSkillMatrix, unitCategoryMatrix, type AggregateRow, type GapAnalysis, type GapMatrix } from '../../engine/gaps';
import type { GapState } from './cache';
import { filterOf, privacyOf, scopeOf, suppression } from './scope';

export function gapOptions(s: GapState): GapOptions {
  const m = s.model;
  const depth = (u: number): number => {
    let d = 0;
    for (let x = m.orgUnits.parent[u]; x >= 0 && d <= m.orgUnits.parent.length; x = m.orgUnits.parent[x]) d++;
    return d;
  };
  const st = m.index.roleEmployeesStart;
  const future = new Set<string>();
  for (const day of m.requirements.effectiveDay) if (day > m.index.asOfDay) future.add(new Date(day * 86_400_000).toISOString().slice(0, 10));
  return {
    asOfDate: s.meta.asOfDate,
    horizonMonths: s.meta.horizonMonths,
    locale: s.meta.locale,
    units: Array.from(m.orgUnits.id, (id, u) => ({
      id,
      name: m.orgUnits.name[u],
      parentId: m.orgUnits.parent[u] < 0 ? null : m.orgUnits.id[m.orgUnits.parent[u]],
      depth: depth(u),
    })),
    locations: Array.from(m.locations.id, (id, l) => ({ id, name: m.locations.name[l] })),
    categories: [...skillCategories],
    roles: Array.from(m.roles.id, (id, r) => ({ id, title: m.roles.title[r], isManager: m.roles.isManager[r] === 1, people: st[r + 1] - st[r] })),
    privacy: privacyOf(s),
    hoursPerLevel: { ...s.settings.hoursPerLevel },
    learningHoursPerMonth: s.settings.learningHoursPerMonth,
    futureDates: [...future].sort(),
  };
}

/** Sums over everyone in scope: the figures behind the KPI cards (and their explanations). */
export interface KpiSums {
  people: number;
  pairs: number;
  assessed: number;
  met: number;
  gapSum: number;
  gapHours: number;
  readinessCount: number;
  readinessSum: number;
  below: number;
  unknown: number;
}

export function kpiSums(a: GapAnalysis, threshold: number): KpiSums {
  const g = a.byRole;
  const out: KpiSums = { people: 0, pairs: 0, assessed: 0, met: 0, gapSum: 0, gapHours: 0, readinessCount: 0, readinessSum: 0, below: 0, unknown: 0 };
  for (let r = 0; r < g.people.length; r++) {
    out.people += g.people[r];
    out.pairs += g.pairs[r];
    out.assessed += g.assessed[r];
    out.met += g.met[r];
    out.gapSum += g.gapSum[r];
    out.gapHours += g.gapHours[r];
    out.readinessCount += g.readinessCount[r];
    out.readinessSum += g.readinessSum[r];
  }
  const e = a.employees;
  for (let i = 0; i < e.eligible.length; i++) {
    if (e.eligible[i] === 0 || e.required[i] === 0) continue;
    const r = e.readiness[i];
    if (r !== r) out.unknown++;
    else if (r < threshold) out.below++;
  }
  return out;
}

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

function kpis(s: GapState, a: GapAnalysis, threshold: number): GapKpis {
  const k = kpiSums(a, threshold);
  const reason = suppression(s, k.people);
  const shown = <T>(v: T): T | null => (reason ? null : v);
  return {
    asOfDate: a.asOfDate,
    suppressed: reason !== null,
    reason,
    people: shown(k.people),
    meanReadiness: shown(ratio(k.readinessSum, k.readinessCount)),
    assessedShare: shown(ratio(k.assessed, k.pairs)),
    meetingShare: shown(ratio(k.met, k.assessed)),
    totalGapLevels: shown(k.gapSum),
    gapHours: shown(k.gapHours),
    peopleBelow: shown(k.below),
    peopleUnknown: shown(k.unknown),
  };
}

// The roll-ups below are memoised with the analyses (cache.ts): a screen asks for the same
// summary and heatmap on every visit, and the answer only changes with the data.
const key = (...parts: unknown[]) => JSON.stringify(parts);

export function gapSummary(s: GapState, input: { filter: GapFilterInput; futureDate: string; threshold: number }): GapSummary {
  return s.memo(key('summary', input), () => summaryOf(s, input));
}

function summaryOf(s: GapState, input: { filter: GapFilterInput; futureDate: string; threshold: number }): GapSummary {
  const filter = filterOf(s.model, input.filter);
  const now = s.analysis(s.meta.asOfDate, filter);
  const future = s.analysis(input.futureDate, filter);
  const changes = profileChanges(now.profiles, future.profiles);
  return {
    scope: scopeOf(s, input.futureDate, input.filter),
    threshold: input.threshold,
    now: kpis(s, now, input.threshold),
    future: kpis(s, future, input.threshold),
    profileChanges: {
      added: changes.filter((c) => c.kind === 'added').length,
      changed: changes.filter((c) => c.kind === 'changed').length,
      removed: changes.filter((c) => c.kind === 'removed').length,
    },
  };
}

export function groupRowJson(s: GapState, r: AggregateRow): GapGroupRow {
  const reason = suppression(s, r.people);
  const v = (x: number | null): number | null => (reason ? null : x);
  return {
    by: r.by,
    key: r.key,
    label: r.label,
    suppressed: reason !== null,
    reason,
    people: v(r.people),
    fte: v(r.fte),
    pairs: v(r.pairs),
    assessedPairs: v(r.assessedPairs),
    metPairs: v(r.metPairs),
    meetingShare: v(r.meetingShare),
    fteMeetingShare: v(r.fteMeetingShare),
    meanGap: v(r.meanGap),
    totalGapLevels: v(r.totalGapLevels),
    gapHours: v(r.gapHours),
    unknownShare: v(r.unknownShare),
    meanReadiness: v(r.meanReadiness),
    fteMeanReadiness: v(r.fteMeanReadiness),
  };
}

export function gapGroups(s: GapState, asOf: string, filterInput: GapFilterInput, by: GapGrouping): GapGroups {
  return s.memo(key('groups', asOf, filterInput, by), () => {
    const a = s.analysis(asOf, filterOf(s.model, filterInput));
    return { scope: scopeOf(s, asOf, filterInput), by, rows: groupRows(s.model, a, by).map((r) => groupRowJson(s, r)) };
  });
}

/**
 * Skill columns grouped by category (in the catalogue's category order), then by name, so the
 * heatmap reads in bands; the engine's matrix lists them by id.
 */
function roleSkillAxes(s: GapState, mx: GapMatrix): { rows: GapHeatAxis[]; cols: GapHeatAxis[]; colPos: Int32Array } {
  const m = s.model;
  const order = mx.cols
    .map((c, i) => ({ c, i, cat: m.skills.category[c.index] }))
    .sort((a, b) => a.cat - b.cat || a.c.label.localeCompare(b.c.label) || a.c.index - b.c.index);
  const colPos = new Int32Array(mx.cols.length);
  order.forEach((o, pos) => (colPos[o.i] = pos));
  return {
    rows: mx.rows.map((r) => ({ key: r.key, label: r.label, id: m.roles.id[r.index], isManager: m.roles.isManager[r.index] === 1 })),
    cols: order.map(({ c }) => ({ key: c.key, label: c.label, id: m.skills.id[c.index], category: skillCategories[m.skills.category[c.index]] })),
    colPos,
  };
}

export function gapHeatmap(s: GapState, asOf: string, filterInput: GapFilterInput, kind: GapHeatmap['kind']): GapHeatmap {
  return s.memo(key('heatmap', asOf, filterInput, kind), () => heatmapOf(s, asOf, filterInput, kind));
}

function heatmapOf(s: GapState, asOf: string, filterInput: GapFilterInput, kind: GapHeatmap['kind']): GapHeatmap {
  const m = s.model;
  const a = s.analysis(asOf, filterOf(m, filterInput));
  const mx = kind === 'role-skill' ? roleSkillMatrix(m, a) : unitCategoryMatrix(m, a);
  let rows: GapHeatAxis[];
  let cols: GapHeatAxis[];
  let colPos: Int32Array | null = null;
  if (kind === 'role-skill') ({ rows, cols, colPos } = roleSkillAxes(s, mx));
  else {
    rows = mx.rows.map((r) => ({ key: r.key, label: r.label, id: r.index < 0 ? null : m.orgUnits.id[r.index] }));
    cols = mx.cols.map((c) => ({ key: c.key, label: c.label, id: null, category: c.key }));
  }
  let maxMeanGap = 0;
  const cells: GapHeatCell[] = mx.cells.map((c) => {
    const reason = suppression(s, c.people);
    if (!reason && c.meanGap !== null) maxMeanGap = Math.max(maxMeanGap, c.meanGap);
    const v = (x: number | null): number | null => (reason ? null : x);
    return {
      row: c.row,
      col: colPos ? colPos[c.col] : c.col,
      suppressed: reason !== null,
      reason,
      people: v(c.people),
      pairs: v(c.pairs),
      assessed: v(c.assessed),
      meetingShare: v(c.meetingShare),
      meanGap: v(c.meanGap),
      gapHours: v(c.gapHours),
      unknownShare: v(c.unknownShare),
    };
  });
  cells.sort((x, y) => x.row - y.row || x.col - y.col);
  return { scope: scopeOf(s, asOf, filterInput), kind, rows, cols, cells, maxMeanGap };
}

/**
 * Manager roles with their span of control. Headcount and spans describe the organisation and
 * stay visible; the readiness and hours of a role's managers are assessments, hidden in privacy
 * mode when the role has fewer managers than the minimum group size.
 */
export function gapManagers(s: GapState, asOf: string, filterInput: GapFilterInput): GapManagerRoles {
  const m = s.model;
  const a = s.analysis(asOf, filterOf(m, filterInput));
  const rows = managerRoles(m, a).map((r) => {
    const reason = suppression(s, r.managers);
    return {
      roleId: m.roles.id[r.role],
      title: r.title,
      managers: r.managers,
      directReports: r.directReports,
      meanSpan: r.meanSpan,
      maxSpan: r.maxSpan,
      suppressed: reason !== null,
      reason,
      meanReadiness: reason ? null : r.meanReadiness,
      gapHours: reason ? null : r.gapHours,
    };
  });
  rows.sort((x, y) => y.directReports - x.directReports || x.title.localeCompare(y.title));
  return { scope: scopeOf(s, asOf, filterInput), rows };
}
