// Career paths (absorbing chain) and calibration from a moves history, on cases solved by hand.
import { prepareBaseline } from '../../../../src/main/engine/scenario/baseline';
import { calibrateFromMoves } from '../../../../src/main/engine/scenario/calibration';
import { careerPaths } from '../../../../src/main/engine/scenario/careers';
import type { MoveInput } from '../../../../src/main/engine/scenario/types';
import { emptyData, goldenData, readGolden, role, staff } from './fixtures';

describe('career paths', () => {
  it('solves a two-role chain by hand', () => {
    // Junior: stay 0.5, promoted 0.2, exit 0.3. Senior: stay 0.6, exit 0.4.
    // I - Q = [[0.5, -0.2], [0, 0.4]]  ->  N = [[2, 1], [0, 2.5]]
    const data = emptyData({
      roles: [role(1, 'Junior'), role(2, 'Senior')],
      staff: [staff(1, 10), staff(2, 5)],
      transitions: [
        { fromRoleId: 1, toRoleId: 2, kind: 'move', annualRate: 0.2 },
        { fromRoleId: 1, toRoleId: null, kind: 'attrition', annualRate: 0.3 },
        { fromRoleId: 2, toRoleId: null, kind: 'attrition', annualRate: 0.4 },
      ],
    });
    const c = careerPaths(prepareBaseline(data));
    expect(Array.from(c.fundamental).map((x) => +x.toFixed(12))).toEqual([2, 1, 0, 2.5]);
    expect(c.expectedYears[0]).toBeCloseTo(3, 12);
    expect(c.expectedYears[1]).toBeCloseTo(2.5, 12);
    // Ever promoted: 0.2 / (1 - 0.5) = 0.4 = N_12 / N_22 = 1 / 2.5.
    expect(c.reach[0 * 2 + 1]).toBeCloseTo(0.4, 12);
    expect(c.reach[1 * 2 + 0]).toBe(0);
    expect(c.reach[0]).toBe(1);
    expect(c.returnProbability[0]).toBeCloseTo(0.5, 12);
  });

  it('matches the series I + Q + Q^2 + ... on the golden matrix', () => {
    const g = readGolden();
    const c = careerPaths(prepareBaseline(goldenData(g)));
    const n = g.states.length;
    const Q = g.states.map((s) => g.transition_rows_from_to[s]);
    let power: number[][] = Q.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
    const sum = power.map((row) => [...row]);
    for (let step = 0; step < 2000; step++) {
      power = power.map((row) => Q[0].map((_, j) => row.reduce((a, v, k) => a + v * Q[k][j], 0)));
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum[i][j] += power[i][j];
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) expect(c.fundamental[i * n + j]).toBeCloseTo(sum[i][j], 9);
      expect(c.expectedYears[i]).toBeCloseTo(sum[i].reduce((a, b) => a + b, 0), 9);
    }
    // An RSM never becomes an SF; an SF reaches RSM only through ASM.
    expect(c.reach[3 * n + 0]).toBe(0);
    expect(c.reach[0 * n + 3]).toBeCloseTo(sum[0][3] / sum[3][3], 12);
  });

  it('reports no finite expectation for a role nobody ever leaves', () => {
    const data = emptyData({
      roles: [role(1, 'Partner'), role(2, 'Associate')],
      staff: [staff(1, 3), staff(2, 10)],
      transitions: [
        { fromRoleId: 1, toRoleId: null, kind: 'attrition', annualRate: 0 },
        { fromRoleId: 2, toRoleId: 1, kind: 'move', annualRate: 0.1 },
        { fromRoleId: 2, toRoleId: null, kind: 'attrition', annualRate: 0.1 },
      ],
    });
    const c = careerPaths(prepareBaseline(data));
    expect(c.expectedYears).toEqual([null, null]);
    // Associates: promoted before leaving with probability 0.1 / 0.2.
    expect(c.reach[1 * 2 + 0]).toBeCloseTo(0.5, 12);
  });
});

describe('calibration from moves (occurrence / exposure)', () => {
  it('estimates hazards as events over person-years and converts them to annual probabilities', () => {
    // Window 2024-01-01 .. 2026-01-01 (731 days). Ten clerks in post throughout; one more leaves on
    // 2025-01-01 (366 days in the window); one is promoted on 2024-07-01 (182 days as clerk, then
    // 549 days as senior).
    const current = [
      ...Array.from({ length: 10 }, (_, i) => ({ ref: `c${i}`, roleId: 1, hireDate: '2020-01-01' })),
      { ref: 'p', roleId: 2, hireDate: '2019-05-01' },
    ];
    const moves = [
      { employeeRef: 'x', fromRoleId: 1, toRoleId: null, kind: 'attrition' as const, date: '2025-01-01' },
      { employeeRef: 'p', fromRoleId: 1, toRoleId: 2, kind: 'move' as const, date: '2024-07-01' },
    ];
    const cal = calibrateFromMoves(moves, current, { from: '2024-01-01', to: '2026-01-01' });
    const year = 365.2425;
    const clerkYears = (10 * 731 + 366 + 182) / year;
    expect(cal.exposureYears.get(1)).toBeCloseTo(clerkYears, 12);
    expect(cal.exposureYears.get(2)).toBeCloseTo(549 / year, 12);
    const lambda = 1 / clerkYears;
    const leave = 1 - Math.exp(-2 * lambda);
    const exit = cal.rates.find((r) => r.toRoleId === null)!;
    const move = cal.rates.find((r) => r.toRoleId === 2)!;
    expect(exit.annualRate).toBeCloseTo(leave / 2, 12);
    expect(move.annualRate).toBeCloseTo(leave / 2, 12);
    expect(exit.events).toBe(1);
  });

  it('uses calibrated rates when a role has enough history and no imported ones', () => {
    const current = Array.from({ length: 20 }, (_, i) => ({ ref: `c${i}`, roleId: 1, hireDate: null }));
    const moves: MoveInput[] = Array.from({ length: 4 }, (_, i) => ({ employeeRef: `x${i}`, fromRoleId: 1, toRoleId: null, kind: 'attrition', date: '2025-06-30' }));
    moves.push({ employeeRef: 'c0', fromRoleId: null, toRoleId: 1, kind: 'hire', date: '2024-01-01' });
    const data = emptyData({
      asOfDate: '2026-01-01',
      roles: [role(1, 'Agent'), role(2, 'Other')],
      staff: [staff(1, 20), staff(2, 3)],
      moves,
      currentEmployees: current,
    });
    const b = prepareBaseline(data, { calibrationFrom: '2025-01-01' });
    expect(b.rates.exitSource).toEqual(['calibrated', 'settings-default']);
    const exposure = b.rates.calibration!.exposureYears.get(1)!;
    expect(b.rates.exit[0]).toBeCloseTo(1 - Math.exp(-4 / exposure), 12);
  });
});
