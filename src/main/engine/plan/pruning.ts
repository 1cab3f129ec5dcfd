// Which learning options the optimiser considers, and when learning may start. The candidates
// (candidates.ts) hold every person's best target roles by fit; these rules cut them down to the
// moves that can pay for themselves, measured on the demo and the 10,000-person bench (bench/plan.bench.ts):
//
// 1. Min fit: a reskilling move needs fit >= min fit (issue 6). Upskilling has no fit floor.
// 2. Sources: a person is offered a move out of their role only if that role has more people than
//    it needs in some period before any decision (a "spare" cell: automation releasing work,
//    demand falling), or their upskilling cannot finish within the horizon, or the target is a new
//    market (its internal share needs transfers). A move out of a role that is short all along only
//    opens a hole to backfill; with the cost model's zero-cost move for a perfect fit, the LP would
//    otherwise shuffle people between short roles in fractions to shave learning costs, which no
//    HR team would do and which made the LP several times slower.
// 3. Per target: a role needing at most n FTE in any period keeps the options of its
//    TARGET_FACTOR x n + TARGET_SLACK cheapest candidates per FTE (ties: lower option index); the
//    rest could only be used if all cheaper ones were taken elsewhere.
// 4. Start grid: learning starts every startStep(T) periods (every period up to 12 periods,
//    every second for 13-24 ...), at most 12 start dates; a person may start up to step - 1
//    periods earlier than the exact optimum would have them.
import { KIND_RESKILL, KIND_UPSKILL, type PlanProblem } from './types';
import type { Layout } from './layout';

export const TARGET_FACTOR = 3;
export const TARGET_SLACK = 10;
export const MAX_START_DATES = 12;

export const startStep = (T: number): number => Math.max(1, Math.ceil(T / MAX_START_DATES));

/** Periods a start date in s stands for: up to the next start date, or to the horizon. */
export const startWindow = (T: number, s: number): number => Math.max(0, Math.min(startStep(T), T - s + 1));

/**
 * Fees that may start in s under a per-period budget: the budget of every period the start date
 * stands for (with starts every second period, a start date spends two periods' budget).
 */
export const startBudget = (pr: PlanProblem, s: number): number => pr.budget.perPeriod * startWindow(pr.T, s);

/** Enrolments in program p that may start in s: its seats per start date, pro rata when the horizon cuts the last window. */
export const seatsAt = (pr: PlanProblem, p: number, s: number): number => (pr.programs.seats[p] * startWindow(pr.T, s)) / startStep(pr.T);

/** Cells with more people than needed in some period before any decision (need < 0). */
export function spareCells(lay: Layout): Uint8Array {
  const out = new Uint8Array(lay.C);
  for (let c = 0; c < lay.C; c++) for (let k = 1; k <= lay.T; k++) if (lay.need[c * lay.W + k] < -1e-9) out[c] = 1;
  return out;
}

/** 1 for every option the LP may use (rules 1-3). `costPerFte` orders candidates within a target. */
export function allowedOptions(lay: Layout, pr: PlanProblem, costPerFte: (o: number) => number): Uint8Array {
  const cd = pr.candidates;
  const allowed = new Uint8Array(cd.kind.length);
  const spare = spareCells(lay);
  for (let e = 0; e < pr.people.P; e++) {
    let stuck = pr.people.unready[e] === 1;
    for (let o = cd.start[e]; o < cd.start[e + 1]; o++) if (cd.kind[o] === KIND_UPSKILL && cd.offset[o] < pr.T) stuck = false;
    const free = spare[pr.people.cell[e]] === 1 || stuck;
    for (let o = cd.start[e]; o < cd.start[e + 1]; o++) {
      if (cd.kind[o] !== KIND_RESKILL) allowed[o] = 1;
      else if (cd.fit[o] >= pr.minFit - 1e-12 && (free || !Number.isNaN(pr.cells.internalShare[cd.cell[o]]))) allowed[o] = 1;
    }
  }
  const byCell: number[][] = Array.from({ length: lay.C }, () => []);
  for (let o = 0; o < cd.kind.length; o++) if (allowed[o] && cd.kind[o] === KIND_RESKILL) byCell[cd.cell[o]].push(o);
  for (let c = 0; c < lay.C; c++) {
    let peak = 0;
    for (let k = 1; k <= lay.T; k++) peak = Math.max(peak, lay.need[c * lay.W + k]);
    if (!Number.isNaN(pr.cells.internalShare[c])) peak += pr.cells.internalShare[c] * pr.cells.demand[c * lay.W + lay.T];
    const keep = Math.ceil(TARGET_FACTOR * peak) + TARGET_SLACK;
    const list = byCell[c];
    if (list.length <= keep) continue;
    list.sort((a, b) => costPerFte(a) - costPerFte(b) || a - b);
    for (let i = keep; i < list.length; i++) allowed[list[i]] = 0;
  }
  return allowed;
}
