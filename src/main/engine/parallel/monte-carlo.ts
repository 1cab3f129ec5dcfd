// Monte Carlo over a worker pool. Runs are split into chunks of consecutive run indices (run r
// always uses Rng(seed, r) and writes row r), then (period, role) columns into blocks; the
// summary is assembled in column order. Hence the same seed gives the same result with 1, 2 or
// N workers (tested), and equals runMonteCarlo on the calling thread.
import {
  allocBuffers,
  assembleSummary,
  mcLayout,
  type ColumnSummary,
  type McSettings,
  type McSummary,
} from '../scenario/montecarlo';
import type { CompiledModel } from '../scenario/types';
import type { WorkerPool } from './pool';

export interface McProgress {
  phase: 'runs' | 'summary';
  done: number;
  total: number;
}

export interface ParallelOptions {
  pool: WorkerPool;
  onProgress?: (p: McProgress) => void;
  signal?: AbortSignal;
}

let keys = 0;

export async function runMonteCarloParallel(model: CompiledModel, settings: McSettings, opts: ParallelOptions): Promise<McSummary> {
  const { pool } = opts;
  const layout = mcLayout(model, settings.runs);
  const buffers = allocBuffers(layout, true);
  const key = `mc-${process.pid}-${++keys}`;
  await pool.broadcast({ kind: 'mc-load', payload: { key, model, uncertainty: settings.uncertainty, layout } });
  try {
    // Several chunks per worker balance uneven chunks and give cancellation a fine grain.
    const chunk = Math.max(4, Math.ceil(settings.runs / (pool.size * 4)));
    const runTasks = [];
    for (let from = 0; from < settings.runs; from += chunk) {
      const to = Math.min(settings.runs, from + chunk);
      runTasks.push({ kind: 'mc-runs', payload: { key, seed: settings.seed, from, to, buffers } });
    }
    await pool.run<number>(runTasks, {
      signal: opts.signal,
      onProgress: (done) => opts.onProgress?.({ phase: 'runs', done, total: settings.runs }),
    });

    const columns = (layout.T + 1) * layout.R;
    const parts = Math.min(columns, pool.size * 2);
    const sumTasks = Array.from({ length: parts }, (_, i) => ({
      kind: 'mc-summary',
      payload: {
        layout,
        buffers,
        settings,
        from: Math.floor((i * columns) / parts),
        to: Math.floor(((i + 1) * columns) / parts),
      },
    }));
    let summarised = 0;
    const summaries = await pool.run<ColumnSummary>(sumTasks, { signal: opts.signal });
    for (const s of summaries) {
      summarised += s.to - s.from;
      opts.onProgress?.({ phase: 'summary', done: summarised, total: columns });
    }
    return assembleSummary(layout, buffers, settings, summaries);
  } finally {
    await pool.broadcast({ kind: 'mc-unload', payload: { key } }).catch(() => undefined);
  }
}
