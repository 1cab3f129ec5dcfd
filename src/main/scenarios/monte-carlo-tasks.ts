// Monte Carlo as background tasks: `start` returns a task id at once and the runs proceed on the
// process's worker pool (created on first use, kept for the session: starting workers costs more
// than a typical run). Progress goes out as `progress` events under the task id, the last one
// with `finished: true`; the caller then asks for the result, or cancels. The worker holds one
// loaded model at a time, so runs are queued one after another. Results for a saved version are
// cached like deterministic runs (same key, seed, runs and target under the same data state).
import { randomUUID } from 'node:crypto';
import type { ProgressEvent } from '../../shared/events';
import { AppError } from '../../shared/result';
import type { Band, MonteCarloResult, MonteCarloTask } from '../../shared/scenario-types';
import { runMonteCarloParallel } from '../engine/parallel/monte-carlo';
import { WorkerPool } from '../engine/parallel/pool';
import { describeUncertainty, monteCarloSettings, TOTALS, type Bands, type McSummary } from '../engine/scenario';
import type { ResultCache } from './cache';
import { round2, round4 } from './views';
import type { Run } from './workbench';

let pool: WorkerPool | null = null;

/** The process's engine worker pool. */
export function scenarioPool(): WorkerPool {
  if (!pool) pool = new WorkerPool();
  return pool;
}

/** Stops the pool's workers (app quit, end of a CLI command, tests). */
export async function closeScenarioPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}

/** Everything a result view needs, kept after the run (labels and dates from the compile). */
export interface McOutcome {
  summary: McSummary;
  dates: string[];
  roles: { id: number; title: string }[];
  distributions: MonteCarloResult['distributions'];
}

interface TaskState {
  id: string;
  status: MonteCarloTask['status'];
  progress: MonteCarloTask['progress'];
  cached: boolean;
  error?: string;
  outcome?: McOutcome;
  abort: AbortController;
  done: Promise<void>;
}

/** Finished tasks kept for their result; the oldest finished go first. */
const KEEP_FINISHED = 16;
const tasks = new Map<string, TaskState>();
let queue: Promise<unknown> = Promise.resolve();

function prune(): void {
  const finished = [...tasks.values()].filter((t) => t.status !== 'running');
  for (const t of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) tasks.delete(t.id);
}

export interface StartRequest {
  run: Run;
  runs: number;
  seed: number;
  targetPeriod: number;
  /** Cache and key for a saved version; absent for an unsaved body. */
  cache?: { cache: ResultCache; key: string };
  label: string;
  emit(e: ProgressEvent): void;
}

const outcomeOf = (run: Run, summary: McSummary): McOutcome => ({
  summary,
  dates: run.cs.meta.dates,
  roles: run.cs.baseline.data.roles.map((r) => ({ id: r.id, title: r.title })),
  distributions: describeUncertainty(monteCarloSettings(run.cs.body, { runs: 1, seed: 0 }).uncertainty),
});

export function startMonteCarlo(req: StartRequest): { taskId: string; cached: boolean } {
  const id = `mc:${randomUUID()}`;
  const abort = new AbortController();
  const settings = monteCarloSettings(req.run.cs.body, { runs: req.runs, seed: req.seed, targetPeriod: req.targetPeriod });
  const cacheKey = req.cache ? `mc:${req.cache.key}|${req.runs}|${settings.seed}|${req.targetPeriod}` : null;
  const hit = cacheKey ? req.cache!.cache.get<McOutcome>(cacheKey) : undefined;
  const startStamp = req.cache?.cache.currentStamp;
  const state: TaskState = {
    id,
    status: hit ? 'done' : 'running',
    progress: hit ? { phase: 'done', done: req.runs, total: req.runs } : { phase: 'queued', done: 0, total: req.runs },
    cached: Boolean(hit),
    outcome: hit,
    abort,
    done: Promise.resolve(),
  };
  tasks.set(id, state);
  prune();
  const finish = (label: string) => req.emit({ taskId: id, label, done: state.progress.done, total: state.progress.total, finished: true });
  if (hit) {
    queueMicrotask(() => finish(`${req.label}: done (cached)`));
    return { taskId: id, cached: true };
  }
  let lastPercent = -1;
  const work = async () => {
    if (abort.signal.aborted) throw new AppError('cancelled', 'The run was cancelled.');
    const summary = await runMonteCarloParallel(req.run.cs.model, settings, {
      pool: scenarioPool(),
      signal: abort.signal,
      onProgress: (p) => {
        state.progress = { phase: p.phase, done: p.phase === 'runs' ? p.done : req.runs, total: req.runs };
        // At most one event per percent: a thousand runs need no thousand messages.
        const percent = Math.floor((100 * p.done) / p.total);
        if (p.phase === 'runs' && percent !== lastPercent) {
          lastPercent = percent;
          req.emit({ taskId: id, label: req.label, done: p.done, total: p.total });
        }
      },
    });
    return outcomeOf(req.run, summary);
  };
  const next = queue.then(work);
  queue = next.catch(() => undefined);
  state.done = next.then(
    (outcome) => {
      state.outcome = outcome;
      state.status = 'done';
      state.progress = { phase: 'done', done: req.runs, total: req.runs };
      if (cacheKey) req.cache!.cache.setIfStamp(startStamp!, cacheKey, outcome);
      finish(`${req.label}: done`);
    },
    (e: unknown) => {
      const cancelled = e instanceof AppError && e.kind === 'cancelled';
      state.status = cancelled ? 'cancelled' : 'failed';
      state.error = cancelled ? 'The run was cancelled.' : e instanceof Error ? e.message : String(e);
      finish(`${req.label}: ${cancelled ? 'cancelled' : 'failed'}`);
    },
  );
  return { taskId: id, cached: false };
}

function task(taskId: string): TaskState {
  const t = tasks.get(taskId);
  if (!t) throw new AppError('not-found', `There is no Monte Carlo task ${taskId} (results are kept for the ${KEEP_FINISHED} most recent runs).`);
  return t;
}

/** Asks a running task to stop; false when it already finished. */
export function cancelMonteCarlo(taskId: string): boolean {
  const t = task(taskId);
  if (t.status !== 'running') return false;
  t.abort.abort();
  return true;
}

/** Resolves when the task has finished (tests and the command line wait on it). */
export async function waitForMonteCarlo(taskId: string): Promise<void> {
  await task(taskId).done;
}

const band = (b: Bands, idx: (k: number) => number, P: number, r: (x: number) => number = round4): Band => ({
  p10: Array.from({ length: P }, (_, k) => r(b.p10[idx(k)])),
  p50: Array.from({ length: P }, (_, k) => r(b.p50[idx(k)])),
  p90: Array.from({ length: P }, (_, k) => r(b.p90[idx(k)])),
});

/** The result view: totals, and per role (all, a subset, or none) the bands and probabilities. */
export function monteCarloView(o: McOutcome, opts: { roleIds?: number[]; totalsOnly?: boolean } = {}): MonteCarloResult {
  const s = o.summary;
  const P = s.T + 1;
  const keep = opts.roleIds ? new Set(opts.roleIds) : null;
  const roles = opts.totalsOnly
    ? []
    : o.roles.flatMap((role, r) =>
        keep && !keep.has(role.id)
          ? []
          : [
              {
                roleId: role.id,
                role: role.title,
                supply: band(s.supply, (k) => k * s.R + r, P),
                demand: band(s.demand, (k) => k * s.R + r, P),
                gap: band(s.gap, (k) => k * s.R + r, P),
                pClosed: round4(s.pClosed[r]),
                pNoShortage: round4(s.pNoShortage[r]),
              },
            ],
      );
  const totals = Object.fromEntries(TOTALS.map((m) => [m, band(s.totals[m], (k) => k, P, m === 'payroll' || m === 'hiringCost' ? round2 : round4)])) as MonteCarloResult['totals'];
  return {
    runs: s.runs,
    seed: s.seed,
    dates: o.dates,
    targetPeriod: s.targetPeriod,
    targetDate: o.dates[s.targetPeriod],
    tolerance: s.tolerance,
    distributions: o.distributions,
    totals,
    roles,
  };
}

export function monteCarloStatus(taskId: string, view: { roleIds?: number[]; totalsOnly?: boolean } = {}): MonteCarloTask {
  const t = task(taskId);
  return {
    taskId,
    status: t.status,
    progress: t.progress,
    cached: t.cached,
    ...(t.error ? { error: t.error } : {}),
    ...(t.outcome ? { result: monteCarloView(t.outcome, view) } : {}),
  };
}

/** The summary of a finished task (the command line prints per-role rows from it). */
export function monteCarloOutcome(taskId: string): McOutcome | undefined {
  return task(taskId).outcome;
}
