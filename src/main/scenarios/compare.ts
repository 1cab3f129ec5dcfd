// Side-by-side comparison of up to four scenarios (the baseline among them if wanted): headline
// KPIs, organisation totals per period for the charts, and deltas against the built-in baseline
// run on each scenario's own period grid (start, unit, periods), so a 6-quarter scenario is
// compared with a 6-quarter baseline. The baseline keeps its own hiring policy: a scenario that
// changes the policy shows the effect of that choice in its deltas too.
import type { ComparisonRole, RunOptions, ScenarioComparison, ScenarioId, ScenarioKpis } from '../../shared/scenario-types';
import type { ReadableDB } from '../db/types';
import { rollup, type Series } from '../engine/scenario';
import { kpisOf, round2, round4, settingsOf } from './views';
import { builtInBaseline, runBody, runTarget, type Run, type Workbench } from './workbench';

const SERIES = ['supply', 'demand', 'gap', 'shortage', 'surplus', 'hires', 'exits', 'payroll', 'hiringCost'] as const;
const DELTAS = ['supply', 'demand', 'gap', 'shortage', 'payroll'] as const;

function baselineOnGrid(wb: Workbench, run: Run): Run {
  const { startDate, periodUnit, periods } = run.cs.body;
  return wb.cache.getOrCompute(`baseline-grid|${startDate}|${periodUnit}|${periods}`, () =>
    runBody(wb, { ...builtInBaseline(wb), startDate, periodUnit, periods }),
  ).value;
}

const column = (s: Series, m: (typeof SERIES)[number]) => {
  const r = m === 'payroll' || m === 'hiringCost' ? round2 : round4;
  return Array.from(s.values[m], r);
};

function minus(a: ScenarioKpis, b: ScenarioKpis): ScenarioKpis {
  const out = {} as ScenarioKpis;
  for (const k of Object.keys(a) as (keyof ScenarioKpis)[]) out[k] = k === 'payroll' || k === 'hiringCost' || k === 'investment' || k === 'totalCost' ? round2(a[k] - b[k]) : round4(a[k] - b[k]);
  return out;
}

/** Per role at each run's horizon: supply, demand, gap and their differences from the baseline. */
function roleDeltas(run: Run, base: Run): ComparisonRole[] {
  const s = rollup(run.cs, run.p, 'role');
  const b = rollup(base.cs, base.p, 'role');
  const baseAt = new Map(b.keys.map((key, g) => [key, g]));
  const at = (x: typeof s, m: 'supply' | 'demand' | 'gap', g: number) => (g < 0 ? 0 : x.values[m][x.T * x.G + g]);
  const out: ComparisonRole[] = [];
  s.keys.forEach((key, g) => {
    if (key === null) return;
    const h = baseAt.get(key) ?? -1;
    const mine = { supply: at(s, 'supply', g), demand: at(s, 'demand', g), gap: at(s, 'gap', g) };
    const theirs = { supply: at(b, 'supply', h), demand: at(b, 'demand', h), gap: at(b, 'gap', h) };
    if (mine.supply === 0 && mine.demand === 0 && theirs.supply === 0 && theirs.demand === 0) return;
    out.push({
      roleId: key,
      role: s.labels[g],
      supply: round4(mine.supply),
      demand: round4(mine.demand),
      gap: round4(mine.gap),
      delta: { supply: round4(mine.supply - theirs.supply), demand: round4(mine.demand - theirs.demand), gap: round4(mine.gap - theirs.gap) },
    });
  });
  return out;
}

export function compareScenarios(db: ReadableDB, refs: { scenarioId: ScenarioId; version?: number }[], options: RunOptions): ScenarioComparison {
  const warnings: string[] = [];
  const entries = refs.map((ref) => {
    const { wb, target, run } = runTarget(db, { ...ref, options });
    const base = target.id === 'baseline' ? run : baselineOnGrid(wb, run);
    const total = rollup(run.cs, run.p, 'total');
    const baseTotal = rollup(base.cs, base.p, 'total');
    const kpis = kpisOf(run.cs, run.p, total);
    const baseKpis = kpisOf(base.cs, base.p, baseTotal);
    const series = Object.fromEntries(SERIES.map((m) => [m, column(total, m)])) as ScenarioComparison['entries'][number]['series'];
    const deltaSeries = Object.fromEntries(
      DELTAS.map((m) => {
        const a = column(total, m);
        const b = column(baseTotal, m);
        return [m, a.map((x, k) => (m === 'payroll' ? round2(x - b[k]) : round4(x - b[k])))];
      }),
    ) as ScenarioComparison['entries'][number]['deltaSeries'];
    return {
      scenario: { id: target.id ?? 'baseline', name: target.name, version: target.version },
      settings: settingsOf(run.cs),
      dates: run.cs.meta.dates,
      kpis,
      deltas: minus(kpis, baseKpis),
      series,
      deltaSeries,
      roles: roleDeltas(run, base),
    };
  });
  const grids = new Set(entries.map((e) => `${e.settings.startDate}|${e.settings.periodUnit}|${e.settings.periods}`));
  if (grids.size > 1) warnings.push('The scenarios use different period grids; KPIs are at each one\u2019s own horizon and the charts do not line up period by period.');
  const seen = new Set<string>();
  for (const e of entries) {
    const key = `${e.scenario.id}|${e.scenario.version}`;
    if (seen.has(key)) warnings.push(`${e.scenario.name} version ${e.scenario.version ?? '-'} is listed more than once.`);
    seen.add(key);
  }
  return { entries, warnings };
}
