// Invariants over random engagements and scenarios (fast-check).
import fc from 'fast-check';
import { prepareBaseline } from '../../../../src/main/engine/scenario/baseline';
import { compileScenario } from '../../../../src/main/engine/scenario/compile';
import { project } from '../../../../src/main/engine/scenario/kernel';
import { runMonteCarlo } from '../../../../src/main/engine/scenario/montecarlo';
import { rollup } from '../../../../src/main/engine/scenario/rollup';
import { ZERO_UNCERTAINTY } from '../../../../src/main/engine/scenario/uncertainty';
import { scenario, workforce } from './arbitraries';

const caseArb = workforce.chain((data) => scenario(data).map((body) => ({ data, body })));

/** Equal up to rounding: relative to the size of the stocks involved (they reach millions). */
function expectClose(a: number, b: number, scale: number): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
}

describe('scenario engine properties', () => {
  it('conserves headcount: heads(k) = heads(k-1) + hires - exits, in total, every period', () => {
    fc.assert(
      fc.property(caseArb, ({ data, body }) => {
        const cs = compileScenario(prepareBaseline(data), body);
        const p = project(cs.model);
        const { C, T } = cs.model;
        for (let k = 1; k <= T; k++) {
          let before = 0;
          let after = 0;
          let hires = 0;
          let exits = 0;
          let movesIn = 0;
          let movesOut = 0;
          for (let c = 0; c < C; c++) {
            before += p.supplyHeads[(k - 1) * C + c];
            after += p.supplyHeads[k * C + c];
            hires += p.hires[k * C + c];
            exits += p.exits[k * C + c];
            movesIn += p.movesIn[k * C + c];
            movesOut += p.movesOut[k * C + c];
            // Each cell too: what came in and went out explains the change.
            const cellChange = p.supplyHeads[k * C + c] - p.supplyHeads[(k - 1) * C + c];
            const flows = p.hires[k * C + c] - p.exits[k * C + c] + p.movesIn[k * C + c] - p.movesOut[k * C + c];
            expectClose(cellChange, flows, p.supplyHeads[(k - 1) * C + c] + p.hires[k * C + c] + p.movesIn[k * C + c]);
          }
          expectClose(after, before + hires - exits, before + hires);
          expectClose(movesIn, movesOut, movesIn);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never gives negative supply, exits, hires or demand', () => {
    fc.assert(
      fc.property(caseArb, ({ data, body }) => {
        const cs = compileScenario(prepareBaseline(data), body);
        const p = project(cs.model);
        for (const arr of [p.supplyHeads, p.supplyFte, p.exits, p.hires, p.movesIn, p.movesOut, p.demandFte, p.vacancies]) {
          for (const v of arr) expect(v).toBeGreaterThanOrEqual(-1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('Monte Carlo without variance gives P10 = P50 = P90 = the deterministic run', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 2 ** 31 }), ({ data, body }, seed) => {
        const cs = compileScenario(prepareBaseline(data), body);
        const det = rollup(cs, project(cs.model), 'role');
        const mc = runMonteCarlo(cs.model, { runs: 5, seed, uncertainty: ZERO_UNCERTAINTY });
        for (let j = 0; j < det.values.supply.length; j++) {
          const s = det.values.supply[j];
          // Float32 storage of the runs: relative 1e-6.
          const tol = 1e-6 * Math.max(1, Math.abs(s));
          expect(Math.abs(mc.supply.p50[j] - s)).toBeLessThan(tol);
          expect(Math.abs(mc.supply.p10[j] - s)).toBeLessThan(tol);
          expect(Math.abs(mc.supply.p90[j] - s)).toBeLessThan(tol);
          expect(Math.abs(mc.gap.p50[j] - det.values.gap[j])).toBeLessThan(tol + 1e-6 * Math.abs(det.values.demand[j]));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('Monte Carlo P50 approaches the deterministic run as the variance shrinks', () => {
    fc.assert(
      fc.property(caseArb, ({ data, body }) => {
        const cs = compileScenario(prepareBaseline(data), body);
        const det = rollup(cs, project(cs.model), 'total');
        const spread = (scale: number) => {
          const u = {
            attrition: { cv: 0.3 * scale, grouping: 'family' as const },
            adoptionTimeScale: { min: 1 - 0.3 * scale, mode: 1, max: 1 + 0.5 * scale },
            timeToFill: { cv: 0.4 * scale },
            rampTimeScale: { min: 1 - 0.2 * scale, mode: 1, max: 1 + 0.5 * scale },
          };
          const mc = runMonteCarlo(cs.model, { runs: 41, seed: 11, uncertainty: u });
          const T = cs.model.T;
          return Math.abs(mc.totals.supply.p50[T] - det.values.supply[T]);
        };
        const wide = spread(1);
        const narrow = spread(1e-4);
        expect(narrow).toBeLessThanOrEqual(wide + 1e-3 * Math.max(1, det.values.supply[cs.model.T]));
        expect(narrow).toBeLessThan(1e-2 * Math.max(1, det.values.supply[cs.model.T]));
      }),
      { numRuns: 40 },
    );
  });
});
