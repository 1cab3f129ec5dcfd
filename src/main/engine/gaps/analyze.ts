// The full gap analysis: every eligible person scored against their role's requirements in force
// on one date, with the per-pair sums behind the heatmaps filled in the same pass.
//
// Scope rules (documented once, used by every aggregate):
// - eligible: the person has a role and passes the filter (units include their descendants;
//   managersOnly = manager role or at least one direct report). Per-person figures exist only for them.
// - a group's "people" are eligible people with at least one requirement in scope (a soft-skills
//   lens leaves out people whose role needs no soft skill). Their readiness is 1 by definition
//   when nothing is required, and counting them would only dilute the group.
import { isoToDay } from './dates';
import { Kernel, Score, Sink, makePairStats } from './kernel';
import { lensMask, resolveProfiles } from './profiles';
import { addCategoryPeople, addPerson, fillSlotPairs, makeEmployeeGaps, makePersonStats, makeUnitCategory, writeEmployee } from './stats';
import { CATEGORY_COUNT, type GapAnalysis, type GapFilter, type GapModel, type RoleProfiles } from './types';

export interface AnalyzeOptions {
  /** ISO date the requirements are resolved on; defaults to the engagement's as-of date. */
  asOf?: string;
  filter?: GapFilter;
}

export function analyzeGaps(m: GapModel, opts: AnalyzeOptions = {}): GapAnalysis {
  const asOfDate = opts.asOf ?? m.asOfDate;
  const filter = opts.filter ?? {};
  const day = isoToDay(asOfDate);
  const profiles = resolveProfiles(m, day, lensMask(m, filter));
  const nE = m.employees.id.length;
  const nU = m.orgUnits.id.length;
  const nL = m.locations.id.length;
  const NC = CATEGORY_COUNT; // a local: module constants can compile to getter calls in hot loops
  const emp = makeEmployeeGaps(nE);
  emp.eligible.set(eligibility(m, filter));
  const slots = makePairStats(profiles.skill.length);
  const unitCategory = makeUnitCategory((nU + 1) * NC);
  const byRole = makePersonStats(m.roles.id.length + 1);
  const byUnit = makePersonStats(nU + 1);
  const byLocation = makePersonStats(nL + 1);
  const kernel = new Kernel(m, profiles);
  const s = new Score();
  const sink = new Sink(unitCategory, slots, 1);
  const { role, orgUnit, location, fte } = m.employees;
  const eligible = emp.eligible;
  const aligned = alignAll(m, profiles, eligible);
  // Local aliases: imported bindings can compile to a getter call per use in the loop below.
  const write = writeEmployee;
  const add = addPerson;
  const addCategory = addCategoryPeople;
  const counts = profiles.roleCategoryCount;
  const row = new Int32Array(m.roles.id.length); // next row of each role's aligned block
  for (let e = 0; e < nE; e++) {
    if (role[e] < 0) continue;
    const r = role[e];
    const at = row[r]++ * (profiles.start[r + 1] - profiles.start[r]);
    if (eligible[e] === 0) continue;
    const u = orgUnit[e] < 0 ? nU : orgUnit[e];
    const f = fte[e];
    sink.fte = f;
    sink.ucBase = u * NC;
    kernel.score(r, aligned[r], at, s, sink);
    write(emp, e, s);
    if (s.required === 0) continue;
    addCategory(unitCategory, sink.ucBase, s.mask, f, 1, counts, r * NC);
    // Person groups in employee order: the incremental path rebuilds a role in the same order.
    add(byRole, r, emp, e, f, 1);
    add(byUnit, u, emp, e, f, 1);
    add(byLocation, location[e] < 0 ? nL : location[e], emp, e, f, 1);
  }
  for (let r = 0; r < m.roles.id.length; r++) fillSlotPairs(slots, profiles, byRole, r);
  return { asOfDate, day, filter, profiles, employees: emp, aligned, slots, unitCategory, byRole, byUnit, byLocation };
}

/**
 * Every role's block of aligned levels (see GapAnalysis.aligned), filled in employee order so
 * the proficiency arrays are read front to back; ineligible rows are NaN and never read.
 */
export function alignAll(m: GapModel, p: RoleProfiles, eligible: Uint8Array): Float64Array[] {
  const nR = m.roles.id.length;
  const st = m.index.roleEmployeesStart;
  const blocks: Float64Array[] = [];
  // Not pre-filled: every row is written below (NaN rows for ineligible people).
  for (let r = 0; r < nR; r++) blocks.push(new Float64Array((st[r + 1] - st[r]) * (p.start[r + 1] - p.start[r])));
  const row = new Int32Array(nR);
  const { start: ps, skill: psk, level: plv } = m.proficiencies;
  const { start: pStart, skill: pSkill } = p;
  const role = m.employees.role;
  for (let e = 0; e < role.length; e++) {
    const r = role[e];
    if (r < 0) continue;
    const k0 = pStart[r];
    const k1 = pStart[r + 1];
    const block = blocks[r];
    let at = row[r]++ * (k1 - k0);
    if (eligible[e] === 0) {
      block.fill(NaN, at, at + k1 - k0);
      continue;
    }
    // Merge walk: both lists are sorted by skill.
    let j = ps[e];
    const to = ps[e + 1];
    for (let k = k0; k < k1; k++) {
      const s = pSkill[k];
      while (j < to && psk[j] < s) j++;
      block[at++] = j < to && psk[j] === s ? plv[j] : NaN;
    }
  }
  return blocks;
}

/** One role's block, the same merge walk as alignAll (used after that role's skills change). */
export function alignRole(m: GapModel, p: RoleProfiles, eligible: Uint8Array, r: number): Float64Array {
  const { roleEmployeesStart: st, roleEmployees: list } = m.index;
  const { start: ps, skill: psk, level: plv } = m.proficiencies;
  const pSkill = p.skill;
  const k0 = p.start[r];
  const k1 = p.start[r + 1];
  const block = new Float64Array((st[r + 1] - st[r]) * (k1 - k0)).fill(NaN);
  for (let i = st[r]; i < st[r + 1]; i++) {
    const e = list[i];
    if (eligible[e] === 0) continue;
    let at = (i - st[r]) * (k1 - k0);
    let j = ps[e];
    const to = ps[e + 1];
    for (let k = k0; k < k1; k++) {
      const s = pSkill[k];
      while (j < to && psk[j] < s) j++;
      block[at++] = j < to && psk[j] === s ? plv[j] : NaN;
    }
  }
  return block;
}

/** 1 for people with a role who pass the filter. */
export function eligibility(m: GapModel, filter: GapFilter): Uint8Array {
  const { role, orgUnit, location } = m.employees;
  const nE = role.length;
  const unitOk = filter.orgUnits?.length ? unitsWithDescendants(m, filter.orgUnits) : null;
  const locOk = filter.locations?.length ? new Set(filter.locations) : null;
  const out = new Uint8Array(nE);
  for (let e = 0; e < nE; e++) {
    if (role[e] < 0) continue;
    if (unitOk && (orgUnit[e] < 0 || unitOk[orgUnit[e]] === 0)) continue;
    if (locOk && !locOk.has(location[e])) continue;
    if (filter.managersOnly && m.roles.isManager[role[e]] === 0 && m.index.directReports[e] === 0) continue;
    out[e] = 1;
  }
  return out;
}

export function unitsWithDescendants(m: GapModel, units: number[]): Uint8Array {
  const parent = m.orgUnits.parent;
  const chosen = new Uint8Array(parent.length);
  for (const u of units) chosen[u] = 1;
  const out = new Uint8Array(parent.length);
  for (let u = 0; u < parent.length; u++) {
    // Walk up to the root; the step bound guards against a cycle in bad data.
    for (let x = u, steps = 0; x >= 0 && steps <= parent.length; x = parent[x], steps++) {
      if (chosen[x]) {
        out[u] = 1;
        break;
      }
    }
  }
  return out;
}
