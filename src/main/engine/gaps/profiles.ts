// Which requirements are in force on a date. Per (role, skill) the row with the latest effective
// day <= D wins; an undated row is in force from the beginning. So a future row for a skill the
// role already needs supersedes it once effective, and a future row for a new skill adds it.
// Rows dated after D are ignored: D = today gives today's profile, D = today + 18 months the future one.
import { skillCategories, type SkillCategory } from '../../../shared/domain/entities';
import { CATEGORY_COUNT, type GapFilter, type GapModel, type RoleProfiles } from './types';

/** Skills inside the filter's categories (1) or outside (0); null when every category counts. */
export function lensMask(m: GapModel, filter: GapFilter = {}): Uint8Array | null {
  const cats = new Set<SkillCategory>(filter.categories ?? []);
  if (filter.lens === 'soft-leadership') {
    cats.add('soft');
    cats.add('leadership');
  }
  if (cats.size === 0) return null;
  const on = new Uint8Array(skillCategories.length);
  for (const c of cats) on[skillCategories.indexOf(c)] = 1;
  return Uint8Array.from(m.skills.category, (c) => on[c]);
}

/**
 * Appends the in-force rows of one role starting at row `from`, returning the row after the
 * role's last. `emit` receives the winning row of each skill, skills ascending.
 */
export function resolveRole(m: GapModel, from: number, day: number, lens: Uint8Array | null, emit: (row: number) => void): number {
  const q = m.requirements;
  const role = q.role[from];
  let i = from;
  while (i < q.role.length && q.role[i] === role) {
    const skill = q.skill[i];
    let winner = -1;
    // Rows of one skill are ordered by day with the undated (NO_DATE) row first.
    for (; i < q.role.length && q.role[i] === role && q.skill[i] === skill; i++) {
      if (q.effectiveDay[i] <= day) winner = i;
    }
    if (winner >= 0 && (lens === null || lens[skill] === 1)) emit(winner);
  }
  return i;
}

export function resolveProfiles(m: GapModel, day: number, lens: Uint8Array | null = null): RoleProfiles {
  const q = m.requirements;
  const nRoles = m.roles.id.length;
  const rows = new Int32Array(q.role.length);
  const start = new Int32Array(nRoles + 1);
  let n = 0;
  const emit = (row: number) => {
    rows[n++] = row;
    start[q.role[row] + 1]++;
  };
  for (let i = 0; i < q.role.length; ) i = resolveRole(m, i, day, lens, emit);
  for (let r = 0; r < nRoles; r++) start[r + 1] += start[r];
  return profilesFromRows(m, day, start, rows.subarray(0, n));
}

/** Builds the profile arrays from the winning rows (in role, skill order) and the role CSR. */
export function profilesFromRows(m: GapModel, day: number, start: Int32Array, rows: Int32Array): RoleProfiles {
  const q = m.requirements;
  const n = rows.length;
  const p: RoleProfiles = {
    day,
    start,
    skill: new Int32Array(n),
    level: new Float64Array(n),
    weight: new Float64Array(n),
    req: Int32Array.from(rows),
    role: new Int32Array(n),
    roleSwl: new Float64Array(start.length - 1),
    roleCategoryCount: new Int32Array((start.length - 1) * CATEGORY_COUNT),
  };
  for (let k = 0; k < n; k++) {
    const row = rows[k];
    p.skill[k] = q.skill[row];
    p.level[k] = q.level[row];
    p.weight[k] = q.weight[row];
    p.role[k] = q.role[row];
    p.roleCategoryCount[q.role[row] * CATEGORY_COUNT + m.skills.category[q.skill[row]]]++;
  }
  // Summed in profile order, the same order the readiness kernel uses, so coverage agrees exactly.
  for (let r = 0; r < start.length - 1; r++) {
    let swl = 0;
    for (let k = start[r]; k < start[r + 1]; k++) swl += p.weight[k] * p.level[k];
    p.roleSwl[r] = swl;
  }
  return p;
}

/** Profile entry of (role, skill), or -1 when the role does not require the skill. */
export function slotOf(p: RoleProfiles, role: number, skill: number): number {
  let lo = p.start[role];
  let hi = p.start[role + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.skill[mid] === skill) return mid;
    if (p.skill[mid] < skill) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface ProfileChange {
  role: number;
  skill: number;
  kind: 'added' | 'changed' | 'removed';
  before: { level: number; weight: number } | null;
  after: { level: number; weight: number } | null;
}

/** What differs between two profiles (today vs the future date): the "difference" view. */
export function profileChanges(a: RoleProfiles, b: RoleProfiles): ProfileChange[] {
  const out: ProfileChange[] = [];
  const nRoles = a.start.length - 1;
  for (let r = 0; r < nRoles; r++) {
    let i = a.start[r];
    let j = b.start[r];
    const ie = a.start[r + 1];
    const je = b.start[r + 1];
    while (i < ie || j < je) {
      const sa = i < ie ? a.skill[i] : Infinity;
      const sb = j < je ? b.skill[j] : Infinity;
      if (sa === sb) {
        if (a.level[i] !== b.level[j] || a.weight[i] !== b.weight[j]) {
          out.push({ role: r, skill: sa, kind: 'changed', before: entry(a, i), after: entry(b, j) });
        }
        i++;
        j++;
      } else if (sa < sb) {
        out.push({ role: r, skill: sa, kind: 'removed', before: entry(a, i++), after: null });
      } else {
        out.push({ role: r, skill: sb, kind: 'added', before: null, after: entry(b, j++) });
      }
    }
  }
  return out;
}

const entry = (p: RoleProfiles, k: number) => ({ level: p.level[k], weight: p.weight[k] });
