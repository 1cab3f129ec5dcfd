// Public surface of the scenario engine (issue 5). Pure functions over plain data:
//   data (loader) -> prepareBaseline -> compileScenario(body, options) -> project / Monte Carlo
//   -> rollup / skillsGap / explain / careers / tornado / goal-seek.
// The baseline is prepared once per engagement load; a what-if change recompiles only the
// scenario (milliseconds) and reruns it.
import type { ScenarioBody } from '../../../shared/domain/scenario';
import type { Baseline } from './baseline';
import { compileScenario, type CompiledScenario } from './compile';
import { project } from './kernel';
import type { McSettings, McSummary } from './montecarlo';
import { rollup, seriesRows, type GroupBy } from './rollup';
import type { CompileOptions, Projection, WorkforceData } from './types';
import { resolveUncertainty } from './uncertainty';

export * from './types';
export { prepareBaseline, type Baseline } from './baseline';
export { compileScenario, type CompiledScenario, type ScenarioMeta } from './compile';
export { project, simulate, allocProjection, allocScratch, unitParams } from './kernel';
export { rollup, seriesRows, totalCost, type Series, type SeriesRow, type GroupBy, type Measure } from './rollup';
export { skillsGap, type SkillsGapSeries } from './skills';
export { careerPaths, type CareerPaths } from './careers';
export { explain, type ExplainTarget, type Figure } from './explain';
export { calibrateFromMoves, type Calibration } from './calibration';
export { periodLeaveProbability, convertRow } from './periods';
export { sCurve, linearAdoption, rampShare } from './curves';
export { runMonteCarlo, mcLayout, type McSettings, type McSummary, type Bands, TOTALS } from './montecarlo';
export { DEFAULT_UNCERTAINTY, ZERO_UNCERTAINTY, resolveUncertainty, describeUncertainty, type ResolvedUncertainty } from './uncertainty';
export { listLevers, leverInfo, withLever, type Lever, type LeverInfo, type Setting } from './levers';
export { tornado, goalSeek, metricValue, evaluate, type Metric, type Tornado, type GoalSeekResult } from './sensitivity';

/** The built-in 'baseline' scenario: no changes, over the engagement's horizon. */
export function baselineBody(
  data: WorkforceData,
  opts: { periods?: number; periodUnit?: ScenarioBody['periodUnit']; hiring?: ScenarioBody['hiring']; horizonMonths?: number } = {},
): ScenarioBody {
  const unit = opts.periodUnit ?? 'month';
  const perPeriod = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  return {
    startDate: data.asOfDate,
    periodUnit: unit,
    periods: opts.periods ?? Math.max(1, Math.ceil((opts.horizonMonths ?? 18) / perPeriod)),
    hiring: opts.hiring ?? 'replace',
    assumptions: [],
    changes: [],
  };
}

export function runScenario(b: Baseline, body: ScenarioBody, options: CompileOptions = {}): { compiled: CompiledScenario; projection: Projection } {
  const compiled = compileScenario(b, body, options);
  return { compiled, projection: project(compiled.model) };
}

/** The first period whose end date is on or after `iso` (the horizon if none): for target dates. */
export function periodOf(dates: string[], iso: string): number {
  const k = dates.findIndex((d) => d >= iso);
  return k < 0 ? dates.length - 1 : k;
}

/** Monte Carlo settings from the scenario's own uncertainty block. */
export function monteCarloSettings(body: ScenarioBody, q: { runs: number; seed: number; targetPeriod?: number }): McSettings {
  return { runs: q.runs, seed: q.seed >>> 0, uncertainty: resolveUncertainty(body.uncertainty), targetPeriod: q.targetPeriod };
}

export interface ScenarioRow {
  period: number;
  date: string;
  roleId: number | null;
  role: string;
  supply: number;
  demand: number;
  gap: number;
  hires: number;
  exits: number;
  movesIn: number;
  movesOut: number;
  /** With Monte Carlo: P10/P50/P90 of supply, demand and gap. */
  bands?: { supply: [number, number, number]; demand: [number, number, number]; gap: [number, number, number] };
}

/** Per period and role (or another grouping): what `scenario run` prints. */
export function scenarioRows(cs: CompiledScenario, p: Projection, mc?: McSummary, by: GroupBy = 'role'): ScenarioRow[] {
  const series = rollup(cs, p, by);
  return seriesRows(series, cs.meta.dates).map((r) => {
    const row: ScenarioRow = {
      period: r.period,
      date: r.date,
      roleId: r.key,
      role: r.label,
      supply: r.supply,
      demand: r.demand,
      gap: r.gap,
      hires: r.hires,
      exits: r.exits,
      movesIn: r.movesIn,
      movesOut: r.movesOut,
    };
    if (mc && by === 'role' && r.key !== null) {
      const j = r.period * mc.R + cs.baseline.roleIndex.get(r.key)!;
      const t = (b: McSummary['supply']): [number, number, number] => [b.p10[j], b.p50[j], b.p90[j]];
      row.bands = { supply: t(mc.supply), demand: t(mc.demand), gap: t(mc.gap) };
    }
    return row;
  });
}
