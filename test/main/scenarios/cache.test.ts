// The result cache's key on the engagement's data stamp (test/main/db/data-stamp.test.ts);
// carry-over across writes made to scenario documents only; least recently used entries go first.
import Database from 'better-sqlite3';
import path from 'node:path';
import { openEngagementDb } from '../../../src/main/db/connection';
import { initEngagement } from '../../../src/main/db/repos/engagement';
import { cacheFor, ResultCache, scenarioWrite } from '../../../src/main/scenarios/cache';
import { tempDir } from '../../helpers/engagement';

function fileEngagement() {
  const file = path.join(tempDir('skillshift-cache-'), 'e.skillshift');
  const db = openEngagementDb(file, { mode: 'create' });
  initEngagement(db, { name: 'Cache Co', currency: 'EUR', locale: 'en-GB', horizonMonths: 12, fiscalStartMonth: 1, asOfDate: '2026-01-01' });
  return { db, file };
}

describe('result cache', () => {
  it('keeps entries while the data is unchanged and drops them all after any write', () => {
    const { db } = fileEngagement();
    let computed = 0;
    const get = () => cacheFor(db).getOrCompute('k', () => ++computed);
    expect(get()).toEqual({ value: 1, cached: false });
    expect(get()).toEqual({ value: 1, cached: true });
    db.prepare(`INSERT INTO locations (name, country, currency) VALUES ('Lyon', 'FR', 'EUR')`).run();
    expect(get()).toEqual({ value: 2, cached: false });
    db.close();
  });

  it('carries entries over a write to scenario documents only, unless another connection committed meanwhile', () => {
    const { db, file } = fileEngagement();
    cacheFor(db).set('run', 'result');
    scenarioWrite(db, () => db.prepare(`INSERT INTO scenarios (name, kind, created_at) VALUES ('A', 'custom', '2026-01-01')`).run());
    expect(cacheFor(db).get('run')).toBe('result');
    scenarioWrite(db, () => {
      const other = new Database(file);
      other.prepare(`INSERT INTO skills (name, category) VALUES ('SQL', 'technical')`).run();
      other.close();
      db.prepare(`INSERT INTO scenarios (name, kind, created_at) VALUES ('B', 'custom', '2026-01-01')`).run();
    });
    expect(cacheFor(db).get('run')).toBeUndefined();
    db.close();
  });

  it('stores an asynchronous result only if the data did not change while it ran', () => {
    const c = new ResultCache(10);
    c.sync('1:1');
    const started = c.currentStamp;
    c.sync('1:2');
    c.setIfStamp(started, 'mc', 'stale');
    expect(c.get('mc')).toBeUndefined();
    c.setIfStamp(c.currentStamp, 'mc', 'fresh');
    expect(c.get('mc')).toBe('fresh');
  });

  it('evicts the least recently used entry beyond its size', () => {
    const c = new ResultCache(2);
    c.sync('s');
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect([c.get('a'), c.get('c'), c.size]).toEqual([1, 3, 2]);
  });
});
