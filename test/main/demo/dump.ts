// Every row of an engagement as text, for comparing two generated engagements. The engagement's
// secret key and creation time and the audit log's timestamps are per file by design (the key
// is random, the log records when), so they are left out.
import type { ReadableDB } from '../../../src/main/db/types';

const VOLATILE: Record<string, readonly string[]> = {
  engagement: ['secret', 'created_at'],
  audit_log: ['at'],
};

export function dumpTables(db: ReadableDB): Map<string, string> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const out = new Map<string, string>();
  for (const t of tables) {
    const cols = (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(t) as string[]).filter(
      (c) => !(VOLATILE[t] ?? []).includes(c),
    );
    const list = cols.map((c) => `"${c}"`).join(', ');
    const rows = db.prepare(`SELECT ${list} FROM "${t}" ORDER BY ${list}`).raw().all();
    out.set(t, JSON.stringify(rows));
  }
  return out;
}
