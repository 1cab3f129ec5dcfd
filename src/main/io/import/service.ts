// The import as the API and the command line use it: stage a file, preview it, validate or
// commit it, cancel, page through the last report. Validate and commit run in a worker thread
// against the engagement file (inline only for in-memory engagements, which a worker cannot
// reach), and report progress under a task id the caller can cancel.
import type { Page } from '../../../shared/api-types';
import type { ColumnMapping, DiffEntry, ImportIssue, ImportKind, ImportOptions, ImportPreview, ImportReport, ReportSection, StagedImport } from '../../../shared/import-types';
import type { ProgressEvent } from '../../../shared/events';
import { AppError } from '../../../shared/result';
import type { WritableDB } from '../../db/types';
import { isCancelRequested, newCancelFlag, requestCancel, runJobInWorker } from '../worker/run-job';
import { defaultLimits, type ImportLimits } from './limits';
import { runImport, type RunResult } from './pipeline';
import { guessMapping, previewImport } from './preview';
import { openTable } from './source';
import { StagingArea } from './staging';

export interface RunRequest {
  stagingId: string;
  kind: ImportKind;
  mapping?: ColumnMapping;
  options?: ImportOptions;
  skipInvalid?: boolean;
  createMissing?: boolean;
  confirmRemovals?: boolean;
  taskId?: string;
}

export interface RunEnv {
  db: WritableDB;
  /** Emits progress events (the API's ctx.emit('progress', ...)). */
  progress?(event: ProgressEvent): void;
  /** Force the run onto this thread (the CLI, which has no UI to keep responsive). */
  inline?: boolean;
}

const LABEL = { validate: 'Checking', commit: 'Importing' } as const;

export class ImportService {
  readonly staging: StagingArea;
  private readonly tasks = new Map<string, SharedArrayBuffer>();

  constructor(private readonly limits: ImportLimits = defaultLimits) {
    this.staging = new StagingArea(limits);
  }

  /** `copy: false` reads the file in place: for one-shot callers such as the command line. */
  stagePath(path: string, copy = true): StagedImport {
    return this.staging.stagePath(path, copy).info;
  }

  stageContent(fileName: string, base64: string): StagedImport {
    return this.staging.stageContent(fileName, base64).info;
  }

  preview(db: WritableDB, req: { stagingId: string; kind: ImportKind; options?: ImportOptions; mapping?: ColumnMapping; rows?: number }): ImportPreview {
    const s = this.staging.get(req.stagingId);
    return previewImport(db, s.spec, s.info, { kind: req.kind, options: req.options ?? {}, mapping: req.mapping, rows: req.rows ?? 20 }, this.limits);
  }

  async run(env: RunEnv, req: RunRequest, mode: 'validate' | 'commit'): Promise<ImportReport> {
    const s = this.staging.get(req.stagingId);
    const taskId = req.taskId ?? `import:${req.stagingId}`;
    if (s.busyTask || this.tasks.has(taskId)) {
      throw new AppError('conflict', 'This file is already being checked or imported; wait for it or cancel it.', { taskId: s.busyTask ?? taskId });
    }
    const options = req.options ?? {};
    const mapping = req.mapping ?? guessMapping(env.db, req.kind, openTable(s.spec, options, this.limits).headers, options).mapping;
    const job = {
      kind: req.kind,
      source: s.spec,
      options,
      mapping,
      skipInvalid: req.skipInvalid ?? false,
      createMissing: req.createMissing ?? false,
      confirmRemovals: req.confirmRemovals ?? false,
    };
    const flag = newCancelFlag();
    const label = `${LABEL[mode]} ${s.info.fileName}`;
    const onProgress = (done: number, total: number) => env.progress?.({ taskId, label, done, total });
    this.tasks.set(taskId, flag);
    s.busyTask = taskId;
    try {
      onProgress(0, s.info.sizeBytes);
      const file = env.db.memory ? null : env.db.name;
      const result: RunResult =
        file && !env.inline
          ? await runJobInWorker(file, job, mode, { cancelFlag: flag, onProgress, limits: this.limits })
          : runImport(env.db, job, mode, { onProgress, isCancelled: () => isCancelRequested(flag), limits: this.limits });
      s.last = result.full;
      return { stagingId: req.stagingId, ...result.report };
    } finally {
      this.tasks.delete(taskId);
      s.busyTask = undefined;
      env.progress?.({ taskId, label, done: 1, total: 1, finished: true });
    }
  }

  /** Asks a running validate/commit to stop; it rolls back. False when no such task runs. */
  cancel(taskId: string): boolean {
    const flag = this.tasks.get(taskId);
    if (!flag) return false;
    requestCancel(flag);
    return true;
  }

  reportPage(req: { stagingId: string; section: ReportSection; offset: number; limit: number }): Page<ImportIssue | DiffEntry> {
    const s = this.staging.get(req.stagingId);
    if (!s.last) throw new AppError('not-found', 'There is no report for this file yet: validate it first.');
    const list: (ImportIssue | DiffEntry)[] = req.section === 'errors' ? s.last.errors : s.last[req.section];
    return { total: list.length, offset: req.offset, rows: list.slice(req.offset, req.offset + req.limit) };
  }

  discard(stagingId: string): boolean {
    return this.staging.discard(stagingId);
  }
}

/** One service per process: staged files and running tasks outlive any single call. */
export const importService = new ImportService();
