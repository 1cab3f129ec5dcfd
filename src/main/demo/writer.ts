// Bulk inserts for the generator. A benchmark engagement has millions of rows, and in
// better-sqlite3 the per-call overhead dominates a simple insert, so rows are buffered into
// one reused array and written by a multi-row INSERT prepared once; only the last partial
// batch goes row by row.
import type { WritableDB } from '../db/types';
import type Database from 'better-sqlite3';

export class BatchInsert {
  private readonly batch: Database.Statement;
  private readonly single: Database.Statement;
  private readonly buffer: unknown[];
  private filled = 0;
  private rowsInBuffer = 0;
  rowsWritten = 0;

  constructor(
    db: WritableDB,
    table: string,
    private readonly columns: readonly string[],
    private readonly rowsPerBatch = 200,
  ) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.batch = db.prepare(head + Array(rowsPerBatch).fill(tuple).join(', '));
    this.single = db.prepare(head + tuple);
    this.buffer = new Array(columns.length * rowsPerBatch).fill(null);
  }

  /** Appends one value of the current row; call `end()` after the last column. */
  put(value: string | number | null): this {
    this.buffer[this.filled++] = value;
    return this;
  }

  end(): void {
    if (++this.rowsInBuffer === this.rowsPerBatch) {
      this.batch.run(this.buffer);
      this.rowsWritten += this.rowsInBuffer;
      this.filled = 0;
      this.rowsInBuffer = 0;
    }
  }

  /** Writes a whole row at once (for the small catalogue tables). */
  row(...values: (string | number | null)[]): void {
    if (values.length !== this.columns.length) {
      throw new Error(`expected ${this.columns.length} values for ${this.columns.join(', ')}`);
    }
    for (const v of values) this.put(v);
    this.end();
  }

  flush(): void {
    const n = this.columns.length;
    for (let r = 0; r < this.rowsInBuffer; r++) this.single.run(this.buffer.slice(r * n, (r + 1) * n));
    this.rowsWritten += this.rowsInBuffer;
    this.filled = 0;
    this.rowsInBuffer = 0;
  }
}

/**
 * Bulk-load helper: drops the secondary indexes of `tables` and returns a function that
 * recreates them from their stored definitions. Sorting once at the end is cheaper than
 * keeping an index ordered through millions of inserts. Unique indexes that back column
 * constraints have no stored SQL and stay in place.
 */
export function suspendIndexes(db: WritableDB, tables: readonly string[]): () => void {
  const placeholders = tables.map(() => '?').join(', ');
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${placeholders}) ORDER BY name`)
    .all(...tables) as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  return () => {
    for (const ix of indexes) db.exec(ix.sql);
  };
}
