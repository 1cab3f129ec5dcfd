// Hiring policy, time-to-fill, capacity, freezes and cost per FTE for each cell.
import type { ScenarioBody } from '../../../shared/domain/scenario';
import type { Baseline } from './baseline';
import { isoToDay } from './calendar';
import { destinationWeights, scopeMatcher, type CellSet } from './cells';
import type { MarketMeta } from './compile-demand';
import { POLICY_FILL, POLICY_NONE, POLICY_REPLACE, type CompileOptions } from './types';

export const DEFAULT_TIME_TO_FILL_DAYS = 45;
const policyCode = { none: POLICY_NONE, replace: POLICY_REPLACE, fill: POLICY_FILL } as const;

export type TtfSource = 'scenario override' | 'new market' | 'location' | 'default';

export interface HiringParts {
  policy: Uint8Array;
  recruitInto: Int32Array;
  ttfDays: Float64Array;
  ttfSource: TtfSource[];
  capLoc: Int32Array;
  capacity: Float64Array;
  frozen: Uint8Array;
  costPerFte: Float64Array;
  costSource: string[];
}

export function compileHiring(
  b: Baseline,
  cells: CellSet,
  body: ScenarioBody,
  markets: MarketMeta[],
  rampCells: Set<number>,
  dates: string[],
  mpp: number,
  ancestors: number[][],
  opts: CompileOptions,
): HiringParts {
  const C = cells.C;
  const T = body.periods;
  const rules = new Map((body.hiringByRole ?? []).map((r) => [b.roleIndex.get(r.roleId), r]));
  const policy = new Uint8Array(C);
  const recruitInto = new Int32Array(C);
  for (let c = 0; c < C; c++) {
    const rule = rules.get(cells.role[c]);
    // A ramp is a staffing plan: its cells fill to the ramp unless the role says otherwise.
    policy[c] = policyCode[rule?.policy ?? (rampCells.has(c) ? 'fill' : body.hiring)];
    recruitInto[c] = c;
    const target = rule?.recruitIntoRoleId !== undefined ? b.roleIndex.get(rule.recruitIntoRoleId) : undefined;
    if (target !== undefined) {
      const dest = destinationWeights(cells, c, target);
      recruitInto[c] = dest.reduce((best, d) => (d[1] > best[1] ? d : best), dest[0])[0];
    }
  }

  const marketAt = new Map(markets.map((m) => [b.locationIndex.get(m.locationId)!, m]));
  const overrides = body.changes.filter((ch) => ch.type === 'time-to-fill').map((ch) => ({ ch, match: scopeMatcher(b, cells, ch.scope, ancestors) }));
  const ttfDays = new Float64Array(C);
  const ttfSource: TtfSource[] = new Array(C);
  const scale = opts.timeToFillScale ?? 1;
  for (let c = 0; c < C; c++) {
    const family = b.data.roles[cells.role[c]].family;
    const loc = cells.location[c];
    let override: (typeof overrides)[number] | undefined;
    for (const o of overrides) if (o.match(c)) override = o;
    const market = marketAt.get(loc)?.timeToFillDays[family];
    const local = loc >= 0 ? b.data.locations[loc].timeToFillDays[family] : undefined;
    const [days, source]: [number, TtfSource] =
      override !== undefined
        ? [override.ch.days, 'scenario override']
        : market !== undefined
          ? [market, 'new market']
          : local !== undefined
            ? [local, 'location']
            : [opts.defaultTimeToFillDays ?? DEFAULT_TIME_TO_FILL_DAYS, 'default'];
    ttfDays[c] = days * scale;
    ttfSource[c] = source;
  }

  // Capacity: hires that can START per period at a location (recruiting throughput).
  const capScale = opts.hiringCapacityScale ?? 1;
  const capOverride = new Map((body.hiringCapacity ?? []).map((h) => [b.locationIndex.get(h.locationId), h.hiresPerMonth]));
  const capacity = Float64Array.from(b.data.locations, (l, i) => {
    const perMonth = capOverride.get(i) ?? l.hiresPerMonth;
    return perMonth === null ? Infinity : perMonth * mpp * capScale;
  });
  const capLoc = Int32Array.from(cells.location);

  // A freeze blocks requisitions in every period that overlaps its window.
  const frozen = new Uint8Array((T + 1) * C);
  const days = dates.map(isoToDay);
  for (const ch of body.changes) {
    if (ch.type !== 'hiring-freeze') continue;
    const match = scopeMatcher(b, cells, ch.scope, ancestors);
    const from = isoToDay(ch.from);
    const to = isoToDay(ch.to);
    for (let k = 1; k <= T; k++) {
      if (days[k - 1] > to || days[k] <= from) continue;
      for (let c = 0; c < C; c++) if (match(c)) frozen[k * C + c] = 1;
    }
  }

  const { costPerFte, costSource } = costs(b, cells, marketAt);
  return { policy, recruitInto, ttfDays, ttfSource, capLoc, capacity, frozen, costPerFte, costSource };
}

/**
 * Annual cost per FTE of each cell. A role's loaded cost per FTE wins (as in the overview's
 * cost figures); otherwise the cell's own salaries per FTE. Cells without people (empty roles,
 * new markets) take the role's figure, else its family's, scaled by labour cost index: cell
 * index / the index where the figure was observed (the role's location for a loaded cost, the
 * people's FTE-weighted locations for salaries). A new market's own cost index overrides its
 * location's.
 */
function costs(b: Baseline, cells: CellSet, marketAt: Map<number, MarketMeta>) {
  const C = cells.C;
  const index = (loc: number) => (loc < 0 ? 1 : marketAt.get(loc)?.labourCostIndex ?? b.data.locations[loc].labourCostIndex);
  const R = b.data.roles.length;
  const salary = new Float64Array(R);
  const fte = new Float64Array(R);
  const fteIndex = new Float64Array(R);
  for (let c = 0; c < C; c++) {
    salary[cells.role[c]] += cells.salary[c];
    fte[cells.role[c]] += cells.fte[c];
    fteIndex[cells.role[c]] += cells.fte[c] * index(cells.location[c]);
  }
  const costPerFte = new Float64Array(C);
  const costSource: string[] = new Array(C);
  for (let c = 0; c < C; c++) {
    const r = cells.role[c];
    const spec = b.data.roles[r];
    const here = index(cells.location[c]);
    if (spec.loadedCost > 0) {
      const ref = spec.locationId !== null && b.locationIndex.has(spec.locationId) ? index(b.locationIndex.get(spec.locationId)!) : 1;
      costPerFte[c] = (spec.loadedCost * here) / ref;
      costSource[c] = here === ref ? 'role loaded cost' : `role loaded cost x cost index ${here}/${ref}`;
    } else if (cells.fte[c] > 0 && cells.salary[c] > 0) {
      costPerFte[c] = cells.salary[c] / cells.fte[c];
      costSource[c] = 'salaries per FTE';
    } else if (fte[r] > 0 && salary[r] > 0) {
      const ref = fteIndex[r] / fte[r];
      costPerFte[c] = ((salary[r] / fte[r]) * here) / ref;
      costSource[c] = `role salaries per FTE x cost index ${here}/${ref.toFixed(2)}`;
    } else {
      costPerFte[c] = NaN; // filled from the role family below
    }
  }
  // A role with neither a loaded cost nor people (typically a new market's) takes its family's
  // FTE-weighted cost per FTE, scaled by cost index like the rest.
  const F = b.families.length;
  const famCost = new Float64Array(F);
  const famFte = new Float64Array(F);
  const famIndex = new Float64Array(F);
  for (let c = 0; c < C; c++) {
    const f = b.roleFamily[cells.role[c]];
    if (Number.isNaN(costPerFte[c]) || cells.fte[c] <= 0) continue;
    famCost[f] += costPerFte[c] * cells.fte[c];
    famFte[f] += cells.fte[c];
    famIndex[f] += index(cells.location[c]) * cells.fte[c];
  }
  for (let c = 0; c < C; c++) {
    if (!Number.isNaN(costPerFte[c])) continue;
    const f = b.roleFamily[cells.role[c]];
    const here = index(cells.location[c]);
    if (famFte[f] > 0) {
      const ref = famIndex[f] / famFte[f];
      costPerFte[c] = ((famCost[f] / famFte[f]) * here) / ref;
      costSource[c] = `family ${b.families[f]} cost per FTE x cost index ${here}/${ref.toFixed(2)}`;
    } else {
      costPerFte[c] = 0;
      costSource[c] = 'no cost data';
    }
  }
  return { costPerFte, costSource };
}
