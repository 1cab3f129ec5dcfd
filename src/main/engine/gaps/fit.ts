// Fit of a person for a role (reskilling), the programs that close the gap, and role-to-role
// adjacency. Fit goes through the same kernel as readiness, so fit(e, own role) = readiness(e).
import { Kernel, Score, clearScratch, coverageOf, loadScratch, newScratch, readinessOf } from './kernel';
import type { FitResult, GapModel, ProgramPick, ProgramPlan, RoleProfiles } from './types';

export interface FitOptions {
  /** Skip the program choice (cheaper when only ranking). */
  programs?: boolean;
  maxPrograms?: number;
}

export const monthsFor = (m: GapModel, hours: number): number => hours / m.learningHoursPerMonth;

export function fitFor(m: GapModel, p: RoleProfiles, e: number, role: number, opts: FitOptions = {}): FitResult {
  const scratch = newScratch(m);
  const s = new Score();
  new Kernel(m, p).scoreEmployee(e, role, s);
  loadScratch(m, e, scratch);
  const missing: FitResult['missing'] = [];
  const unknown: number[] = [];
  for (let k = p.start[role]; k < p.start[role + 1]; k++) {
    const skill = p.skill[k];
    const prof = scratch[skill];
    if (prof !== prof) unknown.push(skill);
    else if (p.level[k] - prof > 0) {
      const gap = p.level[k] - prof;
      missing.push({ skill, required: p.level[k], proficiency: prof, gap, hours: gap * m.hoursPerLevel[m.skills.category[skill]] });
    }
  }
  clearScratch(m, e, scratch);
  const r = readinessOf(s);
  return {
    employee: e,
    role,
    fit: r === r ? r : null,
    coverage: coverageOf(s),
    required: s.required,
    assessed: s.assessed,
    gapLevels: s.gapLevels,
    gapHours: s.gapHours,
    months: monthsFor(m, s.gapHours),
    missing,
    unknown,
    programs:
      opts.programs === false
        ? emptyPlan(missing)
        : programPlan(m, missing.map((x) => ({ skill: x.skill, levels: x.gap })), opts.maxPrograms),
  };
}

/** Ranking used everywhere: fit desc (unknown last), then hours asc, then coverage desc. */
export function compareFit(
  a: { fit: number | null; gapHours: number; coverage: number },
  b: { fit: number | null; gapHours: number; coverage: number },
): number {
  const fa = a.fit ?? -1;
  const fb = b.fit ?? -1;
  return fb - fa || a.gapHours - b.gapHours || b.coverage - a.coverage;
}

export interface BestRolesOptions extends FitOptions {
  top?: number;
  /** Candidates need at least this much of the target profile assessed (default 0.5). */
  minCoverage?: number;
}

/** The person's best alternative roles (their own role excluded). */
export function bestRolesFor(m: GapModel, p: RoleProfiles, e: number, opts: BestRolesOptions = {}): FitResult[] {
  const top = opts.top ?? 5;
  const minCoverage = opts.minCoverage ?? 0.5;
  const own = m.employees.role[e];
  const ranked: FitResult[] = [];
  for (let t = 0; t < m.roles.id.length; t++) {
    if (t === own || p.roleSwl[t] === 0) continue;
    const f = fitFor(m, p, e, t, { programs: false });
    if (f.fit !== null && f.coverage >= minCoverage) ranked.push(f);
  }
  ranked.sort((a, b) => compareFit(a, b) || a.role - b.role);
  return ranked.slice(0, top).map((f) => (opts.programs === false ? f : fitFor(m, p, e, f.role, opts)));
}

function emptyPlan(missing: { skill: number; gap: number }[]): ProgramPlan {
  return {
    programs: [],
    uncovered: missing.map((x) => ({ skill: x.skill, levels: x.gap })),
    coveredLevels: 0,
    totalCost: 0,
  };
}

/**
 * Greedy program cover: repeatedly take the program that closes the most remaining level-gap
 * (each program closes up to its uplift per skill), ties to the cheaper then the earlier program.
 * Greedy set cover is within ln(n) of the smallest cover and keeps the list short and explainable.
 */
export function programPlan(m: GapModel, gaps: { skill: number; levels: number }[], maxPrograms = 10): ProgramPlan {
  const remaining = new Map<number, number>();
  for (const g of gaps) if (g.levels > 0) remaining.set(g.skill, (remaining.get(g.skill) ?? 0) + g.levels);
  const { skillProgramsStart, skillPrograms } = m.index;
  const candidates = new Set<number>();
  for (const s of remaining.keys()) {
    for (let i = skillProgramsStart[s]; i < skillProgramsStart[s + 1]; i++) candidates.add(skillPrograms[i]);
  }
  const pr = m.programs;
  const gain = (prog: number): number => {
    let sum = 0;
    for (let k = pr.start[prog]; k < pr.start[prog + 1]; k++) sum += Math.min(remaining.get(pr.skill[k]) ?? 0, pr.uplift[k]);
    return sum;
  };
  const order = [...candidates].sort((a, b) => a - b);
  const picks: ProgramPick[] = [];
  while (picks.length < maxPrograms && candidates.size > 0) {
    let best = -1;
    let bestGain = 0;
    for (const prog of order) {
      if (!candidates.has(prog)) continue;
      const g = gain(prog);
      if (g > bestGain || (g === bestGain && g > 0 && pr.costPerPerson[prog] < pr.costPerPerson[best])) {
        best = prog;
        bestGain = g;
      }
    }
    if (best < 0) break;
    candidates.delete(best);
    const covers: ProgramPick['covers'] = [];
    for (let k = pr.start[best]; k < pr.start[best + 1]; k++) {
      const rem = remaining.get(pr.skill[k]) ?? 0;
      const levels = Math.min(rem, pr.uplift[k]);
      if (levels <= 0) continue;
      covers.push({ skill: pr.skill[k], levels });
      if (rem - levels > 0) remaining.set(pr.skill[k], rem - levels);
      else remaining.delete(pr.skill[k]);
    }
    picks.push({
      program: best,
      covers,
      coveredLevels: bestGain,
      costPerPerson: pr.costPerPerson[best],
      durationMonths: pr.durationMonths[best],
    });
  }
  return {
    programs: picks,
    uncovered: [...remaining].map(([skill, levels]) => ({ skill, levels })).sort((a, b) => a.skill - b.skill),
    coveredLevels: picks.reduce((s, x) => s + x.coveredLevels, 0),
    totalCost: picks.reduce((s, x) => s + x.costPerPerson, 0),
  };
}

export interface Adjacency {
  n: number;
  /** fit[from * n + to]: how much of role `to`'s profile role `from`'s profile already meets. */
  fit: Float64Array;
  /** Learning hours from `from`'s levels to `to`'s. */
  gapHours: Float64Array;
}

/**
 * Role-to-role adjacency: the fit measure with role A's required levels as the proficiency. A
 * role profile lists everything the role needs, so a skill A does not list counts as level 0
 * (not unknown): coverage is always 1 here.
 */
export function roleAdjacency(m: GapModel, p: RoleProfiles): Adjacency {
  const n = m.roles.id.length;
  const fit = new Float64Array(n * n);
  const gapHours = new Float64Array(n * n);
  const s = new Score();
  const kernel = new Kernel(m, p);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      kernel.scoreRole(a, b, s);
      fit[a * n + b] = readinessOf(s);
      gapHours[a * n + b] = s.gapHours;
    }
  }
  return { n, fit, gapHours };
}

/** One cell of the adjacency matrix, computed the same way (for "why" views and single look-ups). */
export function adjacencyPair(m: GapModel, p: RoleProfiles, from: number, to: number): { fit: number; gapHours: number } {
  const s = new Score();
  new Kernel(m, p).scoreRole(from, to, s);
  return { fit: readinessOf(s), gapHours: s.gapHours };
}
