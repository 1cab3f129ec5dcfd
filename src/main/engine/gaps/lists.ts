// Upskill list (the role stays, its future profile outgrows the person) and reskill list (for each
// role, the best internal candidates from other roles).
import { fitFor, monthsFor, type FitOptions } from './fit';
import type { GapAnalysis, GapModel, ReskillCandidate, UpskillRow } from './types';

export interface UpskillOptions extends FitOptions {
  /** Keep the first `limit` rows (programs are chosen only for those). */
  limit?: number;
}

/**
 * People whose future readiness is lower than today's, or whose future gap hours exceed
 * today's, ranked by the extra hours, then by the fall in readiness. Programs cover the whole
 * future gap, since that is what the person has to reach.
 */
export function upskillList(m: GapModel, now: GapAnalysis, future: GapAnalysis, opts: UpskillOptions = {}): UpskillRow[] {
  const a = now.employees;
  const b = future.employees;
  // Rank indices on the typed arrays first; row objects are built only for the rows kept.
  const picked: number[] = [];
  for (let e = 0; e < a.eligible.length; e++) {
    if (a.eligible[e] === 0 || b.eligible[e] === 0) continue;
    const rn = a.readiness[e];
    const rf = b.readiness[e];
    if ((rn === rn && rf === rf && rf < rn) || b.gapHours[e] > a.gapHours[e]) picked.push(e);
  }
  const extra = (e: number) => b.gapHours[e] - a.gapHours[e];
  const drop = (e: number) => {
    const d = a.readiness[e] - b.readiness[e];
    return d === d ? d : 0; // NaN when either readiness is null
  };
  picked.sort((x, y) => extra(y) - extra(x) || drop(y) - drop(x) || x - y);
  const kept = opts.limit === undefined ? picked : picked.slice(0, opts.limit);
  const nullable = (x: number) => (x === x ? x : null);
  return kept.map((e) => {
    const row: UpskillRow = {
      employee: e,
      role: m.employees.role[e],
      readinessNow: nullable(a.readiness[e]),
      readinessFuture: nullable(b.readiness[e]),
      coverageNow: a.coverage[e],
      coverageFuture: b.coverage[e],
      gapHoursNow: a.gapHours[e],
      gapHoursFuture: b.gapHours[e],
      extraHours: extra(e),
      monthsFuture: monthsFor(m, b.gapHours[e]),
    };
    if (opts.programs !== false) row.programs = fitFor(m, future.profiles, e, row.role, opts).programs;
    return row;
  });
}

export interface ReskillOptions extends FitOptions {
  /** Candidates kept per role (default 10). */
  top?: number;
  /** Candidates need this share of the target profile (by weight x level) assessed; default 0.5. */
  minCoverage?: number;
  /** Target roles (dense indices); default every role with requirements. */
  roles?: number[];
}

export interface ReskillList {
  role: number;
  candidates: ReskillCandidate[];
}

/**
 * For each target role, eligible people from other roles ranked by fit desc, then hours asc.
 *
 * Not people x roles x requirements: proficiencies are transposed once into per-skill posting
 * lists (skill -> people with a level, ascending), and each target role walks only the posting
 * lists of its own skills, accumulating per person. People sharing no assessed skill with a role
 * are never visited (their coverage would be 0), and the inner loop is a linear scan. Skills are
 * visited in profile order (ascending skill), the kernel's order, so each fit equals `fitFor` exactly.
 */
export function reskillLists(m: GapModel, a: GapAnalysis, opts: ReskillOptions = {}): ReskillList[] {
  const top = opts.top ?? 10;
  const minCoverage = opts.minCoverage ?? 0.5;
  const p = a.profiles;
  const nE = m.employees.id.length;
  const targets = (opts.roles ?? [...Array(m.roles.id.length).keys()]).filter((r) => p.roleSwl[r] > 0);
  const post = postingLists(m, a.employees.eligible);
  // Per person: covered w x L, w x g and hours, interleaved so one person's sums share a cache line.
  const acc = new Float64Array(nE * 4);
  const seen = new Uint8Array(nE);
  const touched = new Int32Array(nE);
  const cat = m.skills.category;
  const hpl = m.hoursPerLevel;
  const roleOf = m.employees.role;
  const { start: postStart, employee: postEmployee, level: postLevel } = post;
  const pStart = p.start;
  const pSkill = p.skill;
  const pLevel = p.level;
  const pWeight = p.weight;
  const out: ReskillList[] = [];
  for (const t of targets) {
    let nt = 0;
    for (let k = pStart[t]; k < pStart[t + 1]; k++) {
      const s = pSkill[k];
      const L = pLevel[k];
      const w = pWeight[k];
      const wl = w * L;
      const hs = hpl[cat[s]];
      const jEnd = postStart[s + 1];
      for (let j = postStart[s]; j < jEnd; j++) {
        const e = postEmployee[j];
        if (seen[e] === 0) {
          seen[e] = 1;
          touched[nt++] = e;
        }
        const at = e << 2;
        acc[at] += wl;
        const g = L - postLevel[j];
        if (g > 0) {
          acc[at + 1] += w * g;
          acc[at + 2] += g * hs;
        }
      }
    }
    const list: ReskillCandidate[] = [];
    const swl = p.roleSwl[t];
    for (let i = 0; i < nt; i++) {
      const e = touched[i];
      const at = e << 2;
      const covered = acc[at];
      if (roleOf[e] !== t && covered > 0 && covered / swl >= minCoverage) {
        offer(list, top, e, roleOf[e], 1 - acc[at + 1] / covered, covered / swl, acc[at + 2]);
      }
      // Reset for the next target role.
      seen[e] = 0;
      acc[at] = 0;
      acc[at + 1] = 0;
      acc[at + 2] = 0;
    }
    const candidates = list.map((c) => ({
      ...c,
      months: monthsFor(m, c.gapHours),
      ...(opts.programs === true ? { programs: fitFor(m, p, c.employee, t, opts).programs } : {}),
    }));
    out.push({ role: t, candidates });
  }
  return out;
}

/** Proficiencies of eligible people transposed to skill -> (person ascending, level). */
function postingLists(m: GapModel, eligible: Uint8Array): { start: Int32Array; employee: Int32Array; level: Float64Array } {
  const { start: ps, skill: psk, level: plv } = m.proficiencies;
  const nS = m.skills.id.length;
  const start = new Int32Array(nS + 1);
  for (let e = 0; e < eligible.length; e++) {
    if (eligible[e] === 1) for (let k = ps[e]; k < ps[e + 1]; k++) start[psk[k] + 1]++;
  }
  for (let s = 0; s < nS; s++) start[s + 1] += start[s];
  const fill = start.slice(0, nS);
  const employee = new Int32Array(start[nS]);
  const level = new Float64Array(start[nS]);
  for (let e = 0; e < eligible.length; e++) {
    if (eligible[e] === 0) continue;
    for (let k = ps[e]; k < ps[e + 1]; k++) {
      const at = fill[psk[k]]++;
      employee[at] = e;
      level[at] = plv[k];
    }
  }
  return { start, employee, level };
}

/** Keeps `list` sorted best first and at most `top` long; allocates only when a candidate enters. */
function offer(list: ReskillCandidate[], top: number, e: number, from: number, fit: number, coverage: number, gapHours: number): void {
  if (list.length === top && !ranksBefore(fit, gapHours, coverage, e, list[top - 1])) return;
  let i = list.length;
  while (i > 0 && ranksBefore(fit, gapHours, coverage, e, list[i - 1])) i--;
  list.splice(i, 0, { employee: e, fromRole: from, fit, coverage, gapHours, months: 0 });
  if (list.length > top) list.pop();
}

/** Same order as compareFit (fit desc, hours asc, coverage desc), then employee index asc. */
function ranksBefore(fit: number, hours: number, coverage: number, e: number, c: ReskillCandidate): boolean {
  if (fit !== c.fit) return fit > c.fit;
  if (hours !== c.gapHours) return hours < c.gapHours;
  if (coverage !== c.coverage) return coverage > c.coverage;
  return e < c.employee;
}
