// What the main thread and the import worker say to each other, and the worker's connection.
import Database from 'better-sqlite3';
import type { ApiError } from '../../../shared/result';
import { nativeBinding } from '../../db/native-binding';
import type { WritableDB } from '../../db/types';
import type { ImportLimits } from '../import/limits';
import type { RunResult } from '../import/pipeline';
import type { ImportJob } from '../import/run-context';

export interface WorkerJob {
  dbFile: string;
  job: ImportJob;
  mode: 'validate' | 'commit';
  /** Int32Array(1) over this buffer: 1 = cancel. */
  cancelFlag: SharedArrayBuffer;
  limits?: ImportLimits;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: RunResult }
  | { type: 'error'; error: ApiError };

/**
 * A second connection to an engagement the main thread already opened (and so already
 * checked and migrated): the same pragmas, and a longer busy timeout because it may wait for
 * a write the main thread is finishing.
 */
export function openWorkerDb(file: string): WritableDB {
  const binding = nativeBinding();
  const db = new Database(file, { fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 30000');
  return db as WritableDB;
}
