// Recomputation after one role's requirements change (level, weight, date, added or removed):
// only that role's people are rescored, so the cost follows the role's size, not the headcount.
// Returns a new analysis; the previous one is untouched.
//
// Exactness: per-person figures, the changed role's role x skill cells and its role group are
// rebuilt in the same order as a full run, so they equal it bit for bit. Unit, location and
// unit x category sums take back each person's old contribution and add the new one: their
// counts stay exact, their FTE, level-gap, hour and readiness sums can differ from a full run by
// floating-point rounding (~1e-15 relative per change). A full `analyzeGaps` resets any drift.
import { Kernel, Score, Sink, makePairStats } from './kernel';
import { withRequirementChange, type RequirementChange } from './model';
import { alignRole } from './analyze';
import { lensMask, resolveProfiles } from './profiles';
import { addCategoryPeople, addPerson, fillSlotPairs, makeEmployeeGaps, makePersonStats, makeUnitCategory, writeEmployee } from './stats';
import { CATEGORY_COUNT, type GapAnalysis, type GapModel, type PairStats, type RoleProfiles } from './types';

/** Applies one requirement change to the model and brings the analysis up to date. */
export function applyRequirementChange(
  m: GapModel,
  prev: GapAnalysis,
  change: RequirementChange,
): { model: GapModel; analysis: GapAnalysis } {
  const model = withRequirementChange(m, change);
  return { model, analysis: recomputeRole(model, prev, change.role) };
}

/** `m` is the model after the change; only `role`'s requirements may differ from `prev`'s model. */
export function recomputeRole(m: GapModel, prev: GapAnalysis, role: number): GapAnalysis {
  const profiles = resolveProfiles(m, prev.day, lensMask(m, prev.filter));
  const slots = remapSlots(prev, profiles.start, role);
  const unitCategory = makeUnitCategory(0, prev.unitCategory);
  const byRole = makePersonStats(0, prev.byRole);
  const byUnit = makePersonStats(0, prev.byUnit);
  const byLocation = makePersonStats(0, prev.byLocation);
  for (const v of Object.values(byRole) as Float64Array[]) v[role] = 0;
  const old = prev.employees;
  const emp = makeEmployeeGaps(0, old);
  const nU = m.orgUnits.id.length;
  const nL = m.locations.id.length;
  const NC = CATEGORY_COUNT;
  const s = new Score();
  const before = new Kernel(m, prev.profiles);
  const after = new Kernel(m, profiles);
  const take = new Sink(unitCategory, null, -1);
  const give = new Sink(unitCategory, slots, 1);
  const { roleEmployeesStart, roleEmployees } = m.index;
  const { orgUnit, location, fte } = m.employees;
  // Levels do not depend on a requirement's level or weight: reuse the block unless the skills changed.
  const oldBlock = prev.aligned[role];
  const newBlock = sameSkills(prev.profiles, profiles, role) ? oldBlock : alignRole(m, profiles, old.eligible, role);
  const aligned = prev.aligned.slice();
  aligned[role] = newBlock;
  const oldWidth = prev.profiles.start[role + 1] - prev.profiles.start[role];
  const newWidth = profiles.start[role + 1] - profiles.start[role];
  // Local aliases: imported bindings can compile to a getter call per use in the loop below.
  const write = writeEmployee;
  const add = addPerson;
  const addCategory = addCategoryPeople;
  for (let i = roleEmployeesStart[role]; i < roleEmployeesStart[role + 1]; i++) {
    const e = roleEmployees[i];
    if (emp.eligible[e] === 0) continue;
    const row = i - roleEmployeesStart[role];
    const u = orgUnit[e] < 0 ? nU : orgUnit[e];
    const l = location[e] < 0 ? nL : location[e];
    const base = u * NC;
    take.fte = give.fte = fte[e];
    take.ucBase = give.ucBase = base;
    before.score(role, oldBlock, row * oldWidth, s, take);
    addCategory(unitCategory, base, old.categoryMask[e], fte[e], -1, prev.profiles.roleCategoryCount, role * NC);
    if (old.required[e] > 0) {
      add(byUnit, u, old, e, fte[e], -1);
      add(byLocation, l, old, e, fte[e], -1);
    }
    after.score(role, newBlock, row * newWidth, s, give);
    write(emp, e, s);
    addCategory(unitCategory, base, s.mask, fte[e], 1, profiles.roleCategoryCount, role * NC);
    if (s.required > 0) {
      add(byRole, role, emp, e, fte[e], 1);
      add(byUnit, u, emp, e, fte[e], 1);
      add(byLocation, l, emp, e, fte[e], 1);
    }
  }
  fillSlotPairs(slots, profiles, byRole, role);
  return { ...prev, profiles, aligned, slots, unitCategory, employees: emp, byRole, byUnit, byLocation };
}

function sameSkills(a: RoleProfiles, b: RoleProfiles, role: number): boolean {
  const n = a.start[role + 1] - a.start[role];
  if (n !== b.start[role + 1] - b.start[role]) return false;
  for (let i = 0; i < n; i++) if (a.skill[a.start[role] + i] !== b.skill[b.start[role] + i]) return false;
  return true;
}

/**
 * Slot stats laid out for the new profiles: every other role's cells are copied across, the
 * changed role's cells start at zero and are refilled by its people.
 */
function remapSlots(prev: GapAnalysis, start: Int32Array, role: number): PairStats {
  const old = prev.profiles.start;
  const nRoles = start.length - 1;
  for (let r = 0; r < nRoles; r++) {
    if (r !== role && start[r + 1] - start[r] !== old[r + 1] - old[r]) {
      throw new Error(`requirements of more than one role changed (role ${role} and ${r}); run a full analysis`);
    }
  }
  const out = makePairStats(start[nRoles]);
  // Roles before `role` keep their offsets; roles after it shift by the change in its length.
  for (const k of Object.keys(out) as (keyof PairStats)[]) {
    out[k].set(prev.slots[k].subarray(0, old[role]), 0);
    out[k].set(prev.slots[k].subarray(old[role + 1]), start[role + 1]);
  }
  return out;
}
