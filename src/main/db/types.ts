// Branded connection types (after Signal-Desktop): a function that only reads takes a
// ReadableDB, one that writes takes a WritableDB, so the type says which may change the file.
import type Database from 'better-sqlite3';

export type ReadableDB = Database.Database & { readonly __readable: unique symbol };
export type WritableDB = ReadableDB & { readonly __writable: unique symbol };

/** Run `fn` in one write transaction: it lands whole or not at all. */
export function inTransaction<T>(db: WritableDB, fn: () => T): T {
  return db.transaction(fn).immediate();
}

export const nowIso = (): string => new Date().toISOString();
