// The engine's worker thread: loads a compiled scenario once ('mc-load'), then computes ranges
// of Monte Carlo runs into shared buffers ('mc-runs') and summaries of column blocks
// ('mc-summary'); and solves workforce plans from inputs read on the main thread
// ('plan-compute', plan/run.ts). No I/O runs here.
import {
  createRunner,
  summariseColumns,
  type McBuffers,
  type McLayout,
  type McSettings,
} from '../scenario/montecarlo';
import type { CompiledModel } from '../scenario/types';
import type { ResolvedUncertainty } from '../scenario/uncertainty';
import { computePlan } from '../../plan/compute';
import type { PlanTask } from '../../plan/run';
import { serve } from './protocol';

let loaded: { key: string; run: ReturnType<typeof createRunner> } | null = null;

/** Progress messages are batched: one per this many runs. */
const PROGRESS_EVERY = 8;

serve({
  'mc-load': (p: { key: string; model: CompiledModel; uncertainty: ResolvedUncertainty; layout: McLayout }) => {
    loaded = { key: p.key, run: createRunner(p.model, p.uncertainty, p.layout) };
    return true;
  },
  'mc-unload': (p: { key: string }) => {
    if (loaded?.key === p.key) loaded = null;
    return true;
  },
  'mc-runs': (p: { key: string; seed: number; from: number; to: number; buffers: McBuffers }, ctx) => {
    if (!loaded || loaded.key !== p.key) throw new Error(`model ${p.key} is not loaded in this worker`);
    let pending = 0;
    const done = loaded.run(p.seed, p.from, p.to, p.buffers, ctx.cancel, () => {
      if (++pending === PROGRESS_EVERY) {
        ctx.progress(pending);
        pending = 0;
      }
    });
    if (pending > 0) ctx.progress(pending);
    return done;
  },
  'mc-summary': (p: { layout: McLayout; buffers: McBuffers; settings: McSettings; from: number; to: number }) =>
    summariseColumns(p.layout, p.buffers, p.settings, p.from, p.to),
  'plan-compute': (p: PlanTask) => computePlan({ ...p.read, started: performance.now() - p.readMs }, p.q),
});
