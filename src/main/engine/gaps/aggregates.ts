// Roll-ups by skill, role, org unit, location and skill category.
//
// Definitions (the same in every grouping):
//   people          eligible headcount with at least one requirement in scope in the group
//   pairs           (person, requirement) pairs; assessedPairs those with a proficiency row
//   meetingShare    pairs with p >= L / assessed pairs (unknowns are neither met nor missed)
//   fteMeetingShare the same weighted by FTE: share of capacity meeting the requirement. FTE
//                   weighting applies to shares of capacity only; hours and level-gaps are per
//                   person, since a part-timer needs the same training as a full-timer.
//   meanGap         total level-gap / assessed pairs (pairs meeting the requirement count as 0)
//   gapHours        sum over pairs of gap x hours per level of the skill's category
//   unknownShare    (pairs - assessed pairs) / pairs: count-based, like the Overview's coverage.
//                   (A person's `coverage` is weighted by w x L, because it qualifies a weighted
//                   readiness; a roll-up's unknown share answers "how many assessments are missing".)
//   meanReadiness   role, unit and location groups: mean readiness of people with one, and its FTE-weighted mean
import { skillCategories } from '../../../shared/domain/entities';
import { monthsFor } from './fit';
import { CATEGORY_COUNT, type AggregateRow, type GapAnalysis, type GapModel, type GroupBy, type PersonStats } from './types';

const share = (num: number, den: number): number | null => (den > 0 ? num / den : null);

export interface Sums {
  people: number;
  fte: number;
  pairs: number;
  assessed: number;
  met: number;
  fteAssessed: number;
  fteMet: number;
  gapSum: number;
  gapHours: number;
  readinessCount: number;
  readinessSum: number;
  readinessFte: number;
  readinessFteSum: number;
}

function row(by: GroupBy, index: number, key: string, label: string, s: Sums, personLevel: boolean): AggregateRow {
  return {
    by,
    index,
    key,
    label,
    people: s.people,
    fte: s.fte,
    pairs: s.pairs,
    assessedPairs: s.assessed,
    metPairs: s.met,
    meetingShare: share(s.met, s.assessed),
    fteMeetingShare: share(s.fteMet, s.fteAssessed),
    meanGap: share(s.gapSum, s.assessed),
    totalGapLevels: s.gapSum,
    gapHours: s.gapHours,
    unknownShare: share(s.pairs - s.assessed, s.pairs),
    meanReadiness: personLevel ? share(s.readinessSum, s.readinessCount) : null,
    fteMeanReadiness: personLevel ? share(s.readinessFteSum, s.readinessFte) : null,
  };
}

export function personSums(g: PersonStats, i: number): Sums {
  return {
    people: g.people[i],
    fte: g.fte[i],
    pairs: g.pairs[i],
    assessed: g.assessed[i],
    met: g.met[i],
    fteAssessed: g.fteAssessed[i],
    fteMet: g.fteMet[i],
    gapSum: g.gapSum[i],
    gapHours: g.gapHours[i],
    readinessCount: g.readinessCount[i],
    readinessSum: g.readinessSum[i],
    readinessFte: g.readinessFte[i],
    readinessFteSum: g.readinessFteSum[i],
  };
}

export const emptySums = (): Sums => ({
  people: 0,
  fte: 0,
  pairs: 0,
  assessed: 0,
  met: 0,
  fteAssessed: 0,
  fteMet: 0,
  gapSum: 0,
  gapHours: 0,
  readinessCount: 0,
  readinessSum: 0,
  readinessFte: 0,
  readinessFteSum: 0,
});

/** Per skill, summed over the role x skill cells; each person has at most one pair per skill. */
export function skillSums(m: GapModel, a: GapAnalysis): Sums[] {
  const out = Array.from({ length: m.skills.id.length }, emptySums);
  const p = a.profiles;
  for (let k = 0; k < p.skill.length; k++) {
    const s = out[p.skill[k]];
    const r = p.role[k];
    // Every eligible incumbent of the role with requirements has one pair on each of its cells.
    s.people += a.byRole.people[r];
    s.fte += a.byRole.fte[r];
    s.pairs += a.slots.pairs[k];
    s.assessed += a.slots.assessed[k];
    s.met += a.slots.met[k];
    s.fteAssessed += a.slots.fteAssessed[k];
    s.fteMet += a.slots.fteMet[k];
    s.gapSum += a.slots.gapSum[k];
  }
  out.forEach((s, i) => (s.gapHours = s.gapSum * m.hoursPerLevel[m.skills.category[i]]));
  return out;
}

/** Per category, summed over the org unit x category cells (units are disjoint, so people add up). */
export function categorySums(m: GapModel, a: GapAnalysis): Sums[] {
  const uc = a.unitCategory;
  const nCells = uc.pairs.length / CATEGORY_COUNT;
  return Array.from({ length: CATEGORY_COUNT }, (_, c) => {
    const s = emptySums();
    for (let u = 0; u < nCells; u++) {
      const i = u * CATEGORY_COUNT + c;
      s.people += uc.people[i];
      s.fte += uc.fte[i];
      s.pairs += uc.pairs[i];
      s.assessed += uc.assessed[i];
      s.met += uc.met[i];
      s.fteAssessed += uc.fteAssessed[i];
      s.fteMet += uc.fteMet[i];
      s.gapSum += uc.gapSum[i];
    }
    s.gapHours = s.gapSum * m.hoursPerLevel[c];
    return s;
  });
}

/** The sums behind one aggregate row (index -1 = "(none)" for units and locations). */
export function sumsFor(m: GapModel, a: GapAnalysis, by: GroupBy, index: number): Sums {
  switch (by) {
    case 'role':
      return personSums(a.byRole, index);
    case 'unit':
      return personSums(a.byUnit, index < 0 ? m.orgUnits.id.length : index);
    case 'location':
      return personSums(a.byLocation, index < 0 ? m.locations.id.length : index);
    case 'skill':
      return skillSums(m, a)[index];
    case 'category':
      return categorySums(m, a)[index];
  }
}

/** The roll-up by one dimension; groups without people in scope are left out. */
export function groupRows(m: GapModel, a: GapAnalysis, by: GroupBy): AggregateRow[] {
  const out: AggregateRow[] = [];
  const push = (index: number, key: string, label: string, s: Sums, personLevel: boolean) => {
    if (s.people > 0) out.push(row(by, index, key, label, s, personLevel));
  };
  const groups = (g: PersonStats, ids: Float64Array, names: string[]) => {
    for (let i = 0; i < ids.length; i++) push(i, String(ids[i]), names[i], personSums(g, i), true);
    push(-1, 'none', '(none)', personSums(g, ids.length), true);
  };
  switch (by) {
    case 'role':
      for (let r = 0; r < m.roles.id.length; r++) push(r, String(m.roles.id[r]), m.roles.title[r], personSums(a.byRole, r), true);
      break;
    case 'unit':
      groups(a.byUnit, m.orgUnits.id, m.orgUnits.name);
      break;
    case 'location':
      groups(a.byLocation, m.locations.id, m.locations.name);
      break;
    case 'skill':
      skillSums(m, a).forEach((s, i) => push(i, String(m.skills.id[i]), m.skills.name[i], s, false));
      break;
    case 'category':
      categorySums(m, a).forEach((s, c) => push(c, skillCategories[c], skillCategories[c], s, false));
      break;
  }
  return out;
}

export interface GroupDelta {
  index: number;
  key: string;
  label: string;
  now: AggregateRow | null;
  future: AggregateRow | null;
  /** future - now for each figure; null where either side is missing. */
  delta: Record<'meetingShare' | 'meanGap' | 'totalGapLevels' | 'gapHours' | 'unknownShare' | 'meanReadiness', number | null>;
}

/** Today's roll-up against the future one (e.g. as of + 18 months): the difference the plan must close. */
export function compareGroups(m: GapModel, now: GapAnalysis, future: GapAnalysis, by: GroupBy): GroupDelta[] {
  const a = new Map(groupRows(m, now, by).map((r) => [r.index, r]));
  const b = new Map(groupRows(m, future, by).map((r) => [r.index, r]));
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
  const d = (x: number | null | undefined, y: number | null | undefined) => (x == null || y == null ? null : y - x);
  return keys.map((index) => {
    const n = a.get(index) ?? null;
    const f = b.get(index) ?? null;
    return {
      index,
      key: (n ?? f)!.key,
      label: (n ?? f)!.label,
      now: n,
      future: f,
      delta: {
        meetingShare: d(n?.meetingShare, f?.meetingShare),
        meanGap: d(n?.meanGap, f?.meanGap),
        totalGapLevels: d(n?.totalGapLevels ?? 0, f?.totalGapLevels ?? 0),
        gapHours: d(n?.gapHours ?? 0, f?.gapHours ?? 0),
        unknownShare: d(n?.unknownShare, f?.unknownShare),
        meanReadiness: d(n?.meanReadiness, f?.meanReadiness),
      },
    };
  });
}

export interface EmployeeGapRow {
  employee: number;
  id: number;
  ref: string;
  role: number;
  roleTitle: string;
  readiness: number | null;
  coverage: number;
  required: number;
  assessed: number;
  gapLevels: number;
  gapHours: number;
  months: number;
}

/** Per-person rows (`--by employee`), for all eligible people or the given indices. */
export function employeeRows(m: GapModel, a: GapAnalysis, indices?: ArrayLike<number>): EmployeeGapRow[] {
  const emp = a.employees;
  const pick = indices ?? [...Array(emp.eligible.length).keys()].filter((e) => emp.eligible[e] === 1);
  const out: EmployeeGapRow[] = [];
  for (let i = 0; i < pick.length; i++) {
    const e = pick[i];
    if (emp.eligible[e] === 0) continue;
    const r = emp.readiness[e];
    out.push({
      employee: e,
      id: m.employees.id[e],
      ref: m.employees.ref[e],
      role: m.employees.role[e],
      roleTitle: m.roles.title[m.employees.role[e]],
      readiness: r === r ? r : null,
      coverage: emp.coverage[e],
      required: emp.required[e],
      assessed: emp.assessed[e],
      gapLevels: emp.gapLevels[e],
      gapHours: emp.gapHours[e],
      months: monthsFor(m, emp.gapHours[e]),
    });
  }
  return out;
}
