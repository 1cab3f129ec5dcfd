// P10 / P50 / P90 of many short columns without sorting each one: three quickselects per
// column (the median first, then each tail inside its half), linear interpolation between order
// statistics (Hyndman & Fan type 7, as in R and NumPy's default).

type Arr = Float32Array | Float64Array;

/** Rearranges a[lo..hi] so a[k] holds the value of rank k, smaller ones before, larger after. */
export function select(a: Arr, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Median of three as pivot keeps already-sorted and constant columns linear.
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Arr, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

function minOf(a: Arr, lo: number, hi: number): number {
  let m = Infinity;
  for (let i = lo; i <= hi; i++) if (a[i] < m) m = a[i];
  return m;
}

export const QUANTILES = [0.1, 0.5, 0.9] as const;
const h = new Float64Array(3);
const r = new Int32Array(3);

/**
 * Writes P10, P50, P90 of a[off .. off + n) into out[0..2]. Reorders that slice.
 */
export function tertiles(a: Arr, off: number, n: number, out: Float64Array): void {
  if (n === 1) {
    out[0] = out[1] = out[2] = a[off];
    return;
  }
  const end = off + n - 1;
  // A column without spread (no uncertainty reaches it) needs no selection.
  let lo0 = a[off];
  let hi0 = lo0;
  for (let i = off + 1; i <= end; i++) {
    const v = a[i];
    if (v < lo0) lo0 = v;
    else if (v > hi0) hi0 = v;
  }
  if (lo0 === hi0) {
    out[0] = out[1] = out[2] = lo0;
    return;
  }
  h[0] = (n - 1) * QUANTILES[0];
  h[1] = (n - 1) * QUANTILES[1];
  h[2] = (n - 1) * QUANTILES[2];
  r[0] = Math.floor(h[0]);
  r[1] = Math.floor(h[1]);
  r[2] = Math.floor(h[2]);
  // Median: rank r1 over the whole slice, its successor is the minimum above it.
  select(a, off, end, off + r[1]);
  const m = a[off + r[1]];
  const mNext = r[1] + 1 < n ? minOf(a, off + r[1] + 1, end) : m;
  // Lower tail inside [0, r1]: position r1 holds the largest of that range.
  select(a, off, off + r[1], off + r[0]);
  const lo = a[off + r[0]];
  const loNext = r[0] + 1 <= r[1] ? minOf(a, off + r[0] + 1, off + r[1]) : mNext;
  // Upper tail inside (r1, n).
  let hi = m;
  let hiNext = mNext;
  if (r[2] > r[1]) {
    select(a, off + r[1] + 1, end, off + r[2]);
    hi = a[off + r[2]];
    hiNext = r[2] + 1 < n ? minOf(a, off + r[2] + 1, end) : hi;
  } else if (r[2] + 1 < n) hiNext = mNext;
  out[0] = lo + (h[0] - r[0]) * (loNext - lo);
  out[1] = m + (h[1] - r[1]) * (mNext - m);
  out[2] = hi + (h[2] - r[2]) * (hiNext - hi);
}
