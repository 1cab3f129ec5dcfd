// Demand per cell and period (DESIGN.md section 2):
//   demand(c, k) = base(c) x growth(c, k) x prod_i (1 - exposure_i(c) x realisation_i x adoption_i(k))
//                  + ramp(c, k)
// base = today's FTE; growth compounds each demand lever's annual rate, (1 + g)^(months / 12).
// Automation takes a share of the (grown) baseline: for one change this is exactly
// base x growth x exposure x adoption x realisation released; several changes on one role combine
// multiplicatively so the released share never exceeds 100%. The new-market ramp is a headcount
// plan and is neither grown nor automated.
import type { ScenarioBody } from '../../../shared/domain/scenario';
import type { Baseline } from './baseline';
import { monthsBetween } from './calendar';
import { scopeMatcher, type CellSet } from './cells';
import { curveCode } from './curves';
import { CURVE_LINEAR, CURVE_S, TRANSFER_TIERS, type ScenarioRequirement } from './types';

export interface AutomationMeta {
  id: string;
  label: string;
  exposureFrom: 'tasks' | 'index' | 'manual';
  exposureSource: string | null;
  realisation: number;
  /** Exposure per role id used by the change. */
  exposure: Map<number, number>;
}

export interface MarketMeta {
  id: string;
  label: string;
  locationId: number;
  launchDate: string;
  launchMonths: number;
  labourCostIndex: number;
  internalShare: number;
  timeToFillDays: Record<string, number>;
}

export interface DemandParts {
  demandBase: Float64Array;
  growth: Float64Array;
  autoCurve: Uint8Array;
  autoTarget: Float64Array;
  autoMid: Float64Array;
  autoSteep: Float64Array;
  autoStart: Float64Array;
  autoEnd: Float64Array;
  autoCellStart: Int32Array;
  autoCellChange: Int32Array;
  autoCellWeight: Float64Array;
  rampCell: Int32Array;
  rampChange: Int32Array;
  rampTarget: Float64Array;
  rampLaunch: Float64Array;
  rampMonths: Float64Array;
  rampCurve: Uint8Array;
  rampInternal: Float64Array;
  rampSrcStart: Int32Array;
  rampSrc: Int32Array;
  investment: Float64Array;
  automation: AutomationMeta[];
  markets: MarketMeta[];
  requirements: ScenarioRequirement[];
  warnings: string[];
}

function roleExposure(b: Baseline, role: number, ch: Extract<ScenarioBody['changes'][number], { type: 'automation' }>): number | null {
  const spec = ch.exposure;
  if (spec.from === 'manual') return spec.value;
  const roleId = b.data.roles[role].id;
  if (spec.from === 'index') {
    const row = b.data.exposures.find((x) => x.roleId === roleId && x.source === spec.source);
    return row ? row.value : null;
  }
  if (!ch.taskIds || ch.taskIds.length === 0) return Number.isNaN(b.taskExposure[role]) ? null : b.taskExposure[role];
  // Chosen tasks only: their time x exposure over the role's whole task time.
  const tasks = b.data.tasks.filter((t) => t.roleId === roleId);
  const total = tasks.reduce((a, t) => a + t.timeShare, 0);
  if (total <= 0) return null;
  const chosen = new Set(ch.taskIds);
  return tasks.filter((t) => chosen.has(t.id)).reduce((a, t) => a + t.timeShare * t.exposure, 0) / total;
}

export function compileDemand(b: Baseline, cells: CellSet, body: ScenarioBody, mpp: number, ancestors: number[][]): DemandParts {
  const T = body.periods;
  const C = cells.C;
  const warnings: string[] = [];
  const demandBase = Float64Array.from(cells.fte);
  const growth = new Float64Array((T + 1) * C).fill(1);
  for (const ch of body.changes) {
    if (ch.type !== 'demand') continue;
    const match = scopeMatcher(b, cells, ch.scope, ancestors);
    const factor = Float64Array.from({ length: T + 1 }, (_, k) => (1 + ch.annualGrowth) ** ((k * mpp) / 12));
    for (let c = 0; c < C; c++) {
      if (!match(c)) continue;
      for (let k = 0; k <= T; k++) growth[k * C + c] *= factor[k];
    }
  }

  const autos = body.changes.filter((c) => c.type === 'automation');
  const A = autos.length;
  const autoCurve = new Uint8Array(A);
  const [autoTarget, autoMid, autoSteep, autoStart, autoEnd] = [0, 0, 0, 0, 0].map(() => new Float64Array(A));
  const investment = new Float64Array(T + 1);
  const perCell: [number, number][][] = Array.from({ length: C }, () => []);
  const automation: AutomationMeta[] = [];
  const requirements: ScenarioRequirement[] = [];
  autos.forEach((ch, i) => {
    const a = ch.adoption;
    autoTarget[i] = a.target;
    if (a.curve === 's-curve') {
      autoCurve[i] = CURVE_S;
      autoMid[i] = a.midpointMonths;
      autoSteep[i] = a.steepness;
    } else {
      autoCurve[i] = CURVE_LINEAR;
      autoStart[i] = monthsBetween(body.startDate, a.startDate);
      autoEnd[i] = monthsBetween(body.startDate, a.byDate);
    }
    // The investment is spent in the period adoption starts.
    const startMonths = autoCurve[i] === CURVE_S ? 0 : Math.max(0, autoStart[i]);
    investment[Math.min(T, Math.max(1, Math.ceil(startMonths / mpp)))] += ch.investment;
    const meta: AutomationMeta = {
      id: ch.id,
      label: ch.label,
      exposureFrom: ch.exposure.from,
      exposureSource: ch.exposure.from === 'index' ? ch.exposure.source : null,
      realisation: ch.realisation,
      exposure: new Map(),
    };
    for (const roleId of ch.roleIds) {
      const role = b.roleIndex.get(roleId);
      if (role === undefined) {
        warnings.push(`${ch.label}: role ${roleId} does not exist; skipped.`);
        continue;
      }
      const e = roleExposure(b, role, ch);
      if (e === null) warnings.push(`${ch.label}: no ${ch.exposure.from} exposure for ${b.data.roles[role].title}; 0 used.`);
      meta.exposure.set(roleId, e ?? 0);
      for (const c of cells.roleCells[role]) if ((e ?? 0) > 0) perCell[c].push([i, (e ?? 0) * ch.realisation]);
    }
    automation.push(meta);
    for (const r of ch.newRequirements) {
      for (const roleId of r.roleId === null ? ch.roleIds : [r.roleId]) {
        requirements.push({
          roleId,
          skillId: r.skillId,
          level: r.level,
          weight: r.weight,
          effectiveDate: r.effectiveDate,
          locationId: null,
          origin: { changeId: ch.id, kind: 'automation' },
        });
      }
    }
  });
  const autoCellStart = new Int32Array(C + 1);
  perCell.forEach((l, c) => (autoCellStart[c + 1] = autoCellStart[c] + l.length));
  const autoCellChange = new Int32Array(autoCellStart[C]);
  const autoCellWeight = new Float64Array(autoCellStart[C]);
  perCell.forEach((l, c) =>
    l.forEach(([i, w], j) => {
      autoCellChange[autoCellStart[c] + j] = i;
      autoCellWeight[autoCellStart[c] + j] = w;
    }),
  );

  const ramps = compileRamps(b, cells, body, requirements, warnings);
  return {
    demandBase,
    growth,
    autoCurve,
    autoTarget,
    autoMid,
    autoSteep,
    autoStart,
    autoEnd,
    autoCellStart,
    autoCellChange,
    autoCellWeight,
    ...ramps,
    investment,
    automation,
    requirements,
    warnings,
  };
}

/**
 * New-market ramps and their transfer sources. Internal transfers come, tier by tier, from
 * (1) the same role at other locations, (2) roles of the same family and level elsewhere,
 * (3) any role of the same family elsewhere; never from a cell another ramp is building up.
 */
function compileRamps(b: Baseline, cells: CellSet, body: ScenarioBody, requirements: ScenarioRequirement[], warnings: string[]) {
  const rampCells = new Set<number>();
  const entries: { cell: number; change: number; target: number; launch: number; months: number; curve: number; internal: number }[] = [];
  const markets: MarketMeta[] = [];
  for (const ch of body.changes) {
    if (ch.type !== 'new-market') continue;
    const loc = b.locationIndex.get(ch.locationId);
    if (loc === undefined) {
      warnings.push(`${ch.label}: location ${ch.locationId} does not exist; change skipped.`);
      continue;
    }
    const location = b.data.locations[loc];
    const launchMonths = monthsBetween(body.startDate, ch.launchDate);
    const m = markets.length;
    markets.push({
      id: ch.id,
      label: ch.label,
      locationId: ch.locationId,
      launchDate: ch.launchDate,
      launchMonths,
      labourCostIndex: ch.labourCostIndex ?? location.labourCostIndex,
      internalShare: ch.internalShare,
      timeToFillDays: ch.timeToFillDays,
    });
    for (const r of ch.ramp) {
      const role = b.roleIndex.get(r.roleId);
      if (role === undefined) {
        warnings.push(`${ch.label}: role ${r.roleId} does not exist; ramp skipped.`);
        continue;
      }
      const here = cells.roleCells[role].filter((x) => cells.location[x] === loc);
      const cell = here.reduce((best, x) => (cells.heads[x] > cells.heads[best] ? x : best), here[0]);
      rampCells.add(cell);
      entries.push({ cell, change: m, target: r.target, launch: launchMonths, months: r.rampMonths, curve: curveCode(r.curve), internal: ch.internalShare });
      for (const x of ch.extraRequirements) {
        requirements.push({
          roleId: r.roleId,
          skillId: x.skillId,
          level: x.level,
          weight: x.weight,
          effectiveDate: ch.launchDate,
          locationId: ch.locationId,
          origin: { changeId: ch.id, kind: 'new-market' },
        });
      }
    }
  }
  const n = entries.length;
  const rampSrcStart = new Int32Array(n * TRANSFER_TIERS + 1);
  const src: number[] = [];
  const tier = new Int32Array(cells.C);
  entries.forEach((e, i) => {
    const role = cells.role[e.cell];
    const loc = cells.location[e.cell];
    const spec = b.data.roles[role];
    const family = b.roleFamily[role];
    // One pass classifies every possible source: 0 same role, 1 same family and level,
    // 2 same family, -1 not a source (elsewhere only, staffed, not being built up itself).
    let found = 0;
    for (let x = 0; x < cells.C; x++) {
      const r = cells.role[x];
      tier[x] =
        rampCells.has(x) || cells.location[x] === loc || cells.heads[x] <= 0 || b.roleFamily[r] !== family
          ? -1
          : r === role
            ? 0
            : spec.level !== null && b.data.roles[r].level === spec.level
              ? 1
              : 2;
      if (tier[x] >= 0) found++;
    }
    for (let t = 0; t < TRANSFER_TIERS; t++) {
      for (let x = 0; x < cells.C; x++) if (tier[x] === t) src.push(x);
      rampSrcStart[i * TRANSFER_TIERS + t + 1] = src.length;
    }
    if (e.internal > 0 && found === 0) {
      warnings.push(`${spec.title}: no ${spec.family} staff elsewhere to transfer; the internal share will be hired.`);
    }
  });
  return {
    rampCell: Int32Array.from(entries, (e) => e.cell),
    rampChange: Int32Array.from(entries, (e) => e.change),
    rampTarget: Float64Array.from(entries, (e) => e.target),
    rampLaunch: Float64Array.from(entries, (e) => e.launch),
    rampMonths: Float64Array.from(entries, (e) => e.months),
    rampCurve: Uint8Array.from(entries, (e) => e.curve),
    rampInternal: Float64Array.from(entries, (e) => e.internal),
    rampSrcStart,
    rampSrc: Int32Array.from(src),
    markets,
  };
}
