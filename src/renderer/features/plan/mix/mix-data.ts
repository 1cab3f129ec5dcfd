// The plan's mix, reshaped for the screens: the roles (with their location) it covers, the mix
// per period for one of them or all, and the upskill-vs-reskill split. Pure functions of the API
// payload, so the charts and their text alternatives show the same figures.
import type { PlanMixRow, PlanResult } from '../../../../shared/plan-types';
import { mixSeries, roleAt, type MixSeries } from '../plan-labels';
import type { MixMeasure } from '../view';

export interface MixCell {
  key: string;
  roleId: number;
  locationId: number | null;
  label: string;
  /** Any build, buy, borrow, bot or release in the plan. */
  active: boolean;
  cost: number;
}

export const cellKey = (r: Pick<PlanMixRow, 'roleId' | 'locationId'>): string => `${r.roleId}:${r.locationId ?? '-'}`;

const activity = (r: PlanMixRow) => r.build + r.buy + r.borrow + r.bot + r.release;

export function mixCells(result: PlanResult): MixCell[] {
  const cells = new Map<string, MixCell>();
  for (const r of result.mix) {
    const key = cellKey(r);
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { key, roleId: r.roleId, locationId: r.locationId, label: roleAt(r.role, r.location), active: false, cost: 0 }));
    c.active ||= activity(r) > 1e-9;
    c.cost += r.cost.total;
  }
  return [...cells.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** One period of the chart, in FTE or cost; release is drawn below zero (people leave). */
export interface MixPoint extends Pick<PlanMixRow, 'period' | 'date' | 'upskill' | 'reskill' | 'buy' | 'borrow' | 'bot' | 'release' | 'demand' | 'gap' | 'uncovered'> {
  startDate: string;
  total: number;
}

const valueOf = (r: PlanMixRow, s: MixSeries, m: MixMeasure): number => (m === 'fte' ? r[s] : r.cost[s]);

/** One point per period, summed over the chosen cell or all cells. */
export function mixByPeriod(result: PlanResult, cell: string | null, measure: MixMeasure): MixPoint[] {
  const points = result.periods.map((p) => ({ period: p.period, startDate: p.startDate, date: p.date, upskill: 0, reskill: 0, buy: 0, borrow: 0, bot: 0, release: 0, demand: 0, gap: 0, uncovered: 0, total: 0 }));
  const at = new Map(points.map((p) => [p.period, p]));
  for (const r of result.mix) {
    if (cell !== null && cellKey(r) !== cell) continue;
    const p = at.get(r.period);
    if (!p) continue;
    for (const s of mixSeries) p[s] += valueOf(r, s, measure);
    p.demand += r.demand;
    p.gap += r.gap;
    p.uncovered += r.uncovered;
    p.total += measure === 'cost' ? r.cost.total : 0;
  }
  for (const p of points) {
    p.release = -p.release;
    if (measure === 'fte') p.total = p.upskill + p.reskill + p.buy + p.borrow + p.bot;
  }
  return points;
}

export interface Split {
  fte: Record<MixSeries, number>;
  cost: Record<MixSeries, number> & { total: number };
}

export function mixTotals(result: PlanResult, cell: string | null): Split {
  const fte = { upskill: 0, reskill: 0, buy: 0, borrow: 0, bot: 0, release: 0 };
  const cost = { upskill: 0, reskill: 0, buy: 0, borrow: 0, bot: 0, release: 0, total: 0 };
  for (const r of result.mix) {
    if (cell !== null && cellKey(r) !== cell) continue;
    for (const s of mixSeries) {
      fte[s] += r[s];
      cost[s] += r.cost[s];
    }
    cost.total += r.cost.total;
  }
  return { fte, cost };
}

/** Roles people are reskilled into, most FTE first. */
export function reskillTargets(result: PlanResult, limit = 8): { label: string; fte: number; cost: number }[] {
  const by = new Map<string, { label: string; fte: number; cost: number }>();
  for (const r of result.mix) {
    if (r.reskill <= 1e-9 && r.cost.reskill <= 1e-9) continue;
    const key = cellKey(r);
    const e = by.get(key) ?? { label: roleAt(r.role, r.location), fte: 0, cost: 0 };
    e.fte += r.reskill;
    e.cost += r.cost.reskill;
    by.set(key, e);
  }
  return [...by.values()].filter((e) => e.fte > 1e-9).sort((a, b) => b.fte - a.fte).slice(0, limit);
}
