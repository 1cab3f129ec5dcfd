// Compiles a scenario body over a prepared baseline into the dense model a run reads. The model
// holds only typed arrays and numbers (it is posted to worker threads as is); everything needed
// to label and explain results stays in `meta` on the main thread.
import type { ScenarioBody } from '../../../shared/domain/scenario';
import type { Baseline } from './baseline';
import { MONTHS_PER_PERIOD, DAYS_PER_MONTH, periodDates, type PeriodUnit } from './calendar';
import { buildCells, destinationWeights, scopeMatcher, unitAncestors, type CellSet } from './cells';
import { compileDemand, type AutomationMeta, type MarketMeta } from './compile-demand';
import { compileHiring, type TtfSource } from './compile-hiring';
import type { CompileOptions, CompiledModel, ExitSource, MoveSource, ScenarioRequirement } from './types';

export interface ScenarioMeta {
  startDate: string;
  unit: PeriodUnit;
  /** End date of each period k = 0..T. */
  dates: string[];
  cells: CellSet;
  exitSource: (ExitSource | 'scenario override')[];
  moveSource: MoveSource[];
  ttfSource: TtfSource[];
  costSource: string[];
  automation: AutomationMeta[];
  markets: MarketMeta[];
  /** Requirements the scenario adds, for the gap analysis. */
  requirements: ScenarioRequirement[];
  warnings: string[];
}

export interface CompiledScenario {
  model: CompiledModel;
  meta: ScenarioMeta;
  baseline: Baseline;
  body: ScenarioBody;
  options: CompileOptions;
}

export function compileScenario(b: Baseline, body: ScenarioBody, options: CompileOptions = {}): CompiledScenario {
  const unit = body.periodUnit as PeriodUnit;
  const mpp = MONTHS_PER_PERIOD[unit];
  const T = body.periods;
  const dates = periodDates(body.startDate, unit, T);
  const ancestors = unitAncestors(b);
  const cells = buildCells(b, body);
  const C = cells.C;
  const warnings = [...b.warnings];

  // Per-cell annual rates: the role's, with attrition overrides (the attrition part is replaced,
  // retirement kept) and the global attrition multiplier; exits are capped so a row stays <= 1.
  const rates = b.rates;
  const exitAnnual = new Float64Array(C);
  const retireAnnual = new Float64Array(C);
  const exitSource: ScenarioMeta['exitSource'] = new Array(C);
  const overrides = body.changes
    .filter((ch) => ch.type === 'attrition')
    .map((ch) => ({ rate: ch.annualRate, match: scopeMatcher(b, cells, ch.scope, ancestors) }));
  const scale = options.attritionScale ?? 1;
  const edges: [number, number, number][] = [];
  const edgeStart = new Int32Array(C + 1);
  // Cells at the same location and unit share their destinations: computed once per target role.
  const landing = new Map<string, [number, number][]>();
  for (let c = 0; c < C; c++) {
    const r = cells.role[c];
    let moveTotal = 0;
    for (let e = rates.moveStart[r]; e < rates.moveStart[r + 1]; e++) {
      const key = `${cells.location[c]}:${cells.unit[c]}:${rates.moveTo[e]}`;
      let dests = landing.get(key);
      if (!dests) landing.set(key, (dests = destinationWeights(cells, c, rates.moveTo[e])));
      for (const [dest, w] of dests) {
        if (w > 0) edges.push([c, dest, rates.moveRate[e] * w]);
      }
      moveTotal += rates.moveRate[e];
    }
    edgeStart[c + 1] = edges.length;
    let override: (typeof overrides)[number] | undefined;
    for (const o of overrides) if (o.match(c)) override = o;
    retireAnnual[c] = rates.retire[r];
    const exit = override ? override.rate + rates.retire[r] : rates.exit[r];
    exitSource[c] = override ? 'scenario override' : rates.exitSource[r];
    exitAnnual[c] = Math.max(0, Math.min(exit * scale, 1 - moveTotal));
    retireAnnual[c] = Math.min(retireAnnual[c] * scale, exitAnnual[c]);
  }

  const demand = compileDemand(b, cells, body, mpp, ancestors);
  const rampCells = new Set(demand.rampCell);
  const hiring = compileHiring(b, cells, body, demand.markets, rampCells, dates, mpp, ancestors, options);
  const salaryChange = body.changes.filter((ch) => ch.type === 'salary-inflation').pop();
  const fpp = Float64Array.from(cells.heads, (h, c) => (h > 0 ? cells.fte[c] / h : 1));

  const model: CompiledModel = {
    T,
    C,
    R: b.data.roles.length,
    L: b.data.locations.length,
    monthsPerPeriod: mpp,
    daysPerPeriod: mpp * DAYS_PER_MONTH,
    cellRole: Int32Array.from(cells.role),
    cellLocation: Int32Array.from(cells.location),
    cellUnit: Int32Array.from(cells.unit),
    n0: Float64Array.from(cells.heads),
    fpp,
    costPerFte: hiring.costPerFte,
    exitAnnual,
    retireAnnual,
    edgeStart,
    edgeTo: Int32Array.from(edges, (e) => e[1]),
    edgeAnnual: Float64Array.from(edges, (e) => e[2]),
    cellFamily: Int32Array.from(cells.role, (r) => b.roleFamily[r]),
    families: b.families.length,
    demandBase: demand.demandBase,
    growth: demand.growth,
    autoCurve: demand.autoCurve,
    autoTarget: demand.autoTarget,
    autoMid: demand.autoMid,
    autoSteep: demand.autoSteep,
    autoStart: demand.autoStart,
    autoEnd: demand.autoEnd,
    autoCellStart: demand.autoCellStart,
    autoCellChange: demand.autoCellChange,
    autoCellWeight: demand.autoCellWeight,
    rampCell: demand.rampCell,
    rampChange: demand.rampChange,
    rampTarget: demand.rampTarget,
    rampLaunch: demand.rampLaunch,
    rampMonths: demand.rampMonths,
    rampCurve: demand.rampCurve,
    rampInternal: demand.rampInternal,
    rampSrcStart: demand.rampSrcStart,
    rampSrc: demand.rampSrc,
    transferCap: transferCap(body, options, mpp),
    newMarkets: demand.markets.length,
    policy: hiring.policy,
    recruitInto: hiring.recruitInto,
    ttfDays: hiring.ttfDays,
    capLoc: hiring.capLoc,
    capacity: hiring.capacity,
    frozen: hiring.frozen,
    inflation: salaryChange?.annualRate ?? b.data.costs.salaryInflation,
    recruitingShare: options.recruitingShare ?? b.data.costs.recruitingShareOfSalary,
    investment: demand.investment,
  };
  const meta: ScenarioMeta = {
    startDate: body.startDate,
    unit,
    dates,
    cells,
    exitSource,
    moveSource: rates.moveSource,
    ttfSource: hiring.ttfSource,
    costSource: hiring.costSource,
    automation: demand.automation,
    markets: demand.markets,
    requirements: demand.requirements,
    warnings: [...warnings, ...demand.warnings],
  };
  return { model, meta, baseline: b, body, options };
}

/**
 * Most of a source cell that may transfer out in one period. One share for the whole scenario
 * (the smallest any new market sets, else the option, else 5% a month), compounded like an exit
 * rate so a month and a quarter grid allow the same over a year.
 */
function transferCap(body: ScenarioBody, options: CompileOptions, mpp: number): number {
  const shares = body.changes.flatMap((ch) => (ch.type === 'new-market' && ch.transferSharePerMonth !== undefined ? [ch.transferSharePerMonth] : []));
  const perMonth = shares.length ? Math.min(...shares) : options.transferSharePerMonth ?? 0.05;
  return 1 - (1 - perMonth) ** mpp;
}
