// Computes a plan for a query: cached inputs -> problem -> greedy reference -> LP (HiGHS, column
// generation) -> rounding -> assembly with reasons, ROI, objectives and binding constraints.
// The reported plan is the optimiser's, unless the greedy reference covers more demand or costs
// less at equal coverage (possible only through rounding): then the greedy plan is reported,
// with a warning, so the plan is never worse than the reference it is measured against.
// No I/O here: it runs in the engine's worker threads for the app (plan/run.ts) and in-process
// for the command line and the bench.
import type { ObjectiveOutcomeRow, PlanPersonRow, PlanQueryParsed, PlanResult } from '../../shared/plan-types';
import { assemble } from '../engine/plan/assemble';
import { planAssumptions } from '../engine/plan/assumptions';
import { shortfalls } from '../engine/plan/binding';
import { contractorCap, explainContractor, explainHire } from '../engine/plan/costs';
import { objectiveRows } from '../engine/plan/objectives';
import { problemFor } from '../engine/plan/problem';
import { personRow } from '../engine/plan/reasons';
import { programRows } from '../engine/plan/roi';
import type { PlanInputs } from './inputs';
import { optimise } from './optimise';

export interface PlanRun {
  result: PlanResult;
  people: PlanPersonRow[];
}

/** Everything a plan reads from the file, read synchronously (the command line closes the file before solving). */
export interface PlanRead {
  inputs: PlanInputs;
  cached: boolean;
  outcomes: ObjectiveOutcomeRow[];
  /** performance.now() when reading began (in the thread that computes: see plan/run.ts). */
  started: number;
}

/**
 * Every plan is solved from scratch (greedy seed, column generation). Measured and dropped: a
 * what-if starting from the previous query's basis (no faster, and could land on another of
 * several equally cheap plans, breaking "same query, same plan"), and starting every budget
 * what-if from the unconstrained plan's LP columns and basis (deterministic, 2-3 rounds instead
 * of 5-6, but the dual simplex then needs more iterations than the whole cold solve: the budget
 * row reshapes most of the optimum).
 */
export async function computePlan(read: PlanRead, q: PlanQueryParsed): Promise<PlanRun> {
  const { inputs, cached, started: t0 } = read;
  const base = inputs.base;
  const pr = problemFor(base, {
    minFit: q.minFit,
    budget: q.budget ?? null,
    periodBudget: q.periodBudget ?? null,
    seats: new Map(q.seats.map((s) => [s.programId, s.seats])),
  });
  const t1 = performance.now();
  const opt = await optimise(pr);
  const { lay, cols, solved, greedyEval } = opt;
  const sel = opt.selection;
  const ev = opt.evaluation;
  const greedyShort = opt.greedyShortfall;
  const warnings = [...base.warnings];
  if (opt.usedGreedy) warnings.push('Rounding the optimiser made its plan worse than the greedy reference, so the greedy plan is shown.');
  const asm = assemble(lay, cols, sel, ev);
  const people = asm.decisions.map((d) => personRow({ lay, cols, currency: inputs.currency, headsSurplus: asm.headsSurplus, headsBeforeRelease: asm.headsBeforeRelease }, d));
  const objectivesOf = (programId: number) => inputs.objectives.filter((o) => o.programIds.includes(programId)).map((o) => o.id);
  const programs = programRows(lay, cols, sel, objectivesOf);
  const objectives = objectiveRows(pr, inputs.objectives, programs, inputs.body, read.outcomes);
  const gaps = shortfalls(lay, cols, ev, sel.contractors);
  for (let c = 0; c < pr.cells.C; c++) {
    const x = solved.shortfall.unmatched[c];
    if (x >= 0.05) warnings.push(`${pr.cells.role[c]}: ${x.toFixed(1)} heads above demand at the horizon arrive through the scenario's natural moves, not from today's people, so nobody can be named for release; they stay.`);
  }

  const { T, W } = lay;
  const sum = (f: (c: number, k: number) => number) => {
    let s = 0;
    for (let c = 0; c < pr.cells.C; c++) for (let k = 1; k <= T; k++) s += f(c, k);
    return s;
  };
  const count = (a: string) => people.filter((p) => p.action === a).length;
  const upFte = asm.mix.reduce((a, r) => a + r.upskill, 0);
  const reFte = asm.mix.reduce((a, r) => a + r.reskill, 0);
  const unit = inputs.compiled.meta.unit;
  const result: PlanResult = {
    scenario: { id: inputs.scenario.id, name: inputs.scenario.name, version: inputs.scenario.version, periodUnit: unit, periods: T, startDate: pr.dates[0] },
    query: q,
    currency: inputs.currency,
    status: gaps.length > 0 ? 'infeasible' : 'optimal',
    periods: Array.from({ length: T }, (_, i) => ({ period: i + 1, startDate: pr.dates[i], date: pr.dates[i + 1] })),
    totals: {
      cost: ev.cost.total,
      byOption: { build: ev.cost.upskill + ev.cost.reskill, buy: ev.cost.buy, borrow: ev.cost.borrow, bot: ev.cost.bot, release: ev.cost.release },
      upskill: ev.cost.upskill,
      reskill: ev.cost.reskill,
      fte: {
        build: upFte + reFte,
        upskill: upFte,
        reskill: reFte,
        buy: sum((c, k) => sel.hires[c * W + k]),
        borrow: sum((c, k) => sel.contractors[c * W + k]) / T,
        bot: Array.from({ length: pr.cells.C }, (_, c) => pr.cells.automation[c * W + T]).reduce((a, b) => a + b, 0),
        release: sel.releases.reduce((a, e) => a + pr.people.fte[e], 0),
      },
      learningSpend: ev.feesByPeriod.reduce((a, b) => a + b, 0),
      lpBound: solved.lowerBound + ev.cost.bot,
      greedyCost: greedyEval.cost.total,
      greedyShortfallFte: greedyShort,
    },
    peopleSummary: { upskill: count('upskill'), reskill: count('reskill'), none: count('none'), atRisk: count('at-risk'), release: sel.releases.length },
    mix: asm.mix.filter((r) => r.demand > 1e-9 || r.naturalSupply > 1e-9 || r.build + r.buy + r.borrow + r.release > 0 || r.cost.total > 0),
    learning: { enrolments: asm.enrolments, seats: asm.seats, budget: asm.budget },
    programs,
    objectives,
    shortfalls: gaps,
    costs: Array.from({ length: pr.cells.C }, (_, c) => ({
      roleId: pr.cells.roleId[c],
      role: pr.cells.role[c],
      locationId: pr.cells.locationId[c],
      location: pr.cells.location[c],
      loadedCost: pr.cells.loadedCost[c],
      hire: explainHire(pr, c),
      contractorPerPeriod: explainContractor(pr, c),
      contractorCapFte: contractorCap(pr, c, T),
      severanceAverage: averageSeverance(pr.people.cell, cols.severance, c),
    })),
    assumptions: planAssumptions(pr, cols.step),
    warnings,
    solver: {
      people: pr.people.P,
      candidates: pr.candidates.kind.length,
      columns: solved.columns,
      potentialColumns: cols.potential(),
      rows: solved.rows,
      rounds: solved.rounds,
      fractional: solved.fractional,
      cached,
      ms: { prepare: t1 - t0 + opt.ms.prepare, greedy: opt.ms.greedy, lp: solved.ms.lp, rounding: solved.ms.rounding, total: performance.now() - t0 },
    },
  };
  return { result, people };
}

function averageSeverance(cell: Int32Array, sev: Float64Array, c: number): number {
  let s = 0;
  let n = 0;
  for (let e = 0; e < cell.length; e++) if (cell[e] === c) (s += sev[e]), n++;
  return n > 0 ? s / n : 0;
}
