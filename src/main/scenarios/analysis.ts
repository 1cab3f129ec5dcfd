// Levers, sensitivity (tornado), goal-seek and "why this number" on a target (a saved version or
// an unsaved body) over the cached baseline. Tornado and goal-seek rerun the scenario a few dozen
// times (milliseconds each); for a saved version their answers are cached like runs.
import type { z } from 'zod';
import type { ExplanationView, GoalSeekView, LeverView, Metric as MetricInput, TornadoView } from '../../shared/scenario-types';
import { AppError } from '../../shared/result';
import type { ReadableDB } from '../db/types';
import { explain, goalSeek, listLevers, tornado, type Figure, type Lever, type Metric, type Setting } from '../engine/scenario';
import { resolveTarget, runTarget, workbench, type Target, type Workbench } from './workbench';

type MetricIn = z.infer<typeof MetricInput>;

function settingOf(wb: Workbench, body: Setting['body']): Setting {
  return { body, options: {}, defaults: { salaryInflation: wb.data.costs.salaryInflation, recruitingShare: wb.data.costs.recruitingShareOfSalary } };
}

/** Levers the target offers, with their current values and ranges (sliders). */
export function leversOf(db: ReadableDB, t: Target): LeverView[] {
  const wb = workbench(db);
  const target = resolveTarget(db, wb, t);
  return listLevers(settingOf(wb, target.body));
}

/** By default the tornado measures the net gap at the horizon and the total cost. */
export const DEFAULT_METRICS: MetricIn[] = [{ kind: 'total-gap' }, { kind: 'cost', part: 'total' }];

export function tornadoOf(db: ReadableDB, t: Target & { metrics?: MetricIn[]; delta: number; levers?: Lever[] }): TornadoView & { cached: boolean } {
  const wb = workbench(db);
  const target = resolveTarget(db, wb, t);
  const metrics = (t.metrics ?? DEFAULT_METRICS) as Metric[];
  const compute = () => tornado(wb.baseline, settingOf(wb, target.body), metrics, { delta: t.delta, levers: t.levers });
  if (target.key === null) return { ...compute(), cached: false };
  const { value, cached } = wb.cache.getOrCompute(`tornado:${target.key}|${JSON.stringify([metrics, t.delta, t.levers ?? null])}`, compute);
  return { ...value, cached };
}

export function goalSeekOf(db: ReadableDB, t: Target & { lever: Lever; metric: MetricIn; target: number; range?: [number, number] }): GoalSeekView {
  const wb = workbench(db);
  const target = resolveTarget(db, wb, t);
  const compute = () => goalSeek(wb.baseline, settingOf(wb, target.body), { lever: t.lever, metric: t.metric as Metric, target: t.target, range: t.range });
  if (target.key === null) return compute();
  return wb.cache.getOrCompute(`goal:${target.key}|${JSON.stringify([t.lever, t.metric, t.target, t.range ?? null])}`, compute).value;
}

export function explainOf(db: ReadableDB, t: Target & { figure: Figure; roleId?: number; cell?: number; total?: boolean; period: number }): ExplanationView {
  const { run } = runTarget(db, t);
  if (t.cell !== undefined && t.cell >= run.cs.model.C) throw new AppError('not-found', `There is no cell ${t.cell}: this scenario has ${run.cs.model.C} (role, location, unit) cells.`);
  return explain(run.cs, run.p, { figure: t.figure, period: t.period, roleId: t.roleId, cell: t.cell, total: t.total });
}
