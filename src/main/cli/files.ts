// File checks shared by the commands.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../shared/result';
import { inspectExisting } from '../db/connection';
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
 * Opens an engagement for reading only. Unlike opening it in the app, this neither migrates
 * it nor writes a backup, so `info` leaves the file exactly as it was.
 */
export function openReadOnly(file: string): ReadableDB {
  inspectExisting(file);
  const binding = nativeBinding();
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
  const version = schemaVersion(db as ReadableDB);
  if (version === 0) {
    db.close();
    throw new AppError('bad-file', `${file} is not a complete Skillshift engagement: it has no tables.`);
  }
  if (version !== LATEST_VERSION) {
    db.close();
    throw new AppError(
      'bad-file',
      `${file} uses file format ${version} and this command reads format ${LATEST_VERSION}; open it once in Skillshift to upgrade it.`,
    );
  }
  return db as ReadableDB;
}
