import Database from 'better-sqlite3';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../../src/main/db/migrations';
import type { WritableDB } from '../../../../src/main/db/types';
import { restoreRecord } from '../../../../src/main/db/repos/edit/changes';

function db(target?: number): WritableDB {
  const d = new Database(':memory:') as unknown as WritableDB;
  d.pragma('foreign_keys = ON');
  migrate(d, target);
  return d;
}

describe('migration 5: seats per month', () => {
  it('renames seats_per_period to seats_per_month on a version 4 file, keeping every value', () => {
    const d = db(4);
    d.exec(`INSERT INTO learning_programs (name, delivery, duration_months, cost_per_person, seats_per_period) VALUES ('Academy', 'online', 3, 1200, 60);
            INSERT INTO learning_programs (name, delivery, duration_months, cost_per_person, seats_per_period) VALUES ('Open', 'online', 1, 100, NULL);`);
    expect(migrate(d)).toEqual([5]);
    expect(schemaVersion(d)).toBe(5);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(5);
    expect(d.prepare('SELECT name, seats_per_month AS seats FROM learning_programs ORDER BY id').all()).toEqual([
      { name: 'Academy', seats: 60 },
      { name: 'Open', seats: null },
    ]);
    const columns = (d.prepare('PRAGMA table_info(learning_programs)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toContain('seats_per_month');
    expect(columns).not.toContain('seats_per_period');
  });

  it('keeps the positive-seats check under the new name', () => {
    const d = db();
    const add = d.prepare(`INSERT INTO learning_programs (name, delivery, duration_months, cost_per_person, seats_per_month) VALUES (?, 'online', 1, 100, ?)`);
    add.run('Ten', 10);
    expect(() => add.run('None', 0)).toThrow(/CHECK/);
  });

  it('renames the keys in audit-log deletions, so a program deleted before version 5 can be restored after it', () => {
    const d = db(4);
    // What deleting a program wrote at version 4: the record and a snapshot of its rows.
    const before = {
      record: { id: 7, name: 'Academy', delivery: 'online', durationMonths: 3, costPerPerson: 1200, seatsPerPeriod: 60 },
      snapshot: { rows: [{ table: 'learning_programs', rows: [{ id: 7, name: 'Academy', delivery: 'online', duration_months: 3, cost_per_person: 1200, seats_per_period: 60 }] }], unlinked: [] },
    };
    const id = Number(
      d.prepare(`INSERT INTO audit_log (at, action, entity, entity_id, summary, before, after) VALUES ('2026-11-01T10:00:00Z', 'delete', 'program', '7', 'Deleted program Academy', ?, NULL)`).run(JSON.stringify(before)).lastInsertRowid,
    );
    migrate(d);
    const stored = JSON.parse((d.prepare('SELECT before FROM audit_log WHERE id = ?').get(id) as { before: string }).before);
    expect(stored.record.seatsPerMonth).toBe(60);
    expect(stored.snapshot.rows[0].rows[0].seats_per_month).toBe(60);
    restoreRecord(d, id);
    expect(d.prepare('SELECT id, name, seats_per_month AS seats FROM learning_programs').all()).toEqual([{ id: 7, name: 'Academy', seats: 60 }]);
  });
});
