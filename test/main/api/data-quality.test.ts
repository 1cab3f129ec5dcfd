// The data-quality panel on crafted data: every finding counts exactly the rows its rule names,
// and its click-through filter lists those rows in the table it points to.
import type { DataQualityReport } from '../../../src/shared/data-quality-types';
import type { PeopleFilters } from '../../../src/shared/edit-types';
import { testApi } from '../../helpers/engagement';

async function craftedEngagement() {
  const api = testApi();
  const created = await api.registry.call('createEngagement', { file: 'dq.skillshift', name: 'Crafted' });
  expect(created.ok).toBe(true);
  await api.registry.call('updateSettings', { meta: { asOfDate: '2026-01-01' }, settings: { privacy: { pseudonymise: false } } });
  const db = api.ctx.session.require().db;
  db.exec(`
    INSERT INTO org_units (id, name, parent_id) VALUES (1, 'A', NULL), (2, 'B', 1), (3, 'C', NULL), (4, 'D', 3);
    UPDATE org_units SET parent_id = 4 WHERE id = 3;
    INSERT INTO locations (id, name, country, currency) VALUES (1, 'Leeds', 'GB', 'GBP');
    INSERT INTO roles (id, title, family, org_unit_id, location_id) VALUES (1, 'Analyst', 'Ops', 1, 1), (2, 'Vacant', 'Ops', 2, 1), (3, 'Planner', 'Ops', 1, 1);
    INSERT INTO skills (id, name, category) VALUES (1, 'SQL', 'technical'), (2, 'Excel', 'digital'), (3, 'Latin', 'language');
    INSERT INTO role_requirements (role_id, skill_id, level, weight, effective_date) VALUES (1, 1, 3, 1, NULL), (1, 2, 2, 0.5, NULL), (3, 2, 2, 1, '2030-01-01');
    INSERT INTO employees (id, ref, name, role_id, org_unit_id, location_id, manager_id, fte, salary) VALUES
      (1, 'E1', 'Ann', 1, 1, 1, NULL, 1, 50000), (2, 'E2', 'Ben', 1, 1, 1, 1, 1, 51000), (3, 'E3', 'Cat', 1, 1, 1, 1, 1, 52000),
      (4, 'E4', 'Dan', 1, 1, 1, 1, 1, 49000), (5, 'E5', 'Eve', 1, 1, 1, 1, 0.5, 25250), (6, 'E6', 'Fay', 1, 1, 1, 1, 1, 150000),
      (7, 'E7', 'Gus', 1, 2, 1, NULL, 1.2, 60000), (8, 'E8', 'Hal', NULL, 1, 1, NULL, 1, 40000),
      (9, 'E9', 'Ivy', 3, NULL, NULL, NULL, 1, 45000), (10, 'E10', 'Jon', 3, 1, 1, 9, 1, 45000), (11, 'E11', 'Kim', 1, 1, 1, NULL, 0.05, 2500);
    UPDATE employees SET manager_id = 10 WHERE id = 9;
    INSERT INTO proficiencies (employee_id, skill_id, level, source) VALUES (1, 1, 3, 'self'), (2, 1, 2, 'self'), (3, 1, 0, 'self'), (4, 1, 4, 'self'), (1, 2, 1, 'self');
    INSERT INTO learning_programs (id, name, delivery, duration_months, cost_per_person) VALUES (1, 'SQL basics', 'online', 1, 100), (2, 'Empty', 'online', 1, 100);
    INSERT INTO program_skills (program_id, skill_id, uplift) VALUES (1, 1, 1);
  `);
  // A reference to a role that does not exist, as an import with foreign keys off could leave.
  db.pragma('foreign_keys = OFF');
  db.exec(`INSERT INTO employees (id, ref, role_id, org_unit_id, location_id, fte, salary) VALUES (12, 'E12', 999, 1, 1, 1, 1000)`);
  db.pragma('foreign_keys = ON');
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await api.registry.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  return { api, db, call };
}

describe('data quality', () => {
  it('counts each rule exactly and its click-through lists the rows it found', async () => {
    const { call } = await craftedEngagement();
    const report = await call<DataQualityReport>('getDataQuality', {});
    const byId = Object.fromEntries(report.findings.map((f) => [f.id, f]));
    const counts = Object.fromEntries(report.findings.map((f) => [f.id, f.count]));
    expect(counts).toEqual({
      'dangling-references': 1,
      'manager-loops': 2,
      'unit-loops': 2,
      'unit-mismatch': 1,
      'people-no-role': 1,
      'people-no-unit': 1,
      'people-no-location': 1,
      'roles-no-requirements': 2,
      'roles-no-incumbents': 1,
      'skills-unused': 1,
      'programs-no-skills': 1,
      'programs-no-objective': 2,
      'fte-outliers': 2,
      'salary-outliers': 1,
      'not-assessed': 11,
    });
    expect(byId['unit-loops'].examples.sort()).toEqual(['C', 'D']);
    expect(byId['dangling-references'].examples).toEqual(['employees: 1']);
    expect(byId['salary-outliers'].examples).toEqual(['Fay']);
    expect(byId['salary-outliers'].rule).toMatch(/robust z-score .* exceeds 3\.5/);
    for (const f of report.findings) expect(f.rule.length, f.id).toBeGreaterThan(30);

    const people = async (filters: PeopleFilters) =>
      (await call<{ rows: { ref: string }[] }>('listEmployees', { filters, limit: 100 })).rows.map((r) => r.ref).sort();
    const expected: Record<string, string[]> = {
      'dangling-references': ['E12'],
      'manager-loops': ['E10', 'E9'],
      'unit-mismatch': ['E7'],
      'people-no-role': ['E8'],
      'people-no-unit': ['E9'],
      'people-no-location': ['E9'],
      'fte-outliers': ['E11', 'E7'],
      'salary-outliers': ['E6'],
      'not-assessed': ['E11', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'],
    };
    for (const [id, refs] of Object.entries(expected)) {
      const target = byId[id].target;
      expect(target?.table, id).toBe('people');
      expect(await people(target!.filters as PeopleFilters), id).toEqual(refs);
    }
    const roles = await call<{ rows: { title: string }[] }>('listRoles', { filters: byId['roles-no-requirements'].target!.filters });
    expect(roles.rows.map((r) => r.title).sort()).toEqual(['Planner', 'Vacant']);
    const skills = await call<{ rows: { name: string }[] }>('listSkills', { filters: byId['skills-unused'].target!.filters });
    expect(skills.rows.map((s) => s.name)).toEqual(['Latin']);
    const programs = await call<{ rows: { name: string }[] }>('listProgramRows', { filters: byId['programs-no-skills'].target!.filters });
    expect(programs.rows.map((p) => p.name)).toEqual(['Empty']);
  });

  it('reports assessment coverage overall and by unit, unknown never counted as zero', async () => {
    const { call } = await craftedEngagement();
    const { assessment } = await call<DataQualityReport>('getDataQuality', {});
    expect(assessment).toMatchObject({ required: 16, notAssessed: 11 });
    expect(assessment.share).toBeCloseTo(11 / 16);
    expect(assessment.byUnit).toEqual([
      { orgUnitId: 2, unit: 'B', required: 2, notAssessed: 2, share: 1 },
      { orgUnitId: 1, unit: 'A', required: 14, notAssessed: 9, share: 9 / 14 },
    ]);
  });

  it('follows edits: fixing a row removes it from its finding', async () => {
    const { call } = await craftedEngagement();
    await call('updateRecord', { entity: 'employee', id: 6, changes: { salary: 50000 } });
    await call('updateRecord', { entity: 'employee', id: 7, changes: { fte: 1, salary: 50000, orgUnitId: 1 } });
    await call('createRecord', { entity: 'proficiency', values: { employeeId: 2, skillId: 2, level: 0 } });
    const report = await call<DataQualityReport>('getDataQuality', {});
    const count = (id: string) => report.findings.find((f) => f.id === id)!.count;
    expect([count('salary-outliers'), count('fte-outliers'), count('unit-mismatch'), count('not-assessed')]).toEqual([0, 1, 0, 10]);
  });
});
