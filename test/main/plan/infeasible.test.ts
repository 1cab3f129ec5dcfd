// Demand that nothing can cover is reported with the constraints that stop each option, not
// relaxed: hiring capacity, time-to-fill, contractor cap, min fit, seats, budget, internal share.
import { shortfalls } from '../../../src/main/engine/plan/binding';
import { optimise } from '../../../src/main/plan/optimise';
import { SIMPLE, problem } from '../engine/plan/fixture';

const params = { ...SIMPLE, recruitingShareOfSalary: 0.1 };

describe('infeasible plans name the binding constraint', () => {
  it('hiring capacity, contractor cap and min fit', async () => {
    // B (at site 2, which can hire 1 person per period) needs 3 FTE from period 1. Contractors
    // are not allowed there; the only A person fits B at 0.6 < min fit 0.75.
    const pr = problem({
      T: 2,
      cells: [
        { role: 'A', demand: [0, 0], params },
        { role: 'B', location: 1, demand: [3, 3], params },
      ],
      people: [{ cell: 0 }],
      options: [{ person: 0, kind: 'reskill', cell: 1, fit: 0.6 }],
      capacity: [null, 1],
    });
    const o = await optimise(pr, { gap: 0 });
    const found = shortfalls(o.lay, o.cols, o.evaluation, o.selection.contractors);
    // Period 1: one hire arrives, 2 FTE short; period 2: a second hire, 1 FTE short.
    expect(found.map((s) => [s.role, s.period, Math.round(s.fte * 1000) / 1000])).toEqual([
      ['B', 1, 2],
      ['B', 2, 1],
    ]);
    for (const s of found) {
      const kinds = s.binding.map((b) => b.constraint);
      expect(kinds).toEqual(expect.arrayContaining(['hiring-capacity', 'contractor-cap', 'min-fit']));
      expect(s.binding.find((b) => b.constraint === 'hiring-capacity')!.detail).toMatch(/Site 2 \(1 hires per period\)/);
      expect(s.binding.find((b) => b.constraint === 'min-fit')!.detail).toMatch(/1 people fit B below the min fit of 75%/);
    }
    // Nothing was relaxed: hires stay within capacity.
    expect(o.evaluation.hiresRequested.every((h) => h <= 1 + 1e-9)).toBe(true);
  });

  it('time-to-fill: no hire can arrive in time', async () => {
    const pr = problem({
      T: 2,
      monthsPerPeriod: 1,
      cells: [{ role: 'B', demand: [1, 1], ttfDays: 25, params }],
      people: [],
      options: [],
    });
    const o = await optimise(pr, { gap: 0 });
    const found = shortfalls(o.lay, o.cols, o.evaluation, o.selection.contractors);
    expect(found.map((s) => s.period)).toEqual([1]);
    expect(found[0].binding.map((b) => b.constraint)).toEqual(['time-to-fill', 'contractor-cap']);
    expect(found[0].binding[0].detail).toMatch(/25 days: the first hire requested now arrives in period 2/);
    // From period 2 the hire covers it.
    expect(o.selection.hires[2]).toBeCloseTo(1, 6);
  });

  it('internal share of a new market: seats or budget', async () => {
    // The new market wants all of its 2 FTE filled internally; two people fit. Only 1 FTE can
    // move: the program has one seat per period (first run) or the budget pays for one
    // enrolment (second run).
    const spec = (seats: number, budget?: number) =>
      problem({
        T: 1,
        cells: [
          { role: 'A', demand: [0], params },
          { role: 'M', location: 1, demand: [2], internalShare: 1, params },
        ],
        people: [{ cell: 0 }, { cell: 0 }],
        options: [
          { person: 0, kind: 'reskill', cell: 1, fit: 1, programs: [0] },
          { person: 1, kind: 'reskill', cell: 1, fit: 1, programs: [0] },
        ],
        programs: [{ name: 'Language', cost: 1000, seats }],
        budget,
      });
    for (const [pr, expected, absent] of [
      [spec(1), 'seats', 'learning-budget'],
      [spec(2, 1500), 'learning-budget', 'seats'],
    ] as const) {
      const o = await optimise(pr, { gap: 0 });
      const found = shortfalls(o.lay, o.cols, o.evaluation, o.selection.contractors);
      const internal = found.find((s) => s.kind === 'internal-share')!;
      expect(internal.fte).toBeCloseTo(1, 6);
      const kinds = internal.binding.map((b) => b.constraint);
      expect(kinds).toEqual(expect.arrayContaining(['internal-share', expected]));
      expect(kinds).not.toContain(absent);
      expect(o.evaluation.feesByPeriod.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1500);
    }
  });
});
