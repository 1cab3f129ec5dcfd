// Adoption curves, ramps and the demand they produce, against hand-computed values.
import type { ScenarioChange } from '../../../../src/shared/domain/scenario';
import { prepareBaseline } from '../../../../src/main/engine/scenario/baseline';
import { compileScenario } from '../../../../src/main/engine/scenario/compile';
import { linearAdoption, rampShare, sCurve } from '../../../../src/main/engine/scenario/curves';
import { project } from '../../../../src/main/engine/scenario/kernel';
import { CURVE_LINEAR, CURVE_S, CURVE_STEP } from '../../../../src/main/engine/scenario/types';
import { body, emptyData, location, role, staff } from './fixtures';

const everyone = { roleIds: [], orgUnitIds: [], locationIds: [] };

describe('adoption curves', () => {
  it('S-curve: 0 at the start, just under half the target at the midpoint, the target in the long run', () => {
    // target 0.6, midpoint 10 months, steepness 0.5: s0 = 1 / (1 + e^5) = 0.00669285
    // a(10) = 0.6 x (0.5 - 0.00669285) / (1 - 0.00669285) = 0.6 x 0.49663103 = 0.29797862
    expect(sCurve(0, 0.6, 10, 0.5)).toBe(0);
    expect(sCurve(10, 0.6, 10, 0.5)).toBeCloseTo(0.29797862, 7);
    expect(sCurve(200, 0.6, 10, 0.5)).toBeCloseTo(0.6, 9);
    // A steep curve is half-way at its midpoint to many decimals.
    expect(sCurve(24, 1, 24, 2)).toBeCloseTo(0.5, 12);
    // Slower adoption (x 2) reaches at t = 20 what the plain curve reaches at t = 10.
    expect(sCurve(20, 0.6, 10, 0.5, 2)).toBeCloseTo(sCurve(10, 0.6, 10, 0.5), 12);
  });

  it('linear: nothing before the start, proportional in between, the target from the by-date on', () => {
    expect(linearAdoption(2, 0.5, 3, 15)).toBe(0);
    expect(linearAdoption(9, 0.5, 3, 15)).toBeCloseTo(0.25, 12);
    expect(linearAdoption(15, 0.5, 3, 15)).toBe(0.5);
    expect(linearAdoption(40, 0.5, 3, 15)).toBe(0.5);
    expect(linearAdoption(5, 0.5, 5, 5)).toBe(0.5);
  });
});

describe('ramps', () => {
  it('linear, s-curve and step shares of the target', () => {
    expect(rampShare(CURVE_LINEAR, 2, 2, 12)).toBe(0);
    expect(rampShare(CURVE_LINEAR, 8, 2, 12)).toBeCloseTo(0.5, 12);
    expect(rampShare(CURVE_LINEAR, 20, 2, 12)).toBe(1);
    expect(rampShare(CURVE_S, 2, 2, 12)).toBeCloseTo(0, 12);
    expect(rampShare(CURVE_S, 8, 2, 12)).toBeCloseTo(0.5, 12);
    expect(rampShare(CURVE_S, 14, 2, 12)).toBe(1);
    // Quarter of the way: (s(10 x -0.25) - s(-5)) / (1 - 2 s(-5)) = (0.0758582 - 0.0066929) / 0.9866143
    expect(rampShare(CURVE_S, 5, 2, 12)).toBeCloseTo(0.0701036, 6);
    expect(rampShare(CURVE_STEP, 1.99, 2, 12)).toBe(0);
    expect(rampShare(CURVE_STEP, 2, 2, 12)).toBe(1);
    expect(rampShare(CURVE_LINEAR, 2, 2, 0)).toBe(1);
  });
});

describe('demand', () => {
  const data = emptyData({
    roles: [role(1, 'Clerk', 'Ops', { locationId: 1 }), role(2, 'Analyst', 'Ops', { locationId: 1 }), role(3, 'Madrid clerk', 'Ops', { locationId: 2 })],
    locations: [location(1, 'Paris'), location(2, 'Madrid', { planned: true, launchDate: '2026-07-01' })],
    staff: [staff(1, 100, { locationId: 1 }), staff(2, 50, { locationId: 1, fte: 45 })],
    tasks: [
      { id: 1, roleId: 1, timeShare: 0.75, exposure: 0.8 },
      { id: 2, roleId: 1, timeShare: 0.25, exposure: 0.2 },
    ],
    exposures: [{ roleId: 2, source: 'eloundou', value: 0.4 }],
  });
  const b = prepareBaseline(data);
  const run = (changes: ScenarioChange[]) => {
    const cs = compileScenario(b, body({ periods: 24, changes }));
    return { cs, p: project(cs.model), C: cs.model.C };
  };

  it('automation releases baseline x exposure x adoption x realisation, exposure time-weighted from tasks', () => {
    // Clerk exposure = 0.75 x 0.8 + 0.25 x 0.2 = 0.65; linear to 0.6 over 12 months, realisation 0.5.
    const { p, C } = run([
      {
        type: 'automation',
        id: 'a',
        label: 'Bots',
        roleIds: [1],
        exposure: { from: 'tasks' },
        adoption: { curve: 'linear', target: 0.6, startDate: '2026-01-01', byDate: '2027-01-01' },
        realisation: 0.5,
        investment: 0,
        newRequirements: [],
        objectiveIds: [],
      },
    ]);
    // Period 6 ends 6 months in: adoption 0.6 x 6/12 = 0.3; released 100 x 0.65 x 0.3 x 0.5 = 9.75.
    expect(p.automationFte[6 * C + 0]).toBeCloseTo(9.75, 9);
    expect(p.demandFte[12 * C + 0]).toBeCloseTo(100 * (1 - 0.65 * 0.6 * 0.5), 9);
    expect(p.demandFte[12 * C + 1]).toBe(45);
  });

  it('reads an imported index, or only the chosen tasks, or a manual value', () => {
    const change = (exposure: never, taskIds?: number[]): ScenarioChange => ({
      type: 'automation',
      id: 'x',
      label: 'X',
      roleIds: [1, 2],
      taskIds,
      exposure,
      adoption: { curve: 'linear', target: 1, startDate: '2026-01-01', byDate: '2026-01-01' },
      realisation: 1,
      investment: 0,
      newRequirements: [],
      objectiveIds: [],
    });
    const index = run([change({ from: 'index', source: 'eloundou' } as never)]);
    expect(index.p.demandFte[1 * index.C + 1]).toBeCloseTo(45 * 0.6, 9);
    expect(index.cs.meta.warnings.some((w) => /no index exposure for Clerk/.test(w))).toBe(true);
    const oneTask = run([change({ from: 'tasks' } as never, [1])]);
    expect(oneTask.p.demandFte[1 * oneTask.C]).toBeCloseTo(100 * (1 - 0.6), 9);
    const manual = run([change({ from: 'manual', value: 0.3 } as never)]);
    expect(manual.p.demandFte[1 * manual.C + 1]).toBeCloseTo(45 * 0.7, 9);
  });

  it('compounds demand growth for the roles, units or locations in scope', () => {
    const { p, C } = run([{ type: 'demand', id: 'g', scope: { ...everyone, roleIds: [2] }, annualGrowth: 0.1 }]);
    expect(p.demandFte[12 * C + 1]).toBeCloseTo(45 * 1.1, 9);
    expect(p.demandFte[6 * C + 1]).toBeCloseTo(45 * Math.sqrt(1.1), 9);
    expect(p.demandFte[12 * C + 0]).toBe(100);
  });

  it('adds the new-market ramp from its launch date and the extra requirements at that location', () => {
    const { cs, p, C } = run([
      {
        type: 'new-market',
        id: 'es',
        label: 'Spain',
        locationId: 2,
        launchDate: '2026-07-01',
        timeToFillDays: {},
        ramp: [{ roleId: 3, target: 12, rampMonths: 6, curve: 'linear' }],
        extraRequirements: [{ skillId: 9, level: 4, weight: 1 }],
        internalShare: 0,
        objectiveIds: [],
      },
    ]);
    const cell = cs.meta.cells.roleCells[2][0];
    expect(p.rampFte[6 * C + cell]).toBe(0);
    // 1 July is 6 months in; three months later the ramp is half way.
    expect(p.demandFte[9 * C + cell]).toBeCloseTo(6, 9);
    expect(p.demandFte[12 * C + cell]).toBeCloseTo(12, 9);
    expect(cs.meta.requirements).toEqual([
      { roleId: 3, skillId: 9, level: 4, weight: 1, effectiveDate: '2026-07-01', locationId: 2, origin: { changeId: 'es', kind: 'new-market' } },
    ]);
  });
});
