// File checks shared by the commands.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../shared/result';
import { backupPathOf, inspectExisting, openEngagementDb } from '../db/connection';
import { LATEST_VERSION, schemaVersion } from '../db/migrations';
import { nativeBinding } from '../db/native-binding';
import type { ReadableDB } from '../db/types';

/** Commands create files but never replace one: an engagement may hold weeks of work. */
export function refuseExisting(file: string): void {
  if (fs.existsSync(file)) {
    throw new AppError('conflict', `${file} already exists; Skillshift never overwrites a file, so choose another name or remove it first.`);
  }
}

/**
 * Runs `read` on the engagement opened read-only. A read-only SQLite connection to a WAL-mode
 * file creates `-wal` and `-shm` side files it cannot remove when it closes; when they were not
 * there before and the WAL is empty (nothing can have been written to it), they are removed
 * again so the folder looks as it did.
 */
export function withReadOnly<T>(file: string, read: (db: ReadableDB) => T): T {
  const sideFiles = [`${file}-wal`, `${file}-shm`];
  const existedBefore = sideFiles.map((f) => fs.existsSync(f));
  try {
    const db = openReadOnly(file);
    try {
      return read(db);
    } finally {
      db.close();
    }
  } finally {
    const [wal, shm] = sideFiles;
    if (!existedBefore[0] && !existedBefore[1] && sizeOf(wal) === 0) {
      fs.rmSync(wal, { force: true });
      fs.rmSync(shm, { force: true });
    }
  }
}

const sizeOf = (f: string): number | null => {
  try {
    return fs.statSync(f).size;
  } catch {
    return null;
  }
};

/**
 * Opens an engagement for reading only. Unlike opening it in the app, this writes nothing to a
 * current file, so `info` leaves it exactly as it was. A file in an older format is upgraded
 * first, exactly as the app would on opening it (backup, then one transaction per migration),
 * and the command says so on stderr.
 */
export function openReadOnly(file: string): ReadableDB {
  inspectExisting(file);
  const binding = nativeBinding();
  const open = () => new Database(file, { readonly: true, fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
  let db = open();
  const version = schemaVersion(db as ReadableDB);
  if (version === 0) {
    db.close();
    throw new AppError('bad-file', `${file} is not a complete Skillshift engagement: it has no tables.`);
  }
  if (version < LATEST_VERSION) {
    db.close();
    openEngagementDb(file, { mode: 'open' }).close();
    process.stderr.write(`Upgraded ${file} from file format ${version} to ${LATEST_VERSION} (backup kept as ${backupPathOf(file)}).\n`);
    db = open();
  }
  return db as ReadableDB;
}
