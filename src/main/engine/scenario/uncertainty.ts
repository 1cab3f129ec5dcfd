// What a Monte Carlo run is uncertain about, stated as data the UI shows next to the bands.
//
// Each run draws one value of every uncertain ASSUMPTION and then runs the expected-value
// projection: the bands show how far the results move when the assumptions are wrong within the
// stated ranges (parameter uncertainty). They do not add the random noise of which individuals
// happen to leave, which is small next to it for roles of more than a few people and would cost
// a binomial draw per cell and period.
//   attrition      annual exit rates ~ Beta with mean = the point estimate and the stated CV; roles
//                  of one family (by default) share one draw: r_i = point_i x X_g / mean_g with
//                  X_g ~ Beta(mean_g, CV), mean_g the headcount-weighted mean exit rate of group g,
//                  because a tight labour market lifts a whole job family at once;
//   adoption speed each automation change's time axis is stretched by ~ Triangular(min, mode, max)
//                  (S-curve midpoint x f, linear duration x f);
//   time-to-fill   each location's times-to-fill x ~ LogNormal(median 1, CV);
//   ramp           each new market's ramp length x ~ Triangular(min, mode, max).
import type { UncertaintySpec } from '../../../shared/domain/scenario';
import { betaFromMeanCv, lognormalSigma, type Rng } from './random';
import type { CompiledModel, RunParams } from './types';

export interface ResolvedUncertainty {
  attrition: { cv: number; grouping: 'family' | 'role' | 'all' };
  adoptionTimeScale: { min: number; mode: number; max: number };
  timeToFill: { cv: number };
  rampTimeScale: { min: number; mode: number; max: number };
}

export const DEFAULT_UNCERTAINTY: ResolvedUncertainty = {
  attrition: { cv: 0.2, grouping: 'family' },
  adoptionTimeScale: { min: 0.75, mode: 1, max: 1.5 },
  timeToFill: { cv: 0.3 },
  rampTimeScale: { min: 0.8, mode: 1, max: 1.5 },
};

/** No uncertainty at all: every run equals the deterministic one. */
export const ZERO_UNCERTAINTY: ResolvedUncertainty = {
  attrition: { cv: 0, grouping: 'family' },
  adoptionTimeScale: { min: 1, mode: 1, max: 1 },
  timeToFill: { cv: 0 },
  rampTimeScale: { min: 1, mode: 1, max: 1 },
};

export function resolveUncertainty(spec: UncertaintySpec = {}): ResolvedUncertainty {
  return {
    attrition: spec.attrition ?? DEFAULT_UNCERTAINTY.attrition,
    adoptionTimeScale: spec.adoptionTimeScale ?? DEFAULT_UNCERTAINTY.adoptionTimeScale,
    timeToFill: spec.timeToFill ?? DEFAULT_UNCERTAINTY.timeToFill,
    rampTimeScale: spec.rampTimeScale ?? DEFAULT_UNCERTAINTY.rampTimeScale,
  };
}

export interface DistributionRow {
  parameter: 'attrition' | 'adoption speed' | 'time-to-fill' | 'ramp';
  distribution: 'beta' | 'triangular' | 'lognormal';
  parameters: Record<string, number | string>;
  text: string;
}

/** The distributions in words, for the results screen and the deck's appendix. */
export function describeUncertainty(u: ResolvedUncertainty): DistributionRow[] {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const tri = (t: { min: number; mode: number; max: number }) => `Triangular(${t.min}, ${t.mode}, ${t.max})`;
  return [
    {
      parameter: 'attrition',
      distribution: 'beta',
      parameters: { cv: u.attrition.cv, grouping: u.attrition.grouping },
      text: `Exit rates ~ Beta around each point estimate, coefficient of variation ${pct(u.attrition.cv)}, one draw per ${u.attrition.grouping === 'all' ? 'run' : u.attrition.grouping}.`,
    },
    {
      parameter: 'adoption speed',
      distribution: 'triangular',
      parameters: { ...u.adoptionTimeScale },
      text: `Adoption time (S-curve midpoint, linear duration) x ${tri(u.adoptionTimeScale)} per automation change.`,
    },
    {
      parameter: 'time-to-fill',
      distribution: 'lognormal',
      parameters: { median: 1, cv: u.timeToFill.cv },
      text: `Time-to-fill x LogNormal(median 1, CV ${pct(u.timeToFill.cv)}) per location.`,
    },
    {
      parameter: 'ramp',
      distribution: 'triangular',
      parameters: { ...u.rampTimeScale },
      text: `New-market ramp length x ${tri(u.rampTimeScale)} per market.`,
    },
  ];
}

/** Attrition group of each cell for a grouping, and the number of groups. */
export function attritionGroups(m: CompiledModel, grouping: ResolvedUncertainty['attrition']['grouping']): { of: Int32Array; count: number } {
  if (grouping === 'all') return { of: new Int32Array(m.C), count: 1 };
  if (grouping === 'role') return { of: m.cellRole, count: m.R };
  return { of: m.cellFamily, count: m.families };
}

/** Headcount-weighted mean annual exit rate of each attrition group (the Beta's mean). */
export function groupMeans(m: CompiledModel, groups: { of: Int32Array; count: number }): Float64Array {
  const num = new Float64Array(groups.count);
  const den = new Float64Array(groups.count);
  const plain = new Float64Array(groups.count);
  const count = new Float64Array(groups.count);
  for (let c = 0; c < m.C; c++) {
    const g = groups.of[c];
    num[g] += m.n0[c] * m.exitAnnual[c];
    den[g] += m.n0[c];
    plain[g] += m.exitAnnual[c];
    count[g]++;
  }
  return Float64Array.from(num, (x, g) => (den[g] > 0 ? x / den[g] : count[g] > 0 ? plain[g] / count[g] : 0));
}

/** Draws one run's multipliers, always in the same order (groups, changes, locations, markets). */
export function sampleRunParams(
  m: CompiledModel,
  u: ResolvedUncertainty,
  groups: { of: Int32Array; count: number },
  means: Float64Array,
  rng: Rng,
  out: RunParams,
  groupScale: Float64Array,
  locScale: Float64Array,
): void {
  for (let g = 0; g < groups.count; g++) {
    const ab = betaFromMeanCv(means[g], u.attrition.cv);
    groupScale[g] = ab ? rng.beta(ab.alpha, ab.beta) / means[g] : 1;
  }
  for (let c = 0; c < m.C; c++) out.exitScale[c] = groupScale[groups.of[c]];
  const a = u.adoptionTimeScale;
  for (let i = 0; i < out.adoptionScale.length; i++) out.adoptionScale[i] = rng.triangular(a.min, a.mode, a.max);
  const sigma = lognormalSigma(u.timeToFill.cv);
  // One draw per location plus one for cells without a location (the last slot).
  for (let l = 0; l <= m.L; l++) locScale[l] = sigma > 0 ? Math.exp(sigma * rng.normal()) : 1;
  for (let c = 0; c < m.C; c++) out.ttfScale[c] = locScale[m.capLoc[c] >= 0 ? m.capLoc[c] : m.L];
  const r = u.rampTimeScale;
  for (let i = 0; i < out.rampScale.length; i++) out.rampScale[i] = rng.triangular(r.min, r.mode, r.max);
}
