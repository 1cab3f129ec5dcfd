// Upskill list (the role stays, its future profile outgrows the person), reskill candidates for
// a role (people from other roles ranked by fit, then hours) and role-to-role adjacency. The
// rankings are memoised with the analyses; programs are chosen only for the rows a page shows.
import type { GapAdjacency, GapAdjacentRole, GapFilterInput, GapReskill, GapUpskillPage } from '../../../shared/gap-types';
import { fitFor, monthsFor, reskillLists, roleAdjacency, upskillList, type Adjacency } from '../../engine/gaps';
import type { GapState } from './cache';
import { filterKey } from './cache';
import { filterOf, namesOf, planJson, roleIndex, scopeOf } from './scope';

export function gapUpskill(s: GapState, input: { filter: GapFilterInput; futureDate: string; offset: number; limit: number }): GapUpskillPage {
  const m = s.model;
  const filter = filterOf(m, input.filter);
  const now = s.analysis(s.meta.asOfDate, filter);
  const future = s.analysis(input.futureDate, filter);
  const ranked = s.memo(`upskill|${input.futureDate}|${filterKey(filter)}`, () => upskillList(m, now, future, { programs: false }));
  const page = ranked.slice(input.offset, input.offset + input.limit);
  const names = namesOf(s, page.map((r) => m.employees.id[r.employee]));
  return {
    scope: scopeOf(s, s.meta.asOfDate, input.filter),
    futureDate: input.futureDate,
    total: ranked.length,
    offset: input.offset,
    rows: page.map((r) => {
      const id = m.employees.id[r.employee];
      return {
        id,
        ref: m.employees.ref[r.employee],
        name: names.get(id) ?? null,
        roleId: m.roles.id[r.role],
        role: m.roles.title[r.role],
        readinessNow: r.readinessNow,
        readinessFuture: r.readinessFuture,
        coverageNow: r.coverageNow,
        coverageFuture: r.coverageFuture,
        gapHoursNow: r.gapHoursNow,
        gapHoursFuture: r.gapHoursFuture,
        extraHours: r.extraHours,
        monthsFuture: r.monthsFuture,
        // The whole future gap: that is the level the person has to reach.
        programs: planJson(m, fitFor(m, future.profiles, r.employee, r.role).programs),
      };
    }),
  };
}

export function gapReskill(s: GapState, asOf: string, filterInput: GapFilterInput, input: { roleId: number; top: number; minCoverage: number }): GapReskill {
  const m = s.model;
  const role = roleIndex(m, input.roleId);
  const filter = filterOf(m, filterInput);
  const a = s.analysis(asOf, filter);
  const key = `reskill|${asOf}|${filterKey(filter)}|${role}|${input.top}|${input.minCoverage}`;
  const list = s.memo(key, () => reskillLists(m, a, { roles: [role], top: input.top, minCoverage: input.minCoverage, programs: true })[0]);
  const candidates = list?.candidates ?? [];
  const names = namesOf(s, candidates.map((c) => m.employees.id[c.employee]));
  return {
    scope: scopeOf(s, asOf, filterInput),
    role: { id: input.roleId, title: m.roles.title[role], requirements: a.profiles.start[role + 1] - a.profiles.start[role] },
    candidates: candidates.map((c) => {
      const id = m.employees.id[c.employee];
      return {
        id,
        ref: m.employees.ref[c.employee],
        name: names.get(id) ?? null,
        fromRoleId: m.roles.id[c.fromRole],
        fromRole: m.roles.title[c.fromRole],
        fit: c.fit,
        coverage: c.coverage,
        gapHours: c.gapHours,
        months: c.months,
        programs: c.programs ? planJson(m, c.programs) : { programs: [], uncovered: [], totalCost: 0 },
      };
    }),
  };
}

export function gapAdjacency(s: GapState, asOf: string, input: { roleId: number; top: number }): GapAdjacency {
  const m = s.model;
  const r = roleIndex(m, input.roleId);
  const a = s.analysis(asOf);
  const adj = s.memo<Adjacency>(`adjacency|${asOf}`, () => roleAdjacency(m, a.profiles));
  const n = adj.n;
  const pick = (cell: (t: number) => number): GapAdjacentRole[] => {
    const out: GapAdjacentRole[] = [];
    for (let t = 0; t < n; t++) {
      // Roles without requirements are no destination (nothing to measure a fit against).
      if (t === r || a.profiles.roleSwl[t] === 0 || a.profiles.roleSwl[r] === 0) continue;
      const i = cell(t);
      out.push({ roleId: m.roles.id[t], title: m.roles.title[t], fit: adj.fit[i], gapHours: adj.gapHours[i], months: monthsFor(m, adj.gapHours[i]) });
    }
    out.sort((x, y) => y.fit - x.fit || x.gapHours - y.gapHours || x.roleId - y.roleId);
    return out.slice(0, input.top);
  };
  return {
    asOfDate: asOf,
    role: { id: input.roleId, title: m.roles.title[r] },
    into: pick((t) => r * n + t),
    from: pick((t) => t * n + r),
  };
}
