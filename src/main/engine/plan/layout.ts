// Row layout of the plan's linear program and the fixed (non-person) columns. Rows, in order:
//   person e            sum of e's decisions <= 1
//   coverage (c, k)     cover(c, k) - stay_c x cover(c, k-1) = need(c, k) - stay_c x need(c, k-1)
//   release (c)         released FTE at T - heads added at T + unmatched >= heads surplus at T
//   seats (p, s)        enrolments starting p in s <= seats per start date  (programs with a limit)
//   budget (s)          program fees of enrolments starting in s <= budget per start date (when set)
//   budget total        all program fees <= total budget                     (when set)
//   capacity (l, p)     hires requested at l in p <= hires per period         (locations with a limit)
//   internal (c)        internal fills of new market c at T + shortfall >= internal share x demand(T)
// where cover(c, k) = supply the decisions add by k + contractors(c, k) + shortfall(c, k)
// - surplus(c, k) (surplus >= 0 is the slack of "cover >= need"), and cover(c, 0) = need(c, 0) = 0.
// A supply event of a FTE at (c, j) (a person arriving, -a for one leaving) adds a x stay_c^(k-j)
// to cover(c, k) for every k >= j, so in the differenced rows it is ONE entry, a in row (c, j):
// person and hire columns stay 2-6 entries long while contractors, shortfalls and surpluses get
// two (k and k + 1). Summing stay^(k-j) x row (c, j) over j = 1..k gives back cover(c, k) =
// need(c, k), i.e. cover >= need with its slack: the same LP, rows combined by an invertible
// (triangular) matrix.
// Measured against the two earlier layouts (bench/plan.bench.ts): events written into every
// coverage row (columns up to 40 entries, several times slower), and stock columns with a balance
// row per (c, k) (twice the cell rows; this layout is faster on the demo and at 10,000 people).
// The dual of row (c, j) is then directly the worth of one FTE arriving in c at j (PersonColumns.price).
import { contractorCap, contractorCostAt, hireCost, hireCostAt, severance } from './costs';
import { needOf, stayPowers, surplusAtHorizon } from './effects';
import { seatsAt, startBudget } from './pruning';
import type { PlanProblem } from './types';

export class Layout {
  readonly T: number;
  readonly W: number;
  readonly P: number;
  readonly C: number;
  readonly covBase: number;
  readonly relBase: number;
  readonly seatBase: number;
  /** Dense index among programs with a seat limit, -1 for unlimited ones. */
  readonly seatProg: Int32Array;
  readonly seatProgs: number[];
  readonly budBase: number;
  readonly budTot: number;
  readonly capBase: number;
  readonly capLoc: Int32Array;
  readonly capLocs: number[];
  readonly intBase: number;
  readonly intCell: Int32Array;
  readonly intCells: number[];
  readonly rows: number;
  readonly pow: Float64Array;
  readonly need: Float64Array;
  readonly surplusT: Float64Array;
  /** Value of one head kept above demand at the horizon in a cell (see keptSurplusCosts). */
  readonly keptSurplusCost: Float64Array;

  constructor(readonly pr: PlanProblem) {
    const T = (this.T = pr.T);
    this.W = T + 1;
    this.P = pr.people.P;
    const C = (this.C = pr.cells.C);
    this.covBase = this.P;
    this.relBase = this.covBase + C * T;
    this.seatBase = this.relBase + C;
    this.seatProgs = [];
    this.seatProg = Int32Array.from(pr.programs.seats, (s, p) => (Number.isFinite(s) ? this.seatProgs.push(p) - 1 : -1));
    this.budBase = this.seatBase + this.seatProgs.length * T;
    const perPeriod = Number.isFinite(pr.budget.perPeriod) ? T : 0;
    this.budTot = Number.isFinite(pr.budget.total) ? this.budBase + perPeriod : -1;
    this.capBase = this.budBase + perPeriod + (this.budTot >= 0 ? 1 : 0);
    this.capLocs = [];
    this.capLoc = Int32Array.from(pr.locations.capacity, (cap, l) => (Number.isFinite(cap) ? this.capLocs.push(l) - 1 : -1));
    this.intBase = this.capBase + this.capLocs.length * T;
    this.intCells = [];
    this.intCell = Int32Array.from(pr.cells.internalShare, (x, c) => (Number.isNaN(x) ? -1 : this.intCells.push(c) - 1));
    this.rows = this.intBase + this.intCells.length;
    this.pow = stayPowers(pr);
    this.need = needOf(pr, this.pow);
    this.surplusT = surplusAtHorizon(pr);
    this.keptSurplusCost = keptSurplusCosts(pr);
  }

  /** Coverage row of (c, k), k in 1..T (differenced, see the top of this file). */
  cov(c: number, k: number): number {
    return this.covBase + c * this.T + k - 1;
  }
  rel(c: number): number {
    return this.relBase + c;
  }
  /** Seat row of program p in period s, or -1 when p has no limit. */
  seat(p: number, s: number): number {
    const i = this.seatProg[p];
    return i < 0 ? -1 : this.seatBase + i * this.T + s - 1;
  }
  /** Period budget row, or -1 when there is no period budget. */
  bud(s: number): number {
    return Number.isFinite(this.pr.budget.perPeriod) ? this.budBase + s - 1 : -1;
  }
  /** Capacity row of the cell's location in requisition period p, or -1. */
  cap(c: number, p: number): number {
    const l = this.pr.cells.capLoc[c];
    const i = l < 0 ? -1 : this.capLoc[l];
    return i < 0 ? -1 : this.capBase + i * this.T + p - 1;
  }
  /** Internal-share row of a new-market cell, or -1. */
  int(c: number): number {
    const i = this.intCell[c];
    return i < 0 ? -1 : this.intBase + i;
  }

  rowBounds(): { lower: Float64Array; upper: Float64Array } {
    const { pr, T, C } = this;
    const lower = new Float64Array(this.rows).fill(-Infinity);
    const upper = new Float64Array(this.rows).fill(Infinity);
    upper.fill(1, 0, this.P);
    for (let c = 0; c < C; c++) {
      const stay = pr.cells.stay[c];
      for (let k = 1; k <= T; k++) {
        const r = this.cov(c, k);
        lower[r] = upper[r] = this.need[c * this.W + k] - (k > 1 ? stay * this.need[c * this.W + k - 1] : 0);
      }
      lower[this.rel(c)] = this.surplusT[c];
    }
    this.seatProgs.forEach((p, i) => {
      for (let s = 1; s <= T; s++) upper[this.seatBase + i * T + s - 1] = seatsAt(pr, p, s);
    });
    if (Number.isFinite(pr.budget.perPeriod)) for (let s = 1; s <= T; s++) upper[this.budBase + s - 1] = startBudget(pr, s);
    if (this.budTot >= 0) upper[this.budTot] = pr.budget.total;
    this.capLocs.forEach((l, i) => upper.fill(pr.locations.capacity[l], this.capBase + i * T, this.capBase + (i + 1) * T));
    this.intCells.forEach((c, i) => (lower[this.intBase + i] = pr.cells.internalShare[c] * pr.cells.demand[c * this.W + T]));
    return { lower, upper };
  }
}

/**
 * A head kept above demand at the horizon that nobody can be named for (natural moves bring them
 * in) is valued at the dearest severance per FTE in its role (any role's if it has nobody), times
 * 1.01: the LP releases named people first, and plans are compared on the same footing.
 */
export function keptSurplusCosts(pr: PlanProblem): Float64Array {
  const out = new Float64Array(pr.cells.C);
  let top = 0;
  for (let e = 0; e < pr.people.P; e++) {
    const v = severance(pr, e) / pr.people.fte[e];
    const c = pr.people.cell[e];
    if (v > out[c]) out[c] = v;
    if (v > top) top = v;
  }
  return out.map((v) => 1.01 * (v > 0 ? v : Math.max(top, 1)));
}

/** Kinds of the fixed columns, in the order they are laid out. */
export const FIXED_CONTRACTOR = 1;
export const FIXED_SHORTFALL = 2;
export const FIXED_HIRE = 3;
export const FIXED_UNMATCHED = 4;
export const FIXED_INTERNAL_SHORTFALL = 5;
export const FIXED_SURPLUS = 6;

/** Sparse columns in CSC form with their costs and bounds. */
export interface ColumnBlock {
  n: number;
  cost: number[];
  lower: number[];
  upper: number[];
  starts: number[];
  indices: number[];
  values: number[];
  /** What each column is: kind and (cell, period) or the person-column id. */
  kind: number[];
  cell: number[];
  period: number[];
}

export const emptyBlock = (): ColumnBlock => ({ n: 0, cost: [], lower: [], upper: [], starts: [0], indices: [], values: [], kind: [], cell: [], period: [] });

export function addColumn(b: ColumnBlock, cost: number, lower: number, upper: number, rows: number[], vals: number[], kind: number, cell: number, period: number): void {
  b.cost.push(cost);
  b.lower.push(lower);
  b.upper.push(upper);
  for (let i = 0; i < rows.length; i++) {
    b.indices.push(rows[i]);
    b.values.push(vals[i]);
  }
  b.starts.push(b.indices.length);
  b.kind.push(kind);
  b.cell.push(cell);
  b.period.push(period);
  b.n++;
}

/**
 * Penalty per FTE of uncovered demand or internal-share shortfall: far above any way of covering
 * it, so a shortfall appears only when nothing else can cover (and is then reported, not hidden).
 */
export function penaltyOf(pr: PlanProblem): number {
  let top = 1;
  for (let c = 0; c < pr.cells.C; c++) top = Math.max(top, pr.cells.loadedCost[c], hireCost(pr, c));
  for (let e = 0; e < pr.people.P; e++) top = Math.max(top, pr.people.salary[e], severance(pr, e));
  return 100 * top * Math.max(...pr.payLevel);
}

/** The columns that do not belong to a person: contractors, shortfalls, surpluses, hires. */
export function fixedColumns(lay: Layout, penalty: number): ColumnBlock {
  const { pr, T, W, C } = lay;
  const b = emptyBlock();
  for (let c = 0; c < C; c++) {
    const stay = pr.cells.stay[c];
    // A term x of cover(c, k) alone: x in row (c, k), -stay x in row (c, k + 1).
    const inCover = (k: number, x: number): [number[], number[]] => (k < T ? [[lay.cov(c, k), lay.cov(c, k + 1)], [x, -stay * x]] : [[lay.cov(c, k)], [x]]);
    for (let k = 1; k <= T; k++) addColumn(b, contractorCostAt(pr, c, k), 0, contractorCap(pr, c, k), ...inCover(k, 1), FIXED_CONTRACTOR, c, k);
    for (let k = 1; k <= T; k++) addColumn(b, penalty, 0, Infinity, ...inCover(k, 1), FIXED_SHORTFALL, c, k);
    for (let k = 1; k <= T; k++) addColumn(b, 0, 0, Infinity, ...inCover(k, -1), FIXED_SURPLUS, c, k);
    const lead = pr.cells.lead[c];
    for (let a = 1 + lead; a <= T; a++) {
      // One FTE arriving at a: rows ascending (coverage, release, capacity).
      const rows = [lay.cov(c, a), lay.rel(c)];
      const vals = [1, -lay.pow[c * W + (T - a)]];
      const cap = lay.cap(c, a - lead);
      if (cap >= 0) {
        rows.push(cap);
        vals.push(1);
      }
      addColumn(b, hireCostAt(pr, c, a), 0, Infinity, rows, vals, FIXED_HIRE, c, a);
    }
    // Surplus heads no person column can absorb (people who arrive by natural moves): kept, not
    // an error, valued like releasing the dearest person of the role so named releases come first.
    addColumn(b, lay.keptSurplusCost[c], 0, Infinity, [lay.rel(c)], [1], FIXED_UNMATCHED, c, T);
    const ir = lay.int(c);
    if (ir >= 0) addColumn(b, penalty, 0, Infinity, [ir], [1], FIXED_INTERNAL_SHORTFALL, c, T);
  }
  return b;
}
