// P10 / P50 / P90 of many columns of a few hundred to a few thousand values, exactly, without
// sorting each column. Results are linear interpolations between order statistics
// (Hyndman & Fan type 7, as in R and NumPy's default).

type Arr = Float32Array | Float64Array;

export const QUANTILES = [0.1, 0.5, 0.9] as const;

/** Rearranges a[lo..hi] so a[k] holds the value of rank k, smaller ones before, larger after. */
export function select(a: Arr, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Median of three as pivot keeps sorted and constant columns linear.
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

/** Values of rank k and k + 1 of a[off .. off + n) by quickselect (reorders the slice). */
function rankPair(a: Arr, off: number, n: number, k: number, out: Float64Array): void {
  select(a, off, off + n - 1, off + k);
  out[0] = a[off + k];
  if (k + 1 >= n) {
    out[1] = out[0];
    return;
  }
  let m = Infinity;
  for (let i = off + k + 1; i < off + n; i++) if (a[i] < m) m = a[i];
  out[1] = m;
}

const BUCKETS = 256;
const counts = new Int32Array(BUCKETS);
const first = new Int32Array(3);
const lastB = new Int32Array(3);
const before = new Int32Array(3);
const filled = new Int32Array(3);
let buffers = [0, 1, 2].map(() => new Float64Array(1024));
const pair = new Float64Array(2);

/** Bucket of v among BUCKETS equal-width buckets over [min, max]: monotone in v. */
const bucketOf = (v: number, min: number, scale: number): number => {
  const b = ((v - min) * scale) | 0;
  return b < BUCKETS ? b : BUCKETS - 1;
};

/**
 * Writes P10, P50, P90 of a[off .. off + n) into out[0..2]. May reorder that slice. `range`,
 * when given, must be the exact min and max of the slice.
 * Exact order statistics by bucket selection: one pass counts values per equal-width bucket
 * (bucket order is value order), which tells the bucket holding each wanted rank; a second pass
 * copies just those buckets, and the rank is selected inside the copy. Two linear passes instead
 * of repeated partitioning.
 */
export function tertiles(a: Arr, off: number, n: number, out: Float64Array, range?: { min: number; max: number }): void {
  let min = a[off];
  let max = min;
  if (range) {
    // The caller saw every value while gathering the column.
    min = range.min;
    max = range.max;
  } else {
    for (let i = off + 1; i < off + n; i++) {
      const v = a[i];
      if (v < min) min = v;
      else if (v > max) max = v;
    }
  }
  // A column without spread (no uncertainty reaches it) needs no selection.
  if (min === max) {
    out[0] = out[1] = out[2] = min;
    return;
  }
  const scale = BUCKETS / (max - min);
  if (n < 64 || !Number.isFinite(scale)) {
    for (let q = 0; q < 3; q++) {
      const h = (n - 1) * QUANTILES[q];
      const k = Math.floor(h);
      rankPair(a, off, n, k, pair);
      out[q] = pair[0] + (h - k) * (pair[1] - pair[0]);
    }
    return;
  }
  counts.fill(0);
  for (let i = off; i < off + n; i++) counts[bucketOf(a[i], min, scale)]++;
  // Buckets holding rank k and rank k + 1 of each quantile, and how many values lie before them.
  for (let q = 0; q < 3; q++) {
    const k = Math.floor((n - 1) * QUANTILES[q]);
    const k1 = Math.min(n - 1, k + 1);
    let cum = 0;
    let b = 0;
    while (cum + counts[b] <= k) cum += counts[b++];
    first[q] = b;
    before[q] = cum;
    let cum1 = cum;
    let b1 = b;
    while (cum1 + counts[b1] <= k1) cum1 += counts[b1++];
    lastB[q] = b1;
    let size = 0;
    for (let x = b; x <= b1; x++) size += counts[x];
    if (buffers[q].length < size) buffers[q] = new Float64Array(Math.max(size, 2 * buffers[q].length));
    filled[q] = 0;
  }
  for (let i = off; i < off + n; i++) {
    const v = a[i];
    const b = bucketOf(v, min, scale);
    for (let q = 0; q < 3; q++) if (b >= first[q] && b <= lastB[q]) buffers[q][filled[q]++] = v;
  }
  for (let q = 0; q < 3; q++) {
    const h = (n - 1) * QUANTILES[q];
    const k = Math.floor(h);
    rankPair(buffers[q], 0, filled[q], k - before[q], pair);
    out[q] = pair[0] + (h - k) * (pair[1] - pair[0]);
  }
}
