// Replays a Selection (the greedy plan or the optimiser's) through the same effects and costs the
// LP uses: supply per period, what is left uncovered, resources used and the cost of each option.
// The plan's reported figures, the property tests and the bench all come from here.
import { contractorCostAt, hireCostAt } from './costs';
import { Effects, moveEffects } from './effects';
import type { Layout } from './layout';
import type { PersonColumns } from './columns';
import { KIND_UPSKILL, type Selection } from './types';

export interface Evaluation {
  /** Ready supply after the plan (natural supply - unready + decisions), per (cell, period). */
  ready: Float64Array;
  /** Demand not covered by ready supply and contractors, per (cell, period). */
  uncovered: Float64Array;
  /** Heads on the payroll at the horizon minus demand, after decisions and releases, per cell. */
  surplusT: Float64Array;
  /** Internal fills of each new-market cell at the horizon. */
  internal: Float64Array;
  seatsUsed: Float64Array; // (program, period)
  feesByPeriod: Float64Array;
  hiresRequested: Float64Array; // (location, period)
  cost: { upskill: number; reskill: number; buy: number; borrow: number; release: number; bot: number; total: number };
  /** Learning options that would count only after the horizon (invalid moves). */
  invalid: number;
}

export function evaluate(lay: Layout, cols: PersonColumns, sel: Selection): Evaluation {
  const { pr, T, W, C } = lay;
  const delta = new Float64Array(C * W);
  const heads = Float64Array.from(lay.surplusT);
  const internal = new Float64Array(C);
  const nProg = pr.programs.id.length;
  const seatsUsed = new Float64Array(nProg * W);
  const feesByPeriod = new Float64Array(W);
  const hiresRequested = new Float64Array(pr.locations.id.length * W);
  const cost = { upskill: 0, reskill: 0, buy: 0, borrow: 0, release: 0, bot: 0, total: 0 };
  const fx = new Effects();
  const cd = pr.candidates;
  let invalid = 0;
  for (const { e, o, s } of sel.moves) {
    if (!moveEffects(pr, lay.pow, e, o, s, fx)) {
      invalid++;
      continue;
    }
    for (let i = 0; i < fx.n; i++) delta[fx.cell[i] * W + fx.period[i]] += fx.amount[i];
    for (let i = 0; i < fx.nh; i++) heads[fx.headCell[i]] += fx.headAmount[i];
    if (fx.internalCell >= 0) internal[fx.internalCell] += fx.internal;
    for (let j = cd.progStart[o]; j < cd.progStart[o + 1]; j++) seatsUsed[cd.prog[j] * W + s]++;
    feesByPeriod[s] += cols.optionFees[o];
    const c = cols.moveCost(o, s);
    if (cd.kind[o] === KIND_UPSKILL) cost.upskill += c;
    else cost.reskill += c;
  }
  for (const e of sel.releases) {
    const h = pr.people.cell[e];
    heads[h] -= pr.people.fte[e] * lay.pow[h * W + T];
    cost.release += cols.severance[e];
  }
  for (let c = 0; c < C; c++) {
    const lead = pr.cells.lead[c];
    const l = pr.cells.capLoc[c];
    for (let k = 1; k <= T; k++) {
      const h = sel.hires[c * W + k];
      if (h > 0) {
        delta[c * W + k] += h;
        heads[c] += h * lay.pow[c * W + (T - k)];
        cost.buy += h * hireCostAt(pr, c, k);
        if (l >= 0) hiresRequested[l * W + Math.max(1, k - lead)] += h;
      }
      cost.borrow += sel.contractors[c * W + k] * contractorCostAt(pr, c, k);
      cost.bot += pr.cells.investment[c * W + k];
    }
    cost.bot += pr.cells.investment[c * W];
  }
  const ready = new Float64Array(C * W);
  const uncovered = new Float64Array(C * W);
  for (let c = 0; c < C; c++) {
    let n = 0;
    const q = pr.cells.stay[c];
    for (let k = 1; k <= T; k++) {
      const i = c * W + k;
      n = q * n + delta[i];
      // need = demand - (natural supply - unready), so ready supply = demand - need + decisions.
      ready[i] = pr.cells.demand[i] - lay.need[i] + n;
      uncovered[i] = Math.max(0, lay.need[i] - n - sel.contractors[i]);
    }
  }
  cost.total = cost.upskill + cost.reskill + cost.buy + cost.borrow + cost.release + cost.bot;
  return { ready, uncovered, surplusT: heads, internal, seatsUsed, feesByPeriod, hiresRequested, cost, invalid };
}

/** Total uncovered FTE-periods plus internal-share shortfall: zero for a feasible plan. */
export function shortfallOf(lay: Layout, ev: Evaluation, tol = 1e-6): number {
  let sum = 0;
  for (let i = 0; i < ev.uncovered.length; i++) if (ev.uncovered[i] > tol) sum += ev.uncovered[i];
  for (const c of lay.intCells) {
    const want = lay.pr.cells.internalShare[c] * lay.pr.cells.demand[c * lay.W + lay.T];
    if (want - ev.internal[c] > tol) sum += want - ev.internal[c];
  }
  return sum;
}
