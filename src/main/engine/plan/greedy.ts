// The greedy reference plan: what a planner would do by hand, kept to measure the optimiser
// against (the bench prints both costs) and to seed it with a feasible start.
//
//   1. New markets first: reskill the cheapest candidates per FTE into each new-market role until
//      its internal share of demand at the horizon is met.
//   2. Then period by period, cell by cell (index order), cover what is still needed with, in
//      this order of preference: the cheapest person per FTE (reskill into the cell, or upskill
//      one of its own unready people) if that is no dearer per FTE than a hire; else a hire for
//      the part of the need that persists to later periods; contractors for the rest.
//      A person is only moved out of a home cell if no period already covered there is uncovered.
//   3. Releases: in each cell with more heads than demand at the horizon, the people with the
//      lowest severance per FTE (then the lower index) until the surplus is gone.
// Every choice respects seats, budgets, hiring capacity, contractor caps and min fit, so the
// result is feasible whenever it covers everything; what it cannot cover is left uncovered.
import { contractorCap, hireCostAt } from './costs';
import { Effects, moveEffects } from './effects';
import type { PersonColumns } from './columns';
import type { Layout } from './layout';
import { seatsAt, startBudget } from './pruning';
import { KIND_RESKILL, type MoveRef, type Selection } from './types';

const TOL = 1e-9;

export function greedyPlan(lay: Layout, cols: PersonColumns): Selection {
  const { pr, T, W, C } = lay;
  const cd = pr.candidates;
  const people = pr.people;
  const remaining = Float64Array.from(lay.need);
  const used = new Uint8Array(people.P);
  const seats = new Float64Array(pr.programs.id.length * W);
  const fees = new Float64Array(W);
  let feesTotal = 0;
  const capUsed = new Float64Array(pr.locations.id.length * W);
  const heads = Float64Array.from(lay.surplusT);
  const hires = new Float64Array(C * W);
  const contractors = new Float64Array(C * W);
  const moves: MoveRef[] = [];
  const fx = new Effects();

  // Options per target cell, cheapest per FTE first (ties: lower option index).
  const byCell: number[][] = Array.from({ length: C }, () => []);
  for (let o = 0; o < cd.kind.length; o++) if (cols.allowed[o]) byCell[cd.cell[o]].push(o);
  const perFte = (o: number) => cols.optionCost[o] / people.fte[cols.owner[o]];
  for (const list of byCell) list.sort((a, b) => perFte(a) - perFte(b) || a - b);

  /** Adds `a` FTE of supply at (c, j): lowers what remains to cover from j on. */
  const supply = (c: number, j: number, a: number) => {
    const q = pr.cells.stay[c];
    let x = a;
    for (let k = j; k <= T; k++, x *= q) remaining[c * W + k] -= x;
  };
  const resourcesFree = (o: number, s: number) => {
    const fee = cols.optionFees[o];
    if (fees[s] + fee > startBudget(pr, s) + TOL || feesTotal + fee > pr.budget.total + TOL) return false;
    for (let j = cd.progStart[o]; j < cd.progStart[o + 1]; j++) if (seats[cd.prog[j] * W + s] + 1 > seatsAt(pr, cd.prog[j], s) + TOL) return false;
    return true;
  };
  /** Whether the move's departures keep every already-covered (cell, period) covered. */
  const safe = (doneK: number, doneC: number) => {
    for (let i = 0; i < fx.n; i++) {
      if (fx.amount[i] >= 0) continue;
      const h = fx.cell[i];
      const q = pr.cells.stay[h];
      let x = -fx.amount[i];
      for (let k = fx.period[i]; k <= T; k++, x *= q) {
        const done = k < doneK || (k === doneK && h <= doneC);
        if (done && remaining[h * W + k] + x > TOL) return false;
      }
    }
    return true;
  };
  const take = (o: number, s: number) => {
    const e = cols.owner[o];
    moveEffects(pr, lay.pow, e, o, s, fx);
    for (let i = 0; i < fx.n; i++) supply(fx.cell[i], fx.period[i], fx.amount[i]);
    for (let i = 0; i < fx.nh; i++) heads[fx.headCell[i]] += fx.headAmount[i];
    for (let j = cd.progStart[o]; j < cd.progStart[o + 1]; j++) seats[cd.prog[j] * W + s]++;
    fees[s] += cols.optionFees[o];
    feesTotal += cols.optionFees[o];
    used[e] = 1;
    moves.push({ e, o, s });
    return fx.internalCell >= 0 ? fx.internal : 0;
  };
  /** The latest start that makes option o count by period k with resources free, or -1. */
  const startFor = (o: number, k: number, doneK: number, doneC: number) => {
    for (let s = k - cd.offset[o]; s >= 1; s--) {
      if (!cols.onGrid(s) || !resourcesFree(o, s)) continue;
      if (!moveEffects(pr, lay.pow, cols.owner[o], o, s, fx) || !safe(doneK, doneC)) continue;
      return s;
    }
    return -1;
  };

  // 1. Internal share of new markets.
  for (const c of lay.intCells) {
    let want = pr.cells.internalShare[c] * pr.cells.demand[c * W + T];
    for (const o of byCell[c]) {
      if (want <= TOL) break;
      if (used[cols.owner[o]] || cd.kind[o] !== KIND_RESKILL) continue;
      const s = startFor(o, T, 0, -1);
      if (s > 0) want -= take(o, s);
    }
  }

  // 2. Coverage, period by period.
  const next = new Int32Array(C);
  for (let k = 1; k <= T; k++) {
    for (let c = 0; c < C; c++) {
      const i = c * W + k;
      let guard = 0;
      while (remaining[i] - contractors[i] > TOL && guard++ < 10_000) {
        const r = remaining[i] - contractors[i];
        let best = -1;
        let bestS = -1;
        const list = byCell[c];
        for (let j = next[c]; j < list.length; j++) {
          const o = list[j];
          if (used[cols.owner[o]]) {
            if (j === next[c]) next[c]++;
            continue;
          }
          const s = startFor(o, k, k, c);
          if (s > 0) {
            best = o;
            bestS = s;
            break;
          }
        }
        const lead = pr.cells.lead[c];
        const capRow = pr.cells.capLoc[c];
        let hireAt = -1;
        let hireRoom = 0;
        for (let a = k; a >= 1 + lead && hireAt < 0; a--) {
          const room = capRow < 0 ? Infinity : pr.locations.capacity[capRow] - capUsed[capRow * W + a - lead];
          if (room > TOL) {
            hireAt = a;
            hireRoom = room;
          }
        }
        const hc = hireAt > 0 ? hireCostAt(pr, c, hireAt) : Infinity;
        const personPerFte = best >= 0 ? cols.moveCost(best, bestS) / (people.fte[cols.owner[best]] * lay.pow[people.cell[cols.owner[best]] * W + bestS]) : Infinity;
        if (best >= 0 && personPerFte <= hc) {
          take(best, bestS);
          continue;
        }
        // A hire stays: hire only what is still needed in every later period (after decay).
        let persistent = r;
        const q = pr.cells.stay[c];
        for (let j = k + 1, d = q; j <= T; j++, d *= q) persistent = Math.min(persistent, (remaining[c * W + j] - contractors[c * W + j]) / d);
        const amount = Math.min(r, persistent, hireRoom);
        if (hireAt > 0 && amount > TOL) {
          hires[c * W + hireAt] += amount;
          if (capRow >= 0) capUsed[capRow * W + hireAt - lead] += amount;
          supply(c, hireAt, amount);
          heads[c] += amount * lay.pow[c * W + (T - hireAt)];
          continue;
        }
        if (best >= 0) {
          take(best, bestS);
          continue;
        }
        const room = contractorCap(pr, c, k) - contractors[i];
        if (room > TOL) {
          contractors[i] += Math.min(room, r);
          continue;
        }
        break; // nothing can cover the rest: left uncovered
      }
    }
  }

  // 3. Releases.
  const releases: number[] = [];
  const byHome: number[][] = Array.from({ length: C }, () => []);
  for (let e = 0; e < people.P; e++) if (!used[e]) byHome[people.cell[e]].push(e);
  for (let c = 0; c < C; c++) {
    if (heads[c] <= TOL) continue;
    const list = byHome[c].sort((a, b) => cols.severance[a] / people.fte[a] - cols.severance[b] / people.fte[b] || a - b);
    for (const e of list) {
      if (heads[c] <= TOL) break;
      heads[c] -= people.fte[e] * lay.pow[c * W + T];
      releases.push(e);
    }
  }
  return { moves, releases, hires, contractors };
}
