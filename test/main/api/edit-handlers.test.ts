// Editing through the API: changes validated by the same schemas as everywhere (errors name the
// field), references, reporting lines, uniqueness and privacy checked, and every change written
// to the audit log with its before and after in the same transaction.
import { auditRows, demoApi } from '../db/edit/helpers';

const firstPerson = (db: Awaited<ReturnType<typeof demoApi>>['db']) =>
  db.prepare('SELECT id, salary, fte, role_id AS roleId, manager_id AS managerId FROM employees ORDER BY id LIMIT 1').get() as { id: number; salary: number; fte: number; roleId: number; managerId: number | null };

describe('updateRecord', () => {
  it('changes a salary, answers the change record and audits before and after', async () => {
    const { db, call } = await demoApi();
    const p = firstPerson(db);
    const auditBefore = auditRows(db).length;
    const change = await call('updateRecord', { entity: 'employee', id: p.id, changes: { salary: 61_234 } });
    expect(change).toMatchObject({ action: 'update', entity: 'employee', id: p.id, before: { salary: p.salary }, after: { salary: 61_234 } });
    expect(change.summary).toMatch(new RegExp(`Changed salary of .+ from ${p.salary} to 61234`));
    const rows = auditRows(db);
    expect(rows).toHaveLength(auditBefore + 1);
    const last = rows.at(-1)!;
    expect(last).toMatchObject({ id: change.auditId, action: 'update', entity: 'employee', entityId: String(p.id) });
    expect(JSON.parse(last.before!).salary).toBe(p.salary);
    expect(JSON.parse(last.after!).salary).toBe(61_234);
    const page = await call('listEmployees', { search: change.after!.ref as string });
    expect(page.rows[0].salary).toBe(61_234);
  });

  it('refuses invalid values with a validation error naming the field, changing nothing', async () => {
    const { db, failure } = await demoApi();
    const p = firstPerson(db);
    const count = auditRows(db).length;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ salary: -5 }, 'changes.salary', /0/],
      [{ fte: 2 }, 'changes.fte', /1\.5/],
      [{ hireDate: '2025-02-30' }, 'changes.hireDate', /real calendar date/],
      [{ birthYear: 1700 }, 'changes.birthYear', /1900/],
    ];
    for (const [changes, path, message] of cases) {
      const e = await failure('updateRecord', { entity: 'employee', id: p.id, changes });
      expect(e.kind).toBe('validation');
      expect(e.details).toEqual([expect.objectContaining({ path, message: expect.stringMatching(message) })]);
    }
    const unknown = await failure('updateRecord', { entity: 'employee', id: p.id, changes: { ref: 'X' } });
    expect(unknown.kind).toBe('validation');
    expect(firstPerson(db)).toEqual(p);
    expect(auditRows(db)).toHaveLength(count);
  });

  it('checks references, reporting loops and uniqueness, naming the field', async () => {
    const { db, call, failure } = await demoApi();
    const p = firstPerson(db);
    const role = await failure('updateRecord', { entity: 'employee', id: p.id, changes: { roleId: 999_999 } });
    expect(role).toMatchObject({ kind: 'validation', details: [{ path: 'roleId', message: 'there is no role with id 999999' }] });

    const self = await failure('updateRecord', { entity: 'employee', id: p.id, changes: { managerId: p.id } });
    expect(self).toMatchObject({ kind: 'validation', details: [{ path: 'managerId', message: expect.stringMatching(/own manager/) }] });
    // Someone who reports (directly) to p cannot become p's manager.
    const report = db.prepare('SELECT id FROM employees WHERE manager_id = ? LIMIT 1').pluck().get(p.id) as number | undefined;
    const [a, b] = report ? [p.id, report] : (db.prepare('SELECT manager_id, id FROM employees WHERE manager_id IS NOT NULL LIMIT 1').raw().get() as [number, number]);
    const loop = await failure('updateRecord', { entity: 'employee', id: a, changes: { managerId: b } });
    expect(loop).toMatchObject({ kind: 'validation', details: [{ path: 'managerId', message: expect.stringMatching(/reporting loop/) }] });

    const skills = db.prepare('SELECT id, name FROM skills ORDER BY id LIMIT 2').all() as { id: number; name: string }[];
    const clash = await failure('updateRecord', { entity: 'skill', id: skills[1].id, changes: { name: skills[0].name.toUpperCase() } });
    expect(clash).toMatchObject({ kind: 'conflict', details: [{ path: 'name', message: expect.stringMatching(/another skill already has this name/) }] });

    const req = db.prepare('SELECT id, role_id AS roleId FROM role_requirements WHERE effective_date IS NULL ORDER BY id LIMIT 2').all() as { id: number; roleId: number }[];
    const other = db.prepare('SELECT skill_id FROM role_requirements WHERE role_id = ? AND effective_date IS NULL AND id <> ? LIMIT 1').pluck().get(req[0].roleId, req[0].id) as number;
    const dup = await failure('updateRecord', { entity: 'requirement', id: req[0].id, changes: { skillId: other } });
    expect(dup).toMatchObject({ kind: 'conflict', details: [{ path: 'skillId' }] });
    // A valid reference is accepted and described by its label in the summary.
    const newRole = db.prepare('SELECT id, title FROM roles WHERE id <> ? ORDER BY id LIMIT 1').get(p.roleId) as { id: number; title: string };
    const moved = await call('updateRecord', { entity: 'employee', id: p.id, changes: { roleId: newRole.id } });
    expect(moved.summary).toContain(`to ${newRole.title}`);
  });

  it('refuses a change when the record no longer holds the expected values (undo after another change)', async () => {
    const { db, call, failure } = await demoApi();
    const p = firstPerson(db);
    await call('updateRecord', { entity: 'employee', id: p.id, changes: { fte: 0.5 } });
    const stale = await failure('updateRecord', { entity: 'employee', id: p.id, changes: { fte: 0.8 }, expected: { fte: p.fte } });
    expect(stale).toMatchObject({ kind: 'conflict', details: [{ path: 'fte', message: 'now 0.5' }] });
    const fresh = await call('updateRecord', { entity: 'employee', id: p.id, changes: { fte: 0.8 }, expected: { fte: 0.5 } });
    expect(fresh.after).toMatchObject({ fte: 0.8 });
  });

  it('answers a no-op without auditing it', async () => {
    const { db, call } = await demoApi();
    const p = firstPerson(db);
    const count = auditRows(db).length;
    const change = await call('updateRecord', { entity: 'employee', id: p.id, changes: { salary: p.salary } });
    expect(change.auditId).toBe(0);
    expect(auditRows(db)).toHaveLength(count);
  });
});

describe('createRecord', () => {
  it('adds records of every kind with defaults, validated and audited', async () => {
    const { db, call, failure } = await demoApi();
    const role = db.prepare('SELECT id FROM roles LIMIT 1').pluck().get() as number;
    const skill = await call('createRecord', { entity: 'skill', values: { name: 'Zeta modelling', category: 'digital' } });
    expect(skill.after).toMatchObject({ name: 'Zeta modelling', category: 'digital', taxonomySource: 'custom', taxonomyRef: null, description: null });
    const skillId = skill.id as number;
    const req = await call('createRecord', { entity: 'requirement', values: { roleId: role, skillId, level: 3, weight: 0.5, effectiveDate: '2027-01-01' } });
    expect(db.prepare('SELECT source FROM role_requirements WHERE id = ?').pluck().get(req.id)).toBe('custom');
    const person = await call('createRecord', { entity: 'employee', values: { name: 'Ada Byron', clientId: 'HR-1', roleId: role, fte: 0.8, salary: 48_000 } });
    expect(person.after).toMatchObject({ name: 'Ada Byron', fte: 0.8, salary: 48_000, managerId: null });
    expect(person.after!.ref).toMatch(/^P-[0-9a-f]{16}$/);
    const prof = await call('createRecord', { entity: 'proficiency', values: { employeeId: person.id as number, skillId, level: 2 } });
    expect(prof).toMatchObject({ id: `${person.id}:${skillId}`, after: { level: 2, source: 'manager', assessedOn: null } });
    const program = await call('createRecord', { entity: 'program', values: { name: 'Zeta bootcamp', delivery: 'online', durationMonths: 1, costPerPerson: 300 } });
    const taught = await call('createRecord', { entity: 'programSkill', values: { programId: program.id as number, skillId, uplift: 1.5 } });
    expect(taught.id).toBe(`${program.id}:${skillId}`);
    const inserts = auditRows(db).filter((r) => r.action === 'insert');
    expect(inserts.map((r) => r.entity)).toEqual(['skill', 'requirement', 'employee', 'proficiency', 'program', 'programSkill']);

    const missing = await failure('createRecord', { entity: 'skill', values: { name: 'No category' } });
    expect(missing).toMatchObject({ kind: 'validation', details: [expect.objectContaining({ path: 'category' })] });
    const twice = await failure('createRecord', { entity: 'proficiency', values: { employeeId: person.id as number, skillId, level: 4 } });
    expect(twice).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/already exists/) });
  });

  it('keeps no names or client ids where the engagement pseudonymises', async () => {
    const { call, failure } = await demoApi();
    await call('updateSettings', { settings: { privacy: { pseudonymise: true } } });
    const named = await failure('createRecord', { entity: 'employee', values: { name: 'Ada', salary: 1 } });
    expect(named).toMatchObject({ kind: 'validation', details: [{ path: 'name', message: expect.stringMatching(/pseudonymises/) }] });
    const a = await call('createRecord', { entity: 'employee', values: { clientId: 'HR-77', salary: 1 } });
    expect(a.after).toMatchObject({ clientId: null, name: null });
    // The ref is the pseudonym an import of the same client id would give.
    const b = await failure('createRecord', { entity: 'employee', values: { clientId: ' HR-77 ', salary: 1 } });
    expect(b).toMatchObject({ kind: 'conflict', details: [{ path: 'ref' }] });
  });
});

describe('listAuditLog', () => {
  it('pages the history newest first, listing the fields each update changed', async () => {
    const { db, call } = await demoApi();
    const p = firstPerson(db);
    await call('updateRecord', { entity: 'employee', id: p.id, changes: { salary: 70_000, fte: 0.9 } });
    const page = await call('listAuditLog', { limit: 5 });
    expect(page.total).toBe(auditRows(db).length);
    expect(page.rows[0]).toMatchObject({ action: 'update', entity: 'employee', entityId: String(p.id) });
    expect(page.rows[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'salary', before: p.salary, after: 70_000 },
        { field: 'fte', before: p.fte, after: 0.9 },
      ]),
    );
    const filtered = await call('listAuditLog', { entity: 'employee', entityId: String(p.id) });
    expect(filtered.total).toBe(1);
  });
});
