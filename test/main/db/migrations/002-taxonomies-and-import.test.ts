import Database from 'better-sqlite3';
import { migrate, migrations, schemaVersion } from '../../../../src/main/db/migrations';
import type { WritableDB } from '../../../../src/main/db/types';

describe('migration 2: taxonomies, exposure indices, import presets', () => {
  it('upgrades a version-1 file with data in it, keeping the data', () => {
    const db = new Database(':memory:') as unknown as WritableDB;
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.exec(`INSERT INTO roles (title, family) VALUES ('Underwriter', 'Insurance');
             INSERT INTO skills (name, category) VALUES ('Risk assessment', 'domain');
             INSERT INTO role_requirements (role_id, skill_id, level, weight) VALUES (1, 1, 3, 0.8);`);
    expect(migrate(db, 2)).toEqual([2]);
    expect(schemaVersion(db)).toBe(2);
    // Existing requirements become 'custom'; the new column accepts only known origins.
    expect(db.prepare('SELECT source FROM role_requirements').get()).toEqual({ source: 'custom' });
    expect(() => db.prepare(`UPDATE role_requirements SET source = 'guess'`).run()).toThrow(/CHECK/);

    db.prepare(`INSERT INTO role_exposures (role_id, source, measure, value, raw, imported_at) VALUES (1, 'eloundou', 'beta', 0.42, 0.42, '2026-01-01')`).run();
    expect(() =>
      db.prepare(`INSERT INTO role_exposures (role_id, source, measure, value, raw, imported_at) VALUES (1, 'aioe', 'z', 1.7, 1.7, '2026-01-01')`).run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM roles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM role_exposures').get()).toEqual({ n: 0 });

    db.prepare(`INSERT INTO occupations (system, code, title) VALUES ('onet-soc', '13-2053.00', 'Insurance Underwriters')`).run();
    expect(() => db.prepare(`INSERT INTO occupations (system, code, title) VALUES ('onet-soc', '13-2053.00', 'dup')`).run()).toThrow(/UNIQUE/);
    db.prepare(`INSERT INTO import_presets (name, kind, mapping, created_at) VALUES ('Workday', 'employees', '{}', '2026-01-01')`).run();
    expect(() => db.prepare(`INSERT INTO import_presets (name, kind, mapping, created_at) VALUES ('workday', 'employees', '{}', '2026-01-01')`).run()).toThrow(/UNIQUE/);
  });

  it('numbers migrations 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});
