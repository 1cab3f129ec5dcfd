// Who works where: headcount per role, a shuffled assignment of people to roles, and line
// managers. Executives are fixed in number at any size; everyone else scales with the company.
// Managers always come from a strictly higher role level, so reporting lines cannot loop.
import type { RoleInstance, Structure } from './catalogue';
import type { Rng } from './rng';

export const TOP_ROLE = 'ceo';
/** Below this size only the chief executive is fixed; the rest of the executive team would
 *  crowd out the people they manage. */
const EXEC_TEAM_FROM = 100;

export interface Workforce {
  /** Role index (into structure.roles) of each employee index. */
  roleOf: Uint16Array;
  /** People per role index. */
  headcount: Int32Array;
  /** Employee index of each employee's line manager, -1 for none. */
  managerOf: Int32Array;
}

/** Largest-remainder apportionment: exact total, stable for a given size. */
export function allocateHeadcount(roles: readonly RoleInstance[], n: number): Int32Array {
  const counts = new Int32Array(roles.length);
  let remaining = n;
  roles.forEach((r, i) => {
    const fixed = r.spec.fixed;
    if (fixed === undefined || remaining === 0) return;
    if (r.spec.key !== TOP_ROLE && n < EXEC_TEAM_FROM) return;
    counts[i] = Math.min(Math.round(fixed * r.share), remaining);
    remaining -= counts[i];
  });
  const weights = roles.map((r) => (r.spec.fixed === undefined ? (r.spec.per2k ?? 0) * r.share : 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const fractions: { i: number; frac: number }[] = [];
  let assigned = 0;
  weights.forEach((w, i) => {
    if (w === 0) return;
    const quota = (w / total) * remaining;
    const whole = Math.floor(quota);
    counts[i] += whole;
    assigned += whole;
    fractions.push({ i, frac: quota - whole });
  });
  fractions.sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; k < remaining - assigned; k++) counts[fractions[k].i] += 1;
  return counts;
}

/** The roles whose incumbents may manage people in `role`, nearest first. */
function managerRoles(s: Structure, role: RoleInstance, headcount: Int32Array): RoleInstance[] {
  const eligible = (c: RoleInstance) => c.spec.manager === true && c.spec.level > role.spec.level && headcount[c.id - 1] > 0;
  const nearest = (candidates: RoleInstance[]): RoleInstance[] => {
    const sameSite = candidates.filter((c) => c.locationId === role.locationId);
    const pool = sameSite.length > 0 ? sameSite : candidates;
    const level = Math.min(...pool.map((c) => c.spec.level));
    return pool.filter((c) => c.spec.level === level);
  };
  if (role.spec.reportsTo) {
    const named = (s.rolesBySpec.get(role.spec.reportsTo) ?? []).filter(eligible);
    if (named.length > 0) return nearest(named);
  }
  for (let unit = role.unitId; unit !== 0; unit = s.unitParent[unit]) {
    const inUnit = s.roles.filter((c) => c.unitId === unit && eligible(c));
    if (inUnit.length > 0) return nearest(inUnit);
  }
  const anyone = s.roles.filter(eligible);
  if (anyone.length === 0) return [];
  const top = Math.max(...anyone.map((c) => c.spec.level));
  return anyone.filter((c) => c.spec.level === top);
}

export function planWorkforce(s: Structure, n: number, rng: Rng): Workforce {
  const headcount = allocateHeadcount(s.roles, n);
  const roleOf = new Uint16Array(n);
  let k = 0;
  headcount.forEach((c, r) => {
    roleOf.fill(r, k, k + c);
    k += c;
  });
  // Shuffled so employee numbers do not reveal roles, as in a real HRIS extract.
  rng.shuffle(roleOf);

  const members: Int32Array[] = Array.from(headcount, (c) => new Int32Array(c));
  const fill = new Int32Array(headcount.length);
  for (let i = 0; i < n; i++) members[roleOf[i]][fill[roleOf[i]]++] = i;

  const managerOf = new Int32Array(n).fill(-1);
  s.roles.forEach((role, r) => {
    if (headcount[r] === 0) return;
    const pools = managerRoles(s, role, headcount).map((c) => members[c.id - 1]);
    const size = pools.reduce((a, p) => a + p.length, 0);
    if (size === 0) return;
    const pool = new Int32Array(size);
    let at = 0;
    for (const p of pools) {
      pool.set(p, at);
      at += p.length;
    }
    for (const i of members[r]) managerOf[i] = pool[Math.floor(rng.next() * size)];
  });
  return { roleOf, headcount, managerOf };
}
