// Converted proficiency records in typed arrays: cheap to fill, and transferable between
// threads without copying. A batch also carries what the converter learnt on the way (new
// date strings, skills to create, problems) so the receiving side can apply it in order.
import type { ImportIssue } from '../../../shared/import-types';
import type { RecordSink } from './proficiency-convert';

export const BATCH_ROWS = 16_384;

export interface BatchData {
  n: number;
  employee: Int32Array;
  skill: Int32Array;
  level: Float64Array;
  source: Uint8Array;
  date: Int32Array;
  row: Int32Array;
  dates: [number, string][];
  planned: [number, string][];
  issues: ImportIssue[];
  /** Data rows read while filling this batch. */
  rows: number;
  /** Progress (bytes or rows of the source) at the end of this batch. */
  done: number;
}

export function emptyBatch(capacity = BATCH_ROWS): BatchData {
  return {
    n: 0,
    employee: new Int32Array(capacity),
    skill: new Int32Array(capacity),
    level: new Float64Array(capacity),
    source: new Uint8Array(capacity),
    date: new Int32Array(capacity),
    row: new Int32Array(capacity),
    dates: [],
    planned: [],
    issues: [],
    rows: 0,
    done: 0,
  };
}

export const transferList = (b: BatchData): ArrayBuffer[] =>
  [b.employee, b.skill, b.level, b.source, b.date, b.row].map((a) => a.buffer as ArrayBuffer);

/** Fills batches; `flush` is called with each full one (and by the owner at the end). */
export class BatchSink implements RecordSink {
  batch = emptyBatch();

  constructor(private readonly flush: (b: BatchData) => void) {}

  get full(): boolean {
    return this.batch.n >= BATCH_ROWS - 64 || this.batch.issues.length >= 1000;
  }

  record(employee: number, skill: number, level: number, source: number, date: number, row: number): void {
    const b = this.batch;
    if (b.n === b.employee.length) this.emit();
    const i = this.batch.n++;
    this.batch.employee[i] = employee;
    this.batch.skill[i] = skill;
    this.batch.level[i] = level;
    this.batch.source[i] = source;
    this.batch.date[i] = date;
    this.batch.row[i] = row;
  }

  issue(issue: ImportIssue): void {
    this.batch.issues.push(issue);
  }

  date(code: number, iso: string): void {
    this.batch.dates.push([code, iso]);
  }

  planSkill(placeholder: number, name: string): void {
    this.batch.planned.push([placeholder, name]);
  }

  /** Hands the current batch over and starts a new one. */
  emit(): void {
    const b = this.batch;
    this.batch = emptyBatch();
    this.flush(b);
  }
}
