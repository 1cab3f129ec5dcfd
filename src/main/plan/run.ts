// Plans for the API: read the inputs (cached per scenario and data version) on the main thread,
// solve in the engine's worker pool so the app's main process stays responsive (a demo plan
// takes about a second, a 10,000-person one about ten), and keep the last plans for paging.
import type { PlanQueryParsed } from '../../shared/plan-types';
import type { ReadableDB } from '../db/types';
import { scenarioPool } from '../scenarios/monte-carlo-tasks';
import { cachedPlan, planInputs } from './cache';
import type { PlanRead, PlanRun } from './compute';
import { listOutcomes } from './records';

export const queryKey = (q: PlanQueryParsed): string =>
  JSON.stringify([q.scenario.toLowerCase(), q.budget ?? null, q.periodBudget ?? null, q.minFit, [...q.seats].sort((a, b) => a.programId - b.programId), q.targetsPerPerson]);

export function runPlan(db: ReadableDB, q: PlanQueryParsed): Promise<PlanRun> {
  return cachedPlan(db, queryKey(q), () => computeInWorker(readPlan(db, q), q));
}

export function readPlan(db: ReadableDB, q: PlanQueryParsed): PlanRead {
  const started = performance.now();
  const { inputs, cached } = planInputs(db, q.scenario, q.targetsPerPerson);
  return { inputs, cached, outcomes: listOutcomes(db), started };
}

/** The payload of the worker's 'plan-compute' task (engine/parallel/worker.ts). */
export interface PlanTask {
  read: PlanRead;
  /** Time already spent reading, since clocks differ between threads. */
  readMs: number;
  q: PlanQueryParsed;
}

async function computeInWorker(read: PlanRead, q: PlanQueryParsed): Promise<PlanRun> {
  const task: PlanTask = { read, readMs: performance.now() - read.started, q };
  const [run] = await scenarioPool().run<PlanRun>([{ kind: 'plan-compute', payload: task }]);
  return run;
}
