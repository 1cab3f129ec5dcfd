// The scenario loader on an in-memory engagement: every input the engine reads, the built-in
// baseline, saved bodies (latest or a given version), clear errors, and a run end to end.
import { migrations } from '../../../src/main/db/migrations';
import { loadScenarioInputs, loadWorkforceData } from '../../../src/main/db/repos/scenario-inputs';
import type { WritableDB } from '../../../src/main/db/types';
import { compileScenario, prepareBaseline, project, scenarioRows } from '../../../src/main/engine/scenario';
import { AppError } from '../../../src/shared/result';
import { memoryEngagement } from '../../helpers/engagement';

function engagement(): WritableDB {
  const db = memoryEngagement();
  return db;
}

function seed(db: WritableDB): void {
  db.exec(`
    INSERT INTO org_units (id, name, parent_id) VALUES (1, 'Operations', NULL), (2, 'Back office', 1);
    INSERT INTO locations (id, name, country, currency, labour_cost_index, planned, launch_date)
      VALUES (1, 'Leeds', 'GB', 'GBP', 1, 0, NULL), (2, 'Warsaw', 'PL', 'PLN', 0.5, 1, '2026-07-01');
    INSERT INTO location_time_to_fill (location_id, role_family, days) VALUES (1, 'Ops', 40), (1, 'IT', 75), (2, 'Ops', 50);
    INSERT INTO location_hiring_capacity (location_id, hires_per_month) VALUES (1, 4);
    INSERT INTO roles (id, title, family, level, org_unit_id, location_id, loaded_cost)
      VALUES (1, 'Clerk', 'Ops', 1, 2, 1, 0), (2, 'Senior clerk', 'Ops', 2, 2, 1, 52000), (3, 'Warsaw clerk', 'Ops', 1, 2, 2, 0);
    INSERT INTO employees (ref, role_id, org_unit_id, location_id, fte, salary, hire_date) VALUES
      ('E1', 1, 2, 1, 1, 30000, '2020-01-01'), ('E2', 1, 2, 1, 0.5, 16000, '2021-05-01'),
      ('E3', 1, 1, 1, 1, 31000, NULL), ('E4', 2, 2, 1, 1, 50000, '2018-03-01'), ('E5', NULL, NULL, NULL, 1, 1, NULL);
    INSERT INTO tasks (role_id, name, time_share, exposure) VALUES (1, 'Keying', 0.6, 0.9), (1, 'Calls', 0.4, 0.2);
    INSERT INTO role_exposures (role_id, source, measure, value, raw, imported_at) VALUES (1, 'eloundou', 'beta', 0.5, 0.5, '2026-01-01');
    INSERT INTO skills (id, name, category) VALUES (1, 'Polish', 'language');
    INSERT INTO role_requirements (role_id, skill_id, level, weight, effective_date) VALUES (3, 1, 4, 1, NULL);
    INSERT INTO role_transitions (from_role_id, to_role_id, kind, annual_rate) VALUES (1, 2, 'move', 0.1), (1, NULL, 'attrition', 0.15);
    INSERT INTO family_attrition (role_family, annual_rate, retirement_rate) VALUES ('Ops', 0.1, 0.02);
    INSERT INTO workforce_moves (employee_ref, employee_id, from_role_id, to_role_id, kind, move_date)
      VALUES ('old-ref', 4, 1, 2, 'move', '2023-04-01'), ('L1', NULL, 1, NULL, 'attrition', '2025-02-01');
  `);
}

const body = (target: number) => ({
  startDate: '2026-01-01',
  periodUnit: 'month',
  periods: 12,
  hiring: 'fill',
  assumptions: [],
  changes: [
    {
      type: 'new-market',
      id: 'pl',
      label: 'Poland',
      locationId: 2,
      launchDate: '2026-07-01',
      timeToFillDays: {},
      ramp: [{ roleId: 3, target, rampMonths: 3, curve: 'linear' }],
      extraRequirements: [],
      internalShare: 0.2,
      objectiveIds: [],
    },
  ],
});

function saveScenario(db: WritableDB): void {
  db.prepare(`INSERT INTO scenarios (id, name, kind, created_at) VALUES (1, 'Poland entry', 'new-market', '2026-01-01')`).run();
  const v = db.prepare(`INSERT INTO scenario_versions (scenario_id, version, created_at, body) VALUES (1, ?, '2026-01-01', ?)`);
  v.run(1, JSON.stringify(body(6)));
  v.run(2, JSON.stringify(body(9)));
}

describe('scenario inputs loader', () => {
  it('reads the workforce, rates, locations, exposures and settings the engine needs', () => {
    const db = engagement();
    seed(db);
    const data = loadWorkforceData(db);
    expect(data.asOfDate).toBe('2026-01-01');
    expect(data.costs).toEqual({ defaultAttritionRate: 0.1, salaryInflation: 0.03, recruitingShareOfSalary: 0.2 });
    expect(data.roles.map((r) => [r.id, r.family, r.level, r.orgUnitId, r.locationId, r.loadedCost])).toEqual([
      [1, 'Ops', 1, 2, 1, 0],
      [2, 'Ops', 2, 2, 1, 52000],
      [3, 'Ops', 1, 2, 2, 0],
    ]);
    expect(data.staff).toEqual([
      { roleId: 1, locationId: 1, orgUnitId: 1, headcount: 1, fte: 1, salary: 31000 },
      { roleId: 1, locationId: 1, orgUnitId: 2, headcount: 2, fte: 1.5, salary: 46000 },
      { roleId: 2, locationId: 1, orgUnitId: 2, headcount: 1, fte: 1, salary: 50000 },
    ]);
    expect(data.unassignedEmployees).toBe(1);
    expect(data.locations[0]).toMatchObject({ name: 'Leeds', planned: false, timeToFillDays: { Ops: 40, IT: 75 }, hiresPerMonth: 4 });
    expect(data.locations[1]).toMatchObject({ name: 'Warsaw', planned: true, launchDate: '2026-07-01', labourCostIndex: 0.5, hiresPerMonth: null });
    expect(data.transitions).toEqual([
      { fromRoleId: 1, toRoleId: 2, kind: 'move', annualRate: 0.1 },
      { fromRoleId: 1, toRoleId: null, kind: 'attrition', annualRate: 0.15 },
    ]);
    // A move linked to a current employee uses that employee's pseudonym.
    expect(data.moves.map((m) => [m.employeeRef, m.kind, m.date])).toEqual([
      ['E4', 'move', '2023-04-01'],
      ['L1', 'attrition', '2025-02-01'],
    ]);
    expect(data.currentEmployees).toHaveLength(4);
    expect(data.familyAttrition).toEqual([{ family: 'Ops', annualRate: 0.1, retirementRate: 0.02 }]);
    expect(data.tasks.map((t) => t.exposure)).toEqual([0.9, 0.2]);
    expect(data.exposures).toEqual([{ roleId: 1, source: 'eloundou', value: 0.5 }]);
    expect(data.requirements).toEqual([{ roleId: 3, skillId: 1, level: 4, weight: 1, effectiveDate: null }]);
  });

  it('loads a saved scenario (latest version or a given one) and the built-in baseline', () => {
    const db = engagement();
    seed(db);
    saveScenario(db);
    const latest = loadScenarioInputs(db, { name: 'poland ENTRY' });
    expect(latest.scenario).toMatchObject({ id: 1, name: 'Poland entry', version: 2 });
    expect(latest.scenario.body.changes[0]).toMatchObject({ type: 'new-market', ramp: [{ target: 9 }] });
    expect(loadScenarioInputs(db, { id: 1, version: 1 }).scenario.body.changes[0]).toMatchObject({ ramp: [{ target: 6 }] });
    const base = loadScenarioInputs(db, { name: 'baseline' });
    expect(base.scenario).toMatchObject({ id: null, name: 'baseline', body: { startDate: '2026-01-01', periods: 18, periodUnit: 'month', changes: [] } });
  });

  it('names a missing scenario and an invalid stored body', () => {
    const db = engagement();
    seed(db);
    expect(() => loadScenarioInputs(db, { name: 'Nope' })).toThrow(AppError);
    expect(() => loadScenarioInputs(db, { name: 'Nope' })).toThrow(/No scenario "Nope"/);
    db.prepare(`INSERT INTO scenarios (id, name, kind, created_at) VALUES (5, 'Broken', 'custom', '2026-01-01')`).run();
    db.prepare(`INSERT INTO scenario_versions (scenario_id, version, created_at, body) VALUES (5, 1, '2026-01-01', '{"startDate":"2026-01-01","periodUnit":"week"}')`).run();
    expect(() => loadScenarioInputs(db, { id: 5 })).toThrow(/Broken version 1 is invalid at periodUnit/);
  });

  it('feeds the engine end to end: Warsaw ramps up, partly from Leeds clerks', () => {
    const db = engagement();
    seed(db);
    saveScenario(db);
    const { data, scenario } = loadScenarioInputs(db, { id: 1 });
    const cs = compileScenario(prepareBaseline(data), scenario.body);
    const p = project(cs.model);
    const rows = scenarioRows(cs, p);
    const warsaw = rows.filter((r) => r.roleId === 3);
    expect(warsaw[6].demand).toBe(0);
    expect(warsaw[9].demand).toBeCloseTo(9, 9);
    const clerks = rows.filter((r) => r.roleId === 1);
    expect(clerks.slice(7, 10).some((r) => r.movesOut > 0)).toBe(true);
    // Leeds starts at most 4 hires a month across its roles; each arrival mixes at most two
    // months' requisitions with weights adding to 1, so arrivals stay within 4 too.
    for (let k = 1; k <= 12; k++) {
      const leeds = rows.filter((x) => x.period === k && x.roleId !== 3).reduce((a, r) => a + r.hires, 0);
      expect(leeds).toBeLessThanOrEqual(4 + 1e-9);
    }
    expect(cs.meta.ttfSource[cs.meta.cells.roleCells[2][0]]).toBe('location');
  });
});
