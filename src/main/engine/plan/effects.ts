// What each decision does to supply, shared by the LP, the greedy heuristic and plan assembly so
// the three can never disagree.
//
// Supply is tracked in expected FTE. A person present today is still there at the end of period k
// with probability stay^k (their home cell's per-period exit rate), so moving or hiring someone
// changes a cell's supply by an amount that then decays at the rate of the cell they work in.
// "Ready" supply is what covers demand: today's people count for their role as they are, except
// people whose role's profile changes (new requirements in force from changePeriod) and who have
// not closed the gap it opens: from changePeriod they count only once upskilled.
//
//   reskill e from h to t, counting from f:  ready(t) += fte stay_h^f at f, then decays at stay_t;
//                                            ready(h) -= fte stay_h^f at f (unless e no longer
//                                            counted there by then; an unready person who leaves
//                                            before changePeriod is added back at changePeriod,
//                                            since the constant need already took them out)
//   upskill e in h, proficient at f:         ready(h) += fte stay_h^g at g = max(f, changePeriod)
//   hire into c arriving at a:               ready(c) += 1 at a
// Heads (everyone on the payroll, ready or not) at the horizon decide what must be released.
import { KIND_RESKILL, type PlanProblem } from './types';

/** Events of one decision: up to three supply events, two head changes at T, one internal fill. */
export class Effects {
  n = 0;
  readonly cell = new Int32Array(3);
  readonly period = new Int32Array(3);
  readonly amount = new Float64Array(3);
  nh = 0;
  readonly headCell = new Int32Array(2);
  readonly headAmount = new Float64Array(2);
  /** Internal fill of a new-market cell at the horizon (-1: none). */
  internalCell = -1;
  internal = 0;

  reset(): void {
    this.n = 0;
    this.nh = 0;
    this.internalCell = -1;
    this.internal = 0;
  }
  event(c: number, k: number, a: number): void {
    this.cell[this.n] = c;
    this.period[this.n] = k;
    this.amount[this.n++] = a;
  }
  head(c: number, a: number): void {
    this.headCell[this.nh] = c;
    this.headAmount[this.nh++] = a;
  }
}

/** stay_c^k for k = 0..T, index c * (T + 1) + k. */
export function stayPowers(pr: PlanProblem): Float64Array {
  const { T } = pr;
  const { C, stay } = pr.cells;
  const out = new Float64Array(C * (T + 1));
  for (let c = 0; c < C; c++) {
    let x = 1;
    for (let k = 0; k <= T; k++) {
      out[c * (T + 1) + k] = x;
      x *= stay[c];
    }
  }
  return out;
}

/** Period the option's person counts from when starting in s (may exceed T: useless). */
export const finishOf = (pr: PlanProblem, o: number, s: number): number => s + pr.candidates.offset[o];

/**
 * Effects of person e taking option o from period s. Returns false when the person would count
 * only after the horizon (the column is not worth having).
 */
export function moveEffects(pr: PlanProblem, pow: Float64Array, e: number, o: number, s: number, out: Effects): boolean {
  out.reset();
  const T = pr.T;
  const W = T + 1;
  const f = s + pr.candidates.offset[o];
  if (f > T) return false;
  const h = pr.people.cell[e];
  const fte = pr.people.fte[e];
  const kE = pr.cells.changePeriod[h];
  const unready = pr.people.unready[e] === 1;
  const present = fte * pow[h * W + f];
  if (pr.candidates.kind[o] === KIND_RESKILL) {
    const t = pr.candidates.cell[o];
    out.event(t, f, present);
    if (!(unready && f >= kE)) {
      out.event(h, f, -present);
      if (unready && kE <= T) out.event(h, kE, fte * pow[h * W + kE]);
    }
    const atT = present * pow[t * W + (T - f)];
    out.head(h, -fte * pow[h * W + T]);
    out.head(t, atT);
    if (!Number.isNaN(pr.cells.internalShare[t])) {
      out.internalCell = t;
      out.internal = atT;
    }
    return true;
  }
  const g = Math.max(f, kE);
  if (g > T) return false;
  out.event(h, g, fte * pow[h * W + g]);
  return true;
}

/**
 * Need per (cell, period) that decisions must cover: demand - natural supply + the unready
 * people's FTE from their role's change period on (they stop counting unless upskilled).
 */
export function needOf(pr: PlanProblem, pow: Float64Array): Float64Array {
  const { T } = pr;
  const W = T + 1;
  const { C, demand, supply, changePeriod } = pr.cells;
  const need = new Float64Array(C * W);
  for (let i = 0; i < C * W; i++) need[i] = demand[i] - supply[i];
  const unreadyFte = new Float64Array(C);
  const { P, cell, fte, unready } = pr.people;
  for (let e = 0; e < P; e++) if (unready[e] === 1) unreadyFte[cell[e]] += fte[e];
  for (let c = 0; c < C; c++) {
    if (unreadyFte[c] === 0) continue;
    for (let k = changePeriod[c]; k <= T; k++) need[c * W + k] += unreadyFte[c] * pow[c * W + k];
  }
  return need;
}

/** Heads on the payroll minus demand at the horizon, before any decision (what release must absorb). */
export function surplusAtHorizon(pr: PlanProblem): Float64Array {
  const { T } = pr;
  const W = T + 1;
  return Float64Array.from({ length: pr.cells.C }, (_, c) => pr.cells.supply[c * W + T] - pr.cells.demand[c * W + T]);
}
