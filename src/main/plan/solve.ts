// Solves the plan's LP with HiGHS by column generation, then makes person decisions whole.
//
// 1. Restricted master: the fixed columns (hires, contractors, shortfalls, surpluses) plus the greedy
//    plan's person columns, so the first LP already has a feasible, sensible point (and its
//    optimum can never be dearer than the greedy plan).
// 2. Pricing: the engine computes the reduced cost of every person column not in the LP from the
//    row duals and returns each person's most negative ones; they are appended (ascending id) and
//    HiGHS re-solves from its previous basis. No negative reduced cost left = the LP optimum over
//    ALL (person, option, start period) columns, not just the generated ones.
// 3. Rounding and repair (engine/plan/rounding.ts): person columns fixed at 0/1, the LP re-solved
//    for hires and contractors, short cells repaired with half-chosen people; if a cell the LP
//    covered is still short, a small MIP over the people the LP used settles it.
import type { Model } from 'highs';
import { PersonColumns } from '../engine/plan/columns';
import { FIXED_CONTRACTOR, FIXED_HIRE, FIXED_INTERNAL_SHORTFALL, FIXED_SHORTFALL, FIXED_UNMATCHED, emptyBlock, fixedColumns, penaltyOf, type ColumnBlock, type Layout } from '../engine/plan/layout';
import { repairCandidate, roundPersons } from '../engine/plan/rounding';
import type { MoveRef, Selection } from '../engine/plan/types';
import { SOLVER_OPTIONS, highs } from './highs';

export interface SolveOutcome {
  selection: Selection;
  /** LP optimum without penalty terms (the cost of the decisions) and with them. */
  lpCost: number;
  /**
   * No plan that covers its demand can cost less: lpCost plus the last pricing round's Lagrangian
   * term (<= 0; 0 when column generation ran to the end, within the gap when it stopped there).
   */
  lowerBound: number;
  lpObjective: number;
  /** Shortfalls of the final (rounded) plan, per (cell, period), per new-market cell, and unmatched surplus. */
  shortfall: { coverage: Float64Array; internal: Float64Array; unmatched: Float64Array };
  /** Same for the LP optimum, before rounding. */
  lpShortfall: { coverage: Float64Array; internal: Float64Array; unmatched: Float64Array };
  rounds: number;
  columns: number;
  rows: number;
  fractional: number;
  repairs: number;
  /** Whether the last-resort MIP was needed after rounding. */
  mip: boolean;
  ms: { lp: number; rounding: number };
}

export interface SolveOptions {
  /** Columns added per person and round (their best per option). More: fewer rounds, bigger LPs. */
  perPerson?: number;
  /**
   * Stop generating columns once the LP optimum is proved within this share of the restricted
   * optimum (Lagrangian bound). 0: until no column has a negative reduced cost.
   */
  gap?: number;
  /** Called after each LP solve with HiGHS's simplex iterations (bench diagnostics). */
  onRound?: (round: number, objective: number, bound: number, added: number, ms: number, iterations: number) => void;
}

const MAX_ROUNDS = 200;
/**
 * Columns added per person per round (3 up to 5,000 people, else 1: fewer, bigger rounds pay off
 * on the demo, smaller ones at 10,000 people), and the default optimality gap (0.1%: the last
 * rounds of column generation closing 0.1% to 0.01% took a quarter of a demo what-if, while
 * rounding people to whole decisions moves the cost by 1-2% anyway; the bound is reported).
 */
export const perPersonFor = (people: number): number => (people > 5000 ? 1 : 3);
export const DEFAULT_GAP = 1e-3;
const PRICE_TOL = 1e-7;
const MAX_REPAIRS = 50;
const MIP_NODES = 2000;

/**
 * HiGHS settings for these LPs: max-value scaling suits their mix of FTE and money coefficients;
 * no presolve, since the first LP already holds a feasible plan (the greedy one) and later rounds
 * start from a basis anyway (about 10% less CPU per demo what-if).
 */
const LP_OPTIONS = { ...SOLVER_OPTIONS, simplex_scale_strategy: 4, presolve: 'off' } as const;

export async function solvePlan(lay: Layout, cols: PersonColumns, start: Selection, opts: SolveOptions = {}): Promise<SolveOutcome> {
  const solver = await highs();
  const t0 = performance.now();
  const penalty = penaltyOf(lay.pr);
  const fixed = fixedColumns(lay, penalty);
  const inModel = new Uint8Array(cols.total);
  const seed = [...start.moves.map((m) => m.o * cols.W + m.s), ...start.releases.map((e) => cols.releaseBase + e)].sort((a, b) => a - b);
  const first = appendPersons(cols, emptyBlock(), seed, inModel);
  const { lower, upper } = lay.rowBounds();
  const all = concat(fixed, first);
  const model = solver.createModel({
    numCols: all.n,
    numRows: lay.rows,
    colCost: Float64Array.from(all.cost),
    colLower: Float64Array.from(all.lower),
    colUpper: Float64Array.from(all.upper),
    rowLower: lower,
    rowUpper: upper,
    matrix: { format: 'csc', numRows: lay.rows, numCols: all.n, starts: Int32Array.from(all.starts), indices: Int32Array.from(all.indices), values: Float64Array.from(all.values) },
  });
  try {
    model.options.set(LP_OPTIONS);
    const person: number[] = first.period.slice();
    let rounds = 0;
    let lagrangian = 0;
    for (;;) {
      const tr = performance.now();
      runOrThrow(model, 'LP');
      rounds++;
      const priced = cols.price(model.getSolution().rowDual, inModel, PRICE_TOL, opts.perPerson ?? perPersonFor(lay.P));
      opts.onRound?.(rounds, model.getObjectiveValue(), model.getObjectiveValue() + priced.bound, priced.ids.length, performance.now() - tr, Number(model.info.get('simplex_iteration_count')));
      const objective = model.getObjectiveValue();
      lagrangian = Math.min(0, priced.bound);
      if (priced.ids.length === 0 || rounds >= MAX_ROUNDS || -priced.bound <= (opts.gap ?? DEFAULT_GAP) * Math.abs(objective)) break;
      const add = appendPersons(cols, emptyBlock(), priced.ids, inModel);
      model.addCols({
        cost: Float64Array.from(add.cost),
        lower: Float64Array.from(add.lower),
        upper: Float64Array.from(add.upper),
        matrix: { format: 'csc', numRows: lay.rows, numCols: add.n, starts: Int32Array.from(add.starts), indices: Int32Array.from(add.indices), values: Float64Array.from(add.values) },
      });
      for (const id of add.period) person.push(id);
    }
    const lp = model.getSolution().colValue;
    const lpObjective = model.getObjectiveValue();
    const lpCost = lpObjective - penaltyTerms(fixed, lp, penalty);
    const lpShortfall = shortfalls(lay, fixed, lp);
    const t1 = performance.now();

    const n0 = fixed.n;
    const values = lp.subarray(n0, n0 + person.length);
    let fractional = 0;
    for (const x of values) if (x > 1e-6 && x < 1 - 1e-6) fractional++;
    let x = lp;
    let repairs = 0;
    let mip = false;
    if (fractional > 0) {
      const { on, resources } = roundPersons(lay, cols, person, values);
      const range = { kind: 'range' as const, from: n0, to: n0 + person.length - 1 };
      for (;;) {
        const bound = Float64Array.from(on);
        model.changeColsBounds(range, bound, bound);
        runOrThrow(model, 'repair LP');
        x = model.getSolution().colValue;
        const short = firstNewShortfall(lay, fixed, x, lpShortfall);
        if (!short || repairs >= MAX_REPAIRS) break;
        const j = repairCandidate(lay, cols, person, values, on, resources, short.c, short.k);
        if (j < 0) break;
        on[j] = 1;
        resources.add(person[j]);
        repairs++;
      }
      if (firstNewShortfall(lay, fixed, x, lpShortfall)) {
        // Last resort, rare: a small MIP over the people the LP used (binary), the rounded plan
        // as its incumbent, a node limit rather than a time limit so the answer is reproducible.
        const support: number[] = [];
        const hi = new Float64Array(person.length);
        for (let j = 0; j < person.length; j++) if (values[j] > 1e-6 || on[j]) (hi[j] = 1), support.push(n0 + j);
        model.changeColsBounds(range, new Float64Array(person.length), hi);
        model.changeColsIntegrality({ kind: 'set', indices: Int32Array.from(support) }, new Int32Array(support.length).fill(1));
        model.setSolution({ colValue: x });
        model.options.set({ mip_max_nodes: MIP_NODES, presolve: 'choose' });
        const status = model.run().modelStatus;
        const sol = model.getSolution().colValue;
        if ((status === 7 || (status >= 13 && status <= 17)) && sol.length === x.length && totalShortfall(fixed, sol) < totalShortfall(fixed, x) - 1e-9) {
          x = sol;
          mip = true;
        }
        model.clearIntegrality();
      }
    }
    return {
      selection: toSelection(lay, cols, fixed, person, x),
      lpCost,
      lowerBound: lpCost + lagrangian,
      lpObjective,
      shortfall: shortfalls(lay, fixed, x),
      lpShortfall,
      rounds,
      columns: person.length,
      rows: lay.rows,
      fractional,
      repairs,
      mip,
      ms: { lp: t1 - t0, rounding: performance.now() - t1 },
    };
  } finally {
    model.dispose();
  }
}

/**
 * Second tries when the dual simplex stops without an answer (status 15, "unknown"): seen on tiny,
 * highly degenerate plans (a property test's counterexample, test/main/plan/optimum.test.ts), where
 * removing its cost perturbation at the end leaves it stuck. Each retry continues from the basis it
 * stopped at, the same way every time, so the answer stays reproducible.
 */
const RETRIES = [{ dual_simplex_cost_perturbation_multiplier: 0 }, { simplex_strategy: 4 }] as const;
const NO_RETRY = { dual_simplex_cost_perturbation_multiplier: 1, simplex_strategy: 1 } as const;

function runOrThrow(model: Model, what: string): void {
  let status = model.run().modelStatus;
  for (let i = 0; status !== 7 && i < RETRIES.length; i++) {
    model.options.set(RETRIES[i]);
    status = model.run().modelStatus;
    model.options.set(NO_RETRY);
  }
  // 7 = optimal. Shortfall columns make every plan LP feasible and bounded, so anything else is a bug.
  if (status !== 7) throw new Error(`The plan ${what} ended with HiGHS model status ${status}.`);
}

function appendPersons(cols: PersonColumns, b: ColumnBlock, ids: number[], inModel: Uint8Array): ColumnBlock {
  for (const id of ids) {
    if (inModel[id]) continue;
    if (cols.append(b, id)) inModel[id] = 1;
  }
  return b;
}

function concat(a: ColumnBlock, b: ColumnBlock): ColumnBlock {
  const out = emptyBlock();
  for (const blk of [a, b]) {
    const shift = out.indices.length;
    for (let j = 0; j < blk.n; j++) {
      out.cost.push(blk.cost[j]);
      out.lower.push(blk.lower[j]);
      out.upper.push(blk.upper[j]);
      out.starts.push(blk.starts[j + 1] + shift);
      out.kind.push(blk.kind[j]);
      out.cell.push(blk.cell[j]);
      out.period.push(blk.period[j]);
    }
    for (let i = 0; i < blk.indices.length; i++) {
      out.indices.push(blk.indices[i]);
      out.values.push(blk.values[i]);
    }
    out.n += blk.n;
  }
  return out;
}

function totalShortfall(fixed: ColumnBlock, x: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < fixed.n; j++) if (fixed.kind[j] === FIXED_SHORTFALL || fixed.kind[j] === FIXED_INTERNAL_SHORTFALL) sum += x[j];
  return sum;
}

/** Objective terms that are not costs of decisions: shortfall penalties and kept surplus. */
function penaltyTerms(fixed: ColumnBlock, x: Float64Array, penalty: number): number {
  let sum = 0;
  for (let j = 0; j < fixed.n; j++) {
    const k = fixed.kind[j];
    if (k === FIXED_SHORTFALL || k === FIXED_INTERNAL_SHORTFALL) sum += penalty * x[j];
    else if (k === FIXED_UNMATCHED) sum += fixed.cost[j] * x[j];
  }
  return sum;
}

/**
 * The first (period, cell) short after rounding that the LP had covered, coverage before
 * internal shares (k = -1 marks a new market's internal share).
 */
function firstNewShortfall(lay: Layout, fixed: ColumnBlock, x: Float64Array, before: { coverage: Float64Array; internal: Float64Array }): { c: number; k: number } | null {
  let found: { c: number; k: number } | null = null;
  let internal: { c: number; k: number } | null = null;
  for (let j = 0; j < fixed.n; j++) {
    const c = fixed.cell[j];
    if (fixed.kind[j] === FIXED_SHORTFALL) {
      const k = fixed.period[j];
      if (x[j] > before.coverage[c * lay.W + k] + 1e-6 && (!found || k < found.k || (k === found.k && c < found.c))) found = { c, k };
    } else if (fixed.kind[j] === FIXED_INTERNAL_SHORTFALL && x[j] > before.internal[c] + 1e-6 && (!internal || c < internal.c)) internal = { c, k: -1 };
  }
  return found ?? internal;
}

function toSelection(lay: Layout, cols: PersonColumns, fixed: ColumnBlock, person: number[], x: Float64Array): Selection {
  const { W, C } = lay;
  const hires = new Float64Array(C * W);
  const contractors = new Float64Array(C * W);
  for (let j = 0; j < fixed.n; j++) {
    const v = x[j];
    if (v <= 1e-9) continue;
    if (fixed.kind[j] === FIXED_HIRE) hires[fixed.cell[j] * W + fixed.period[j]] += v;
    else if (fixed.kind[j] === FIXED_CONTRACTOR) contractors[fixed.cell[j] * W + fixed.period[j]] += v;
  }
  const moves: MoveRef[] = [];
  const releases: number[] = [];
  for (let j = 0; j < person.length; j++) {
    if (x[fixed.n + j] < 0.5) continue;
    const id = person[j];
    if (id >= cols.releaseBase) releases.push(id - cols.releaseBase);
    else {
      const o = Math.floor(id / cols.W);
      moves.push({ e: cols.owner[o], o, s: id - o * cols.W });
    }
  }
  moves.sort((a, b) => a.e - b.e || a.o - b.o);
  releases.sort((a, b) => a - b);
  return { moves, releases, hires, contractors };
}

function shortfalls(lay: Layout, fixed: ColumnBlock, x: Float64Array) {
  const coverage = new Float64Array(lay.C * lay.W);
  const internal = new Float64Array(lay.C);
  const unmatched = new Float64Array(lay.C);
  for (let j = 0; j < fixed.n; j++) {
    const v = x[j];
    if (v <= 1e-7) continue;
    if (fixed.kind[j] === FIXED_SHORTFALL) coverage[fixed.cell[j] * lay.W + fixed.period[j]] = v;
    else if (fixed.kind[j] === FIXED_INTERNAL_SHORTFALL) internal[fixed.cell[j]] = v;
    else if (fixed.kind[j] === FIXED_UNMATCHED) unmatched[fixed.cell[j]] = v;
  }
  return { coverage, internal, unmatched };
}
