// One plan problem from start to finish: layout and columns, the greedy reference, the LP by
// column generation with rounding and repair, and the choice of what to report. The optimiser's
// plan is reported unless the greedy reference covers more demand, meets more of the new markets'
// internal shares, or costs less at equal coverage (possible only through rounding): the reported
// plan is never worse than the reference.
import { PersonColumns } from '../engine/plan/columns';
import { evaluate, shortfallOf, type Evaluation } from '../engine/plan/evaluate';
import { greedyPlan } from '../engine/plan/greedy';
import { Layout } from '../engine/plan/layout';
import type { PlanProblem, Selection } from '../engine/plan/types';
import { solvePlan, type SolveOptions, type SolveOutcome } from './solve';

export interface Optimised {
  lay: Layout;
  cols: PersonColumns;
  greedy: Selection;
  greedyEval: Evaluation;
  greedyShortfall: number;
  solved: SolveOutcome;
  /** What is reported: the optimiser's plan, or the greedy one when that is better. */
  selection: Selection;
  evaluation: Evaluation;
  usedGreedy: boolean;
  ms: { prepare: number; greedy: number };
}

/**
 * Whether plan a is worse than plan b: more demand uncovered (FTE-periods), else more of a new
 * market's internal share missing, else dearer, heads kept above demand at the horizon counted
 * at the LP's value for them (Layout.keptSurplusCost), as the release policy asks.
 */
export function worse(lay: Layout, a: Evaluation, b: Evaluation): boolean {
  const ua = uncoveredOf(a);
  const ub = uncoveredOf(b);
  if (Math.abs(ua - ub) > 1e-6) return ua > ub;
  const ia = shortfallOf(lay, a) - ua;
  const ib = shortfallOf(lay, b) - ub;
  if (Math.abs(ia - ib) > 1e-6) return ia > ib;
  const ca = a.cost.total + keptValue(lay, a);
  const cb = b.cost.total + keptValue(lay, b);
  return ca > cb + 1e-6 * Math.max(1, Math.abs(cb));
}

const keptValue = (lay: Layout, ev: Evaluation) => ev.surplusT.reduce((s, x, c) => (x > 1e-6 ? s + x * lay.keptSurplusCost[c] : s), 0);

const uncoveredOf = (ev: Evaluation) => ev.uncovered.reduce((s, x) => (x > 1e-6 ? s + x : s), 0);
/** Heads above demand at the horizon after releases, summed over roles. */
export const surplusOf = (ev: Evaluation) => ev.surplusT.reduce((s, x) => (x > 1e-6 ? s + x : s), 0);

export async function optimise(pr: PlanProblem, opts: SolveOptions = {}): Promise<Optimised> {
  const t0 = performance.now();
  const lay = new Layout(pr);
  const cols = new PersonColumns(lay, pr);
  const t1 = performance.now();
  const greedy = greedyPlan(lay, cols);
  const greedyEval = evaluate(lay, cols, greedy);
  const greedyShortfall = shortfallOf(lay, greedyEval);
  const t2 = performance.now();
  const solved = await solvePlan(lay, cols, greedy, opts);
  const ev = evaluate(lay, cols, solved.selection);
  const usedGreedy = worse(lay, ev, greedyEval);
  return {
    lay,
    cols,
    greedy,
    greedyEval,
    greedyShortfall,
    solved,
    selection: usedGreedy ? greedy : solved.selection,
    evaluation: usedGreedy ? greedyEval : ev,
    usedGreedy,
    ms: { prepare: t1 - t0, greedy: t2 - t1 },
  };
}
