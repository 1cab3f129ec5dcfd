// What every scenario computation starts from, cached per engagement (cache.ts): the engine's
// inputs and prepared baseline (loaded once per data state, ~10 ms at 10,000 employees), the
// body a request names (a saved version, the built-in baseline, or an unsaved body) with the run
// options applied, and the deterministic run of it. A what-if preview therefore only compiles
// and runs the edited body over the cached baseline.
import type { ScenarioBody } from '../../shared/domain/scenario';
import { AppError } from '../../shared/result';
import type { RunOptions, ScenarioId } from '../../shared/scenario-types';
import { getMeta } from '../db/repos/engagement';
import { loadWorkforceData } from '../db/repos/scenario-inputs';
import type { ReadableDB } from '../db/types';
import { baselineBody, prepareBaseline, project, compileScenario, type Baseline, type CompiledScenario, type Projection, type WorkforceData } from '../engine/scenario';
import { cacheFor, type ResultCache } from './cache';
import { BASELINE, getVersionBody } from './repository';

export interface Workbench {
  data: WorkforceData;
  baseline: Baseline;
  horizonMonths: number;
  engagementName: string;
  cache: ResultCache;
}

/** The engagement's scenario inputs and prepared baseline, cached under the current data state. */
export function workbench(db: ReadableDB): Workbench {
  const cache = cacheFor(db);
  const { value } = cache.getOrCompute('baseline', () => {
    const data = loadWorkforceData(db);
    const meta = getMeta(db);
    return { data, baseline: prepareBaseline(data), horizonMonths: meta.horizonMonths, engagementName: meta.name };
  });
  return { ...value, cache };
}

/** The built-in baseline: today's workforce, no changes, over the engagement's horizon. */
export function builtInBaseline(wb: Workbench): ScenarioBody {
  return baselineBody(wb.data, { horizonMonths: wb.horizonMonths });
}

/** The body with the run's overrides; a new period unit keeps the horizon in months. */
export function applyRunOptions(body: ScenarioBody, o: RunOptions): ScenarioBody {
  if (o.periods === undefined && o.periodUnit === undefined && o.hiring === undefined) return body;
  const months = { month: 1, quarter: 3, year: 12 } as const;
  const unit = o.periodUnit ?? body.periodUnit;
  const periods = o.periods ?? Math.max(1, Math.min(120, Math.ceil((body.periods * months[body.periodUnit]) / months[unit])));
  return { ...body, periodUnit: unit, periods, hiring: o.hiring ?? body.hiring };
}

export interface Target {
  scenarioId: ScenarioId;
  version?: number;
  body?: ScenarioBody;
  options?: RunOptions;
}

export interface ResolvedTarget {
  id: ScenarioId | null;
  name: string;
  version: number | null;
  /** The body to run (options applied). */
  body: ScenarioBody;
  /** Cache key of this (version, options); null for an unsaved body, which is never cached. */
  key: string | null;
}

const optionsKey = (o: RunOptions = {}) => `${o.periods ?? ''}|${o.periodUnit ?? ''}|${o.hiring ?? ''}`;

export function resolveTarget(db: ReadableDB, wb: Workbench, t: Target): ResolvedTarget {
  const options = t.options ?? {};
  if (t.scenarioId === 'baseline') {
    if (t.version !== undefined) throw new AppError('validation', 'The built-in baseline has no versions.');
    const body = t.body ?? builtInBaseline(wb);
    return { id: 'baseline', name: BASELINE, version: null, body: applyRunOptions(body, options), key: t.body ? null : `baseline|${optionsKey(options)}` };
  }
  const stored = getVersionBody(db, t.scenarioId, t.version);
  return {
    id: t.scenarioId,
    name: stored.name,
    version: stored.version,
    body: applyRunOptions(t.body ?? stored.body, options),
    key: t.body ? null : `s${t.scenarioId}v${stored.version}|${optionsKey(options)}`,
  };
}

export interface Run {
  cs: CompiledScenario;
  p: Projection;
  computeMs: number;
}

export function runBody(wb: Workbench, body: ScenarioBody): Run {
  const t0 = performance.now();
  const cs = compileScenario(wb.baseline, body);
  const p = project(cs.model);
  return { cs, p, computeMs: performance.now() - t0 };
}

/** The deterministic run of a target: from the cache when its key was run under this data state. */
export function runTarget(db: ReadableDB, t: Target): { wb: Workbench; target: ResolvedTarget; run: Run; cached: boolean } {
  const wb = workbench(db);
  const target = resolveTarget(db, wb, t);
  if (target.key === null) return { wb, target, run: runBody(wb, target.body), cached: false };
  const { value, cached } = wb.cache.getOrCompute(`run:${target.key}`, () => runBody(wb, target.body));
  return { wb, target, run: value, cached };
}
