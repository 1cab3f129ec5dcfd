// Learning options per person, pruned before the optimiser sees them (issue 6):
//   - reskill: the person's best target roles by fit (top K, default 20), among roles the plan
//     may staff, with at least half of the target profile assessed (the gap engine's default);
//   - upskill: only for people whose own role's profile changes before the horizon and deepens
//     some assessed gap (a new requirement, a higher level); upskilling closes what it adds.
// Fit, readiness and hours follow the gap engine's kernel definitions (unknown is not zero; sums
// in profile order), computed against the profile in force at the horizon, because that is the
// role a reskilled person must be ready for. Programs come from the gap engine's greedy cover.
// Min fit, budget and seats are NOT applied here, so a what-if run reuses the same candidates.
import { programPlan } from '../gaps/fit';
import type { GapModel, ProgramPlan, RoleProfiles } from '../gaps/types';
import { KIND_RESKILL, KIND_UPSKILL, type PlanCandidates } from './types';

export const DEFAULT_TARGETS = 20;
/** Candidates need this share of a target profile (by weight x level) assessed: the gap engine's default. */
export const MIN_COVERAGE = 0.5;

export interface CandidateInputs {
  model: GapModel;
  now: RoleProfiles;
  future: RoleProfiles;
  /** Gap-model employee index of each plan person. */
  people: Int32Array;
  /** Plan cell of each plan person. */
  personCell: Int32Array;
  /** Dense gap-model role of each plan cell. */
  cellRole: Int32Array;
  /** Whether a role may be a reskilling target (the plan has a cell of it to staff). */
  targetRole: Uint8Array;
  /** The cell a person at `location` (dense gap-model location, -1 none) would join in `role`. */
  targetCell: (role: number, location: number) => number;
  top: number;
  monthsPerPeriod: number;
}

export interface PersonReadiness {
  readiness: Float64Array;
  unready: Uint8Array;
  extraHours: Float64Array;
}

/** Growable column store for the CSR arrays. */
class Columns {
  kind: number[] = [];
  cell: number[] = [];
  fit: number[] = [];
  coverage: number[] = [];
  hours: number[] = [];
  months: number[] = [];
  offset: number[] = [];
  gain: number[] = [];
  progStart: number[] = [0];
  prog: number[] = [];
  progLevels: number[] = [];
  skillStart: number[] = [0];
  skill: number[] = [];
  skillLevels: number[] = [];
}

export function buildCandidates(inp: CandidateInputs): { candidates: PlanCandidates; readiness: PersonReadiness } {
  const m = inp.model;
  const P = inp.people.length;
  const K = inp.top;
  const nS = m.skills.id.length;
  const scratch = new Float64Array(nS).fill(NaN);
  const nowGap = new Float64Array(nS);
  const { start: ps, skill: psk, level: plv } = m.proficiencies;
  const f = inp.future;
  const cat = m.skills.category;
  const hpl = m.hoursPerLevel;
  const nR = m.roles.id.length;
  const targets: number[] = [];
  for (let r = 0; r < nR; r++) if (inp.targetRole[r] === 1 && f.roleSwl[r] > 0) targets.push(r);

  const topFit = new Float64Array(K);
  const topHours = new Float64Array(K);
  const topCov = new Float64Array(K);
  const topRole = new Int32Array(K);
  const out = new Columns();
  const start = new Int32Array(P + 1);
  const readiness = new Float64Array(P).fill(NaN);
  const unready = new Uint8Array(P);
  const extraHours = new Float64Array(P);
  const gaps: { skill: number; levels: number }[] = [];

  for (let i = 0; i < P; i++) {
    const e = inp.people[i];
    for (let k = ps[e]; k < ps[e + 1]; k++) scratch[psk[k]] = plv[k];
    const own = m.employees.role[e];
    const loc = m.employees.location[e];

    // Upskill: the gap the future profile adds over today's, skill by skill.
    for (let k = inp.now.start[own]; k < inp.now.start[own + 1]; k++) {
      const p = scratch[inp.now.skill[k]];
      if (p === p && inp.now.level[k] > p) nowGap[inp.now.skill[k]] = inp.now.level[k] - p;
    }
    let swla = 0;
    let swg = 0;
    let extra = 0;
    gaps.length = 0;
    for (let k = f.start[own]; k < f.start[own + 1]; k++) {
      const s = f.skill[k];
      const p = scratch[s];
      if (p !== p) continue;
      const L = f.level[k];
      swla += f.weight[k] * L;
      const g = L > p ? L - p : 0;
      swg += f.weight[k] * g;
      const add = g - nowGap[s];
      if (add > 1e-9) {
        gaps.push({ skill: s, levels: add });
        extra += add * hpl[cat[s]];
      }
    }
    for (let k = inp.now.start[own]; k < inp.now.start[own + 1]; k++) nowGap[inp.now.skill[k]] = 0;
    readiness[i] = f.roleSwl[own] === 0 ? 1 : swla > 0 ? 1 - swg / swla : NaN;
    if (extra > 1e-9) {
      unready[i] = 1;
      extraHours[i] = extra;
      const plan = programPlan(m, gaps);
      const fitNow = readiness[i];
      // Readiness gained: the weighted levels the programs close, over the assessed profile.
      let gain = 0;
      for (const pick of plan.programs) for (const c of pick.covers) gain += weightOf(f, own, c.skill) * c.levels;
      push(out, KIND_UPSKILL, inp.personCell[i], fitNow, 1, extra, plan, swla > 0 ? gain / swla : 0, m, inp.monthsPerPeriod);
    }

    // Reskill: every target role scored against its future profile, the best K kept.
    let n = 0;
    for (const t of targets) {
      if (t === own) continue;
      let a = 0;
      let b = 0;
      let h = 0;
      for (let k = f.start[t]; k < f.start[t + 1]; k++) {
        const p = scratch[f.skill[k]];
        if (p !== p) continue;
        const L = f.level[k];
        const w = f.weight[k];
        a += w * L;
        if (L > p) {
          b += w * (L - p);
          h += (L - p) * hpl[cat[f.skill[k]]];
        }
      }
      if (a <= 0) continue;
      const cov = a / f.roleSwl[t];
      if (cov < MIN_COVERAGE) continue;
      const fit = 1 - b / a;
      n = offer(topFit, topHours, topCov, topRole, n, K, fit, h, cov, t);
    }
    for (let j = 0; j < n; j++) {
      const t = topRole[j];
      const cell = inp.targetCell(t, loc);
      if (cell < 0) continue;
      gaps.length = 0;
      let a = 0;
      for (let k = f.start[t]; k < f.start[t + 1]; k++) {
        const p = scratch[f.skill[k]];
        if (p !== p) continue;
        a += f.weight[k] * f.level[k];
        if (f.level[k] > p) gaps.push({ skill: f.skill[k], levels: f.level[k] - p });
      }
      const plan = programPlan(m, gaps);
      let gain = 0;
      for (const pick of plan.programs) for (const c of pick.covers) gain += weightOf(f, t, c.skill) * c.levels;
      push(out, KIND_RESKILL, cell, topFit[j], topCov[j], topHours[j], plan, gain / a, m, inp.monthsPerPeriod);
    }
    for (let k = ps[e]; k < ps[e + 1]; k++) scratch[psk[k]] = NaN;
    start[i + 1] = out.kind.length;
  }
  return {
    candidates: {
      start,
      kind: Uint8Array.from(out.kind),
      cell: Int32Array.from(out.cell),
      fit: Float64Array.from(out.fit),
      coverage: Float64Array.from(out.coverage),
      hours: Float64Array.from(out.hours),
      months: Float64Array.from(out.months),
      offset: Int32Array.from(out.offset),
      readinessGain: Float64Array.from(out.gain),
      progStart: Int32Array.from(out.progStart),
      prog: Int32Array.from(out.prog),
      progLevels: Float64Array.from(out.progLevels),
      skillStart: Int32Array.from(out.skillStart),
      skill: Int32Array.from(out.skill),
      skillLevels: Float64Array.from(out.skillLevels),
    },
    readiness: { readiness, unready, extraHours },
  };
}

/** Periods from the start period to the first period the person counts (same period if it fits in one). */
export const offsetFor = (months: number, mpp: number): number => Math.max(0, Math.ceil(months / mpp - 1e-9) - 1);

function push(out: Columns, kind: number, cell: number, fit: number, coverage: number, hours: number, plan: ProgramPlan, gain: number, m: GapModel, mpp: number): void {
  let longest = 0;
  for (const pick of plan.programs) longest = Math.max(longest, pick.durationMonths);
  const months = Math.max(hours / m.learningHoursPerMonth, longest);
  out.kind.push(kind);
  out.cell.push(cell);
  out.fit.push(fit);
  out.coverage.push(coverage);
  out.hours.push(hours);
  out.months.push(months);
  out.offset.push(offsetFor(months, mpp));
  out.gain.push(gain);
  for (const pick of plan.programs) {
    out.prog.push(pick.program);
    out.progLevels.push(pick.coveredLevels);
    for (const c of pick.covers) {
      out.skill.push(c.skill);
      out.skillLevels.push(c.levels);
    }
    out.skillStart.push(out.skill.length);
  }
  out.progStart.push(out.prog.length);
}

function weightOf(p: RoleProfiles, role: number, skill: number): number {
  for (let k = p.start[role]; k < p.start[role + 1]; k++) if (p.skill[k] === skill) return p.weight[k];
  return 0;
}

/**
 * Keeps the K best (fit desc, hours asc, coverage desc, role asc: the gap engine's order) in
 * parallel arrays sorted best first; returns the new count.
 */
function offer(fit: Float64Array, hours: Float64Array, cov: Float64Array, role: Int32Array, n: number, K: number, f: number, h: number, c: number, r: number): number {
  const before = (j: number) => (f !== fit[j] ? f > fit[j] : h !== hours[j] ? h < hours[j] : c !== cov[j] ? c > cov[j] : r < role[j]);
  if (n === K && !before(K - 1)) return n;
  let i = n < K ? n : K - 1;
  while (i > 0 && before(i - 1)) {
    fit[i] = fit[i - 1];
    hours[i] = hours[i - 1];
    cov[i] = cov[i - 1];
    role[i] = role[i - 1];
    i--;
  }
  fit[i] = f;
  hours[i] = h;
  cov[i] = c;
  role[i] = r;
  return n < K ? n + 1 : n;
}
