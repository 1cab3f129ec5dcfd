// Adoption curves (automation) and headcount ramps (new markets), as functions of months from
// the scenario start. Both are written so that stretching time (Monte Carlo "adoption speed" and
// "ramp speed") is one multiplier on the time axis.
import { CURVE_LINEAR, CURVE_S, CURVE_STEP } from './types';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Logistic S-curve normalised to start at exactly 0 at t = 0 and approach `target` as t grows:
 *   a(t) = target x (s(k(t - m)) - s(-k m)) / (1 - s(-k m)),  s(x) = 1 / (1 + e^-x)
 * where m is the midpoint (months) and k the steepness (per month). The plain logistic is already
 * near 0 at t = 0 when k m is large; the normalisation removes the jump it would otherwise cause at
 * the start. The price: at t = m the value is target x (0.5 - s0) / (1 - s0) with s0 = s(-k m),
 * slightly below half the target (0.5% of the target below it when k m = 5).
 * `scale` stretches time (midpoint x scale, steepness / scale): 1.2 means 20% slower adoption.
 */
export function sCurve(t: number, target: number, midpoint: number, steepness: number, scale = 1): number {
  if (t <= 0) return 0;
  const m = midpoint * scale;
  const k = steepness / scale;
  const s0 = sigmoid(-k * m);
  return (target * (sigmoid(k * (t - m)) - s0)) / (1 - s0);
}

/**
 * Linear adoption from 0 at `start` to `target` at `end` (months from the scenario start), flat
 * after. `scale` stretches the duration (start fixed). start = end is a step at that date.
 */
export function linearAdoption(t: number, target: number, start: number, end: number, scale = 1): number {
  const span = (end - start) * scale;
  if (span <= 0) return t >= start ? target : 0;
  return target * Math.min(1, Math.max(0, (t - start) / span));
}

export function adoptionAt(curve: number, t: number, target: number, a: number, b: number, scale = 1): number {
  return curve === CURVE_S ? sCurve(t, target, a, b, scale) : linearAdoption(t, target, a, b, scale);
}

/** Steepness of the ramp S-curve over its normalised length [0, 1]: 10 keeps 1%-99% inside. */
export const RAMP_S_STEEPNESS = 10;
const RAMP_S0 = sigmoid(-RAMP_S_STEEPNESS / 2);

/**
 * Share of a ramp's target reached `t` months from the start, for a ramp launched at `launch`
 * lasting `months` (x `scale`):
 * - linear: x = (t - launch) / months, clamped to [0, 1];
 * - s-curve: logistic in x with steepness 10, normalised to exactly 0 at x = 0 and 1 at x = 1
 *   (half at x = 0.5);
 * - step: the whole target from the launch date (the ramp length does not apply).
 * A ramp of 0 months is a step at launch whatever the curve.
 */
export function rampShare(curve: number, t: number, launch: number, months: number, scale = 1): number {
  if (t < launch) return 0;
  const len = months * scale;
  if (curve === CURVE_STEP || len <= 0) return 1;
  const x = (t - launch) / len;
  if (x >= 1) return 1;
  if (curve === CURVE_LINEAR) return x;
  return (sigmoid(RAMP_S_STEEPNESS * (x - 0.5)) - RAMP_S0) / (1 - 2 * RAMP_S0);
}

export const curveCode = (c: 'linear' | 's-curve' | 'step'): number =>
  c === 'linear' ? CURVE_LINEAR : c === 's-curve' ? CURVE_S : CURVE_STEP;
