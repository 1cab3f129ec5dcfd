import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import {
  APPLICATION_ID,
  backupPathOf,
  openEngagementDb,
  restoreFromBackup,
} from '../../../src/main/db/connection';
import { LATEST_VERSION, schemaVersion } from '../../../src/main/db/migrations';
import { initEngagement, getMeta } from '../../../src/main/db/repos/engagement';
import { AppError } from '../../../src/shared/result';
import { tempDir } from '../../helpers/engagement';

const meta = { name: 'Acme', currency: 'EUR', locale: 'en-GB', horizonMonths: 18, fiscalStartMonth: 1, asOfDate: '2026-01-01' };

function expectAppError(fn: () => unknown, kind: string, message: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).kind).toBe(kind);
    expect((e as AppError).message).toMatch(message);
    return e as AppError;
  }
  throw new Error('expected an error');
}

const sha = (file: string) => fs.readFileSync(file).toString('base64');

describe('engagement files', () => {
  const dir = tempDir();

  it('creates a file with WAL, foreign keys, synchronous FULL, our application id and the latest schema', () => {
    const file = path.join(dir, 'new.skillshift');
    const db = openEngagementDb(file, { mode: 'create' });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    initEngagement(db, meta);
    db.close();
    const again = openEngagementDb(file, { mode: 'open' });
    expect(getMeta(again).name).toBe('Acme');
    again.close();
  });

  it('refuses to create over an existing file', () => {
    const file = path.join(dir, 'exists.skillshift');
    fs.writeFileSync(file, 'x');
    expectAppError(() => openEngagementDb(file, { mode: 'create' }), 'conflict', /already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });

  it('refuses a missing file', () => {
    expectAppError(() => openEngagementDb(path.join(dir, 'nope.skillshift'), { mode: 'open' }), 'not-found', /does not exist/);
  });

  it('refuses a file that is not SQLite, leaving it untouched', () => {
    const file = path.join(dir, 'notes.skillshift');
    fs.writeFileSync(file, 'Quarterly notes, not a database\n'.repeat(20));
    const before = sha(file);
    expectAppError(() => openEngagementDb(file, { mode: 'open' }), 'bad-file', /not an SQLite database/);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses an empty file', () => {
    const file = path.join(dir, 'empty.skillshift');
    fs.writeFileSync(file, '');
    expectAppError(() => openEngagementDb(file, { mode: 'open' }), 'bad-file', /empty/);
  });

  it('refuses another application\'s SQLite database, leaving it untouched', () => {
    const file = path.join(dir, 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    other.close();
    const before = sha(file);
    expectAppError(() => openEngagementDb(file, { mode: 'open' }), 'bad-file', /not a Skillshift engagement/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file from a newer version with a clear error, leaving it untouched', () => {
    const file = path.join(dir, 'future.skillshift');
    openEngagementDb(file, { mode: 'create' }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha(file);
    const err = expectAppError(() => openEngagementDb(file, { mode: 'open' }), 'newer-version', /newer version of Skillshift/);
    expect(err.details).toEqual({ fileVersion: LATEST_VERSION + 5, supportedVersion: LATEST_VERSION });
    expect(sha(file)).toBe(before);
  });

  it('detects a damaged file, offers the backup, and restores it', () => {
    const file = path.join(dir, 'damaged.skillshift');
    const db = openEngagementDb(file, { mode: 'create' });
    initEngagement(db, meta);
    db.exec(`CREATE TABLE filler (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO filler SELECT hex(randomblob(64)) FROM n;`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    openEngagementDb(file, { mode: 'open' }).close(); // a clean open takes the backup
    expect(fs.existsSync(backupPathOf(file))).toBe(true);

    // Overwrite pages in the middle of the file with garbage.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, 4096 * 3);
    fs.closeSync(fd);
    const err = expectAppError(() => openEngagementDb(file, { mode: 'open' }), 'bad-file', /damaged/);
    expect((err.details as { backup: string }).backup).toBe(backupPathOf(file));

    const damagedCopy = restoreFromBackup(file);
    expect(fs.existsSync(damagedCopy)).toBe(true);
    const restored = openEngagementDb(file, { mode: 'open' });
    expect(getMeta(restored).name).toBe('Acme');
    restored.close();
  });
});
