// Person columns of the LP: "person e takes learning option o starting in period s" and
// "person e is released". There are up to people x targets x periods of them (2.4 million for
// 10,000 people x 20 targets x 12 quarters), so they are never all in the LP: the solver works on
// a restricted set and `price` finds the columns whose reduced cost is negative (column
// generation). When none is left, the restricted optimum is the optimum over all columns.
//
// Column ids: option o and start s give o * W + s (W = T + 1); the release of e gives
// releaseBase + e. Ids order columns by person (options are stored person by person), then
// option, then start period, which is also the order new columns enter the LP: same inputs, same LP.
import { buildCost, fees, severance } from './costs';
import { Effects, moveEffects } from './effects';
import { addColumn, type ColumnBlock, type Layout } from './layout';
import { allowedOptions, startStep } from './pruning';
import type { PlanProblem } from './types';

export const COLUMN_MOVE = 10;
export const COLUMN_RELEASE = 11;

export class PersonColumns {
  readonly W: number;
  readonly releaseBase: number;
  /** Cost before salary inflation of each option (fees + learning time) and its fees. */
  readonly optionCost: Float64Array;
  readonly optionFees: Float64Array;
  readonly severance: Float64Array;
  /** Options the LP may use (pruning.ts). */
  readonly allowed: Uint8Array;
  /** Person of each option. */
  readonly owner: Int32Array;
  /** Learning starts in periods 1, 1 + step, 1 + 2 step ... */
  readonly step: number;
  private readonly fx = new Effects();

  constructor(
    readonly lay: Layout,
    readonly pr: PlanProblem,
  ) {
    this.W = pr.T + 1;
    const cd = pr.candidates;
    const nO = cd.kind.length;
    this.releaseBase = nO * this.W;
    this.optionCost = new Float64Array(nO);
    this.optionFees = new Float64Array(nO);
    this.owner = new Int32Array(nO);
    for (let e = 0; e < pr.people.P; e++) {
      for (let o = cd.start[e]; o < cd.start[e + 1]; o++) {
        this.owner[o] = e;
        this.optionCost[o] = buildCost(pr, e, o);
        this.optionFees[o] = fees(pr, o);
      }
    }
    this.allowed = allowedOptions(lay, pr, (o) => this.optionCost[o] / pr.people.fte[this.owner[o]]);
    this.severance = Float64Array.from({ length: pr.people.P }, (_, e) => severance(pr, e));
    this.step = startStep(pr.T);
  }

  get total(): number {
    return this.releaseBase + this.pr.people.P;
  }

  /** Each person's cheapest allowed option per FTE, started in period 1 (a seed for the LP). */
  cheapestStarts(): number[] {
    const cd = this.pr.candidates;
    const out: number[] = [];
    for (let e = 0; e < this.pr.people.P; e++) {
      let best = -1;
      for (let o = cd.start[e]; o < cd.start[e + 1]; o++) {
        if (!this.allowed[o] || 1 + cd.offset[o] > this.pr.T) continue;
        if (best < 0 || this.optionCost[o] < this.optionCost[best]) best = o;
      }
      if (best >= 0) out.push(best * this.W + 1);
    }
    return out;
  }

  /** Whether s is a start period on the grid. */
  onGrid(s: number): boolean {
    return s >= 1 && (s - 1) % this.step === 0;
  }

  /** Columns the full model has (allowed options x start dates that finish in time, plus releases). */
  potential(): number {
    const cd = this.pr.candidates;
    let n = this.pr.people.P;
    for (let o = 0; o < cd.kind.length; o++) {
      if (this.allowed[o]) for (let s = 1; s + cd.offset[o] <= this.pr.T; s += this.step) n++;
    }
    return n;
  }

  /** Cost of option o started in s: program fees at today's prices, learning time at s's salary level. */
  moveCost(o: number, s: number): number {
    return this.optionFees[o] + (this.optionCost[o] - this.optionFees[o]) * this.pr.payLevel[s];
  }

  /** Appends column `id` to `b`; false when it is not a valid column. */
  append(b: ColumnBlock, id: number): boolean {
    const { lay, pr, W } = this;
    if (id >= this.releaseBase) {
      const e = id - this.releaseBase;
      const h = pr.people.cell[e];
      addColumn(b, this.severance[e], 0, 1, [e, lay.rel(h)], [1, pr.people.fte[e] * lay.pow[h * W + pr.T]], COLUMN_RELEASE, e, id);
      return true;
    }
    const o = Math.floor(id / W);
    const s = id - o * W;
    const e = this.owner[o];
    const fx = this.fx;
    if (!this.allowed[o] || s < 1 || !moveEffects(pr, lay.pow, e, o, s, fx)) return false;
    const entries = new Map<number, number>();
    const put = (row: number, v: number) => {
      if (row >= 0 && v !== 0) entries.set(row, (entries.get(row) ?? 0) + v);
    };
    put(e, 1);
    for (let i = 0; i < fx.n; i++) {
      const c = fx.cell[i];
      if (fx.period[i] <= pr.T) put(lay.cov(c, fx.period[i]), fx.amount[i]);
    }
    for (let i = 0; i < fx.nh; i++) put(lay.rel(fx.headCell[i]), -fx.headAmount[i]);
    const cd = pr.candidates;
    const fee = this.optionFees[o];
    for (let j = cd.progStart[o]; j < cd.progStart[o + 1]; j++) put(lay.seat(cd.prog[j], s), 1);
    put(lay.bud(s), fee);
    put(lay.budTot, fee);
    if (fx.internalCell >= 0) put(lay.int(fx.internalCell), fx.internal);
    const rows = [...entries.keys()].sort((a, c) => a - c);
    addColumn(b, this.moveCost(o, s), 0, 1, rows, rows.map((r) => entries.get(r)!), COLUMN_MOVE, e, id);
    return true;
  }

  /**
   * Reduced cost c - a'y of every column not yet in the LP. Returns, per person, the most negative
   * column of each of their options (at most `perPerson`, most negative first; ties to the lower
   * id), ids ascending, and the sum over people of their most negative reduced cost, which bounds
   * how far the LP optimum can still fall: z* >= z(restricted) + that sum, since each person takes
   * at most one unit of their columns.
   */
  price(dual: Float64Array, inModel: Uint8Array, tol: number, perPerson = 1): { ids: number[]; bound: number } {
    const { lay, pr, W } = this;
    const T = pr.T;
    const cd = pr.candidates;
    const fx = this.fx;
    const ids: number[] = [];
    let bound = 0;
    const budTotDual = lay.budTot >= 0 ? dual[lay.budTot] : 0;
    // Worth of one FTE arriving in c at j and staying (less leavers): the dual of coverage row
    // (c, j), whose column entry is the event's FTE (layout.ts). Reduced cost = cost - a'y, the
    // convention of HiGHS's row duals for every row type.
    const worth = new Float64Array(lay.C * W);
    for (let c = 0; c < lay.C; c++) for (let k = 1; k <= T; k++) worth[c * W + k] = dual[lay.cov(c, k)];
    const keepRc: number[] = [];
    const keepId: number[] = [];
    const keep = (rc: number, id: number) => {
      let i = keepRc.length;
      if (i === perPerson && rc >= keepRc[i - 1]) return;
      if (i === perPerson) i--;
      else {
        keepRc.push(0);
        keepId.push(0);
      }
      while (i > 0 && keepRc[i - 1] > rc) {
        keepRc[i] = keepRc[i - 1];
        keepId[i] = keepId[i - 1];
        i--;
      }
      keepRc[i] = rc;
      keepId[i] = id;
    };
    for (let e = 0; e < pr.people.P; e++) {
      keepRc.length = 0;
      keepId.length = 0;
      const yp = dual[e];
      const relId = this.releaseBase + e;
      if (!inModel[relId]) {
        const h = pr.people.cell[e];
        const rc = this.severance[e] - yp - pr.people.fte[e] * lay.pow[h * W + T] * dual[lay.rel(h)];
        if (rc < -tol) keep(rc, relId);
      }
      for (let o = cd.start[e]; o < cd.start[e + 1]; o++) {
        if (!this.allowed[o]) continue;
        const fee = this.optionFees[o];
        let best = -tol;
        let bestId = -1;
        for (let s = 1; s + cd.offset[o] <= T; s += this.step) {
          const id = o * W + s;
          if (inModel[id] || !moveEffects(pr, lay.pow, e, o, s, fx)) continue;
          let rc = this.moveCost(o, s) - yp;
          for (let i = 0; i < fx.n; i++) rc -= fx.amount[i] * worth[fx.cell[i] * W + fx.period[i]];
          for (let i = 0; i < fx.nh; i++) rc += fx.headAmount[i] * dual[lay.rel(fx.headCell[i])];
          for (let j = cd.progStart[o]; j < cd.progStart[o + 1]; j++) {
            const r = lay.seat(cd.prog[j], s);
            if (r >= 0) rc -= dual[r];
          }
          const br = lay.bud(s);
          if (br >= 0) rc -= fee * dual[br];
          rc -= fee * budTotDual;
          if (fx.internalCell >= 0) rc -= fx.internal * dual[lay.int(fx.internalCell)];
          if (rc < best) {
            best = rc;
            bestId = id;
          }
        }
        if (bestId >= 0) keep(best, bestId);
      }
      if (keepRc.length > 0) bound += keepRc[0];
      for (const id of keepId) ids.push(id);
    }
    ids.sort((a, b) => a - b);
    return { ids, bound };
  }
}
