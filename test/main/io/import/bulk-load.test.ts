import { memoryEngagement } from '../../../helpers/engagement';
import { DroppedIndexes } from '../../../../src/main/io/import/bulk-indexes';
import { csv, run, setPseudonymise, writeFile } from './helpers';

// A load big enough to count as bulk (bulk-indexes.ts) drops the table's secondary indexes
// and rebuilds them at the end. With foreign keys relaxed for the load (pipeline.ts) the
// manager index goes too; with them enforced (removals confirmed) it stays. Either way the
// file ends with every index and every manager link as a row-by-row load would leave them.
const PEOPLE = 20_000;

function staff(): string {
  const rows: (string | number)[][] = [['Employee ID', 'Name', 'Job Title', 'Department', 'Location', 'Manager ID']];
  // Everyone reports to the next person in the file (a link forward), and the last to the first (back).
  for (let i = 1; i <= PEOPLE; i++) rows.push([`E${i}`, `Person ${i}`, i % 2 ? 'Analyst' : 'Lead', 'Claims', 'Dublin', `E${i === PEOPLE ? 1 : i + 1}`]);
  return csv(rows);
}

const indexesOf = (db: ReturnType<typeof memoryEngagement>) =>
  db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'employees' AND sql IS NOT NULL ORDER BY name`).all();

describe('bulk employee load', () => {
  it.each([false, true])('rebuilds every index and links every manager (removals confirmed: %s)', (confirmRemovals) => {
    const db = memoryEngagement();
    setPseudonymise(db, false);
    const before = indexesOf(db);
    const cacheSize = db.pragma('cache_size', { simple: true });
    expect(before.map((i) => (i as { name: string }).name)).toContain('employees_manager');
    const r = run(db, writeFile('staff.csv', staff()), 'employees', 'commit', { createMissing: true, confirmRemovals });
    expect(r.committed).toBe(true);
    expect(r.counts).toMatchObject({ rows: PEOPLE, added: PEOPLE, invalid: 0 });
    expect(indexesOf(db)).toEqual(before);
    expect(db.pragma('cache_size', { simple: true })).toBe(cacheSize);
    const linked = db
      .prepare(
        `SELECT count(*) FROM employees e JOIN employees m ON m.id = e.manager_id
         WHERE m.client_id = 'E' || (CASE WHEN e.client_id = 'E${PEOPLE}' THEN 1 ELSE CAST(substr(e.client_id, 2) AS INTEGER) + 1 END)`,
      )
      .pluck()
      .get();
    expect(linked).toBe(PEOPLE);
    expect(db.prepare('SELECT * FROM pragma_foreign_key_check').all()).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The rebuilt manager index answers lookups.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM employees WHERE manager_id = 1`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/employees_manager/);
  });
});

describe('DroppedIndexes', () => {
  const table = () => {
    const db = memoryEngagement();
    db.exec('CREATE TABLE t (a INTEGER PRIMARY KEY, b INTEGER, c TEXT UNIQUE); CREATE INDEX t_b ON t(b);');
    db.pragma('cache_size = -12345');
    return db;
  };
  const names = (db: ReturnType<typeof memoryEngagement>) => db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 't' ORDER BY name`).pluck().all();

  it('drops only plain indexes and rebuilds them with a sort cache, then the cache size put back', () => {
    const db = table();
    const idx = new DroppedIndexes(db);
    idx.drop('t');
    expect(names(db)).toEqual(['sqlite_autoindex_t_1']);
    db.prepare('INSERT INTO t (b, c) VALUES (?, ?)').run(3, 'x');
    idx.restore(2048);
    expect(names(db)).toEqual(['sqlite_autoindex_t_1', 't_b']);
    expect(db.pragma('cache_size', { simple: true })).toBe(-12345);
  });

  it('puts the cache size back when a rebuild fails', () => {
    const db = table();
    const idx = new DroppedIndexes(db);
    idx.drop('t');
    // A table of that name makes CREATE INDEX t_b fail.
    db.exec('CREATE TABLE t_b (x)');
    expect(() => idx.restore(2048)).toThrow();
    expect(db.pragma('cache_size', { simple: true })).toBe(-12345);
  });
});
