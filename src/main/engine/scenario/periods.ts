// Converting annual transition probabilities to a shorter period.
//
// Method: constant-hazard competing risks, row by row. A person in role i faces one hazard per
// destination (each other role, exit). With annual probabilities m_ij of ending the year having
// moved to j (exit included) and annual stay s_i = 1 - sum_j m_ij, the total hazard is
// lambda_i = -ln(s_i) and cause j takes the fixed share m_ij / (1 - s_i) of it. Over a period of
// 1/k years:
//   stay_k = s_i^(1/k),  p_ij,k = (1 - s_i^(1/k)) x m_ij / (1 - s_i).
// Each converted row is a valid probability row (non-negative, sums to 1), so no matrix root or
// generator has to be repaired. Retention is exact: k steps of stay_k give s_i. A full-year matrix
// power P_k^k differs from P only by people making two or more moves within one year (second
// order in the move rates); k = 1 returns P itself, which is how the textbook case is reproduced.
// Calibrated rates come from hazards (calibration.ts), so this is the same model end to end.

/** 1 - (1 - q)^(1/k): the probability of leaving within 1/k of a year, q per year. */
export function periodLeaveProbability(annualLeave: number, periodsPerYear: number): number {
  if (annualLeave <= 0) return 0;
  if (annualLeave >= 1) return 1;
  if (periodsPerYear === 1) return annualLeave;
  // -expm1(log1p(-q)/k) keeps precision for small q where 1 - (1-q)^(1/k) would cancel.
  return -Math.expm1(Math.log1p(-annualLeave) / periodsPerYear);
}

/**
 * Converts one row in place into `outExit` / `outMoves` per-period probabilities.
 * `annualExit` and `annualMoves` must satisfy annualExit + sum(annualMoves) <= 1.
 */
export function convertRow(
  annualExit: number,
  annualMoves: ArrayLike<number>,
  from: number,
  to: number,
  periodsPerYear: number,
  outMoves: Float64Array,
): number {
  let leave = annualExit;
  for (let e = from; e < to; e++) leave += annualMoves[e];
  if (leave <= 0) {
    for (let e = from; e < to; e++) outMoves[e] = 0;
    return 0;
  }
  const ratio = periodLeaveProbability(Math.min(1, leave), periodsPerYear) / leave;
  for (let e = from; e < to; e++) outMoves[e] = annualMoves[e] * ratio;
  return annualExit * ratio;
}

/** Annual rate of an exit-only row to a per-period one (the common case, and the hand-checked one). */
export const periodExitRate = periodLeaveProbability;
