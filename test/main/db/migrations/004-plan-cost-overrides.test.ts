import Database from 'better-sqlite3';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../../src/main/db/migrations';
import type { WritableDB } from '../../../../src/main/db/types';

function db(target?: number): WritableDB {
  const d = new Database(':memory:') as unknown as WritableDB;
  d.pragma('foreign_keys = ON');
  migrate(d, target);
  return d;
}

describe('migration 4: plan cost overrides', () => {
  it('upgrades a version 3 file with data in it, keeping the data', () => {
    const d = db(3);
    d.exec(`INSERT INTO roles (title, family) VALUES ('Clerk', 'Ops');`);
    expect(migrate(d, 4)).toEqual([4]);
    expect(schemaVersion(d)).toBe(4);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(4);
    expect(d.prepare('SELECT count(*) AS n FROM roles').get()).toEqual({ n: 1 });
    expect(d.prepare('SELECT count(*) AS n FROM plan_cost_overrides').get()).toEqual({ n: 0 });
  });

  it('needs a scope, a known field and a sane value; one row per scope and field', () => {
    const d = db();
    d.exec(`INSERT INTO roles (title, family) VALUES ('Clerk', 'Ops');
            INSERT INTO locations (name, country, currency) VALUES ('Dublin', 'IE', 'EUR');`);
    const add = d.prepare('INSERT INTO plan_cost_overrides (scenario_id, role_id, location_id, field, value) VALUES (?, ?, ?, ?, ?)');
    add.run(null, 1, null, 'contractorPremium', 0.5);
    add.run(null, 1, 1, 'contractorPremium', 0.6);
    expect(() => add.run(null, 1, null, 'contractorPremium', 0.7)).toThrow(/UNIQUE/);
    expect(() => add.run(null, null, null, 'contractorPremium', 0.7)).toThrow(/CHECK/);
    expect(() => add.run(null, 1, null, 'salary', 0.7)).toThrow(/CHECK/);
    expect(() => add.run(null, 1, null, 'onboardingMonths', -1)).toThrow(/CHECK/);
    expect(() => add.run(null, 9, null, 'onboardingMonths', 1)).toThrow(/FOREIGN KEY/);
  });

  it('drops the overrides of a deleted role, location or scenario', () => {
    const d = db();
    d.exec(`INSERT INTO roles (title, family) VALUES ('Clerk', 'Ops');
            INSERT INTO locations (name, country, currency) VALUES ('Dublin', 'IE', 'EUR');
            INSERT INTO scenarios (name, kind, created_at) VALUES ('S', 'custom', '2026-01-01');`);
    const add = d.prepare('INSERT INTO plan_cost_overrides (scenario_id, role_id, location_id, field, value) VALUES (?, ?, ?, ?, ?)');
    add.run(1, null, null, 'vacancyCostShare', 0.2);
    add.run(null, 1, null, 'vacancyCostShare', 0.3);
    add.run(null, null, 1, 'vacancyCostShare', 0.4);
    d.exec('DELETE FROM scenarios; DELETE FROM roles;');
    expect(d.prepare('SELECT location_id, value FROM plan_cost_overrides').all()).toEqual([{ location_id: 1, value: 0.4 }]);
    d.exec('DELETE FROM locations;');
    expect(d.prepare('SELECT count(*) AS n FROM plan_cost_overrides').get()).toEqual({ n: 0 });
  });
});
