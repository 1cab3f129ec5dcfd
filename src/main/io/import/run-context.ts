// Everything one import run shares: the job, the opened table, the resolved options, the
// report being built, reference indexes, pseudonyms, and the progress/cancel hooks. A run
// either validates (reads only) or commits (inside the caller's transaction).
import type { ColumnMapping, ImportKind, ImportOptions, ResolvedImportOptions } from '../../../shared/import-types';
import { getMeta, getSecret, getSettings } from '../../db/repos/engagement';
import type { WritableDB } from '../../db/types';
import { Pseudonymiser } from '../pseudonym';
import { LevelReader } from './levels';
import { cancelledError, defaultLimits, type ImportLimits } from './limits';
import { columnsOf, resolveOptions } from './options';
import { RefIndex, type RefTarget } from './refs';
import { ReportBuilder } from './report';
import { RowReader } from './row-reader';
import { openTable, type SourceSpec } from './source';
import { requireDataRow, type TableSource } from './table-source';

export interface ImportJob {
  kind: ImportKind;
  source: SourceSpec;
  options: ImportOptions;
  mapping: ColumnMapping;
  skipInvalid: boolean;
  createMissing: boolean;
  confirmRemovals: boolean;
}

export interface RunHooks {
  onProgress?(done: number, total: number): void;
  isCancelled?(): boolean;
  limits?: ImportLimits;
}

export class RunContext {
  readonly report = new ReportBuilder();
  readonly source: TableSource;
  readonly opts: ResolvedImportOptions;
  readonly reader: RowReader;
  readonly cols: Map<string, number>;
  readonly pseudo: Pseudonymiser;
  readonly pseudonymise: boolean;
  readonly asOf: string;
  readonly currency: string;
  readonly limits: ImportLimits;
  private readonly refIndexes = new Map<RefTarget, RefIndex>();
  private ticks = 0;
  private levelReader: LevelReader | null = null;
  /** Per-kind scratch state for one run (e.g. the roles a requirements file covers). */
  readonly scratch = new Map<string, unknown>();

  constructor(
    readonly db: WritableDB,
    readonly job: ImportJob,
    readonly write: boolean,
    readonly hooks: RunHooks = {},
  ) {
    const meta = getMeta(db);
    this.asOf = meta.asOfDate;
    this.currency = meta.currency;
    this.pseudonymise = getSettings(db).privacy.pseudonymise;
    this.pseudo = new Pseudonymiser(getSecret(db));
    const limits = hooks.limits ?? defaultLimits;
    this.limits = limits;
    this.source = openTable(job.source, job.options, limits);
    requireDataRow(this.source);
    this.opts = resolveOptions(job.source, this.source, job.kind, job.mapping, job.options, meta.locale);
    this.cols = columnsOf(job.kind, job.mapping, this.source.headers);
    this.reader = new RowReader({
      report: this.report,
      cols: this.cols,
      headers: this.source.headers,
      decimal: this.opts.decimalSeparator,
      dateOrder: this.opts.dateFormat,
      asOfYear: Number(this.asOf.slice(0, 4)),
    });
  }

  refs(target: RefTarget): RefIndex {
    let idx = this.refIndexes.get(target);
    if (!idx) {
      idx = new RefIndex(this.db, target, this.write, this.report.created);
      this.refIndexes.set(target, idx);
    }
    return idx;
  }

  levels(): LevelReader {
    return (this.levelReader ??= new LevelReader(this.job.options.levelLabels, this.opts.decimalSeparator));
  }

  /** Every row: checks for cancellation now and then, so a cancel lands within milliseconds. */
  tick(): void {
    if ((++this.ticks & 4095) === 0 && this.hooks.isCancelled?.()) throw cancelledError();
  }

  checkCancelled(): void {
    if (this.hooks.isCancelled?.()) throw cancelledError();
  }

  progress(done: number): void {
    this.hooks.onProgress?.(done, this.source.total);
  }
}
