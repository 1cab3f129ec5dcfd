// Seeded random numbers for Monte Carlo. Each run has its own generator derived from (seed,
// run index), so run r draws the same numbers whichever worker computes it and in whatever order:
// that is what makes results independent of the number of workers.

/** splitmix32: spreads (seed, run) into well-mixed 32-bit state words. */
function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** sfc32 (Chris Doty-Humphrey's small fast counting generator), 32-bit state words. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = NaN;

  constructor(seed: number, stream = 0) {
    let s = splitmix32((seed >>> 0) ^ Math.imul(stream + 1, 0x27d4eb2d));
    this.a = s;
    s = splitmix32(s);
    this.b = s;
    s = splitmix32(s);
    this.c = s;
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform on [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Standard normal (Marsaglia polar method; the second value is kept for the next call). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const v = this.spare;
      this.spare = NaN;
      return v;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    return u * f;
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang, with the shape < 1 boost. */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * this.next() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  beta(alpha: number, beta: number): number {
    const x = this.gamma(alpha);
    return x / (x + this.gamma(beta));
  }

  triangular(min: number, mode: number, max: number): number {
    if (max <= min) return mode;
    const u = this.next();
    const f = (mode - min) / (max - min);
    return u < f ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }
}

/**
 * Beta parameters for a given mean and coefficient of variation. The variance of a Beta is
 * below mean x (1 - mean); a CV asking for more is capped just under that bound.
 */
export function betaFromMeanCv(mean: number, cv: number): { alpha: number; beta: number } | null {
  if (mean <= 0 || mean >= 1 || cv <= 0) return null;
  const variance = Math.min((cv * mean) ** 2, 0.999 * mean * (1 - mean));
  const nu = (mean * (1 - mean)) / variance - 1;
  // A variance lost to underflow (tiny rates) is no spread at all.
  if (!(variance > 0) || !Number.isFinite(nu)) return null;
  return { alpha: mean * nu, beta: (1 - mean) * nu };
}

/** Log-normal sigma for a coefficient of variation: CV^2 = e^(sigma^2) - 1. */
export const lognormalSigma = (cv: number): number => Math.sqrt(Math.log1p(cv * cv));
