// Outputs built on a run: roll-ups, costs, skills gap over time and explanations.
import type { ScenarioBody } from '../../../../src/shared/domain/scenario';
import { prepareBaseline } from '../../../../src/main/engine/scenario/baseline';
import { compileScenario } from '../../../../src/main/engine/scenario/compile';
import { explain } from '../../../../src/main/engine/scenario/explain';
import { periodOf } from '../../../../src/main/engine/scenario';
import { project } from '../../../../src/main/engine/scenario/kernel';
import { rollup, seriesRows, totalCost } from '../../../../src/main/engine/scenario/rollup';
import { skillsGap } from '../../../../src/main/engine/scenario/skills';
import { body, emptyData, location, role, staff } from './fixtures';

const everyone = { roleIds: [], orgUnitIds: [], locationIds: [] };
const data = emptyData({
  costs: { defaultAttritionRate: 0.1, salaryInflation: 0.03, recruitingShareOfSalary: 0.25 },
  orgUnits: [
    { id: 1, name: 'Claims', parentId: null },
    { id: 2, name: 'Motor claims', parentId: 1 },
  ],
  locations: [location(1, 'Leeds', { labourCostIndex: 1 }), location(2, 'Krakow', { planned: true, labourCostIndex: 0.5 })],
  roles: [
    role(1, 'Handler', 'Claims', { orgUnitId: 2, locationId: 1, loadedCost: 60_000 }),
    role(2, 'Team lead', 'Claims', { orgUnitId: 1, locationId: 1 }),
    role(3, 'Krakow handler', 'Claims', { orgUnitId: 2, locationId: 2 }),
  ],
  staff: [staff(1, 40, { orgUnitId: 2, locationId: 1 }), staff(2, 5, { orgUnitId: 1, locationId: 1, salary: 5 * 80_000 })],
  transitions: [
    { fromRoleId: 1, toRoleId: 2, kind: 'move', annualRate: 0.05 },
    { fromRoleId: 1, toRoleId: null, kind: 'attrition', annualRate: 0.15 },
    { fromRoleId: 2, toRoleId: null, kind: 'attrition', annualRate: 0.08 },
  ],
  skills: [
    { id: 10, name: 'Claims law', category: 'domain' },
    { id: 11, name: 'AI triage tool', category: 'digital' },
    { id: 12, name: 'Polish', category: 'language' },
  ],
  requirements: [
    { roleId: 1, skillId: 10, level: 3, weight: 1, effectiveDate: null },
    { roleId: 3, skillId: 10, level: 3, weight: 1, effectiveDate: null },
  ],
});
const scenarioBody: ScenarioBody = body({
  periods: 12,
  hiring: 'replace',
  changes: [
    {
      type: 'automation',
      id: 'ai',
      label: 'AI triage',
      roleIds: [1],
      exposure: { from: 'manual', value: 0.5 },
      adoption: { curve: 'linear', target: 0.4, startDate: '2026-01-01', byDate: '2026-07-01' },
      realisation: 1,
      investment: 250_000,
      newRequirements: [{ roleId: null, skillId: 11, level: 2, weight: 0.5, effectiveDate: '2026-04-01' }],
      objectiveIds: [],
    },
    {
      type: 'new-market',
      id: 'pl',
      label: 'Poland',
      locationId: 2,
      launchDate: '2026-03-01',
      timeToFillDays: { Claims: 0 },
      ramp: [{ roleId: 3, target: 10, rampMonths: 0, curve: 'step' }],
      extraRequirements: [{ skillId: 12, level: 4, weight: 1 }],
      internalShare: 0,
      objectiveIds: [],
    },
    { type: 'time-to-fill', id: 't', scope: { ...everyone, roleIds: [1, 2] }, days: 30 },
  ],
});
const cs = compileScenario(prepareBaseline(data), scenarioBody);
const p = project(cs.model);
const C = cs.model.C;

describe('roll-ups', () => {
  it('sums cells per role, unit (with its parents) and location, splitting shortage from surplus', () => {
    const byRole = rollup(cs, p, 'role');
    const byUnit = rollup(cs, p, 'unit', { tree: true });
    const byLoc = rollup(cs, p, 'location');
    const total = rollup(cs, p, 'total');
    const k = 12;
    const t = total.values.supply[k];
    expect(byRole.values.supply.slice(k * 3, k * 3 + 3).reduce((a, b) => a + b, 0)).toBeCloseTo(t, 9);
    // Claims (parent) holds everyone; Motor claims holds handlers (both sites).
    expect(byUnit.values.supply[k * byUnit.G + 0]).toBeCloseTo(t, 9);
    expect(byUnit.values.supply[k * byUnit.G + 1]).toBeCloseTo(byRole.values.supply[k * 3 + 0] + byRole.values.supply[k * 3 + 2], 9);
    expect(byLoc.values.supply[k * byLoc.G + 1]).toBeCloseTo(byRole.values.supply[k * 3 + 2], 9);
    const g = total.values.gap[k];
    expect(total.values.shortage[k] - total.values.surplus[k]).toBeCloseTo(g, 9);
    // A target date maps to the first period ending on or after it.
    expect(periodOf(cs.meta.dates, '2026-06-15')).toBe(6);
    expect(periodOf(cs.meta.dates, '2026-06-01')).toBe(5);
    expect(periodOf(cs.meta.dates, '2030-01-01')).toBe(12);
    const rows = seriesRows(byRole, cs.meta.dates);
    expect(rows).toHaveLength(13 * 3);
    expect(rows[3 * 12]).toMatchObject({ period: 12, date: '2027-01-01', key: 1, label: 'Handler' });
  });

  it('costs payroll at cost per FTE (loaded cost, else salaries, scaled by cost index) with inflation, plus hiring', () => {
    const handler = cs.meta.cells.roleCells[0][0];
    const lead = cs.meta.cells.roleCells[1][0];
    const krakow = cs.meta.cells.roleCells[2][0];
    expect(cs.model.costPerFte[handler]).toBe(60_000);
    expect(cs.model.costPerFte[lead]).toBe(80_000);
    // Krakow handlers have no people and no loaded cost: the Claims family's FTE-weighted cost
    // per FTE (40 x 60,000 + 5 x 80,000) / 45, at Krakow's cost index 0.5 over Leeds' 1.
    expect(cs.model.costPerFte[krakow]).toBeCloseTo(((40 * 60_000 + 5 * 80_000) / 45) * 0.5, 6);
    const k = 4;
    const level = 1.03 ** (3 / 12);
    expect(p.payroll[k * C + handler]).toBeCloseTo(p.supplyFte[k * C + handler] * 60_000 * level / 12, 6);
    expect(p.hiringCost[k * C + handler]).toBeCloseTo(p.hires[k * C + handler] * 60_000 * level * 0.25, 6);
    const cost = totalCost(cs, p);
    expect(cost.investment).toBe(250_000);
    expect(cost.total).toBeCloseTo(cost.payroll + cost.hiring + 250_000, 6);
  });
});

describe('skills gap over time', () => {
  const s = skillsGap(cs, p);
  const S = s.skillIds.length;
  const idx = (id: number) => s.skillIds.indexOf(id);

  it("turns each role's FTE shortage into the skills it requires, with the level", () => {
    const k = 6;
    const short = (c: number) => Math.max(0, p.demandFte[k * C + c] - p.supplyFte[k * C + c]);
    const handler = cs.meta.cells.roleCells[0][0];
    const krakow = cs.meta.cells.roleCells[2][0];
    expect(s.shortageFte[k * S + idx(10)]).toBeCloseTo(short(handler) + short(krakow), 9);
    expect(s.shortageLevelFte[k * S + idx(10)]).toBeCloseTo(3 * (short(handler) + short(krakow)), 9);
    expect(s.demandFte[k * S + idx(10)]).toBeCloseTo(p.demandFte[k * C + handler] + p.demandFte[k * C + krakow], 9);
  });

  it('applies scenario requirements from their effective date, new-market ones at that location only', () => {
    const handler = cs.meta.cells.roleCells[0][0];
    const krakow = cs.meta.cells.roleCells[2][0];
    expect(s.demandFte[2 * S + idx(11)]).toBe(0);
    expect(s.demandFte[3 * S + idx(11)]).toBeCloseTo(p.demandFte[3 * C + handler], 9);
    expect(s.addedFte[3 * S + idx(11)]).toBeCloseTo(p.supplyFte[3 * C + handler], 9);
    expect(s.demandFte[1 * S + idx(12)]).toBe(0);
    expect(s.demandFte[2 * S + idx(12)]).toBeCloseTo(p.demandFte[2 * C + krakow], 9);
    expect(cs.meta.requirements.map((r) => [r.roleId, r.skillId, r.effectiveDate, r.locationId])).toEqual([
      [1, 11, '2026-04-01', null],
      [3, 12, '2026-03-01', 2],
    ]);
  });
});

describe('explanations', () => {
  it('supply: previous heads - exits - moves out + moves in + hires', () => {
    const e = explain(cs, p, { figure: 'supply', roleId: 1, period: 5 });
    const v = Object.fromEntries(e.inputs.map((i) => [i.name, Number(i.value)]));
    const heads =
      v['heads at end of previous period'] - v.exits - v['moves out (incl. transfers to new markets)'] + v['moves in (incl. transfers from other sites)'] + v['hires arriving'];
    expect(heads * v['FTE per head']).toBeCloseTo(e.result!, 3);
    expect(e.result).toBe(p.supplyFte[5 * C + cs.meta.cells.roleCells[0][0]]);
  });

  it('demand: names the automation assumptions and equals the run', () => {
    const e = explain(cs, p, { figure: 'demand', roleId: 1, period: 6 });
    expect(e.result).toBeCloseTo(40 * (1 - 0.5 * 0.4), 9);
    expect(e.inputs.filter((i) => i.assumption).map((i) => i.name)).toEqual(
      expect.arrayContaining(['AI triage: exposure (manual)', 'AI triage: adoption at this period', 'AI triage: realisation']),
    );
  });

  it('gap, exits, hires and cost equal the run and flag their assumptions', () => {
    const cell = cs.meta.cells.roleCells[0][0];
    const k = 7;
    expect(explain(cs, p, { figure: 'gap', roleId: 1, period: k }).result).toBeCloseTo(p.demandFte[k * C + cell] - p.supplyFte[k * C + cell], 12);
    const exits = explain(cs, p, { figure: 'exits', roleId: 1, period: k });
    expect(exits.result).toBe(p.exits[k * C + cell]);
    expect(exits.inputs.find((i) => i.name.startsWith('annual exit rate'))).toMatchObject({ name: 'annual exit rate (table)', value: 0.15, assumption: false });
    const hires = explain(cs, p, { figure: 'hires', roleId: 1, period: k });
    expect(hires.result).toBe(p.hires[k * C + cell]);
    expect(hires.inputs.find((i) => i.name.startsWith('time-to-fill'))).toMatchObject({ name: 'time-to-fill days (scenario override)', value: 30, assumption: true });
    const cost = explain(cs, p, { figure: 'cost', roleId: 1, period: k });
    expect(cost.result).toBeCloseTo(p.payroll[k * C + cell] + p.hiringCost[k * C + cell], 6);
  });
});
