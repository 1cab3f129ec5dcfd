// Result arrays of an analysis and the updates both the full and the incremental pass make.
// Each kind of object is built at a single literal site (new or copied), so every instance has
// the same hidden class and the per-person helpers below stay monomorphic.
import type { Score } from './kernel';
import { readinessOf, coverageOf } from './kernel';
import type { EmployeeGaps, GapAnalysis, PairStats, PersonStats, RoleProfiles } from './types';

export type UnitCategoryStats = GapAnalysis['unitCategory'];

const f64 = (n: number, src: Float64Array | null): Float64Array => (src ? src.slice() : new Float64Array(n));
const i32 = (n: number, src: Int32Array | null): Int32Array => (src ? src.slice() : new Int32Array(n));

/** New (src null; readiness and coverage NaN = not computed) or copied per-person arrays. */
export function makeEmployeeGaps(n: number, src: EmployeeGaps | null = null): EmployeeGaps {
  return {
    eligible: src ? src.eligible : new Uint8Array(n), // fixed for the analysis' lifetime: shared
    readiness: src ? src.readiness.slice() : new Float64Array(n).fill(NaN),
    coverage: src ? src.coverage.slice() : new Float64Array(n).fill(NaN),
    swl: f64(n, src && src.swl),
    swlAssessed: f64(n, src && src.swlAssessed),
    swg: f64(n, src && src.swg),
    gapLevels: f64(n, src && src.gapLevels),
    gapHours: f64(n, src && src.gapHours),
    required: i32(n, src && src.required),
    assessed: i32(n, src && src.assessed),
    met: i32(n, src && src.met),
    categoryMask: src ? src.categoryMask.slice() : new Uint8Array(n),
  };
}

export function makePersonStats(n: number, src: PersonStats | null = null): PersonStats {
  return {
    pairs: f64(n, src && src.pairs),
    assessed: f64(n, src && src.assessed),
    met: f64(n, src && src.met),
    fteAssessed: f64(n, src && src.fteAssessed),
    fteMet: f64(n, src && src.fteMet),
    gapSum: f64(n, src && src.gapSum),
    people: f64(n, src && src.people),
    fte: f64(n, src && src.fte),
    gapHours: f64(n, src && src.gapHours),
    readinessCount: f64(n, src && src.readinessCount),
    readinessSum: f64(n, src && src.readinessSum),
    readinessFte: f64(n, src && src.readinessFte),
    readinessFteSum: f64(n, src && src.readinessFteSum),
  };
}

export function makeUnitCategory(n: number, src: UnitCategoryStats | null = null): UnitCategoryStats {
  return {
    pairs: f64(n, src && src.pairs),
    assessed: f64(n, src && src.assessed),
    met: f64(n, src && src.met),
    fteAssessed: f64(n, src && src.fteAssessed),
    fteMet: f64(n, src && src.fteMet),
    gapSum: f64(n, src && src.gapSum),
    people: f64(n, src && src.people),
    fte: f64(n, src && src.fte),
  };
}

export function writeEmployee(emp: EmployeeGaps, e: number, s: Score): void {
  emp.readiness[e] = readinessOf(s);
  emp.coverage[e] = coverageOf(s);
  emp.swl[e] = s.swl;
  emp.swlAssessed[e] = s.swla;
  emp.swg[e] = s.swg;
  emp.gapLevels[e] = s.gapLevels;
  emp.gapHours[e] = s.gapHours;
  emp.required[e] = s.required;
  emp.assessed[e] = s.assessed;
  emp.met[e] = s.met;
  emp.categoryMask[e] = s.mask;
}

/**
 * People, FTE and pairs per unit x category cell for one person: they count once in each
 * category their role requires, with one pair per requirement in it (`counts` is
 * RoleProfiles.roleCategoryCount, `at` = role x 7), so the kernel need not count pairs one by one.
 */
export function addCategoryPeople(uc: UnitCategoryStats, base: number, mask: number, fte: number, sign: number, counts: Int32Array, at: number): void {
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const c = 31 - Math.clz32(bits & -bits); // lowest set bit
    uc.people[base + c] += sign;
    uc.fte[base + c] += sign * fte;
    uc.pairs[base + c] += sign * counts[at + c];
  }
}

/** Pairs of a role's role x skill cells: one per person in the role with requirements. */
export function fillSlotPairs(slots: PairStats, p: RoleProfiles, byRole: PersonStats, role: number): void {
  slots.pairs.fill(byRole.people[role], p.start[role], p.start[role + 1]);
}

/** Adds (sign 1) or takes back (sign -1) one person's figures in group `i`. */
export function addPerson(g: PersonStats, i: number, emp: EmployeeGaps, e: number, fte: number, sign: number): void {
  g.people[i] += sign;
  g.fte[i] += sign * fte;
  g.pairs[i] += sign * emp.required[e];
  g.assessed[i] += sign * emp.assessed[e];
  g.met[i] += sign * emp.met[e];
  g.fteAssessed[i] += sign * fte * emp.assessed[e];
  g.fteMet[i] += sign * fte * emp.met[e];
  g.gapSum[i] += sign * emp.gapLevels[e];
  g.gapHours[i] += sign * emp.gapHours[e];
  const r = emp.readiness[e];
  if (r === r) {
    g.readinessCount[i] += sign;
    g.readinessSum[i] += sign * r;
    g.readinessFte[i] += sign * fte;
    g.readinessFteSum[i] += sign * fte * r;
  }
}
