// The Monte Carlo task of the scenario on screen: started with a run count and a seed, followed
// by `progress` events under its task id (the last one says finished), then its result is
// fetched; or it is cancelled. One task at a time; its result belongs to the version (or the
// unsaved body) it was run on, and is shown only while that is what the screen shows.
import { create } from 'zustand';
import type { ScenarioBody } from '../../../shared/domain/scenario';
import type { ApiError } from '../../../shared/result';
import type { MonteCarloResult, ScenarioId } from '../../../shared/scenario-types';
import { asApiError, call, getClient } from '../../api/client';

export interface McTarget {
  scenarioId: ScenarioId;
  version?: number;
  body?: ScenarioBody;
  /** Period at which "gap closed" is judged (default: the horizon). */
  targetPeriod?: number;
}

export interface McTask {
  taskId: string | null;
  /** What the task runs on (see resultKey). */
  key: string;
  runs: number;
  seed: number;
  status: 'starting' | 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  cancelling: boolean;
}

interface McState {
  task: McTask | null;
  result: MonteCarloResult | null;
  resultKey: string | null;
  error: ApiError | null;
  start(target: McTarget, key: string, runs: number, seed: number): Promise<void>;
  cancel(): Promise<void>;
  reset(): void;
}

let unsubscribe: (() => void) | null = null;
let safety: ReturnType<typeof setInterval> | null = null;
/** Bumped by every start and reset: answers for an older task are dropped. */
let generation = 0;

function stopListening() {
  unsubscribe?.();
  unsubscribe = null;
  if (safety) clearInterval(safety);
  safety = null;
}

const initial = { task: null, result: null, resultKey: null, error: null };

export const useMonteCarloStore = create<McState>()((set, get) => {
  /** Reads the task's state; when finished, keeps its result (or its failure). */
  async function settle(taskId: string, gen: number) {
    let t;
    try {
      t = await call('scenarioMonteCarloResult', { taskId });
    } catch (e) {
      if (gen === generation) {
        stopListening();
        set((s) => ({ task: s.task && { ...s.task, status: 'failed' }, error: asApiError(e) }));
      }
      return;
    }
    const task = get().task;
    if (gen !== generation || !task || task.taskId !== taskId) return;
    if (t.status === 'running') {
      set({ task: { ...task, done: Math.max(task.done, t.progress.done), total: t.progress.total } });
      return;
    }
    stopListening();
    if (t.status === 'done' && t.result) {
      set({ task: { ...task, status: 'done', done: t.progress.total, total: t.progress.total, cancelling: false }, result: t.result, resultKey: task.key, error: null });
    } else {
      set({
        task: { ...task, status: t.status === 'cancelled' ? 'cancelled' : 'failed', cancelling: false },
        error: t.status === 'failed' ? { kind: 'internal', message: t.error ?? 'The Monte Carlo run failed.' } : null,
      });
    }
  }

  return {
    ...initial,

    async start(target, key, runs, seed) {
      stopListening();
      const gen = ++generation;
      set({ task: { taskId: null, key, runs, seed, status: 'starting', done: 0, total: runs, cancelling: false }, error: null });
      // Listen before starting: a short run can finish before the start call returns.
      const early: { taskId: string; finished: boolean }[] = [];
      unsubscribe = getClient().on('progress', (e) => {
        const task = get().task;
        if (gen !== generation) return;
        if (!task?.taskId) {
          early.push({ taskId: e.taskId, finished: Boolean(e.finished) });
          return;
        }
        if (e.taskId !== task.taskId) return;
        if (e.finished) void settle(task.taskId, gen);
        else set({ task: { ...task, status: 'running', done: e.done, total: e.total } });
      });
      let started;
      try {
        started = await call('scenarioMonteCarloStart', { ...target, runs, seed });
      } catch (e) {
        if (gen === generation) {
          stopListening();
          set({ task: null, error: asApiError(e) });
        }
        return;
      }
      if (gen !== generation) return;
      const task = get().task!;
      set({ task: { ...task, taskId: started.taskId, status: 'running' } });
      if (started.cached || early.some((x) => x.taskId === started.taskId && x.finished)) {
        await settle(started.taskId, gen);
        return;
      }
      // Events can be lost (a dropped stream): ask now and then as well.
      safety = setInterval(() => void settle(started.taskId, gen), 2000);
      await settle(started.taskId, gen);
    },

    async cancel() {
      const task = get().task;
      if (!task?.taskId || (task.status !== 'running' && task.status !== 'starting')) return;
      set({ task: { ...task, cancelling: true } });
      try {
        const { cancelled } = await call('scenarioMonteCarloCancel', { taskId: task.taskId });
        if (!cancelled) await settle(task.taskId, generation);
      } catch (e) {
        set({ error: asApiError(e) });
      }
    },

    reset() {
      generation++;
      stopListening();
      set(initial);
    },
  };
});
