// Diffs and writes proficiency rows as they stream in. Against an empty table every row is an
// addition and goes in through a multi-row INSERT; otherwise each row is looked up by its key
// and becomes an insert, an update (with the changed fields in the diff) or nothing. For a bulk
// load the table's secondary indexes are dropped and rebuilt inside the same transaction: one
// sort at the end is far cheaper than millions of scattered index inserts, and a rollback or
// crash restores them with everything else.
import type { FieldChange } from '../../../shared/import-types';
import { audit } from '../../db/repos/audit';
import { DroppedIndexes, isBulk } from './bulk-indexes';
import { KEEP } from './report';
import type { RunContext } from './run-context';

const BATCH = 200;
const COLS = 5;
const BYTES_PER_ROW = 40;
const AUDIT_ROWS = 100_000;
/** Page cache while the skill index is rebuilt (bulk-indexes.ts): runs the sorter handles fast. */
const SORT_CACHE_KB = 2048;

interface PairSetLike {
  has(employee: number, skill: number): boolean;
}

interface IdSetLike {
  has(id: number): boolean;
}

export class ProficiencyWriter {
  /** Whether the table held rows before: only then can the file's scope remove any. */
  readonly hasExisting: boolean;
  private readonly params: unknown[] = new Array(BATCH * COLS);
  private n = 0;
  private readonly insertMany;
  private readonly insertOne;
  private readonly lookup;
  private readonly update;
  private readonly indexes;
  private readonly labels = new Map<number, string>();
  private readonly employeeLabel;
  private audited = 0;
  private skipChecks = false;

  constructor(
    private readonly ctx: RunContext,
    private readonly fileSkills: Set<number>,
  ) {
    const { db } = ctx;
    this.indexes = new DroppedIndexes(db);
    this.hasExisting = db.prepare('SELECT EXISTS (SELECT 1 FROM proficiencies)').pluck().get() === 1;
    if (ctx.write) {
      // About 40 bytes per row in a typical file: enough to tell a bulk load from a top-up.
      const count = this.hasExisting ? (db.prepare('SELECT count(*) FROM proficiencies').pluck().get() as number) : 0;
      if (isBulk(Math.floor(ctx.source.total / BYTES_PER_ROW), count)) this.indexes.drop('proficiencies');
      // Every row inserted here passed the converter's checks, which are the table's CHECK rules
      // (level within the zod Level bounds, source from the same enum): SQLite need not
      // re-evaluate them per row, which costs a quarter of a bulk load. Only for a load into an
      // empty table (inserts, nothing else), and switched back on as soon as they are done.
      if (!this.hasExisting) {
        this.skipChecks = true;
        db.pragma('ignore_check_constraints = ON');
      }
    }
    const cols = 'INSERT INTO proficiencies (employee_id, skill_id, level, source, assessed_on) VALUES ';
    this.insertMany = db.prepare(cols + Array(BATCH).fill('(?, ?, ?, ?, ?)').join(', '));
    this.insertOne = db.prepare(`${cols}(?, ?, ?, ?, ?)`);
    this.lookup = db.prepare('SELECT level, source, assessed_on FROM proficiencies WHERE employee_id = ? AND skill_id = ?').raw();
    this.update = db.prepare('UPDATE proficiencies SET level = ?, source = ?, assessed_on = ? WHERE employee_id = ? AND skill_id = ?');
    this.employeeLabel = db.prepare('SELECT coalesce(client_id, ref) FROM employees WHERE id = ?').pluck();
  }

  /** "client id (or pseudonym) / skill name", for the report. */
  labelOf(employee: number, skill: number): string {
    let e = this.labels.get(employee);
    if (e === undefined) {
      e = (this.employeeLabel.get(employee) as string | undefined) ?? `#${employee}`;
      this.labels.set(employee, e);
    }
    return `${e} / ${this.ctx.refs('skills').nameOf(skill)}`;
  }

  apply(row: number, employee: number, planned: number, level: number, source: string, date: string | null): void {
    const { report } = this.ctx;
    const write = this.ctx.write;
    let skill = planned;
    if (skill < 0 && write) {
      const idx = this.ctx.refs('skills');
      idx.materialise({ currency: this.ctx.currency });
      skill = idx.real(skill) ?? skill;
    }
    if (this.hasExisting && skill > 0) {
      const old = this.lookup.get(employee, skill) as [number, string, string | null] | undefined;
      if (old) {
        const changes: FieldChange[] = [];
        if (old[0] !== level) changes.push({ field: 'level', old: old[0], new: level });
        if (old[1] !== source) changes.push({ field: 'source', old: old[1], new: source });
        if (old[2] !== date) changes.push({ field: 'assessedOn', old: old[2], new: date });
        if (changes.length === 0) {
          report.counts.unchanged++;
          return;
        }
        const key = report.changed.length < KEEP || this.audited < AUDIT_ROWS ? this.labelOf(employee, skill) : '';
        report.change({ key, row, changes });
        if (write) {
          this.update.run(level, source, date, employee, skill);
          if (this.audited++ < AUDIT_ROWS) {
            audit(this.ctx.db, {
              action: 'import',
              entity: 'proficiency',
              entityId: `${employee}:${skill}`,
              summary: `Import changed proficiency ${key}`,
              before: Object.fromEntries(changes.map((c) => [c.field, c.old])),
              after: Object.fromEntries(changes.map((c) => [c.field, c.new])),
            });
          }
        }
        return;
      }
    }
    if (report.added.length < KEEP) report.add({ key: this.labelOf(employee, skill), row });
    else report.counts.added++;
    if (!write) return;
    const a = this.params;
    let i = this.n * COLS;
    a[i++] = employee;
    a[i++] = skill;
    a[i++] = level;
    a[i++] = source;
    a[i] = date;
    if (++this.n === BATCH) {
      // Spread, not the array: better-sqlite3 reads an array argument element by element
      // through V8's generic property access, arguments directly. 0.3 s of 1.7 s at 2.5M rows.
      this.insertMany.run(...a);
      this.n = 0;
    }
  }

  private flush(): void {
    const a = this.params;
    for (let k = 0; k < this.n; k++) this.insertOne.run(a[k * COLS], a[k * COLS + 1], a[k * COLS + 2], a[k * COLS + 3], a[k * COLS + 4]);
    this.n = 0;
  }

  /** Writes what is left, rebuilds dropped indexes, and finds removals in the file's scope. */
  finish(seen: PairSetLike, fileEmployees: IdSetLike): void {
    const { ctx } = this;
    const { db, report } = ctx;
    if (this.skipChecks) {
      this.flush();
      // Also expires the statements prepared without checks: anything later runs with them.
      db.pragma('ignore_check_constraints = OFF');
      this.skipChecks = false;
    }
    if (ctx.write) {
      this.flush();
      ctx.checkCancelled();
      this.indexes.restore(SORT_CACHE_KB);
    }
    if (!this.hasExisting) return;
    // Scope: the people and the skills this file covers. Anything stored there that the file
    // no longer has is a removal, applied only when confirmed.
    const gone: [number, number][] = [];
    for (const [e, s] of db.prepare('SELECT employee_id, skill_id FROM proficiencies').raw().iterate() as IterableIterator<[number, number]>) {
      if (fileEmployees.has(e) && this.fileSkills.has(s) && !seen.has(e, s)) gone.push([e, s]);
    }
    for (const [e, s] of gone) {
      report.remove({ key: report.removed.length < KEEP ? this.labelOf(e, s) : '', row: null });
    }
    if (gone.length && !ctx.job.confirmRemovals) {
      report.notes.push(`${gone.length} stored proficiencies of the people and skills in this file are no longer in it; they are kept unless removals are confirmed.`);
    }
    if (ctx.write && ctx.job.confirmRemovals && gone.length) {
      const del = db.prepare('DELETE FROM proficiencies WHERE employee_id = ? AND skill_id = ?');
      for (const [e, s] of gone) del.run(e, s);
      audit(db, { action: 'import', entity: 'proficiency', summary: `Import removed ${gone.length} proficiencies no longer in the file`, before: { pairs: gone.slice(0, 1000) } });
    }
  }
}
