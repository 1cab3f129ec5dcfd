// The editable tables' read models: windows that tile the whole ordered list, filters and
// search done on the host, cached orderings that follow edits, pickers and detail views.
import type { Input, Output } from '../../../../src/shared/contract';
import { demoApi } from './helpers';

type Api = Awaited<ReturnType<typeof demoApi>>;

async function allRows<M extends 'listEmployees' | 'listRoles' | 'listRequirements' | 'listProgramRows' | 'listSkills'>(api: Api, method: M, input: Input<M>, window = 7) {
  const rows: unknown[] = [];
  for (let offset = 0; ; offset += window) {
    const page = (await api.call(method, { ...input, offset, limit: window } as Input<M>)) as Output<M>;
    rows.push(...page.rows);
    if (offset + window >= page.total) return { rows: rows as Output<M>['rows'], total: page.total };
  }
}

describe('windowed tables', () => {
  it('windows of any size tile the same ordered list, for every sort key and direction', async () => {
    const api = await demoApi(80);
    for (const sortBy of ['ref', 'name', 'role', 'orgUnit', 'location', 'manager', 'fte', 'salary', 'hireDate', 'assessedSkills']) {
      for (const sortDir of ['asc', 'desc'] as const) {
        const whole = await api.call('listEmployees', { sortBy, sortDir, limit: 1000 });
        const tiled = await allRows(api, 'listEmployees', { sortBy, sortDir });
        expect(tiled.rows.map((r) => r.id), `${sortBy} ${sortDir}`).toEqual(whole.rows.map((r) => r.id));
        expect(whole.total).toBe(80);
      }
    }
    const bySalary = (await api.call('listEmployees', { sortBy: 'salary', sortDir: 'desc', limit: 1000 })).rows.map((r) => r.salary);
    expect(bySalary).toEqual([...bySalary].sort((a, b) => b - a));
    const byCount = (await api.call('listEmployees', { sortBy: 'assessedSkills', limit: 1000 })).rows.map((r) => r.assessedSkills);
    expect(byCount).toEqual([...byCount].sort((a, b) => a - b));
  });

  it('windows of a filtered list follow the same order SQLite gives, both directions', async () => {
    const api = await demoApi(80);
    const unit = api.db.prepare('SELECT org_unit_id FROM employees GROUP BY org_unit_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number;
    for (const [sortBy, column] of [['salary', 'e.salary'], ['name', 'e.name'], ['hireDate', 'e.hire_date']] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const expected = api.db.prepare(`SELECT e.id FROM employees e WHERE e.org_unit_id = ? ORDER BY ${column} ${dir}, e.id ${dir}`).pluck().all(unit);
        const tiled = await allRows(api, 'listEmployees', { sortBy, sortDir: dir, filters: { orgUnitId: unit } }, 3);
        expect(tiled.rows.map((r) => r.id), `${sortBy} ${dir}`).toEqual(expected);
      }
    }
    const beyond = await api.call('listEmployees', { offset: 5000, limit: 10, filters: { orgUnitId: unit } });
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBeGreaterThan(0);
  });

  it('filters people by unit, location, role, family and manager, and combines them with search', async () => {
    const api = await demoApi(80);
    const p = api.db.prepare('SELECT e.org_unit_id AS u, e.location_id AS l, e.role_id AS r, ro.family AS f FROM employees e JOIN roles ro ON ro.id = e.role_id LIMIT 1').get() as { u: number; l: number; r: number; f: string };
    const count = (where: string, ...args: unknown[]) => api.db.prepare(`SELECT count(*) FROM employees e LEFT JOIN roles ro ON ro.id = e.role_id WHERE ${where}`).pluck().get(...args) as number;
    expect((await api.call('listEmployees', { filters: { orgUnitId: p.u } })).total).toBe(count('e.org_unit_id = ?', p.u));
    expect((await api.call('listEmployees', { filters: { locationId: p.l, roleId: p.r } })).total).toBe(count('e.location_id = ? AND e.role_id = ?', p.l, p.r));
    const family = await api.call('listEmployees', { filters: { family: p.f }, limit: 1000 });
    expect(family.total).toBe(count('ro.family = ?', p.f));
    expect(family.rows.every((r) => r.family === p.f)).toBe(true);
    const mgr = api.db.prepare('SELECT manager_id FROM employees WHERE manager_id IS NOT NULL LIMIT 1').pluck().get() as number;
    const reports = await api.call('listEmployees', { filters: { managerId: mgr }, limit: 1000 });
    expect(reports.rows.every((r) => r.managerId === mgr)).toBe(true);
    expect(reports.rows[0].manager).toBeTruthy();
    const title = api.db.prepare('SELECT title FROM roles WHERE id = ?').pluck().get(p.r) as string;
    const searched = await api.call('listEmployees', { search: title, filters: { orgUnitId: p.u }, limit: 1000 });
    expect(searched.total).toBeGreaterThan(0);
    expect(searched.rows.every((r) => r.orgUnitId === p.u)).toBe(true);
    // Wildcards in the search are literal.
    expect((await api.call('listEmployees', { search: '%' })).total).toBe(0);
  });

  it('follows edits in cached orderings', async () => {
    const api = await demoApi(80);
    const first = await api.call('listEmployees', { sortBy: 'salary', sortDir: 'desc', limit: 3 });
    const last = (await api.call('listEmployees', { sortBy: 'salary', sortDir: 'asc', limit: 1 })).rows[0];
    await api.call('updateRecord', { entity: 'employee', id: last.id, changes: { salary: first.rows[0].salary + 1 } });
    const after = await api.call('listEmployees', { sortBy: 'salary', sortDir: 'desc', limit: 3 });
    expect(after.rows[0].id).toBe(last.id);
    const added = await api.call('createRecord', { entity: 'employee', values: { salary: 5 } });
    expect((await api.call('listEmployees', { sortBy: 'salary', limit: 1 })).rows[0].id).toBe(added.id);
    expect((await api.call('listEmployees', {})).total).toBe(81);
  });

  it('filters roles, requirements, skills and programs', async () => {
    const api = await demoApi(80);
    const managers = await api.call('listRoles', { filters: { isManager: true }, limit: 1000 });
    expect(managers.total).toBeGreaterThan(0);
    expect(managers.rows.every((r) => r.isManager)).toBe(true);
    const role = managers.rows[0];
    const reqs = await allRows(api, 'listRequirements', { filters: { roleId: role.id }, sortBy: 'skill' });
    expect(reqs.total).toBe(role.requirements + role.futureRequirements);
    const future = await api.call('listRequirements', { filters: { roleId: role.id, timing: 'future' } });
    expect(future.total).toBe(role.futureRequirements);
    expect(future.rows.every((r) => r.timing === 'future' && r.effectiveDate !== null)).toBe(true);
    const digital = await api.call('listSkills', { filters: { category: 'digital' }, limit: 1000 });
    expect(digital.rows.every((s) => s.category === 'digital')).toBe(true);
    const online = await api.call('listProgramRows', { filters: { delivery: 'online' }, limit: 1000 });
    expect(online.rows.every((p) => p.delivery === 'online')).toBe(true);
    const all = await allRows(api, 'listProgramRows', { sortBy: 'costPerPerson' }, 2);
    const costs = all.rows.map((p) => p.costPerPerson);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(await api.failure('listRequirements', { sortBy: 'secret' })).toMatchObject({ kind: 'validation' });
  });
});

describe('pickers and detail views', () => {
  it('searches references on the host, always including the current value', async () => {
    const api = await demoApi(80);
    const person = api.db.prepare('SELECT id, name, ref FROM employees ORDER BY id DESC LIMIT 1').get() as { id: number; name: string; ref: string };
    const found = await api.call('listOptions', { kind: 'employees', search: person.ref });
    expect(found.options).toEqual([expect.objectContaining({ value: person.id, label: person.name })]);
    const capped = await api.call('listOptions', { kind: 'employees', limit: 5, include: [person.id] });
    expect(capped.more).toBe(true);
    expect(capped.options.map((o) => o.value)).toContain(person.id);
    const families = await api.call('listOptions', { kind: 'families', limit: 500 });
    expect(new Set(families.options.map((o) => o.value)).size).toBe(families.options.length);
  });

  it("shows a person's required skills with unknown kept apart from zero", async () => {
    const api = await demoApi(80);
    const id = api.db.prepare('SELECT id FROM employees WHERE role_id IS NOT NULL ORDER BY id LIMIT 1').pluck().get() as number;
    const profile = await api.call('getPersonSkills', { employeeId: id });
    const required = profile.skills.filter((s) => s.requiredNow !== null);
    expect(required.length).toBeGreaterThan(0);
    const skill = required[0].skillId;
    await api.call('deleteRecord', { entity: 'proficiency', id: `${id}:${skill}` }).catch(() => null);
    const unknown = (await api.call('getPersonSkills', { employeeId: id })).skills.find((s) => s.skillId === skill)!;
    expect(unknown.proficiency).toBeNull();
    await api.call('createRecord', { entity: 'proficiency', values: { employeeId: id, skillId: skill, level: 0 } });
    const zero = (await api.call('getPersonSkills', { employeeId: id })).skills.find((s) => s.skillId === skill)!;
    expect(zero.proficiency).toMatchObject({ level: 0 });
  });

  it('lists the skills a program teaches', async () => {
    const api = await demoApi(80);
    const program = api.db.prepare('SELECT program_id, count(*) FROM program_skills GROUP BY program_id LIMIT 1').raw().get() as [number, number];
    const skills = await api.call('listProgramSkills', { programId: program[0] });
    expect(skills).toHaveLength(program[1]);
    expect(skills[0]).toMatchObject({ programId: program[0], uplift: expect.any(Number) });
  });
});
