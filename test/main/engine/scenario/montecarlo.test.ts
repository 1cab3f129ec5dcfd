// Monte Carlo: exact quantiles, seeds, and the worker pool giving the same result with 1 or 2
// workers as on the calling thread; progress and cancellation.
import fc from 'fast-check';
import type { ScenarioBody } from '../../../../src/shared/domain/scenario';
import { AppError } from '../../../../src/shared/result';
import { runMonteCarloParallel } from '../../../../src/main/engine/parallel/monte-carlo';
import { WorkerPool } from '../../../../src/main/engine/parallel/pool';
import { prepareBaseline } from '../../../../src/main/engine/scenario/baseline';
import { compileScenario } from '../../../../src/main/engine/scenario/compile';
import { runMonteCarlo, type McSettings } from '../../../../src/main/engine/scenario/montecarlo';
import { tertiles } from '../../../../src/main/engine/scenario/quantiles';
import { DEFAULT_UNCERTAINTY, describeUncertainty } from '../../../../src/main/engine/scenario/uncertainty';
import { scenario, workforce } from './arbitraries';
import { body, syntheticData } from './fixtures';

function type7(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < s.length ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
}

describe('quantiles', () => {
  it('P10/P50/P90 by selection equal the sorted type-7 quantiles', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), (xs) => {
        const out = new Float64Array(3);
        tertiles(Float64Array.from(xs), 0, xs.length, out);
        [0.1, 0.5, 0.9].forEach((p, i) => expect(out[i]).toBeCloseTo(type7(xs, p), 6));
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact on long, skewed and heavily tied columns (bucket selection)', () => {
    const column = fc.oneof(
      fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 64, maxLength: 3000 }),
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 64, maxLength: 2000 }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 2000 }).map((xs) => xs.map((x) => (x < 0.97 ? x : 1e9 * x))),
    );
    fc.assert(
      fc.property(column, (xs) => {
        const out = new Float64Array(3);
        tertiles(Float32Array.from(xs), 0, xs.length, out);
        const f = Array.from(Float32Array.from(xs));
        [0.1, 0.5, 0.9].forEach((p, i) => expect(out[i]).toBeCloseTo(type7(f, p), 4));
      }),
      { numRuns: 300 },
    );
  });

  it('handles ties and constant columns', () => {
    const out = new Float64Array(3);
    tertiles(Float64Array.from([3, 3, 3, 3]), 0, 4, out);
    expect(Array.from(out)).toEqual([3, 3, 3]);
    tertiles(Float64Array.from([1, 2, 2, 2, 9]), 0, 5, out);
    expect(Array.from(out)).toEqual([type7([1, 2, 2, 2, 9], 0.1), 2, type7([1, 2, 2, 2, 9], 0.9)]);
  });
});

const data = syntheticData(40, 2000, 3);
const automation: ScenarioBody['changes'][number] = {
  type: 'automation',
  id: 'a',
  label: 'Assistants',
  roleIds: data.roles.slice(0, 10).map((r) => r.id),
  exposure: { from: 'tasks' },
  adoption: { curve: 's-curve', target: 0.5, midpointMonths: 10, steepness: 0.4 },
  realisation: 0.8,
  investment: 0,
  newRequirements: [],
  objectiveIds: [],
};
const cs = compileScenario(prepareBaseline(data), body({ periods: 24, hiring: 'fill', changes: [automation] }));
const settings: McSettings = { runs: 64, seed: 20260101, uncertainty: DEFAULT_UNCERTAINTY, targetPeriod: 18 };

describe('Monte Carlo on the calling thread', () => {
  it('gives the same result for the same seed, and a different one for another seed', () => {
    const a = runMonteCarlo(cs.model, settings);
    const b = runMonteCarlo(cs.model, settings);
    const c = runMonteCarlo(cs.model, { ...settings, seed: 7 });
    expect(b).toEqual(a);
    expect(c.supply.p50).not.toEqual(a.supply.p50);
  });

  it('orders the bands and states the distributions', () => {
    const s = runMonteCarlo(cs.model, settings);
    for (const bands of [s.supply, s.demand, s.gap]) {
      for (let j = 0; j < bands.p50.length; j++) {
        expect(bands.p10[j]).toBeLessThanOrEqual(bands.p50[j] + 1e-9);
        expect(bands.p50[j]).toBeLessThanOrEqual(bands.p90[j] + 1e-9);
      }
    }
    // Attrition is uncertain, so the horizon's total supply has a real spread.
    expect(s.totals.supply.p90[24] - s.totals.supply.p10[24]).toBeGreaterThan(1);
    for (const p of s.pClosed) expect(p).toBeGreaterThanOrEqual(0);
    for (let r = 0; r < s.R; r++) expect(s.pNoShortage[r]).toBeGreaterThanOrEqual(s.pClosed[r]);
    expect(describeUncertainty(DEFAULT_UNCERTAINTY).map((d) => d.distribution)).toEqual(['beta', 'triangular', 'lognormal', 'triangular']);
    // A target beyond the horizon is judged at the horizon.
    expect(runMonteCarlo(cs.model, { ...settings, runs: 8, targetPeriod: 99 }).targetPeriod).toBe(24);
  });
});

describe('Monte Carlo on worker threads', () => {
  let one: WorkerPool;
  let two: WorkerPool;
  beforeAll(() => {
    one = new WorkerPool({ size: 1 });
    two = new WorkerPool({ size: 2 });
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it('equals the single-thread result with 1 and with 2 workers, reporting progress', async () => {
    const reference = runMonteCarlo(cs.model, settings);
    const seen: number[] = [];
    const a = await runMonteCarloParallel(cs.model, settings, { pool: one });
    const b = await runMonteCarloParallel(cs.model, settings, { pool: two, onProgress: (p) => p.phase === 'runs' && seen.push(p.done) });
    expect(a).toEqual(reference);
    expect(b).toEqual(reference);
    expect(seen[seen.length - 1]).toBe(settings.runs);
  });

  it('gives the same result for the same seed with 1 and 2 workers on random scenarios', async () => {
    await fc.assert(
      fc.asyncProperty(
        workforce.chain((d) => scenario(d).map((b) => ({ d, b }))),
        fc.integer({ min: 0, max: 2 ** 31 }),
        async ({ d, b }, seed) => {
          const model = compileScenario(prepareBaseline(d), b).model;
          const s: McSettings = { runs: 12, seed, uncertainty: DEFAULT_UNCERTAINTY };
          const x = await runMonteCarloParallel(model, s, { pool: one });
          const y = await runMonteCarloParallel(model, s, { pool: two });
          expect(y).toEqual(x);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('stops on cancel with a cancelled error, and the pool keeps working', async () => {
    const big = { ...settings, runs: 4000 };
    const controller = new AbortController();
    const run = runMonteCarloParallel(cs.model, big, {
      pool: two,
      signal: controller.signal,
      onProgress: (p) => p.done >= 16 && controller.abort(),
    });
    await expect(run).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.kind === 'cancelled');
    const after = await runMonteCarloParallel(cs.model, settings, { pool: two });
    expect(after).toEqual(runMonteCarlo(cs.model, settings));
  });
});
