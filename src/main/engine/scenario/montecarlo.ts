// Monte Carlo over the uncertain assumptions (uncertainty.ts), in two phases that a worker pool
// can split without changing the result:
//   1. runs: run r draws from its own generator Rng(seed, r) and writes its per-role supply (and
//      demand, for roles whose demand is uncertain) into row r of shared Float32 buffers;
//   2. summary: for a block of (period, role) columns, gather the values of every run and take
//      P10/P50/P90 and the share of runs whose gap is closed at the target period.
// Rows are indexed by run and columns summarised independently, so 1 or N workers, in any
// order, give bit-identical results. Float32 halves the buffer (relative error 6e-8).
import { AppError } from '../../../shared/result';
import { allocProjection, allocScratch, prepareRun, simulate, unitParams } from './kernel';
import { tertiles } from './quantiles';
import { Rng } from './random';
import type { CompiledModel } from './types';
import { attritionGroups, groupMeans, sampleRunParams, type ResolvedUncertainty } from './uncertainty';

export const TOTALS = ['supply', 'demand', 'shortage', 'payroll', 'hiringCost'] as const;
export type TotalMeasure = (typeof TOTALS)[number];

export interface McLayout {
  runs: number;
  T: number;
  R: number;
  /** Roles whose demand differs between runs (automation or ramp), and each role's slot or -1. */
  demandRoles: Int32Array;
  demandSlot: Int32Array;
  /** Demand per (period, role) for roles whose demand is the same in every run. */
  fixedDemand: Float64Array;
}

export interface McBuffers {
  /** Row r: supply FTE per (period, role), index r * (T+1) * R + k * R + role. */
  supply: Float32Array;
  demand: Float32Array;
  /** Row r: TOTALS per period, index (r * (T+1) + k) * TOTALS.length + measure. */
  totals: Float64Array;
}

export interface McSettings {
  runs: number;
  seed: number;
  uncertainty: ResolvedUncertainty;
  /** Period at which "gap closed" is judged (default: the last). */
  targetPeriod?: number;
  /** Gap counts as closed within max(absolute FTE, relative x demand). Defaults 0.5 FTE, 2%. */
  tolerance?: { absolute: number; relative: number };
}

export interface Bands {
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

export interface McSummary {
  runs: number;
  seed: number;
  T: number;
  R: number;
  /** Per (period, role), index k * R + role. */
  supply: Bands;
  demand: Bands;
  gap: Bands;
  /** Per period, organisation totals. */
  totals: Record<TotalMeasure, Bands>;
  targetPeriod: number;
  tolerance: { absolute: number; relative: number };
  /** Share of runs with |gap| within tolerance / with no shortage beyond it, per role. */
  pClosed: Float64Array;
  pNoShortage: Float64Array;
}

/** Memory guard: buffers above this are refused with a clear message. */
export const MAX_BUFFER_BYTES = 512 * 1024 * 1024;

export function mcLayout(m: CompiledModel, runs: number): McLayout {
  const { T, R, C } = m;
  const varying = new Uint8Array(R);
  for (let c = 0; c < C; c++) if (m.autoCellStart[c + 1] > m.autoCellStart[c]) varying[m.cellRole[c]] = 1;
  for (const c of m.rampCell) varying[m.cellRole[c]] = 1;
  const demandSlot = new Int32Array(R).fill(-1);
  const demandRoles: number[] = [];
  for (let r = 0; r < R; r++) if (varying[r]) demandSlot[r] = demandRoles.push(r) - 1;
  const bytes = runs * (T + 1) * (R + demandRoles.length) * 4;
  if (bytes > MAX_BUFFER_BYTES) {
    throw new AppError(
      'validation',
      `Monte Carlo with ${runs} runs x ${T + 1} periods x ${R} roles needs ${Math.round(bytes / 2 ** 20)} MB; use fewer runs or periods.`,
    );
  }
  // Fixed demand from one run at the point estimates (it does not depend on the draws).
  const p = allocProjection(m);
  prepareRun(m, unitParams(m), p);
  const fixedDemand = new Float64Array((T + 1) * R);
  for (let k = 0; k <= T; k++) for (let c = 0; c < C; c++) fixedDemand[k * R + m.cellRole[c]] += p.demandFte[k * C + c];
  return { runs, T, R, demandRoles: Int32Array.from(demandRoles), demandSlot, fixedDemand };
}

export function allocBuffers(l: McLayout, shared: boolean): McBuffers {
  const make = (n: number, bytes: number) => (shared ? new SharedArrayBuffer(n * bytes) : new ArrayBuffer(n * bytes));
  const P = l.T + 1;
  return {
    supply: new Float32Array(make(l.runs * P * l.R, 4)),
    demand: new Float32Array(make(l.runs * P * l.demandRoles.length, 4)),
    totals: new Float64Array(make(l.runs * P * TOTALS.length, 8)),
  };
}

/** Phase 1 for one worker and one model: reusable scratch, then any range of runs. */
export function createRunner(m: CompiledModel, u: ResolvedUncertainty, l: McLayout) {
  const out = allocProjection(m, { lean: true });
  const scratch = allocScratch(m);
  const params = unitParams(m);
  const groups = attritionGroups(m, u.attrition.grouping);
  const means = groupMeans(m, groups);
  const groupScale = new Float64Array(groups.count);
  const locScale = new Float64Array(m.L + 1);
  const { T, R, C } = m;
  const P = T + 1;
  const D = l.demandRoles.length;
  const role = new Float64Array(P * R);
  const demand = new Float64Array(P * D);
  const NT = TOTALS.length;
  // Demand moves between runs only where automation or a ramp reaches; the first run fills all.
  const varying: number[] = [];
  for (let c = 0; c < C; c++) if (m.autoCellStart[c + 1] > m.autoCellStart[c]) varying.push(c);
  for (const c of m.rampCell) if (!varying.includes(c)) varying.push(c);
  const demandCells = Int32Array.from(varying);
  let first = true;

  /** Runs [from, to); returns how many ran (fewer when `cancel[0]` was set). */
  return function runRange(seed: number, from: number, to: number, buf: McBuffers, cancel?: Int32Array, onRun?: () => void): number {
    for (let r = from; r < to; r++) {
      if (cancel && Atomics.load(cancel, 0) !== 0) return r - from;
      sampleRunParams(m, u, groups, means, new Rng(seed, r), params, groupScale, locScale);
      simulate(m, params, out, scratch, first ? undefined : demandCells);
      first = false;
      role.fill(0);
      demand.fill(0);
      const tot = r * P * NT;
      for (let k = 0; k < P; k++) {
        let supply = 0;
        let dem = 0;
        let short = 0;
        let pay = 0;
        let hire = 0;
        for (let c = 0; c < C; c++) {
          const i = k * C + c;
          const s = out.supplyFte[i];
          const d = out.demandFte[i];
          const ro = m.cellRole[c];
          role[k * R + ro] += s;
          const slot = l.demandSlot[ro];
          if (slot >= 0) demand[k * D + slot] += d;
          supply += s;
          dem += d;
          if (d > s) short += d - s;
          pay += out.payroll[i];
          hire += out.hiringCost[i];
        }
        const t = tot + k * NT;
        buf.totals[t] = supply;
        buf.totals[t + 1] = dem;
        buf.totals[t + 2] = short;
        buf.totals[t + 3] = pay;
        buf.totals[t + 4] = hire;
      }
      buf.supply.set(role, r * P * R);
      if (D > 0) buf.demand.set(demand, r * P * D);
      onRun?.();
    }
    return to - from;
  };
}

export interface ColumnSummary {
  from: number;
  to: number;
  /** Per column j in [from, to): supply, demand, gap bands (3 values each, p10/p50/p90). */
  bands: Float64Array;
  /** Runs with the gap closed / without shortage, per column (only target-period columns count). */
  closed: Int32Array;
  noShortage: Int32Array;
}

const BLOCK = 256;

/** The period "gap closed" is judged at, within 0..T (default: the horizon). */
const targetOf = (s: McSettings, T: number): number => Math.max(0, Math.min(T, Math.round(s.targetPeriod ?? T)));

/** Phase 2 for columns j = k * R + role in [from, to). */
export function summariseColumns(l: McLayout, buf: McBuffers, settings: McSettings, from: number, to: number): ColumnSummary {
  const { runs, R } = l;
  const P = l.T + 1;
  const D = l.demandRoles.length;
  const target = targetOf(settings, l.T);
  const tol = settings.tolerance ?? { absolute: 0.5, relative: 0.02 };
  const n = to - from;
  const bands = new Float64Array(n * 9);
  const closed = new Int32Array(n);
  const noShortage = new Int32Array(n);
  const tile = new Float32Array(BLOCK * runs);
  const dcol = new Float64Array(runs);
  const gcol = new Float64Array(runs);
  const q = new Float64Array(3);
  // Each column's min and max, taken while gathering it, spare tertiles a pass.
  const lo = new Float64Array(BLOCK);
  const hi = new Float64Array(BLOCK);
  const range = { min: 0, max: 0 };
  for (let j0 = from; j0 < to; j0 += BLOCK) {
    const j1 = Math.min(to, j0 + BLOCK);
    const width = j1 - j0;
    lo.fill(Infinity, 0, width);
    hi.fill(-Infinity, 0, width);
    for (let r = 0; r < runs; r++) {
      const row = r * P * R + j0;
      for (let x = 0; x < width; x++) {
        const v = buf.supply[row + x];
        tile[x * runs + r] = v;
        if (v < lo[x]) lo[x] = v;
        if (v > hi[x]) hi[x] = v;
      }
    }
    for (let j = j0; j < j1; j++) {
      const k = Math.floor(j / R);
      const ro = j - k * R;
      const slot = l.demandSlot[ro];
      const o = (j - from) * 9;
      const off = (j - j0) * runs;
      if (slot >= 0 || k === target) {
        for (let r = 0; r < runs; r++) {
          const d = slot >= 0 ? buf.demand[r * P * D + k * D + slot] : l.fixedDemand[j];
          dcol[r] = d;
          gcol[r] = d - tile[off + r];
        }
      }
      if (k === target) {
        for (let r = 0; r < runs; r++) {
          const allowed = Math.max(tol.absolute, tol.relative * Math.abs(dcol[r]));
          if (Math.abs(gcol[r]) <= allowed) closed[j - from]++;
          if (gcol[r] <= allowed) noShortage[j - from]++;
        }
      }
      range.min = lo[j - j0];
      range.max = hi[j - j0];
      tertiles(tile, off, runs, q, range);
      bands.set(q, o);
      if (slot >= 0) {
        tertiles(dcol, 0, runs, q);
        bands.set(q, o + 3);
        tertiles(gcol, 0, runs, q);
        bands.set(q, o + 6);
      } else {
        // Fixed demand D: the gap D - supply is a decreasing map, so its P10 is D - supply P90.
        const d = l.fixedDemand[j];
        bands[o + 3] = bands[o + 4] = bands[o + 5] = d;
        bands[o + 6] = d - bands[o + 2];
        bands[o + 7] = d - bands[o + 1];
        bands[o + 8] = d - bands[o];
      }
    }
  }
  return { from, to, bands, closed, noShortage };
}

const emptyBands = (n: number): Bands => ({ p10: new Float64Array(n), p50: new Float64Array(n), p90: new Float64Array(n) });

/** Assembles column summaries (any split) and the organisation totals into the result. */
export function assembleSummary(l: McLayout, buf: McBuffers, settings: McSettings, parts: ColumnSummary[]): McSummary {
  const P = l.T + 1;
  const n = P * l.R;
  const supply = emptyBands(n);
  const demand = emptyBands(n);
  const gap = emptyBands(n);
  const pClosed = new Float64Array(l.R);
  const pNoShortage = new Float64Array(l.R);
  const target = targetOf(settings, l.T);
  for (const part of parts) {
    for (let j = part.from; j < part.to; j++) {
      const o = (j - part.from) * 9;
      [supply, demand, gap].forEach((b, x) => {
        b.p10[j] = part.bands[o + 3 * x];
        b.p50[j] = part.bands[o + 3 * x + 1];
        b.p90[j] = part.bands[o + 3 * x + 2];
      });
      if (Math.floor(j / l.R) === target) {
        pClosed[j % l.R] = part.closed[j - part.from] / l.runs;
        pNoShortage[j % l.R] = part.noShortage[j - part.from] / l.runs;
      }
    }
  }
  const NT = TOTALS.length;
  const col = new Float64Array(l.runs);
  const q = new Float64Array(3);
  const totals = Object.fromEntries(
    TOTALS.map((name, x) => {
      const b = emptyBands(P);
      for (let k = 0; k < P; k++) {
        for (let r = 0; r < l.runs; r++) col[r] = buf.totals[(r * P + k) * NT + x];
        tertiles(col, 0, l.runs, q);
        b.p10[k] = q[0];
        b.p50[k] = q[1];
        b.p90[k] = q[2];
      }
      return [name, b];
    }),
  ) as Record<TotalMeasure, Bands>;
  return {
    runs: l.runs,
    seed: settings.seed,
    T: l.T,
    R: l.R,
    supply,
    demand,
    gap,
    totals,
    targetPeriod: target,
    tolerance: settings.tolerance ?? { absolute: 0.5, relative: 0.02 },
    pClosed,
    pNoShortage,
  };
}

/** The whole Monte Carlo on the calling thread (tests, small runs, and the reference result). */
export function runMonteCarlo(m: CompiledModel, settings: McSettings): McSummary {
  const l = mcLayout(m, settings.runs);
  const buf = allocBuffers(l, false);
  createRunner(m, settings.uncertainty, l)(settings.seed, 0, settings.runs, buf);
  return assembleSummary(l, buf, settings, [summariseColumns(l, buf, settings, 0, (l.T + 1) * l.R)]);
}
