// Roll-ups of a run per role, org unit, location or in total, and the per-period rows the API
// and the CLI print. gap = demand - supply (positive: shortage, negative: surplus); at a group
// level `shortage` and `surplus` are summed cell by cell, so a shortage at one site is not hidden
// by a surplus at another.
import { unitAncestors } from './cells';
import type { CompiledScenario } from './compile';
import type { Projection } from './types';

export type GroupBy = 'role' | 'unit' | 'location' | 'total';

const measures = [
  'supply',
  'demand',
  'gap',
  'shortage',
  'surplus',
  'hires',
  'exits',
  'movesIn',
  'movesOut',
  'transfersIn',
  'transfersOut',
  'vacancies',
  'automation',
  'ramp',
  'payroll',
  'hiringCost',
] as const;
export type Measure = (typeof measures)[number];

export interface Series {
  by: GroupBy;
  T: number;
  G: number;
  /** Entity id of each group; null for "(none)" and the total. */
  keys: (number | null)[];
  labels: string[];
  /** Per measure, index k * G + g. FTE for supply..ramp except hires/exits/moves/vacancies (heads). */
  values: Record<Measure, Float64Array>;
}

interface Groups {
  keys: (number | null)[];
  labels: string[];
  /** Groups each cell adds to (several with a unit tree). */
  of: number[][];
}

function groupsFor(cs: CompiledScenario, by: GroupBy, tree: boolean): Groups {
  const { baseline: b, meta } = cs;
  const cells = meta.cells;
  if (by === 'total') return { keys: [null], labels: ['Total'], of: cells.role.map(() => [0]) };
  if (by === 'role') {
    return { keys: b.data.roles.map((r) => r.id), labels: b.data.roles.map((r) => r.title), of: cells.role.map((r) => [r]) };
  }
  const list = by === 'unit' ? b.data.orgUnits : b.data.locations;
  const none = list.length;
  const ancestors = by === 'unit' && tree ? unitAncestors(b) : null;
  const of = (by === 'unit' ? cells.unit : cells.location).map((x) => (x < 0 ? [none] : ancestors ? ancestors[x] : [x]));
  return {
    keys: [...list.map((x) => x.id), null],
    labels: [...list.map((x) => x.name), by === 'unit' ? '(no unit)' : '(no location)'],
    of,
  };
}

/** Sums a run per group; `tree` adds every unit's figures to its parent units too. */
export function rollup(cs: CompiledScenario, p: Projection, by: GroupBy, opts: { tree?: boolean } = {}): Series {
  const { T, C } = p;
  const groups = groupsFor(cs, by, opts.tree ?? false);
  const G = groups.keys.length;
  const values = Object.fromEntries(measures.map((m) => [m, new Float64Array((T + 1) * G)])) as Record<Measure, Float64Array>;
  const src: [Measure, Float64Array][] = [
    ['supply', p.supplyFte],
    ['demand', p.demandFte],
    ['hires', p.hires],
    ['exits', p.exits],
    ['movesIn', p.movesIn],
    ['movesOut', p.movesOut],
    ['transfersIn', p.transfersIn],
    ['transfersOut', p.transfersOut],
    ['vacancies', p.vacancies],
    ['automation', p.automationFte],
    ['ramp', p.rampFte],
    ['payroll', p.payroll],
    ['hiringCost', p.hiringCost],
  ];
  // Measure by measure over flat arrays; cells with several groups (unit tree) repeat with
  // their extra groups, one "layer" per ancestor depth.
  const layers: Int32Array[] = [];
  for (let c = 0; c < C; c++) {
    groups.of[c].forEach((g, d) => {
      if (!layers[d]) layers[d] = new Int32Array(C).fill(-1);
      layers[d][c] = g;
    });
  }
  for (const gOf of layers) {
    for (const [name, arr] of src) {
      const out = values[name];
      for (let k = 0; k <= T; k++) {
        const o = k * G;
        const i = k * C;
        for (let c = 0; c < C; c++) if (gOf[c] >= 0) out[o + gOf[c]] += arr[i + c];
      }
    }
    const { gap, shortage, surplus } = values;
    for (let k = 0; k <= T; k++) {
      const o = k * G;
      const i = k * C;
      for (let c = 0; c < C; c++) {
        const g = gOf[c];
        if (g < 0) continue;
        const d = p.demandFte[i + c] - p.supplyFte[i + c];
        gap[o + g] += d;
        if (d > 0) shortage[o + g] += d;
        else surplus[o + g] -= d;
      }
    }
  }
  return { by, T, G, keys: groups.keys, labels: groups.labels, values };
}

export interface SeriesRow {
  period: number;
  date: string;
  key: number | null;
  label: string;
  supply: number;
  demand: number;
  gap: number;
  shortage: number;
  surplus: number;
  hires: number;
  exits: number;
  movesIn: number;
  movesOut: number;
  transfersIn: number;
  transfersOut: number;
  vacancies: number;
  automation: number;
  ramp: number;
  payroll: number;
  hiringCost: number;
}

/** One plain row per (period, group), periods ascending, groups in series order. */
export function seriesRows(s: Series, dates: string[], opts: { skipEmpty?: boolean } = {}): SeriesRow[] {
  const rows: SeriesRow[] = [];
  for (let k = 0; k <= s.T; k++) {
    for (let g = 0; g < s.G; g++) {
      const o = k * s.G + g;
      const row = { period: k, date: dates[k], key: s.keys[g], label: s.labels[g] } as SeriesRow;
      let any = false;
      for (const m of measures) {
        row[m] = s.values[m][o];
        if (row[m] !== 0) any = true;
      }
      if (any || !opts.skipEmpty) rows.push(row);
    }
  }
  return rows;
}

/** Cumulative cost over the horizon: payroll, hiring and the changes' one-off investment. */
export function totalCost(cs: CompiledScenario, p: Projection): { payroll: number; hiring: number; investment: number; total: number } {
  let payroll = 0;
  let hiring = 0;
  for (let i = 0; i < p.payroll.length; i++) {
    payroll += p.payroll[i];
    hiring += p.hiringCost[i];
  }
  const investment = cs.model.investment.reduce((a, b) => a + b, 0);
  return { payroll, hiring, investment, total: payroll + hiring + investment };
}
