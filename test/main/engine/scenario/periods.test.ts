// Annual rates on shorter periods: hand-computed conversions, and k short steps giving back the
// annual figure through the whole engine.
import { prepareBaseline } from '../../../../src/main/engine/scenario/baseline';
import { compileScenario } from '../../../../src/main/engine/scenario/compile';
import { project } from '../../../../src/main/engine/scenario/kernel';
import { convertRow, periodLeaveProbability } from '../../../../src/main/engine/scenario/periods';
import { body, emptyData, role, staff } from './fixtures';

describe('period conversion (constant-hazard competing risks)', () => {
  it('turns 10% a year into 1 - 0.9^(1/12) a month and 1 - 0.9^(1/4) a quarter', () => {
    // 0.9^(1/12) = e^(ln 0.9 / 12) = e^(-0.105360516 / 12) = e^(-0.008780043) = 0.991258...
    expect(periodLeaveProbability(0.1, 12)).toBeCloseTo(0.0087416, 7);
    expect(periodLeaveProbability(0.1, 4)).toBeCloseTo(0.0259963, 7);
    expect(periodLeaveProbability(0.1, 1)).toBe(0.1);
    expect(periodLeaveProbability(0, 12)).toBe(0);
    expect(periodLeaveProbability(1, 12)).toBe(1);
  });

  it('keeps each destination its share of the leave probability', () => {
    // Annual: exit 0.2, moves 0.1 and 0.1 -> leave 0.4, stay 0.6.
    const moves = new Float64Array(2);
    const exit = convertRow(0.2, [0.1, 0.1], 0, 2, 12, moves);
    const leave = 1 - 0.6 ** (1 / 12);
    expect(exit).toBeCloseTo(leave / 2, 12);
    expect(moves[0]).toBeCloseTo(leave / 4, 12);
    expect(moves[1]).toBeCloseTo(leave / 4, 12);
    // 12 months of staying compound back to the annual stay exactly.
    expect((1 - exit - moves[0] - moves[1]) ** 12).toBeCloseTo(0.6, 12);
  });

  const oneRole = (unit: 'month' | 'quarter' | 'year', periods: number) => {
    const data = emptyData({ roles: [role(1, 'Clerk')], staff: [staff(1, 1000)], transitions: [{ fromRoleId: 1, toRoleId: null, kind: 'attrition', annualRate: 0.1 }] });
    const cs = compileScenario(prepareBaseline(data), body({ periodUnit: unit, periods }));
    return project(cs.model);
  };

  it('12 monthly steps and 4 quarterly steps reproduce the annual 10% (900 of 1000 left)', () => {
    const monthly = oneRole('month', 24);
    const quarterly = oneRole('quarter', 8);
    const yearly = oneRole('year', 2);
    expect(monthly.supplyHeads[12]).toBeCloseTo(900, 9);
    expect(quarterly.supplyHeads[4]).toBeCloseTo(900, 9);
    expect(yearly.supplyHeads[1]).toBeCloseTo(900, 9);
    expect(monthly.supplyHeads[24]).toBeCloseTo(810, 9);
    // Exits of the first month: 1000 x 0.0087416.
    expect(monthly.exits[1]).toBeCloseTo(8.7416, 3);
    const monthExits = Array.from({ length: 12 }, (_, k) => monthly.exits[k + 1]).reduce((a, b) => a + b, 0);
    expect(monthExits).toBeCloseTo(100, 9);
  });

  it('uses the family default, then the settings default, when a role has no rates', () => {
    const data = emptyData({
      roles: [role(1, 'A', 'Ops'), role(2, 'B', 'Sales')],
      staff: [staff(1, 100), staff(2, 100)],
      familyAttrition: [{ family: 'Ops', annualRate: 0.2, retirementRate: 0.05 }],
      costs: { defaultAttritionRate: 0.15, salaryInflation: 0, recruitingShareOfSalary: 0.2 },
    });
    const b = prepareBaseline(data);
    expect(b.rates.exitSource).toEqual(['family-default', 'settings-default']);
    expect(b.rates.exit[0]).toBeCloseTo(0.25, 12);
    expect(b.rates.retire[0]).toBeCloseTo(0.05, 12);
    const p = project(compileScenario(b, body({ periodUnit: 'year', periods: 1 })).model);
    expect(p.supplyHeads[1 * 2 + 0]).toBeCloseTo(75, 9);
    expect(p.supplyHeads[1 * 2 + 1]).toBeCloseTo(85, 9);
    expect(p.retirements[1 * 2 + 0]).toBeCloseTo(5, 9);
  });

  it('refuses an imported row that adds up to more than 1 a year, naming the role', () => {
    const data = emptyData({
      roles: [role(1, 'Clerk'), role(2, 'Senior')],
      staff: [staff(1, 10)],
      transitions: [
        { fromRoleId: 1, toRoleId: null, kind: 'attrition', annualRate: 0.7 },
        { fromRoleId: 1, toRoleId: 2, kind: 'move', annualRate: 0.4 },
      ],
    });
    expect(() => prepareBaseline(data)).toThrow(/Clerk add up to 1\.1000/);
  });
});
