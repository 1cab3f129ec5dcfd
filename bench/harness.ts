// Benchmark harness: each metric prints one line, with its budget and, where a reference is
// measured in the same run, the ratio against it. Budgets live here, never in timed unit tests.
export interface Metric {
  name: string;
  /** Measured value. */
  value: number;
  unit: 'ms' | 's' | 'MB' | 'x' | 'rows/s' | string;
  /** Upper bound the metric must stay under, in the same unit. */
  budget?: number;
  /** A reference measured in the same run (e.g. sqlite3 .import) and the ratio against it. */
  reference?: { name: string; value: number };
  note?: string;
}

export interface BenchContext {
  /** Scratch folder for generated engagements, removed at the end. */
  dir: string;
  report(metric: Metric): void;
  /** Runs `fn` `repeat` times after `warmup` runs and returns the median in ms. */
  time(fn: () => unknown, opts?: { repeat?: number; warmup?: number }): number;
}

export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<void> | void;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeMs(fn: () => unknown, { repeat = 5, warmup = 1 } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

export function formatMetric(m: Metric): string {
  const v = m.value >= 100 ? m.value.toFixed(0) : m.value.toFixed(m.value >= 10 ? 1 : 2);
  const parts = [`${m.name}: ${v} ${m.unit}`];
  if (m.reference) {
    const ratio = m.value / m.reference.value;
    parts.push(`(${m.reference.name} ${m.reference.value.toFixed(1)} ${m.unit}, ratio ${ratio.toFixed(2)}x)`);
  }
  if (m.budget !== undefined) {
    const measured = m.reference ? m.value / m.reference.value : m.value;
    parts.push(`budget ${m.budget}${m.reference ? 'x' : ` ${m.unit}`} ${measured <= m.budget ? 'PASS' : 'FAIL'}`);
  }
  if (m.note) parts.push(`- ${m.note}`);
  return parts.join(' ');
}

/** Resident set size now, in MB. */
export const rssMb = (): number => process.memoryUsage().rss / 1024 / 1024;
