// Bulk loads rebuild a table's secondary indexes instead of maintaining them row by row: one
// sort at the end is far cheaper than millions of scattered index inserts. Only explicit
// CREATE INDEX indexes are dropped (UNIQUE and PRIMARY KEY constraints stay and keep being
// enforced), and it happens inside the import's transaction, so a rollback or a crash
// restores them along with everything else.
import type { WritableDB } from '../../db/types';

export class DroppedIndexes {
  private readonly sql: string[] = [];

  constructor(private readonly db: WritableDB) {}

  /**
   * Drops the table's plain secondary indexes, except those leading with a column in `keep`:
   * an index on a self-referencing foreign key (employees.manager_id) must stay, or SQLite's
   * deferred foreign-key checks would scan the whole table for every inserted row.
   */
  drop(table: string, keep: string[] = []): void {
    const rows = this.db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'`)
      .all(table) as { name: string; sql: string }[];
    for (const r of rows) {
      const lead = (this.db.prepare('SELECT name FROM pragma_index_info(?) WHERE seqno = 0').pluck().get(r.name) as string | undefined) ?? '';
      if (keep.includes(lead)) continue;
      this.db.exec(`DROP INDEX "${r.name.replace(/"/g, '""')}"`);
      this.sql.push(r.sql);
    }
  }

  /**
   * Recreates the dropped indexes. `sortCacheKb`: the page cache size while they are built.
   * SQLite's sorter cuts its input into runs as big as the page cache and sorts each in memory
   * before merging them; for an index far bigger than the cache (millions of proficiencies),
   * runs of 2 MB sort faster than runs of the default 16 MB (better CPU-cache locality: 0.95
   * -> 0.7 s at 2.5 million rows). An index that fits the cache is better sorted in one run.
   */
  restore(sortCacheKb?: number): void {
    if (this.sql.length === 0) return;
    const cacheSize = this.db.pragma('cache_size', { simple: true }) as number;
    if (sortCacheKb !== undefined) this.db.pragma(`cache_size = ${-sortCacheKb}`);
    try {
      for (const sql of this.sql.splice(0)) this.db.exec(sql);
    } finally {
      if (sortCacheKb !== undefined) this.db.pragma(`cache_size = ${cacheSize}`);
    }
  }
}

/** Whether a load is big enough, against what the table holds, to rebuild rather than maintain. */
export const isBulk = (adding: number, existing: number): boolean => adding >= 20_000 && adding >= existing;
