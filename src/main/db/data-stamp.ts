// The engagement's data stamp: two counters SQLite keeps for every connection, which together
// change on every write, whoever makes it:
//   - `PRAGMA data_version` changes when ANOTHER connection commits (the import worker thread,
//     a second window, the CLI or the sqlite3 shell on the same file);
//   - `SELECT total_changes()` counts the rows this connection has inserted, updated or deleted
//     (edits, undo/redo, imports run inline, settings, scenario saves).
// A result computed under one stamp is valid exactly while the stamp is unchanged, so the caches
// (gaps, scenarios, plans) need no coupling to the modules that write. Each check costs two tiny
// prepared statements (about 4 microseconds). A write that changes nothing does not move them; a
// rolled-back write may: at worst one recomputation too many.
import type { Statement } from 'better-sqlite3';
import type { ReadableDB } from './types';

const stampStatements = new WeakMap<ReadableDB, { version: Statement; changes: Statement }>();

/** The engagement's data state on this connection: equal stamps mean nothing was written. */
export function dataStamp(db: ReadableDB): string {
  let s = stampStatements.get(db);
  if (!s) {
    s = { version: db.prepare('PRAGMA data_version').pluck(), changes: db.prepare('SELECT total_changes()').pluck() };
    stampStatements.set(db, s);
  }
  return `${s.version.get() as number}:${s.changes.get() as number}`;
}
