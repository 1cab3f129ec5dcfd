// Hiring policies (replace, fill), time-to-fill, capacity, freezes and new-market transfers,
// each against a case small enough to compute by hand.
import type { ScenarioBody, ScenarioChange } from '../../../../src/shared/domain/scenario';
import { prepareBaseline } from '../../../../src/main/engine/scenario/baseline';
import { DAYS_PER_MONTH } from '../../../../src/main/engine/scenario/calendar';
import { compileScenario } from '../../../../src/main/engine/scenario/compile';
import { project } from '../../../../src/main/engine/scenario/kernel';
import type { WorkforceData } from '../../../../src/main/engine/scenario/types';
import { body, emptyData, location, role, staff } from './fixtures';

const everyone = { roleIds: [], orgUnitIds: [], locationIds: [] };
const ttf = (days: number): ScenarioChange => ({ type: 'time-to-fill', id: 'ttf', scope: everyone, days });
const exitRate = (roleId: number, annualRate: number) => ({ fromRoleId: roleId, toRoleId: null, kind: 'attrition' as const, annualRate });

function run(data: WorkforceData, over: Partial<ScenarioBody>) {
  const cs = compileScenario(prepareBaseline(data), body(over));
  return { cs, p: project(cs.model), C: cs.model.C };
}

describe('replace leavers', () => {
  const data = emptyData({ roles: [role(1, 'Clerk')], staff: [staff(1, 100)], transitions: [exitRate(1, 0.12)] });
  const p1 = 1 - 0.88 ** (1 / 12);

  it('keeps the role at its size when vacancies fill within the period', () => {
    const { p } = run(data, { hiring: 'replace', changes: [ttf(0)] });
    for (let k = 1; k <= 12; k++) {
      expect(p.supplyHeads[k]).toBeCloseTo(100, 9);
      expect(p.hires[k]).toBeCloseTo(p.exits[k], 9);
    }
  });

  it('hires leavers two periods later when time-to-fill is two months', () => {
    const { p } = run(data, { hiring: 'replace', changes: [ttf(2 * DAYS_PER_MONTH)] });
    const e1 = 100 * p1;
    const n1 = 100 - e1;
    const e2 = n1 * p1;
    const n2 = n1 - e2;
    const e3 = n2 * p1;
    expect(p.supplyHeads[1]).toBeCloseTo(n1, 9);
    expect(p.supplyHeads[2]).toBeCloseTo(n2, 9);
    expect(p.hires[3]).toBeCloseTo(e1, 9);
    expect(p.supplyHeads[3]).toBeCloseTo(n2 - e3 + e1, 9);
    expect(p.vacancies[2]).toBeCloseTo(e1 + e2, 9);
  });

  it('splits a fractional delay: half a period means half now, half next period', () => {
    const { p } = run(data, { hiring: 'replace', changes: [ttf(0.5 * DAYS_PER_MONTH)] });
    const e1 = 100 * p1;
    const n1 = 100 - e1 + 0.5 * e1;
    const e2 = n1 * p1;
    expect(p.hires[1]).toBeCloseTo(0.5 * e1, 9);
    expect(p.hires[2]).toBeCloseTo(0.5 * e1 + 0.5 * e2, 9);
    expect(p.supplyHeads[2]).toBeCloseTo(n1 - e2 + 0.5 * e1 + 0.5 * e2, 9);
  });

  it('hires nobody in periods overlapping a freeze, and does not catch up afterwards', () => {
    const freeze: ScenarioChange = { type: 'hiring-freeze', id: 'f', scope: everyone, from: '2026-03-15', to: '2026-05-10' };
    const { p } = run(data, { hiring: 'replace', changes: [ttf(0), freeze] });
    expect(p.hires[2]).toBeCloseTo(p.exits[2], 9);
    for (const k of [3, 4, 5]) expect(p.hires[k]).toBe(0);
    expect(p.hires[6]).toBeCloseTo(p.exits[6], 9);
    expect(p.supplyHeads[6]).toBeCloseTo(p.supplyHeads[2] - p.exits[3] - p.exits[4] - p.exits[5], 9);
  });
});

describe('fill to demand', () => {
  const data = emptyData({
    roles: [role(1, 'Engineer', 'Eng', { locationId: 1 })],
    locations: [location(1, 'Lyon', { hiresPerMonth: 2 })],
    staff: [staff(1, 100, { locationId: 1 })],
    transitions: [exitRate(1, 0)],
  });
  const growth: ScenarioChange = { type: 'demand', id: 'g', scope: everyone, annualGrowth: 1 };

  it('fills the gap within the period when capacity allows', () => {
    const { p } = run(data, { hiring: 'fill', changes: [growth, ttf(0)], hiringCapacity: [{ locationId: 1, hiresPerMonth: 1000 }] });
    for (let k = 1; k <= 12; k++) expect(p.supplyFte[k]).toBeCloseTo(p.demandFte[k], 9);
    expect(p.supplyFte[12]).toBeCloseTo(200, 9);
  });

  it('hires at most the location capacity per period and carries the gap', () => {
    const { p } = run(data, { hiring: 'fill', changes: [growth, ttf(0)] });
    for (let k = 1; k <= 12; k++) {
      expect(p.hires[k]).toBeCloseTo(2, 9);
      expect(p.supplyHeads[k]).toBeCloseTo(100 + 2 * k, 9);
    }
  });

  it('opens requisitions for the demand at arrival and waits for them', () => {
    const { p } = run(data, { hiring: 'fill', changes: [growth, ttf(3 * DAYS_PER_MONTH)], hiringCapacity: [{ locationId: 1, hiresPerMonth: 1000 }] });
    expect(p.hires[1]).toBe(0);
    expect(p.hires[2]).toBe(0);
    // Requisitions of period 1 target the demand of period 4 and arrive then.
    expect(p.supplyFte[4]).toBeCloseTo(p.demandFte[4], 9);
    expect(p.vacancies[1]).toBeCloseTo(p.demandFte[4] - 100, 9);
  });
});

describe('new-market transfers', () => {
  const data = emptyData({
    roles: [
      role(1, 'Sales', 'S', { level: 2, locationId: 1 }),
      role(2, 'Sales lead', 'S', { level: 3, locationId: 1 }),
      role(3, 'Ops', 'O', { level: 2, locationId: 1 }),
      role(4, 'Sales Madrid', 'S', { level: 2, locationId: 2 }),
    ],
    locations: [location(1, 'Paris'), location(2, 'Madrid', { planned: true, launchDate: '2026-03-01' })],
    staff: [staff(1, 100, { locationId: 1 }), staff(2, 20, { locationId: 1 }), staff(3, 50, { locationId: 1 })],
    transitions: [1, 2, 3, 4].map((r) => exitRate(r, 0)),
  });
  const market = (roleId: number, target: number, internalShare: number): ScenarioChange => ({
    type: 'new-market',
    id: 'es',
    label: 'Spain',
    locationId: 2,
    launchDate: '2026-03-01',
    timeToFillDays: { S: 0 },
    ramp: [{ roleId, target, rampMonths: 0, curve: 'step' }],
    extraRequirements: [],
    internalShare,
    transferSharePerMonth: 0.2,
    objectiveIds: [],
  });
  const cellOf = (cs: ReturnType<typeof run>['cs'], roleId: number, locationId: number) =>
    cs.meta.cells.roleCells[cs.baseline.roleIndex.get(roleId)!].find((c) => cs.meta.cells.location[c] === cs.baseline.locationIndex.get(locationId))!;

  it('moves the internal share from the same role elsewhere first; the home role loses what the market gains', () => {
    const { cs, p, C } = run(data, { hiring: 'none', changes: [market(1, 20, 0.5)] });
    const home = cellOf(cs, 1, 1);
    const away = cellOf(cs, 1, 2);
    const k = 2; // 1 March is the end of period 2
    expect(p.transfersOut[k * C + home]).toBeCloseTo(10, 9);
    expect(p.transfersIn[k * C + away]).toBeCloseTo(10, 9);
    expect(p.supplyHeads[k * C + home]).toBeCloseTo(90, 9);
    // The rest is hired (the ramp is a staffing plan even with hiring 'none' elsewhere).
    expect(p.hires[k * C + away]).toBeCloseTo(10, 9);
    expect(p.supplyHeads[k * C + away]).toBeCloseTo(20, 9);
    expect(p.transfersOut[k * C + cellOf(cs, 2, 1)]).toBe(0);
  });

  it('then same family and level, then the same family, each source at most its monthly share', () => {
    const { cs, p, C } = run(data, { hiring: 'none', changes: [market(4, 40, 1)] });
    const k = 2;
    expect(p.transfersOut[k * C + cellOf(cs, 1, 1)]).toBeCloseTo(20, 9);
    expect(p.transfersOut[k * C + cellOf(cs, 2, 1)]).toBeCloseTo(4, 9);
    expect(p.transfersOut[k * C + cellOf(cs, 3, 1)]).toBe(0);
    const dest = cellOf(cs, 4, 2);
    expect(p.transfersIn[k * C + dest]).toBeCloseTo(24, 9);
    expect(p.hires[k * C + dest]).toBeCloseTo(16, 9);
  });

  it('holds the new market\'s external hiring during a freeze and catches up after it', () => {
    const freeze: ScenarioChange = { type: 'hiring-freeze', id: 'f', scope: { ...everyone, locationIds: [2] }, from: '2026-02-15', to: '2026-03-10' };
    const { cs, p, C } = run(data, { hiring: 'none', changes: [market(1, 20, 0.5), freeze] });
    const away = cellOf(cs, 1, 2);
    // Periods 2 and 3 overlap the freeze: transfers still move, nobody is hired.
    expect(p.transfersIn[2 * C + away]).toBeCloseTo(10, 9);
    expect(p.hires[2 * C + away]).toBe(0);
    expect(p.hires[3 * C + away]).toBe(0);
    expect(p.hires[4 * C + away]).toBeCloseTo(10, 9);
    expect(p.supplyHeads[4 * C + away]).toBeCloseTo(20, 9);
  });

  it("backfills the home role's transfers under 'replace'", () => {
    const { cs, p, C } = run(data, { hiring: 'replace', changes: [market(1, 20, 0.5), ttf(0)] });
    const home = cellOf(cs, 1, 1);
    expect(p.hires[2 * C + home]).toBeCloseTo(10, 9);
    expect(p.supplyHeads[2 * C + home]).toBeCloseTo(100, 9);
  });
});
