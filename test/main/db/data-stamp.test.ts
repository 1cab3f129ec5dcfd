// The data stamp every cache is keyed on: PRAGMA data_version sees other connections' commits,
// total_changes() this connection's writes, and reads move neither.
import Database from 'better-sqlite3';
import path from 'node:path';
import { openEngagementDb } from '../../../src/main/db/connection';
import { dataStamp } from '../../../src/main/db/data-stamp';
import { initEngagement } from '../../../src/main/db/repos/engagement';
import { tempDir } from '../../helpers/engagement';

function fileEngagement() {
  const file = path.join(tempDir('skillshift-stamp-'), 'e.skillshift');
  const db = openEngagementDb(file, { mode: 'create' });
  initEngagement(db, { name: 'Stamp Co', currency: 'EUR', locale: 'en-GB', horizonMonths: 12, fiscalStartMonth: 1, asOfDate: '2026-01-01' });
  return { db, file };
}

describe('data stamp', () => {
  it('changes on this connection\u2019s writes and on another connection\u2019s commits, not on reads', () => {
    const { db, file } = fileEngagement();
    const s0 = dataStamp(db);
    db.prepare('SELECT count(*) FROM roles').get();
    expect(dataStamp(db)).toBe(s0);
    db.prepare(`INSERT INTO roles (title, family) VALUES ('Analyst', 'Ops')`).run();
    const s1 = dataStamp(db);
    expect(s1).not.toBe(s0);
    expect(s1.split(':')[0]).toBe(s0.split(':')[0]);
    const other = new Database(file);
    other.prepare(`UPDATE roles SET title = 'Senior analyst'`).run();
    other.close();
    const s2 = dataStamp(db);
    expect(s2).not.toBe(s1);
    expect(s2.split(':')[1]).toBe(s1.split(':')[1]);
    db.close();
  });
});
