// Career paths from the annual transition matrix, read as an absorbing Markov chain: roles are
// the transient states, leaving the organisation is absorbing. With Q the role-to-role part
// (stay on the diagonal), the fundamental matrix N = (I - Q)^-1 gives
//   N_ij           = expected number of years spent in role j by someone now in role i
//                    (counting the current year when j = i);
//   expectedYears_i = sum_j N_ij: expected years remaining in the organisation;
//   reach_ij        = N_ij / N_jj for i != j: probability of ever holding role j (first-passage
//                    probability; N_ij = reach_ij x N_jj because every visit to j starts a stay
//                    worth N_jj expected years); reach_ii = 1 (already there);
//   return_i        = (N_ii - 1) / N_ii: probability of coming back to role i after leaving it.
// A role nobody ever leaves (no exit path) makes I - Q singular: its figures are null.
import type { Baseline } from './baseline';

export interface CareerPaths {
  roleIds: number[];
  /** Expected years remaining, null where the chain never leaves. */
  expectedYears: (number | null)[];
  /** Row-major R x R: reach[i * R + j]; NaN where undefined. */
  reach: Float64Array;
  returnProbability: Float64Array;
  /** Row-major fundamental matrix N (years in role j starting from role i). */
  fundamental: Float64Array;
}

/** Solves A X = B in place for X (A is n x n, B is n x m, both row-major) by LU with pivoting. */
export function solveDense(a: Float64Array, b: Float64Array, n: number, m: number): boolean {
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]) > Math.abs(a[piv * n + col])) piv = r;
    if (Math.abs(a[piv * n + col]) < 1e-12) return false;
    if (piv !== col) {
      for (let j = 0; j < n; j++) [a[col * n + j], a[piv * n + j]] = [a[piv * n + j], a[col * n + j]];
      for (let j = 0; j < m; j++) [b[col * m + j], b[piv * m + j]] = [b[piv * m + j], b[col * m + j]];
    }
    const d = a[col * n + col];
    for (let r = col + 1; r < n; r++) {
      const f = a[r * n + col] / d;
      if (f === 0) continue;
      for (let j = col; j < n; j++) a[r * n + j] -= f * a[col * n + j];
      for (let j = 0; j < m; j++) b[r * m + j] -= f * b[col * m + j];
    }
  }
  for (let col = n - 1; col >= 0; col--) {
    const d = a[col * n + col];
    for (let j = 0; j < m; j++) {
      let v = b[col * m + j];
      for (let k = col + 1; k < n; k++) v -= a[col * n + k] * b[k * m + j];
      b[col * m + j] = v / d;
    }
  }
  return true;
}

/** Career paths over the baseline's annual role rates (the same matrix the projection uses). */
export function careerPaths(b: Baseline): CareerPaths {
  const { rates } = b;
  const R = rates.R;
  const roleIds = b.data.roles.map((r) => r.id);
  // Roles that can never reach an exit make the system singular; solve only the others.
  const canLeave = new Uint8Array(R);
  for (let i = 0; i < R; i++) canLeave[i] = rates.exit[i] > 0 ? 1 : 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < R; i++) {
      if (canLeave[i]) continue;
      for (let e = rates.moveStart[i]; e < rates.moveStart[i + 1]; e++) {
        if (canLeave[rates.moveTo[e]]) {
          canLeave[i] = 1;
          changed = true;
          break;
        }
      }
    }
  }
  const live = [...Array(R).keys()].filter((i) => canLeave[i]);
  const pos = new Int32Array(R).fill(-1);
  live.forEach((i, x) => (pos[i] = x));
  const n = live.length;
  // I - Q over the live roles: diagonal 1 - stay = exit + moves out; off-diagonal -move rate.
  // A role that can never leave is absorbing like the exit: moves into it leave the live set.
  const a = new Float64Array(n * n);
  const nMat = new Float64Array(n * n);
  for (let x = 0; x < n; x++) {
    const i = live[x];
    let out = rates.exit[i];
    for (let e = rates.moveStart[i]; e < rates.moveStart[i + 1]; e++) {
      out += rates.moveRate[e];
      const y = pos[rates.moveTo[e]];
      if (y >= 0) a[x * n + y] -= rates.moveRate[e];
    }
    a[x * n + x] += out;
    nMat[x * n + x] = 1;
  }
  solveDense(a, nMat, n, n);

  const fundamental = new Float64Array(R * R).fill(NaN);
  const reach = new Float64Array(R * R).fill(NaN);
  const returnProbability = new Float64Array(R).fill(NaN);
  const expectedYears: (number | null)[] = new Array(R).fill(null);
  for (let x = 0; x < n; x++) {
    const i = live[x];
    let years = 0;
    for (let j = 0; j < R; j++) if (!canLeave[j]) reach[i * R + j] = 0;
    for (let y = 0; y < n; y++) {
      const j = live[y];
      const v = nMat[x * n + y];
      fundamental[i * R + j] = v;
      years += v;
      reach[i * R + j] = i === j ? 1 : v / nMat[y * n + y];
      // Absorption into a role nobody leaves: B = N x (moves into it).
      for (let e = rates.moveStart[j]; e < rates.moveStart[j + 1]; e++) {
        if (!canLeave[rates.moveTo[e]]) reach[i * R + rates.moveTo[e]] += v * rates.moveRate[e];
      }
    }
    // Reaching a role nobody leaves means staying forever: no finite expectation.
    let trapped = false;
    for (let j = 0; j < R; j++) if (!canLeave[j] && reach[i * R + j] > 0) trapped = true;
    expectedYears[i] = trapped ? null : years;
    returnProbability[i] = (nMat[x * n + x] - 1) / nMat[x * n + x];
  }
  for (let i = 0; i < R; i++) {
    if (canLeave[i]) continue;
    // Never leaves: stays in role i (moves among such roles are not solved for).
    reach[i * R + i] = 1;
  }
  return { roleIds, expectedYears, reach, returnProbability, fundamental };
}
