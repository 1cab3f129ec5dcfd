import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../src/main/db/migrations';
import type { WritableDB } from '../../../../src/main/db/types';
function freshDb(): WritableDB {
  const db = new Database(':memory:') as unknown as WritableDB;
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

describe('migration 3: workforce transitions, moves, family attrition, hiring capacity', () => {
  it('upgrades a file with data in it, keeping the data', () => {
    const db = new Database(':memory:') as unknown as WritableDB;
    db.pragma('foreign_keys = ON');
    migrate(db, 2);
    db.exec(`INSERT INTO roles (title, family) VALUES ('Clerk', 'Ops'), ('Senior clerk', 'Ops');
             INSERT INTO employees (ref, role_id) VALUES ('E1', 1);`);
    expect(migrate(db, 3)).toEqual([3]);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT count(*) AS n FROM employees').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM role_transitions').get()).toEqual({ n: 0 });
  });

  it('keeps transitions consistent: exits have no destination, moves have one, one row per kind', () => {
    const db = freshDb();
    db.exec(`INSERT INTO roles (title, family) VALUES ('Clerk', 'Ops'), ('Senior clerk', 'Ops');`);
    const add = db.prepare('INSERT INTO role_transitions (from_role_id, to_role_id, kind, annual_rate) VALUES (?, ?, ?, ?)');
    add.run(1, 2, 'move', 0.1);
    add.run(1, null, 'attrition', 0.12);
    add.run(1, null, 'retirement', 0.02);
    expect(() => add.run(1, null, 'move', 0.1)).toThrow(/CHECK/);
    expect(() => add.run(1, 2, 'attrition', 0.1)).toThrow(/CHECK/);
    expect(() => add.run(1, 2, 'move', 1.5)).toThrow(/CHECK/);
    expect(() => add.run(1, null, 'attrition', 0.2)).toThrow(/UNIQUE/);
    expect(() => add.run(9, null, 'attrition', 0.2)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM roles WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) AS n FROM role_transitions').get()).toEqual({ n: 2 });
  });

  it('records hires, moves and exits by person, never twice, surviving the employee row', () => {
    const db = freshDb();
    db.exec(`INSERT INTO roles (title, family) VALUES ('Clerk', 'Ops'), ('Senior clerk', 'Ops');
             INSERT INTO employees (ref, role_id) VALUES ('E1', 2);`);
    const add = db.prepare('INSERT INTO workforce_moves (employee_ref, employee_id, from_role_id, to_role_id, kind, move_date) VALUES (?, ?, ?, ?, ?, ?)');
    add.run('E1', 1, null, 1, 'hire', '2023-02-01');
    add.run('E1', 1, 1, 2, 'move', '2024-06-01');
    add.run('L9', null, 1, null, 'attrition', '2025-03-31');
    expect(() => add.run('L9', null, 1, null, 'attrition', '2025-03-31')).toThrow(/UNIQUE/);
    expect(() => add.run('X', null, 1, null, 'hire', '2025-01-01')).toThrow(/CHECK/);
    expect(() => add.run('X', null, 1, 1, 'move', '2025-01-01')).toThrow(/CHECK/);
    expect(() => add.run('X', null, 1, 2, 'move', '31/01/2025')).toThrow(/CHECK/);
    db.prepare('DELETE FROM employees WHERE id = 1').run();
    expect(db.prepare('SELECT employee_ref, employee_id FROM workforce_moves ORDER BY id').all()).toEqual([
      { employee_ref: 'E1', employee_id: null },
      { employee_ref: 'E1', employee_id: null },
      { employee_ref: 'L9', employee_id: null },
    ]);
  });

  it('bounds family defaults and ties hiring capacity to its location', () => {
    const db = freshDb();
    db.prepare(`INSERT INTO family_attrition (role_family, annual_rate, retirement_rate) VALUES ('Ops', 0.12, 0.03)`).run();
    expect(() => db.prepare(`INSERT INTO family_attrition (role_family, annual_rate, retirement_rate) VALUES ('IT', 0.9, 0.2)`).run()).toThrow(/CHECK/);
    db.exec(`INSERT INTO locations (name, country, currency) VALUES ('Leeds', 'GB', 'GBP');
             INSERT INTO location_hiring_capacity (location_id, hires_per_month) VALUES (1, 6);`);
    expect(() => db.prepare('INSERT INTO location_hiring_capacity (location_id, hires_per_month) VALUES (1, -1)').run()).toThrow();
    db.prepare('DELETE FROM locations WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM location_hiring_capacity').get()).toEqual({ n: 0 });
  });
});
