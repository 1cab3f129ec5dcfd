// Outputs of the scenario analyses (issue 5): Monte Carlo bands, sensitivity (tornado), goal-seek,
// career paths, "why" explanations, comparisons and flow imports. Split from scenario-types.ts,
// which re-exports them, so importers keep one module.
import type { z } from 'zod';
import type { Lever, Metric, ScenarioId, ScenarioKpis, ScenarioRunSettings } from './scenario-types';

export interface Band {
  p10: number[];
  p50: number[];
  p90: number[];
}

export interface DistributionRow {
  parameter: 'attrition' | 'adoption speed' | 'time-to-fill' | 'ramp';
  distribution: 'beta' | 'triangular' | 'lognormal';
  parameters: Record<string, number | string>;
  text: string;
}

export interface MonteCarloResult {
  runs: number;
  seed: number;
  dates: string[];
  targetPeriod: number;
  targetDate: string;
  tolerance: { absolute: number; relative: number };
  distributions: DistributionRow[];
  totals: Record<'supply' | 'demand' | 'shortage' | 'payroll' | 'hiringCost', Band>;
  /** Per role: bands per period, and the share of runs whose gap is closed / without shortage at the target. */
  roles: { roleId: number; role: string; supply: Band; demand: Band; gap: Band; pClosed: number; pNoShortage: number }[];
}

export interface MonteCarloTask {
  taskId: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  progress: { phase: 'queued' | 'runs' | 'summary' | 'done'; done: number; total: number };
  /** True when the result came from the cache without a run. */
  cached: boolean;
  error?: string;
  result?: MonteCarloResult;
}

export interface LeverView {
  lever: z.infer<typeof Lever>;
  label: string;
  value: number;
  min: number;
  max: number;
  unit: string;
}

export interface TornadoView {
  metrics: z.infer<typeof Metric>[];
  base: number[];
  delta: number;
  rows: { lever: z.infer<typeof Lever>; label: string; base: number; low: number; high: number; atLow: number[]; atHigh: number[]; swing: number; note?: string }[];
}

export interface GoalSeekView {
  status: 'found' | 'unreachable';
  lever: z.infer<typeof Lever>;
  metric: z.infer<typeof Metric>;
  target: number;
  value: number | null;
  achieved: number | null;
  iterations: number;
  range: { lo: number; hi: number; atLo: number; atHi: number };
  message: string;
}

export interface CareerRow {
  roleId: number;
  role: string;
  family: string;
  /** Expected years remaining in the organisation (null: the chain never leaves). */
  expectedYears: number | null;
  returnProbability: number | null;
  /** Probability of ever holding each other role, largest first (>= minProbability). */
  reachProbability: { roleId: number; role: string; probability: number }[];
}

export interface CareersView {
  roles: CareerRow[];
  /** Where each role's rates came from: imported table, calibrated from moves, or none. */
  moveSources: Record<'table' | 'calibrated' | 'none', number>;
  warnings: string[];
}

export interface ExplanationView {
  formula: string;
  inputs: { name: string; value: number | string | null; assumption?: boolean }[];
  result: number | null;
  unit?: string;
}

export interface ComparisonEntry {
  scenario: { id: ScenarioId; name: string; version: number | null };
  settings: ScenarioRunSettings;
  dates: string[];
  kpis: ScenarioKpis;
  /** This scenario minus the baseline on the same period grid (zero for the baseline itself). */
  deltas: ScenarioKpis;
  /** Organisation totals per period, and the same minus the baseline's. */
  series: Record<'supply' | 'demand' | 'gap' | 'shortage' | 'surplus' | 'hires' | 'exits' | 'payroll' | 'hiringCost', number[]>;
  deltaSeries: Record<'supply' | 'demand' | 'gap' | 'shortage' | 'payroll', number[]>;
  /** Per role at the horizon (roles with supply or demand in either run), and the same minus the baseline's. */
  roles: ComparisonRole[];
}

export interface ComparisonRole {
  roleId: number;
  role: string;
  supply: number;
  demand: number;
  gap: number;
  delta: { supply: number; demand: number; gap: number };
}

export interface ScenarioComparison {
  entries: ComparisonEntry[];
  warnings: string[];
}

export interface FlowsImportReport {
  kind: 'transitions' | 'moves';
  mode: 'validate' | 'commit';
  committed: boolean;
  file: string;
  /** Field -> the column it was read from (null: not in the file). */
  columns: Record<string, string | null>;
  counts: { rows: number; valid: number; invalid: number; added: number; replaced: number; unchanged: number };
  errors: { row: number; column: string | null; value: string; problem: string }[];
  errorCount: number;
  notes: string[];
}
