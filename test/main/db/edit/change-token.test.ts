// Cached read models are reused until a table they depend on changes: edits journal the tables
// they touch, and writes from another connection (an import worker) invalidate everything.
import Database from 'better-sqlite3';
import { cached, changeToken, touches } from '../../../../src/main/db/repos/edit/change-token';
import { demoApi } from './helpers';

describe('change-aware caches', () => {
  it('keeps a cache through edits of other tables and recomputes after edits of its own', async () => {
    const { db, call } = await demoApi(30);
    let runs = 0;
    const skillCount = () => cached(db, 'test-skill-count', ['skills'], () => (runs++, db.prepare('SELECT count(*) FROM skills').pluck().get()));
    const before = skillCount();
    const person = db.prepare('SELECT id FROM employees LIMIT 1').pluck().get() as number;
    await call('updateRecord', { entity: 'employee', id: person, changes: { salary: 1234 } });
    expect(skillCount()).toBe(before);
    expect(runs).toBe(1);
    await call('createRecord', { entity: 'skill', values: { name: 'Cache test', category: 'soft' } });
    expect(skillCount()).toBe((before as number) + 1);
    expect(runs).toBe(2);
    // A write that is not journalled (outside the edit repository) also invalidates.
    db.prepare("UPDATE skills SET description = 'x' WHERE name = 'Cache test'").run();
    skillCount();
    expect(runs).toBe(3);
  });

  it('tells column edits from row changes', () => {
    expect([touches('employees:salary', 'employees'), touches('employees:salary', 'employees:salary'), touches('employees:salary', 'employees:name'), touches('employees:salary', 'employees:#')]).toEqual([true, true, false, false]);
    expect([touches('employees', 'employees:name'), touches('employees', 'employees:#'), touches('roles', 'employees'), touches('roles:title', '*')]).toEqual([true, true, false, true]);
  });

  it('keeps an ordering through edits of other columns, and rebuilds it for its own column or new rows', async () => {
    const { db, call } = await demoApi(30);
    let runs = 0;
    const byName = () => cached(db, 'test-by-name', ['employees:name'], () => (runs++, db.prepare('SELECT id FROM employees ORDER BY name, id').pluck().all()));
    byName();
    const person = db.prepare('SELECT id FROM employees LIMIT 1').pluck().get() as number;
    await call('updateRecord', { entity: 'employee', id: person, changes: { salary: 4321, fte: 0.7 } });
    byName();
    expect(runs).toBe(1);
    await call('updateRecord', { entity: 'employee', id: person, changes: { name: 'Aaron Aardvark' } });
    expect((byName() as number[])[0]).toBe(person);
    expect(runs).toBe(2);
    await call('createRecord', { entity: 'employee', values: { salary: 1 } });
    byName();
    expect(runs).toBe(3);
  });

  it('sees commits made by another connection', async () => {
    const { db, dir } = await demoApi(30);
    const token = changeToken(db);
    const other = new Database(`${dir}/demo.skillshift`);
    other.prepare('UPDATE employees SET salary = salary + 1 WHERE id = 1').run();
    other.close();
    expect(changeToken(db)).not.toBe(token);
  });
});
