// Sensitivity (tornado) and goal-seek over levers (levers.ts). Each evaluation recompiles the
// scenario over the prepared baseline and runs it deterministically, so every point is a full,
// explainable run (a compile + run at 500 roles x 36 months takes a few milliseconds).
import { AppError } from '../../../shared/result';
import type { Baseline } from './baseline';
import { compileScenario, type CompiledScenario } from './compile';
import { project } from './kernel';
import { leverInfo, listLevers, withLever, type Lever, type Setting } from './levers';
import type { Projection } from './types';

export type Metric =
  | { kind: 'total-gap' | 'total-shortage' | 'total-supply' | 'total-demand'; period?: number }
  | { kind: 'role-gap' | 'role-supply'; roleId: number; period?: number }
  | { kind: 'cost'; part?: 'payroll' | 'hiring' | 'total' };

/** A metric of one run. Periods default to the horizon; costs are cumulative over it. */
export function metricValue(cs: CompiledScenario, p: Projection, metric: Metric): number {
  const { C, T } = p;
  if (metric.kind === 'cost') {
    let payroll = 0;
    let hiring = 0;
    for (let i = 0; i < p.payroll.length; i++) {
      payroll += p.payroll[i];
      hiring += p.hiringCost[i];
    }
    const investment = cs.model.investment.reduce((a, b) => a + b, 0);
    return metric.part === 'payroll' ? payroll : metric.part === 'hiring' ? hiring : payroll + hiring + investment;
  }
  const k = Math.max(0, Math.min(T, metric.period ?? T));
  let cells: Iterable<number>;
  if (metric.kind === 'role-gap' || metric.kind === 'role-supply') {
    const r = cs.baseline.roleIndex.get(metric.roleId);
    if (r === undefined) throw new AppError('not-found', `No role ${metric.roleId} in this scenario.`);
    cells = cs.meta.cells.roleCells[r];
  } else cells = Array.from({ length: C }, (_, c) => c);
  let v = 0;
  for (const c of cells) {
    const d = p.demandFte[k * C + c];
    const s = p.supplyFte[k * C + c];
    if (metric.kind === 'total-supply' || metric.kind === 'role-supply') v += s;
    else if (metric.kind === 'total-demand') v += d;
    else if (metric.kind === 'total-shortage') v += Math.max(0, d - s);
    else v += d - s;
  }
  return v;
}

export function evaluate(b: Baseline, s: Setting, metrics: Metric[]): number[] {
  const cs = compileScenario(b, s.body, s.options);
  const p = project(cs.model);
  return metrics.map((m) => metricValue(cs, p, m));
}

export interface TornadoRow {
  lever: Lever;
  label: string;
  base: number;
  low: number;
  high: number;
  /** Per metric: value with the lever at low and at high. */
  atLow: number[];
  atHigh: number[];
  /** |atHigh - atLow| of the first metric (rows are sorted by it). */
  swing: number;
  note?: string;
}

export interface Tornado {
  metrics: Metric[];
  base: number[];
  delta: number;
  rows: TornadoRow[];
}

/**
 * Each lever moved to base x (1 - delta) and base x (1 + delta) (clamped to its range), others at
 * base. A lever whose base value is 0 has no relative move and is listed with a note.
 */
export function tornado(b: Baseline, s: Setting, metrics: Metric[], opts: { delta?: number; levers?: Lever[] } = {}): Tornado {
  const delta = opts.delta ?? 0.2;
  const base = evaluate(b, s, metrics);
  const infos = opts.levers ? opts.levers.map((l) => leverInfo(s, l)) : listLevers(s);
  const rows = infos.map((info): TornadoRow => {
    const low = Math.max(info.min, info.value * (1 - delta));
    const high = Math.min(info.max, info.value * (1 + delta));
    if (info.value === 0) {
      return { lever: info.lever, label: info.label, base: 0, low: 0, high: 0, atLow: base, atHigh: base, swing: 0, note: 'base value is 0: a relative change does not move it' };
    }
    const atLow = evaluate(b, withLever(s, info.lever, low), metrics);
    const atHigh = evaluate(b, withLever(s, info.lever, high), metrics);
    return { lever: info.lever, label: info.label, base: info.value, low, high, atLow, atHigh, swing: Math.abs(atHigh[0] - atLow[0]) };
  });
  rows.sort((x, y) => y.swing - x.swing);
  return { metrics, base, delta, rows };
}

export interface GoalSeekResult {
  status: 'found' | 'unreachable';
  lever: Lever;
  metric: Metric;
  target: number;
  /** Lever value hitting the target (null when unreachable). */
  value: number | null;
  achieved: number | null;
  iterations: number;
  range: { lo: number; hi: number; atLo: number; atHi: number };
  message: string;
}

/**
 * Finds the lever value at which the metric equals `target`, by Brent's method over the lever's
 * range (or the one given). The metric is assumed monotone in the lever (true for the levers
 * here on their own: more adoption releases more capacity, more attrition lowers supply); if the
 * target lies outside [metric(lo), metric(hi)] it is reported unreachable with what is reachable.
 */
export function goalSeek(
  b: Baseline,
  s: Setting,
  q: { lever: Lever; metric: Metric; target: number; range?: [number, number]; tolerance?: number; maxIterations?: number },
): GoalSeekResult {
  const info = leverInfo(s, q.lever);
  const [lo, hi] = q.range ?? [info.min, info.max];
  let iterations = 0;
  const f = (x: number) => {
    iterations++;
    return evaluate(b, withLever(s, q.lever, x), [q.metric])[0] - q.target;
  };
  const fLo = f(lo);
  const fHi = f(hi);
  const range = { lo, hi, atLo: fLo + q.target, atHi: fHi + q.target };
  const tol = q.tolerance ?? 1e-9 * Math.max(1, hi - lo);
  const base = { lever: q.lever, metric: q.metric, target: q.target, range };
  if (fLo === 0) return { ...base, status: 'found', value: lo, achieved: q.target, iterations, message: 'target met at the low end of the range' };
  if (fHi === 0) return { ...base, status: 'found', value: hi, achieved: q.target, iterations, message: 'target met at the high end of the range' };
  if (Math.sign(fLo) === Math.sign(fHi)) {
    return {
      ...base,
      status: 'unreachable',
      value: null,
      achieved: null,
      iterations,
      message: `${info.label} between ${lo} and ${hi} gives ${range.atLo.toFixed(3)} to ${range.atHi.toFixed(3)}; the target ${q.target} is outside that range.`,
    };
  }
  const x = brent(f, lo, hi, fLo, fHi, tol, q.maxIterations ?? 100);
  const achieved = evaluate(b, withLever(s, q.lever, x), [q.metric])[0];
  return { ...base, status: 'found', value: x, achieved, iterations, message: `${info.label} = ${x.toPrecision(6)} gives ${achieved.toFixed(4)}` };
}

/** Brent's root finder (inverse quadratic / secant steps guarded by bisection). */
export function brent(f: (x: number) => number, a: number, b: number, fa: number, fb: number, tol: number, maxIter: number): number {
  if (Math.abs(fa) < Math.abs(fb)) {
    [a, b] = [b, a];
    [fa, fb] = [fb, fa];
  }
  let c = a;
  let fc = fa;
  let d = b - a;
  let bisected = true;
  for (let i = 0; i < maxIter && fb !== 0 && Math.abs(b - a) > tol; i++) {
    let s: number;
    if (fa !== fc && fb !== fc) {
      s = (a * fb * fc) / ((fa - fb) * (fa - fc)) + (b * fa * fc) / ((fb - fa) * (fb - fc)) + (c * fa * fb) / ((fc - fa) * (fc - fb));
    } else s = b - (fb * (b - a)) / (fb - fa);
    const lo = (3 * a + b) / 4;
    const outside = (s - lo) * (s - b) > 0;
    if (
      outside ||
      (bisected && Math.abs(s - b) >= Math.abs(b - c) / 2) ||
      (!bisected && Math.abs(s - b) >= Math.abs(c - d) / 2) ||
      (bisected && Math.abs(b - c) < tol) ||
      (!bisected && Math.abs(c - d) < tol)
    ) {
      s = (a + b) / 2;
      bisected = true;
    } else bisected = false;
    const fs = f(s);
    d = c;
    c = b;
    fc = fb;
    if (fa * fs < 0) {
      b = s;
      fb = fs;
    } else {
      a = s;
      fa = fs;
    }
    if (Math.abs(fa) < Math.abs(fb)) {
      [a, b] = [b, a];
      [fa, fb] = [fb, fa];
    }
  }
  return b;
}
