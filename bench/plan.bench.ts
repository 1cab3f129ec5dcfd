// Workforce plan budgets (issue 6, DESIGN.md section 6):
// - optimiser with 10,000 people x their 20 best target roles x 12 quarterly periods < 3 s: the
//   demo generator's 10,000-person engagement, its automation scenario on a 12-quarter grid;
//   reported as the solve (greedy + LP by column generation + rounding) with the input preparation
//   (natural projection, cost tables, candidates by fit) on its own line;
// - plan recomputation for the demo engagement (2,000 people) < 500 ms: a what-if on the budget
//   once the inputs are prepared (what the Plan screen does when a slider moves);
// and, for each, the LP cost against the greedy reference's. A stress line without a budget shows
// the 10,000-person solve with a third of the seats, when people queue for full programs.
import os from 'node:os';
import { createDemo } from '../src/main/demo';
import { openMemoryDb } from '../src/main/db/connection';
import { loadScenario } from '../src/main/db/repos/scenario-inputs';
import type { WritableDB } from '../src/main/db/types';
import { problemFor } from '../src/main/engine/plan/problem';
import { loadPlanInputs } from '../src/main/plan/inputs';
import { optimise } from '../src/main/plan/optimise';
import { computePlan } from '../src/main/plan/compute';
import { readPlan } from '../src/main/plan/run';
import { PlanQuery } from '../src/shared/plan-types';
import type { BenchContext, BenchSuite } from './harness';

const AUTOMATION = 'AI-assisted claims and back office';
const QUARTERLY = 'Automation, 12 quarters';
const money = (x: number) => Math.round(x).toLocaleString('en');
/** CPU milliseconds of this process since `from` (the solver is single-threaded: CPU ~ wall time on an idle machine). */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};
const load = () => os.loadavg()[0].toFixed(1);

function demo(employees: number): WritableDB {
  const db = openMemoryDb();
  createDemo(db, { employees, seed: 42 });
  return db;
}

/** The demo's automation scenario on 12 quarterly periods (36 months), saved as a new scenario. */
function addQuarterly(db: WritableDB): void {
  const body = { ...loadScenario(db, { name: AUTOMATION }).body, periodUnit: 'quarter' as const, periods: 12 };
  const id = Number(db.prepare(`INSERT INTO scenarios (name, kind, created_at) VALUES (?, 'automation', '2026-10-01')`).run(QUARTERLY).lastInsertRowid);
  db.prepare(`INSERT INTO scenario_versions (scenario_id, version, created_at, body) VALUES (?, 1, '2026-10-01', ?)`).run(id, JSON.stringify(body));
}

async function tenThousand(ctx: BenchContext): Promise<void> {
  const db = demo(10_000);
  addQuarterly(db);
  const t0 = performance.now();
  const inputs = loadPlanInputs(db, QUARTERLY, 20);
  const prepare = performance.now() - t0;
  const pr = problemFor(inputs.base, { minFit: 0.75, budget: null, periodBudget: null, seats: new Map() });
  let targets = 0;
  for (let o = 0; o < pr.candidates.kind.length; o++) if (pr.candidates.kind[o] === 1) targets++;
  // The first solve in a process also compiles HiGHS's WebAssembly: run it once untimed.
  await optimise(pr);
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const o = await optimise(pr);
  const solve = performance.now() - t1;
  const cpu = cpuSince(c1);
  const s = o.solved;
  ctx.report({
    name: `optimiser 10,000 people x 20 best targets x 12 quarters (solve)`,
    value: solve,
    unit: 'ms',
    budget: 3000,
    note: `CPU ${Math.round(cpu)} ms, load average ${load()}; ${pr.people.P.toLocaleString('en')} people, ${targets.toLocaleString('en')} reskill targets + ${(pr.candidates.kind.length - targets).toLocaleString('en')} upskill options; ${o.cols.potential().toLocaleString('en')} columns after pruning, ${s.columns.toLocaleString('en')} generated in ${s.rounds} rounds, ${s.rows.toLocaleString('en')} rows; ${fullSeatRows(o)} of ${o.lay.seatProgs.length * pr.T} seat rows full; LP ${Math.round(s.ms.lp)} ms, rounding ${Math.round(s.ms.rounding)} ms (${s.fractional} fractional), greedy ${Math.round(o.ms.greedy)} ms`,
  });
  ctx.report({ name: 'optimiser 10,000 people: input preparation (projection, costs, candidates)', value: prepare, unit: 'ms', note: 'once per scenario and data version; cached for what-ifs' });
  // Stress case, no budget: training seats a third as large (the catalogue's monthly seats read as
  // seats per quarter), so most programs are full in the early quarters and people queue for them.
  const tight = { ...pr, programs: { ...pr.programs, seats: pr.programs.seats.map((x) => x / 3) } };
  const t2 = performance.now();
  const st = await optimise(tight);
  ctx.report({
    name: 'optimiser 10,000 people, seats a third as large (stress case)',
    value: performance.now() - t2,
    unit: 'ms',
    note: `${fullSeatRows(st)} of ${st.lay.seatProgs.length * pr.T} seat rows full; ${st.solved.columns.toLocaleString('en')} columns generated in ${st.solved.rounds} rounds; LP ${Math.round(st.solved.ms.lp)} ms; LP cost ${money(st.solved.lpCost)}`,
  });
  ctx.report({
    name: 'optimiser 10,000 people: LP cost vs greedy cost',
    value: s.lpCost,
    unit: 'EUR',
    reference: { name: 'greedy', value: o.greedyEval.cost.total - o.greedyEval.cost.bot },
    note: `LP ${money(s.lpCost)} vs greedy ${money(o.greedyEval.cost.total - o.greedyEval.cost.bot)} (bot excluded); plan after rounding ${money(o.evaluation.cost.total - o.evaluation.cost.bot)}`,
  });
  db.close();
}

/** (program, start period) pairs whose seats the plan uses up. */
function fullSeatRows(o: Awaited<ReturnType<typeof optimise>>): number {
  const { pr, W } = o.lay;
  let n = 0;
  for (const p of o.lay.seatProgs) for (let s = 1; s <= pr.T; s++) if (o.evaluation.seatsUsed[p * W + s] >= pr.programs.seats[p] - 1e-6) n++;
  return n;
}

async function demoRecompute(ctx: BenchContext): Promise<void> {
  const db = demo(2000);
  const q = (budget: number | null) => PlanQuery.parse({ scenario: AUTOMATION, budget });
  const t0 = performance.now();
  const read = readPlan(db, q(null));
  const first = await computePlan(read, q(null));
  const cold = performance.now() - t0;
  // What-ifs on the budget: inputs prepared, each budget a new plan.
  const budgets = [1_500_000, 1_000_000, 750_000, 500_000, 250_000];
  const times: number[] = [];
  const cpus: number[] = [];
  let last = first;
  for (const b of budgets) {
    const c = process.cpuUsage();
    const t = performance.now();
    last = await computePlan({ ...readPlan(db, q(b)), started: t }, q(b));
    times.push(performance.now() - t);
    cpus.push(cpuSince(c));
  }
  const sorted = [...times].sort((a, b) => a - b);
  ctx.report({
    name: 'plan recomputation, demo (2,000 people, 18 months), budget what-if',
    value: sorted[sorted.length >> 1],
    unit: 'ms',
    budget: 500,
    note: `median of ${budgets.length} budgets (${times.map((x) => Math.round(x)).join(', ')} ms; CPU ${cpus.map((x) => Math.round(x)).join(', ')} ms; load average ${load()}); first plan incl. input preparation ${Math.round(cold)} ms`,
  });
  const t = first.result.totals;
  ctx.report({
    name: 'demo plan: LP cost vs greedy cost',
    value: t.lpBound,
    unit: 'EUR',
    reference: { name: 'greedy', value: t.greedyCost },
    note: `LP ${money(t.lpBound)} vs greedy ${money(t.greedyCost)}; plan ${money(t.cost)}; at budget 250,000: plan ${money(last.result.totals.cost)}, build ${money(last.result.totals.byOption.build)}, buy ${money(last.result.totals.byOption.buy)}`,
  });
  db.close();
}

export const planSuite: BenchSuite = {
  name: 'plan',
  async run(ctx) {
    await demoRecompute(ctx);
    await tenThousand(ctx);
  },
};
