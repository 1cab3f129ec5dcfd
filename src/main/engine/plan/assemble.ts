// From decisions (a Selection) to the plan people read: the mix per role and period, when each
// released person leaves, the learning timeline, and per-person decisions with the figures the
// reasons quote (reasons.ts writes the sentences).
//
// Release timing: natural attrition absorbs surplus first, so a released person leaves in the
// earliest period from which the role keeps more heads than demand in every later period even
// without them (and, while they still count as ready supply, more ready supply than demand).
// People whose role changed under them (unready, not upskilled) go first, then by person order.
import type { LearningEnrolment, PlanMixRow, ProgramPeriodUse, BudgetBurn } from '../../../shared/plan-types';
import { addRealMonths } from '../scenario/calendar';
import { contractorCostAt, hireCostAt } from './costs';
import { Effects, moveEffects } from './effects';
import type { PersonColumns } from './columns';
import type { Evaluation } from './evaluate';
import type { Layout } from './layout';
import { seatsAt } from './pruning';
import { cellPeriod } from './binding';
import { KIND_RESKILL, KIND_UPSKILL, type MoveRef, type Selection } from './types';

export interface PersonDecision {
  e: number;
  move: MoveRef | null;
  /** Period the person counts in the new situation (reskill: arrival; upskill: ready again). */
  effective: number | null;
  release: { period: number; severance: number } | null;
  /** Unready and not upskilled: stops counting for the role from its change period. */
  stranded: boolean;
}

export interface Assembly {
  decisions: PersonDecision[];
  mix: PlanMixRow[];
  enrolments: LearningEnrolment[];
  seats: ProgramPeriodUse[];
  budget: BudgetBurn[];
  /** Heads minus demand per (cell, period) after the plan, releases included. */
  headsSurplus: Float64Array;
  /** Heads minus demand per cell at the horizon after moves and hires, before releases. */
  headsBeforeRelease: Float64Array;
}

export function assemble(lay: Layout, cols: PersonColumns, sel: Selection, ev: Evaluation): Assembly {
  const { pr, T, W, C } = lay;
  const cd = pr.candidates;
  const people = pr.people;
  const fx = new Effects();
  const decisions: PersonDecision[] = Array.from({ length: people.P }, (_, e) => ({ e, move: null, effective: null, release: null, stranded: false }));
  const zero = () => new Float64Array(C * W);
  const up = zero();
  const re = zero();
  const upCost = zero();
  const reCost = zero();
  const relFte = zero();
  const relCost = zero();
  const headEvents = zero();
  for (const m of sel.moves) {
    if (!moveEffects(pr, lay.pow, m.e, m.o, m.s, fx)) continue;
    const d = decisions[m.e];
    d.move = m;
    const target = cd.cell[m.o];
    const cost = cols.moveCost(m.o, m.s);
    // The first positive event is where the person starts to count.
    for (let i = 0; i < fx.n; i++) if (fx.amount[i] > 0 && fx.cell[i] === target && d.effective === null) d.effective = fx.period[i];
    const at = target * W + (d.effective ?? m.s);
    if (cd.kind[m.o] === KIND_UPSKILL) {
      up[at] += people.fte[m.e];
      upCost[target * W + m.s] += cost;
    } else {
      re[at] += people.fte[m.e];
      reCost[target * W + m.s] += cost;
      const f = m.s + cd.offset[m.o];
      const present = people.fte[m.e] * lay.pow[people.cell[m.e] * W + f];
      headEvents[people.cell[m.e] * W + f] -= present;
      headEvents[target * W + f] += present;
    }
  }
  for (let e = 0; e < people.P; e++) {
    const h = people.cell[e];
    const upskilled = decisions[e].move !== null && cd.kind[decisions[e].move!.o] === KIND_UPSKILL;
    decisions[e].stranded = people.unready[e] === 1 && !upskilled && decisions[e].move === null && pr.cells.changePeriod[h] <= T;
  }

  // Heads and ready slack per (cell, period) after moves and hires, before releases.
  const heads = zero();
  const readySlack = zero();
  for (let c = 0; c < C; c++) {
    let n = 0;
    const q = pr.cells.stay[c];
    for (let k = 1; k <= T; k++) {
      const i = c * W + k;
      n = q * n + headEvents[i] + sel.hires[i];
      heads[i] = pr.cells.supply[i] + n - pr.cells.demand[i];
      readySlack[i] = ev.ready[i] + sel.contractors[i] - pr.cells.demand[i];
    }
  }
  const headsBeforeRelease = Float64Array.from({ length: C }, (_, c) => heads[c * W + T]);
  const released = [...sel.releases].sort((a, b) => Number(decisions[b].stranded) - Number(decisions[a].stranded) || a - b);
  for (const e of released) {
    const h = people.cell[e];
    const kE = people.unready[e] === 1 ? pr.cells.changePeriod[h] : T + 1;
    const amount = (k: number) => people.fte[e] * lay.pow[h * W + k];
    const fits = (s: number) => {
      for (let k = s; k <= T; k++) {
        if (heads[h * W + k] < amount(k) - 1e-9) return false;
        if (k < kE && readySlack[h * W + k] < amount(k) - 1e-9) return false;
      }
      return true;
    };
    let s = 1;
    while (s < T && !fits(s)) s++;
    for (let k = s; k <= T; k++) {
      heads[h * W + k] -= amount(k);
      if (k < kE) readySlack[h * W + k] -= amount(k);
    }
    decisions[e].release = { period: s, severance: cols.severance[e] };
    relFte[h * W + s] += people.fte[e];
    relCost[h * W + s] += cols.severance[e];
  }

  const mix: PlanMixRow[] = [];
  for (let c = 0; c < C; c++) {
    const lead = pr.cells.lead[c];
    for (let k = 1; k <= T; k++) {
      const i = c * W + k;
      let buyCost = 0;
      if (k + lead <= T) buyCost = sel.hires[c * W + k + lead] * hireCostAt(pr, c, k + lead);
      const cost = {
        build: upCost[i] + reCost[i],
        upskill: upCost[i],
        reskill: reCost[i],
        buy: buyCost,
        borrow: sel.contractors[i] * contractorCostAt(pr, c, k),
        bot: pr.cells.investment[i] + (k === 1 ? pr.cells.investment[c * W] : 0),
        release: relCost[i],
        total: 0,
      };
      cost.total = cost.build + cost.buy + cost.borrow + cost.bot + cost.release;
      mix.push({
        ...cellPeriod(pr, c, k),
        demand: pr.cells.demand[i],
        naturalSupply: pr.cells.supply[i],
        gap: pr.cells.demand[i] - pr.cells.supply[i],
        build: up[i] + re[i],
        upskill: up[i],
        reskill: re[i],
        buy: sel.hires[i],
        borrow: sel.contractors[i],
        bot: pr.cells.automation[i],
        release: relFte[i],
        uncovered: ev.uncovered[i],
        cost,
      });
    }
  }
  return { decisions, mix, ...learning(lay, sel), headsSurplus: heads, headsBeforeRelease };
}

function learning(lay: Layout, sel: Selection): Pick<Assembly, 'enrolments' | 'seats' | 'budget'> {
  const { pr, T, W } = lay;
  const cd = pr.candidates;
  const enrolments: LearningEnrolment[] = [];
  const nP = pr.programs.id.length;
  const used = new Float64Array(nP * W);
  const spend = new Float64Array(nP * W);
  for (const m of sel.moves) {
    const start = pr.dates[m.s - 1];
    const purpose = cd.kind[m.o] === KIND_RESKILL ? 'reskill' : 'upskill';
    for (let j = cd.progStart[m.o]; j < cd.progStart[m.o + 1]; j++) {
      const p = cd.prog[j];
      const cost = pr.programs.cost[p];
      used[p * W + m.s]++;
      spend[p * W + m.s] += cost;
      enrolments.push({
        employeeId: pr.people.id[m.e],
        ref: pr.people.ref[m.e],
        programId: pr.programs.id[p],
        program: pr.programs.name[p],
        purpose,
        roleId: pr.cells.roleId[cd.cell[m.o]],
        startPeriod: m.s,
        startDate: start,
        endDate: addRealMonths(start, pr.programs.durationMonths[p]),
        cost,
      });
    }
  }
  enrolments.sort((a, b) => a.startPeriod - b.startPeriod || a.programId - b.programId || a.employeeId - b.employeeId);
  const seats: ProgramPeriodUse[] = [];
  for (let p = 0; p < nP; p++) {
    for (let k = 1; k <= T; k++) {
      if (used[p * W + k] === 0) continue;
      const limit = seatsAt(pr, p, k);
      seats.push({ programId: pr.programs.id[p], program: pr.programs.name[p], period: k, seatsUsed: used[p * W + k], seats: Number.isFinite(limit) ? limit : null, spend: spend[p * W + k] });
    }
  }
  const budget: BudgetBurn[] = [];
  let cumulative = 0;
  for (let k = 1; k <= T; k++) {
    let s = 0;
    for (let p = 0; p < nP; p++) s += spend[p * W + k];
    cumulative += s;
    budget.push({
      period: k,
      date: pr.dates[k],
      spend: s,
      cumulative,
      periodBudget: Number.isFinite(pr.budget.perPeriod) ? pr.budget.perPeriod : null,
      budget: Number.isFinite(pr.budget.total) ? pr.budget.total : null,
    });
  }
  return { enrolments, seats, budget };
}
