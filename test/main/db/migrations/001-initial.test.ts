import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../src/main/db/migrations';
import type { WritableDB } from '../../../../src/main/db/types';

const fresh = () => {
  const db = new Database(':memory:') as unknown as WritableDB;
  db.pragma('foreign_keys = ON');
  return db;
};

describe('migration 1: initial schema', () => {
  const db = fresh();
  migrate(db, 1);

  it('records version 1', () => {
    expect(schemaVersion(db)).toBe(1);
  });

  const tables = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .all() as { name: string; sql: string }[];

  it('creates a STRICT table for every entity of the domain', () => {
    const names = tables.map((t) => t.name);
    for (const t of [
      'engagement', 'settings', 'org_units', 'locations', 'location_time_to_fill', 'roles', 'tasks',
      'skills', 'role_requirements', 'employees', 'proficiencies', 'learning_programs', 'program_skills',
      'objectives', 'objective_programs', 'objective_outcomes', 'scenarios', 'scenario_versions', 'audit_log',
    ]) {
      expect(names).toContain(t);
    }
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT/);
  });

  it('rejects values of the wrong type (STRICT) and out of range (CHECK)', () => {
    db.prepare(`INSERT INTO skills (name, category) VALUES ('SQL', 'technical')`).run();
    expect(() => db.prepare(`INSERT INTO skills (name, category) VALUES ('X', 'magic')`).run()).toThrow(/CHECK/);
    db.prepare(`INSERT INTO employees (ref, fte, salary) VALUES ('E1', 1, 50000)`).run();
    expect(() =>
      db.prepare(`INSERT INTO proficiencies (employee_id, skill_id, level, source) VALUES (1, 1, 'high', 'self')`).run(),
    ).toThrow(/cannot store TEXT value in REAL column/);
    expect(() =>
      db.prepare(`INSERT INTO proficiencies (employee_id, skill_id, level, source) VALUES (1, 1, 6, 'self')`).run(),
    ).toThrow(/CHECK/);
  });

  it('enforces references and cascades deletes of people to their proficiencies', () => {
    expect(() =>
      db.prepare(`INSERT INTO proficiencies (employee_id, skill_id, level, source) VALUES (99, 1, 2, 'self')`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO proficiencies (employee_id, skill_id, level, source) VALUES (1, 1, 3, 'manager')`).run();
    db.prepare('DELETE FROM employees WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM proficiencies').get()).toEqual({ n: 0 });
  });

  it('allows one current and one future-dated requirement per role and skill, not two current', () => {
    db.prepare(`INSERT INTO roles (title, family) VALUES ('Analyst', 'Finance')`).run();
    const ins = db.prepare('INSERT INTO role_requirements (role_id, skill_id, level, weight, effective_date) VALUES (1, 1, ?, 1, ?)');
    ins.run(3, null);
    ins.run(4, '2027-06-01');
    expect(() => ins.run(2, null)).toThrow(/UNIQUE/);
  });
});
