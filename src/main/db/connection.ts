// Opening engagement files. Every check that can refuse a file (not SQLite, not ours, newer
// version, damaged) runs on a read-only connection first, so a refused file is never touched.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../shared/result';
import { assertNotNewer, migrate, schemaVersion } from './migrations';
import { nativeBinding } from './native-binding';
import type { WritableDB } from './types';

/** `PRAGMA application_id` of every Skillshift file ("SkSH"). */
export const APPLICATION_ID = 0x536b5348;
export const ENGAGEMENT_EXTENSION = '.skillshift';
const SQLITE_MAGIC = 'SQLite format 3\0';

export interface OpenOptions {
  /** `create` makes a new file and fails if it exists; `open` needs an existing file. */
  mode: 'create' | 'open';
}

function connect(file: string, readonly: boolean): Database.Database {
  const binding = nativeBinding();
  return new Database(file, {
    readonly,
    fileMustExist: readonly,
    ...(binding ? { nativeBinding: binding } : {}),
  });
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Refuses anything that is not a healthy Skillshift file this version can read. */
export function inspectExisting(file: string): void {
  let header: Buffer;
  try {
    header = readHeader(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not-found', `${file} does not exist.`);
    throw new AppError('io', `${file} cannot be read: ${(e as Error).message}`);
  }
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) {
    throw new AppError(
      'bad-file',
      `${file} is not a Skillshift engagement: it is not an SQLite database${header.length === 0 ? ' (the file is empty)' : ''}.`,
      { reason: 'not-sqlite' },
    );
  }
  let db: Database.Database | undefined;
  try {
    db = connect(file, true);
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new AppError(
        'bad-file',
        `${file} is an SQLite database but not a Skillshift engagement (application id ${appId}).`,
        { reason: 'not-skillshift' },
      );
    }
    assertNotNewer(db as never, file);
    const check = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const problems = check.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) {
      throw new AppError('bad-file', `${file} is damaged: ${problems.slice(0, 3).join('; ')}`, {
        reason: 'damaged',
        problems: problems.slice(0, 20),
        backup: backupExists(file) ? backupPathOf(file) : null,
      });
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const err = e as Error & { code?: string };
    throw new AppError('bad-file', `${file} is damaged or unreadable: ${err.message}`, {
      reason: 'damaged',
      sqliteCode: err.code ?? null,
      backup: backupExists(file) ? backupPathOf(file) : null,
    });
  } finally {
    db?.close();
  }
}

export function openEngagementDb(file: string, { mode }: OpenOptions): WritableDB {
  if (mode === 'create') {
    if (fs.existsSync(file)) throw new AppError('conflict', `${file} already exists.`);
  } else {
    inspectExisting(file);
  }
  let db: Database.Database;
  try {
    db = connect(file, false);
  } catch (e) {
    throw new AppError('io', `${file} cannot be opened for writing: ${(e as Error).message}`);
  }
  try {
    applyPragmas(db);
    if (mode === 'create') db.pragma(`application_id = ${APPLICATION_ID}`);
    const before = schemaVersion(db as never);
    if (mode === 'open' && before > 0) writeBackupSync(db, file);
    migrate(db as WritableDB);
    return db as WritableDB;
  } catch (e) {
    db.close();
    if (mode === 'create') removeEngagementFiles(file);
    throw e;
  }
}

/** An in-memory engagement with the real migrations, for tests and scratch work. */
export function openMemoryDb(): WritableDB {
  const binding = nativeBinding();
  const db = new Database(':memory:', binding ? { nativeBinding: binding } : {});
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db as WritableDB);
  return db as WritableDB;
}

export const backupPathOf = (file: string): string => `${file}.bak`;
const backupExists = (file: string): boolean => fs.existsSync(backupPathOf(file));

/**
 * Keeps one known-good copy next to the file, taken when it opens cleanly. SQLite's
 * `VACUUM INTO` writes a consistent snapshot even with the WAL in use.
 */
function writeBackupSync(db: Database.Database, file: string): void {
  const target = backupPathOf(file);
  // Skip when the backup is already at least as new as the file and its WAL.
  const changedAt = Math.max(...['', '-wal'].map((ext) => mtimeOf(file + ext)));
  if (mtimeOf(target) >= changedAt) return;
  const tmp = `${target}.tmp`;
  fs.rmSync(tmp, { force: true });
  db.prepare('VACUUM INTO ?').run(tmp);
  fs.renameSync(tmp, target);
}

const mtimeOf = (path: string): number => {
  try {
    return fs.statSync(path).mtimeMs;
  } catch {
    return 0; // missing: never newer than anything
  }
};

/** Replaces a damaged file by its backup, keeping the damaged one aside for inspection. */
export function restoreFromBackup(file: string): string {
  const backup = backupPathOf(file);
  if (!fs.existsSync(backup)) throw new AppError('not-found', `There is no backup of ${file}.`);
  inspectExisting(backup);
  const damaged = `${file}.damaged-${Date.now()}`;
  if (fs.existsSync(file)) fs.renameSync(file, damaged);
  for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
  fs.copyFileSync(backup, file);
  return damaged;
}

export function removeEngagementFiles(file: string): void {
  for (const ext of ['', '-wal', '-shm']) fs.rmSync(file + ext, { force: true });
}
