// Tornado and goal-seek on a case with a closed-form answer: 100 clerks, 10% attrition a year,
// no hiring, half their work exposed to a tool adopted linearly to share x within 12 months.
// At month 18: supply = 100 x 0.9^1.5, demand = 100 x (1 - 0.5 x), so the surplus is absorbed by
// attrition exactly when x = 2 x (1 - 0.9^1.5).
import { prepareBaseline } from '../../../../src/main/engine/scenario/baseline';
import type { Setting } from '../../../../src/main/engine/scenario/levers';
import { listLevers, withLever } from '../../../../src/main/engine/scenario/levers';
import { evaluate, goalSeek, tornado, type Metric } from '../../../../src/main/engine/scenario/sensitivity';
import { body, emptyData, role, staff } from './fixtures';

const data = emptyData({
  roles: [role(1, 'Clerk')],
  staff: [staff(1, 100)],
  transitions: [{ fromRoleId: 1, toRoleId: null, kind: 'attrition', annualRate: 0.1 }],
});
const b = prepareBaseline(data);
const setting: Setting = {
  body: body({
    periods: 24,
    hiring: 'none',
    changes: [
      {
        type: 'automation',
        id: 'ocr',
        label: 'Document automation',
        roleIds: [1],
        exposure: { from: 'manual', value: 0.5 },
        adoption: { curve: 'linear', target: 0.4, startDate: '2026-01-01', byDate: '2027-01-01' },
        realisation: 1,
        investment: 0,
        newRequirements: [],
        objectiveIds: [],
      },
    ],
  }),
  options: {},
  defaults: { salaryInflation: 0.03, recruitingShare: 0.2 },
};
const gap18: Metric = { kind: 'role-gap', roleId: 1, period: 18 };

describe('goal-seek', () => {
  it('finds the adoption share at which attrition absorbs the surplus by month 18', () => {
    const r = goalSeek(b, setting, { lever: { kind: 'adoption-target', changeId: 'ocr' }, metric: gap18, target: 0 });
    expect(r.status).toBe('found');
    expect(r.value).toBeCloseTo(2 * (1 - 0.9 ** 1.5), 8);
    expect(r.achieved).toBeCloseTo(0, 8);
  });

  it('reports an unreachable target with the range the lever can reach', () => {
    const r = goalSeek(b, setting, { lever: { kind: 'adoption-target', changeId: 'ocr' }, metric: gap18, target: -60 });
    expect(r.status).toBe('unreachable');
    expect(r.value).toBeNull();
    expect(r.range.atLo).toBeCloseTo(100 - 100 * 0.9 ** 1.5, 8);
    expect(r.range.atHi).toBeCloseTo(50 - 100 * 0.9 ** 1.5, 8);
    expect(r.message).toMatch(/outside that range/);
  });

  it('seeks on an engine option too: the attrition multiplier that absorbs a 40% adoption', () => {
    const r = goalSeek(b, setting, { lever: { kind: 'attrition-scale' }, metric: gap18, target: 0, range: [0, 5] });
    // 100 x (1 - 0.1 m)^1.5 = 80  ->  m = (1 - 0.8^(2/3)) / 0.1
    expect(r.value).toBeCloseTo((1 - 0.8 ** (2 / 3)) / 0.1, 6);
  });
});

describe('tornado', () => {
  const t = tornado(b, setting, [{ kind: 'total-gap', period: 18 }, { kind: 'cost', part: 'payroll' }]);

  it('moves each lever 20% either way and sorts by swing of the first output', () => {
    expect(t.rows.map((r) => r.lever.kind)).toEqual(expect.arrayContaining(listLevers(setting).map((l) => l.lever.kind)));
    for (let i = 1; i < t.rows.length; i++) expect(t.rows[i - 1].swing).toBeGreaterThanOrEqual(t.rows[i].swing);
    const adoption = t.rows.find((r) => r.lever.kind === 'adoption-target')!;
    expect([adoption.low, adoption.high]).toEqual([0.4 * 0.8, 0.4 * 1.2]);
    // Gap at 18 = 100 x (1 - 0.5 x) - 100 x 0.9^1.5: the swing is 100 x 0.5 x 0.16.
    expect(adoption.swing).toBeCloseTo(8, 9);
    expect(adoption.atLow[0]).toBeCloseTo(evaluate(b, withLever(setting, adoption.lever, 0.32), [{ kind: 'total-gap', period: 18 }])[0], 12);
  });

  it('shows direction: more attrition widens the gap, time-to-fill does not matter without hiring', () => {
    const attrition = t.rows.find((r) => r.lever.kind === 'attrition-scale')!;
    expect(attrition.atHigh[0]).toBeGreaterThan(attrition.atLow[0]);
    expect(attrition.atHigh[1]).toBeLessThan(attrition.atLow[1]);
    const ttf = t.rows.find((r) => r.lever.kind === 'time-to-fill-scale')!;
    expect(ttf.swing).toBe(0);
    const inflation = t.rows.find((r) => r.lever.kind === 'salary-inflation')!;
    expect(inflation.swing).toBe(0);
    expect(inflation.atHigh[1]).toBeGreaterThan(inflation.atLow[1]);
  });
});
