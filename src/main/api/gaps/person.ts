// A person's profile: required (today and at the future date) vs current level per skill,
// readiness now and then with its coverage, hours and months to close the future gap, the
// programs that cover it, and the best other roles to move into (fit, hours, months, programs).
// Person-level views stay available in privacy mode: they show the pseudonymous ref, not the name.
import type { GapPersonProfile, GapPersonState, GapProfileSkill } from '../../../shared/gap-types';
import { bestRolesFor, dayToIso, fitFor, monthsFor, type GapAnalysis, type GapModel } from '../../engine/gaps';
import { skillCategories } from '../../../shared/domain/entities';
import type { GapState } from './cache';
import { employeeIndex, namesOf, num, planJson } from './scope';

function stateOf(m: GapModel, a: GapAnalysis, e: number): GapPersonState | null {
  const g = a.employees;
  if (g.eligible[e] === 0) return null;
  return {
    asOfDate: a.asOfDate,
    readiness: num(g.readiness[e]),
    coverage: g.coverage[e],
    required: g.required[e],
    assessed: g.assessed[e],
    gapLevels: g.gapLevels[e],
    gapHours: g.gapHours[e],
    months: monthsFor(m, g.gapHours[e]),
  };
}

/** Every skill the role needs today or at the future date, with the person's level (null = not assessed). */
function skillsOf(m: GapModel, now: GapAnalysis, future: GapAnalysis, e: number): GapProfileSkill[] {
  const r = m.employees.role[e];
  if (r < 0) return [];
  const levels = new Map<number, number>();
  for (let j = m.proficiencies.start[e]; j < m.proficiencies.start[e + 1]; j++) levels.set(m.proficiencies.skill[j], m.proficiencies.level[j]);
  const rows = new Map<number, GapProfileSkill>();
  const row = (skill: number): GapProfileSkill => {
    let x = rows.get(skill);
    if (!x) {
      const p = levels.get(skill);
      x = {
        skillId: m.skills.id[skill],
        name: m.skills.name[skill],
        category: skillCategories[m.skills.category[skill]],
        requiredNow: null,
        requiredFuture: null,
        weightNow: null,
        weightFuture: null,
        futureFrom: null,
        proficiency: p ?? null,
        gapNow: null,
        gapFuture: null,
      };
      rows.set(skill, x);
    }
    return x;
  };
  const gap = (x: GapProfileSkill, L: number) => (x.proficiency === null ? null : Math.max(0, L - x.proficiency));
  const P = now.profiles;
  for (let k = P.start[r]; k < P.start[r + 1]; k++) {
    const x = row(P.skill[k]);
    x.requiredNow = P.level[k];
    x.weightNow = P.weight[k];
    x.gapNow = gap(x, P.level[k]);
  }
  const F = future.profiles;
  for (let k = F.start[r]; k < F.start[r + 1]; k++) {
    const x = row(F.skill[k]);
    x.requiredFuture = F.level[k];
    x.weightFuture = F.weight[k];
    x.gapFuture = gap(x, F.level[k]);
    const day = m.requirements.effectiveDay[F.req[k]];
    if (day > m.index.asOfDay) x.futureFrom = dayToIso(day);
  }
  // Largest future gap first, unknowns after known gaps, then by name.
  const key = (x: GapProfileSkill) => x.gapFuture ?? x.gapNow ?? -1;
  return [...rows.values()].sort((a, b) => key(b) - key(a) || a.name.localeCompare(b.name));
}

export function gapPerson(s: GapState, input: { employee: number | string; futureDate: string; alternatives: number }): GapPersonProfile {
  const m = s.model;
  const e = employeeIndex(s, input.employee);
  // No filter: a person's profile is about all of their role's requirements.
  const now = s.analysis(s.meta.asOfDate);
  const future = s.analysis(input.futureDate);
  const r = m.employees.role[e];
  const u = m.employees.orgUnit[e];
  const l = m.employees.location[e];
  const id = m.employees.id[e];
  const alternatives = bestRolesFor(m, now.profiles, e, { top: input.alternatives }).map((f) => ({
    roleId: m.roles.id[f.role],
    title: m.roles.title[f.role],
    fit: f.fit,
    coverage: f.coverage,
    gapLevels: f.gapLevels,
    gapHours: f.gapHours,
    months: f.months,
    programs: planJson(m, f.programs),
  }));
  return {
    id,
    ref: m.employees.ref[e],
    name: namesOf(s, [id]).get(id) ?? null,
    role: r < 0 ? null : { id: m.roles.id[r], title: m.roles.title[r], isManager: m.roles.isManager[r] === 1 },
    unit: u < 0 ? null : m.orgUnits.name[u],
    location: l < 0 ? null : m.locations.name[l],
    directReports: m.index.directReports[e],
    learningHoursPerMonth: m.learningHoursPerMonth,
    now: stateOf(m, now, e),
    future: stateOf(m, future, e),
    skills: skillsOf(m, now, future, e),
    programs: r < 0 ? { programs: [], uncovered: [], totalCost: 0 } : planJson(m, fitFor(m, future.profiles, e, r).programs),
    alternatives,
  };
}
