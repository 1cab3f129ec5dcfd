import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openReadOnly } from '../../../src/main/cli/files';
import { APPLICATION_ID, backupPathOf } from '../../../src/main/db/connection';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../src/main/db/migrations';
import type { WritableDB } from '../../../src/main/db/types';
import { tempDir } from '../../helpers/engagement';

describe('openReadOnly', () => {
  it('upgrades a file in an older format before reading it, keeping a backup and the data', () => {
    const file = path.join(tempDir(), 'old.skillshift');
    const old = new Database(file) as unknown as WritableDB;
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('journal_mode = WAL');
    migrate(old, 1);
    old.exec(`INSERT INTO skills (name, category) VALUES ('SQL', 'technical')`);
    old.close();

    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const db = openReadOnly(file);
    try {
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT name FROM skills').all()).toEqual([{ name: 'SQL' }]);
      expect(fs.existsSync(backupPathOf(file))).toBe(true);
      expect(String(stderr.mock.calls[0]?.[0])).toMatch(/Upgraded .* from file format 1 to \d+/);
    } finally {
      db.close();
      stderr.mockRestore();
    }
  });

  it('leaves a current file untouched', () => {
    const file = path.join(tempDir(), 'current.skillshift');
    const db0 = new Database(file) as unknown as WritableDB;
    db0.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db0);
    db0.close();
    const before = fs.readFileSync(file);
    openReadOnly(file).close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(backupPathOf(file))).toBe(false);
  });
});
