// Deleting takes its dependants along (foreign-key cascades) and clears references to it;
// restoring the deletion from its audit row puts everything back exactly, ids included.
import { auditRows, demoApi, dumpTables } from './helpers';

describe('delete and restore', () => {
  it('deletes a skill with its proficiencies, requirements and program links, as the preview said, and restores them exactly', async () => {
    const { db, call } = await demoApi();
    const skill = db
      .prepare(
        `SELECT s.id FROM skills s WHERE EXISTS (SELECT 1 FROM program_skills ps WHERE ps.skill_id = s.id)
         AND EXISTS (SELECT 1 FROM proficiencies p WHERE p.skill_id = s.id) AND EXISTS (SELECT 1 FROM role_requirements q WHERE q.skill_id = s.id) LIMIT 1`,
      )
      .pluck()
      .get() as number;
    const n = (t: string) => db.prepare(`SELECT count(*) FROM ${t} WHERE skill_id = ?`).pluck().get(skill) as number;
    const expected = { proficiencies: n('proficiencies'), requirements: n('role_requirements'), links: n('program_skills') };
    const start = dumpTables(db);

    const preview = await call('previewDelete', { entity: 'skill', id: skill });
    expect(preview.cascade).toEqual(
      expect.arrayContaining([
        { label: 'proficiencies', rows: expected.proficiencies, effect: 'delete' },
        { label: 'role requirements', rows: expected.requirements, effect: 'delete' },
        { label: 'program skill links', rows: expected.links, effect: 'delete' },
      ]),
    );
    const deleted = await call('deleteRecord', { entity: 'skill', id: skill });
    expect(deleted.cascade).toEqual(preview.cascade);
    expect(deleted.summary).toContain(`${expected.proficiencies} proficiencies`);
    expect([n('proficiencies'), n('role_requirements'), n('program_skills')]).toEqual([0, 0, 0]);
    expect(db.prepare('SELECT count(*) FROM skills WHERE id = ?').pluck().get(skill)).toBe(0);

    const restored = await call('restoreRecord', { auditId: deleted.auditId });
    expect(restored).toMatchObject({ action: 'restore', entity: 'skill', id: skill, cascade: preview.cascade });
    expect(dumpTables(db)).toEqual(start);
    expect(auditRows(db).slice(-2).map((r) => r.action)).toEqual(['delete', 'restore']);
  });

  it('deleting a person clears the manager of their reports; restoring sets it back unless changed since', async () => {
    const { db, call } = await demoApi();
    const manager = db.prepare('SELECT manager_id FROM employees WHERE manager_id IS NOT NULL GROUP BY manager_id HAVING count(*) >= 2 LIMIT 1').pluck().get() as number;
    const reports = db.prepare('SELECT id FROM employees WHERE manager_id = ? ORDER BY id').pluck().all(manager) as number[];
    const start = dumpTables(db);
    const deleted = await call('deleteRecord', { entity: 'employee', id: manager });
    expect(deleted.cascade).toEqual(expect.arrayContaining([{ label: 'people', rows: reports.length, effect: 'unlink', field: 'manager' }]));
    expect(db.prepare('SELECT count(*) FROM employees WHERE manager_id = ?').pluck().get(manager)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM proficiencies WHERE employee_id = ?').pluck().get(manager)).toBe(0);

    await call('restoreRecord', { auditId: deleted.auditId });
    expect(dumpTables(db)).toEqual(start);

    // Delete again, then give one report a new manager: restoring keeps that deliberate change.
    const again = await call('deleteRecord', { entity: 'employee', id: manager });
    const other = db.prepare('SELECT id FROM employees WHERE id NOT IN (SELECT value FROM json_each(?)) LIMIT 1').pluck().get(JSON.stringify(reports)) as number;
    await call('updateRecord', { entity: 'employee', id: reports[0], changes: { managerId: other } });
    await call('restoreRecord', { auditId: again.auditId });
    const managers = db.prepare('SELECT id, manager_id FROM employees WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').raw().all(JSON.stringify(reports));
    expect(managers).toEqual(reports.map((id, i) => [id, i === 0 ? other : manager]));
  });

  it('refuses to restore twice, to restore what is not a deletion, and to restore under a deleted parent', async () => {
    const { db, call, failure } = await demoApi();
    const prof = db.prepare('SELECT employee_id, skill_id FROM proficiencies LIMIT 1').raw().get() as [number, number];
    const deleted = await call('deleteRecord', { entity: 'proficiency', id: `${prof[0]}:${prof[1]}` });
    await call('restoreRecord', { auditId: deleted.auditId });
    expect(await failure('restoreRecord', { auditId: deleted.auditId })).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/already exists/) });
    const update = await call('updateRecord', { entity: 'proficiency', id: `${prof[0]}:${prof[1]}`, changes: { level: 1 } });
    expect(await failure('restoreRecord', { auditId: update.auditId })).toMatchObject({ kind: 'validation', details: [{ path: 'auditId' }] });
    expect(await failure('restoreRecord', { auditId: 999_999 })).toMatchObject({ kind: 'not-found' });

    const gone = await call('deleteRecord', { entity: 'proficiency', id: `${prof[0]}:${prof[1]}` });
    await call('deleteRecord', { entity: 'skill', id: prof[1] });
    const orphan = await failure('restoreRecord', { auditId: gone.auditId });
    expect(orphan).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/refers to has been deleted/) });
  });

  it('lists a deletion as restorable in the history until it is restored', async () => {
    const { db, call } = await demoApi();
    const role = db.prepare('SELECT id FROM roles ORDER BY id LIMIT 1').pluck().get() as number;
    const deleted = await call('deleteRecord', { entity: 'role', id: role });
    expect((await call('listAuditLog', { limit: 1 })).rows[0]).toMatchObject({ id: deleted.auditId, action: 'delete', restorable: true });
    await call('restoreRecord', { auditId: deleted.auditId });
    const rows = (await call('listAuditLog', { limit: 2 })).rows;
    expect(rows.map((r) => [r.action, r.restorable])).toEqual([
      ['restore', false],
      ['delete', false],
    ]);
  });
});
