// Making person decisions whole after the LP (issue 6 allows an LP relaxation with a documented,
// deterministic rounding and repair step):
//   1. a column at 1 stays; fractional columns are grouped by the cell they put people in (a
//      learning option's target, a release's home) and each group switches on as many people as
//      its fractional mass rounds to, largest LP value first (ties to the lower column id),
//      skipping people already placed and columns seats or budgets no longer allow. Rounding per
//      cell rather than per person keeps each role's inflow as the LP planned it;
//   2. the LP is re-solved with every person column fixed, so hires and contractors (continuous
//      FTE) absorb what rounding moved;
//   3. repair: while some (cell, period) is left short that the LP had covered, the rounded-down
//      column with the largest LP value that supplies that cell by then is switched on (if its
//      person is free and resources allow), and step 2 runs again.
// Demand therefore stays covered after rounding whenever hires and contractors can cover the
// difference, or some person the LP half-chose can.
import { Effects, moveEffects } from './effects';
import type { PersonColumns } from './columns';
import type { Layout } from './layout';
import { seatsAt, startBudget } from './pruning';

/** Seats, period budgets and the total budget used by a set of person columns. */
export class Resources {
  private readonly seats: Float64Array;
  private readonly fees: Float64Array;
  private total = 0;
  private readonly taken: Uint8Array;

  constructor(
    private readonly lay: Layout,
    private readonly cols: PersonColumns,
  ) {
    this.seats = new Float64Array(lay.pr.programs.id.length * lay.W);
    this.fees = new Float64Array(lay.W);
    this.taken = new Uint8Array(lay.P);
  }

  private split(id: number): { e: number; o: number; s: number } | null {
    if (id >= this.cols.releaseBase) return { e: id - this.cols.releaseBase, o: -1, s: 0 };
    const o = Math.floor(id / this.cols.W);
    return { e: this.cols.owner[o], o, s: id - o * this.cols.W };
  }

  fits(id: number): boolean {
    const x = this.split(id);
    if (!x || this.taken[x.e]) return false;
    if (x.o < 0) return true;
    const { pr } = this.lay;
    const cd = pr.candidates;
    const fee = this.cols.optionFees[x.o];
    if (this.fees[x.s] + fee > startBudget(pr, x.s) * (1 + 1e-9) + 1e-6) return false;
    if (this.total + fee > pr.budget.total * (1 + 1e-9) + 1e-6) return false;
    for (let j = cd.progStart[x.o]; j < cd.progStart[x.o + 1]; j++) {
      if (this.seats[cd.prog[j] * this.lay.W + x.s] + 1 > seatsAt(pr, cd.prog[j], x.s) + 1e-9) return false;
    }
    return true;
  }

  add(id: number): void {
    const x = this.split(id)!;
    this.taken[x.e] = 1;
    if (x.o < 0) return;
    const cd = this.lay.pr.candidates;
    const fee = this.cols.optionFees[x.o];
    this.fees[x.s] += fee;
    this.total += fee;
    for (let j = cd.progStart[x.o]; j < cd.progStart[x.o + 1]; j++) this.seats[cd.prog[j] * this.lay.W + x.s]++;
  }
}

/** Step 1: which of the LP's person columns (ids with values) are switched on. */
export function roundPersons(lay: Layout, cols: PersonColumns, ids: readonly number[], values: ArrayLike<number>, tol = 1e-6): { on: Uint8Array; resources: Resources } {
  const on = new Uint8Array(ids.length);
  const res = new Resources(lay, cols);
  for (let j = 0; j < ids.length; j++) {
    if (values[j] >= 1 - tol) {
      on[j] = 1;
      res.add(ids[j]);
    }
  }
  // Fractional columns grouped by where they put people: the target cell of a learning option,
  // the home cell (offset by C) of a release.
  const cd = lay.pr.candidates;
  const groupOf = (id: number) => (id >= cols.releaseBase ? lay.C + lay.pr.people.cell[id - cols.releaseBase] : cd.cell[Math.floor(id / cols.W)]);
  const groups = new Map<number, number[]>();
  for (let j = 0; j < ids.length; j++) {
    if (values[j] <= tol || values[j] >= 1 - tol) continue;
    const g = groupOf(ids[j]);
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(j);
  }
  // Biggest fractional mass first (ties: lower group); within a group, largest value first (ties:
  // lower id); switch on as many as the mass rounds to, skipping people already placed.
  const mass = (list: number[]) => list.reduce((a, j) => a + values[j], 0);
  const order = [...groups.entries()].map(([g, list]) => ({ g, list, m: mass(list) })).sort((x, y) => y.m - x.m || x.g - y.g);
  for (const { list, m } of order) {
    let want = Math.round(m);
    list.sort((x, y) => values[y] - values[x] || ids[x] - ids[y]);
    for (const j of list) {
      if (want <= 0) break;
      if (!res.fits(ids[j])) continue;
      on[j] = 1;
      res.add(ids[j]);
      want--;
    }
  }
  return { on, resources: res };
}

/**
 * Step 3: for a short (cell c, period k), the rounded-down column with the largest LP value that
 * adds supply to c by k and still fits; k = -1 asks for an internal fill of new market c. -1 when
 * there is none.
 */
export function repairCandidate(lay: Layout, cols: PersonColumns, ids: readonly number[], values: ArrayLike<number>, on: Uint8Array, res: Resources, c: number, k: number): number {
  const fx = new Effects();
  let best = -1;
  for (let j = 0; j < ids.length; j++) {
    if (on[j] || values[j] <= 1e-6 || ids[j] >= cols.releaseBase) continue;
    if (best >= 0 && values[j] < values[best]) continue;
    const o = Math.floor(ids[j] / cols.W);
    const s = ids[j] - o * cols.W;
    if (!moveEffects(lay.pr, lay.pow, cols.owner[o], o, s, fx)) continue;
    let helps = k < 0 && fx.internalCell === c;
    for (let i = 0; i < fx.n; i++) if (k >= 0 && fx.cell[i] === c && fx.period[i] <= k && fx.amount[i] > 0) helps = true;
    if (!helps || !res.fits(ids[j])) continue;
    if (best < 0 || values[j] > values[best] || ids[j] < ids[best]) best = j;
  }
  return best;
}
