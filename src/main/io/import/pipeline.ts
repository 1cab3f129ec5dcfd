// One import run, validate or commit, start to finish: open the table, read and check every
// row, compute the merge diff, and in a commit write it all in ONE transaction that lands
// whole or not at all (a thrown error, a cancel, invalid rows without skipInvalid, or the
// process dying mid-way all leave the file exactly as it was). A validate run also reads
// inside a transaction, for a consistent view, and never writes.
import fs from 'node:fs';
import type { ImportReport } from '../../../shared/import-types';
import { audit } from '../../db/repos/audit';
import type { WritableDB } from '../../db/types';
import { runEntityImport } from './entity-merge';
import { entityKinds } from './kinds';
import { PARALLEL_PARSE_BYTES, runProficiencyImport } from './proficiencies';
import { getSecret } from '../../db/repos/engagement';
import { ReaderThread, RemoteConversions } from './reader-thread';
import { KEEP_IN_REPLY } from './report';
import { RunContext, type ImportJob, type RunHooks } from './run-context';

class Rollback extends Error {}

export interface RunResult {
  report: Omit<ImportReport, 'stagingId'>;
  /** The full lists, for paging through the report. */
  full: { errors: ImportReport['errors']; added: ImportReport['diff']['added']; changed: ImportReport['diff']['changed']; removed: ImportReport['diff']['removed'] };
}

export function runImport(db: WritableDB, job: ImportJob, mode: 'validate' | 'commit', hooks: RunHooks = {}): RunResult {
  const started = performance.now();
  let ctx: RunContext | null = null;
  let committed = false;
  // A big file gets a second thread reading it alongside this one (reader-thread.ts); it starts
  // now, so that its start-up overlaps with opening the file and loading what rows match against.
  const twoThreads =
    (job.kind === 'proficiencies' || entityKinds[job.kind].convertsOffline) &&
    fs.statSync(job.source.path).size >= (hooks.limits?.parallelParseBytes ?? (job.kind === 'proficiencies' ? PARALLEL_PARSE_BYTES : SPLIT_BYTES));
  const reader = twoThreads ? new ReaderThread(() => hooks.isCancelled?.() ?? false) : null;
  const body = () => {
    ctx = new RunContext(db, job, mode === 'commit', hooks);
    const c = ctx;
    if (job.kind === 'proficiencies') runProficiencyImport(c, reader);
    else {
      const k = entityKinds[job.kind];
      c.report.notes.push(...(k.notes?.(c) ?? []));
      runEntityImport(k, c, reader ? convertOnReader(c, reader) : null);
    }
    c.report.counts.invalid = c.report.invalidRows;
    const blocked = c.report.counts.invalid > 0 && !job.skipInvalid;
    if (mode === 'validate' || blocked) throw new Rollback();
    c.checkCancelled();
    const { counts } = c.report;
    const removed = job.confirmRemovals ? counts.removed : 0;
    audit(db, {
      action: 'import',
      entity: job.kind,
      summary: `Imported ${job.source.fileName}: ${counts.added} added, ${counts.changed} changed, ${removed} removed, ${counts.skipped} skipped`,
      after: { file: job.source.fileName, kind: job.kind, counts: { ...counts, removed }, created: c.report.created },
    });
    committed = true;
  };
  // A commit that deletes nothing runs with foreign-key enforcement off: every reference it
  // writes was resolved against rows read inside this same write transaction, so it is valid by
  // construction, and SQLite's per-row checks would cost a third of a bulk load. Entity kinds
  // still verify with foreign_key_check before committing (entity-merge.ts). Removals keep it
  // on, because ON DELETE CASCADE / SET NULL must run.
  const relaxFks = mode === 'commit' && !job.confirmRemovals && db.pragma('foreign_keys', { simple: true }) === 1;
  if (relaxFks) db.pragma('foreign_keys = OFF');
  // A big commit leaves its pages in the WAL; folding them into the file (a checkpoint) is
  // housekeeping the caller runs after answering (checkpointAfterImport), not part of the commit.
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  if (mode === 'commit') db.pragma('wal_autocheckpoint = 0');
  try {
    if (mode === 'commit') db.transaction(body).immediate();
    else db.transaction(body).deferred();
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  } finally {
    reader?.close();
    if (relaxFks) db.pragma('foreign_keys = ON');
    if (mode === 'commit') db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
    // A bulk proficiency load skips CHECK re-evaluation (proficiency-writer.ts); never beyond the run.
    db.pragma('ignore_check_constraints = OFF');
  }
  const c = ctx as RunContext | null;
  if (!c) throw new Error('import run did not start');
  const rb = c.report;
  const removedFound = rb.counts.removed;
  const errors = rb.sortedIssues();
  const report: RunResult['report'] = {
    kind: job.kind,
    shape: c.opts.shape,
    mode,
    committed,
    counts: {
      ...rb.counts,
      removed: job.confirmRemovals ? removedFound : 0,
      skipped: job.skipInvalid ? rb.counts.invalid : 0,
    },
    errors: errors.slice(0, KEEP_IN_REPLY),
    errorCount: rb.errorCount,
    errorSummary: rb.errorSummary(),
    diff: { added: rb.added.slice(0, KEEP_IN_REPLY), changed: rb.changed.slice(0, KEEP_IN_REPLY), removed: rb.removed.slice(0, KEEP_IN_REPLY) },
    removalsPending: job.confirmRemovals ? 0 : removedFound,
    created: rb.created,
    notes: rb.notes,
    durationMs: Math.round(performance.now() - started),
  };
  return { report, full: { errors, added: rb.added, changed: rb.changed, removed: rb.removed } };
}

/**
 * After a big commit, folds the WAL back into the file, so the next small write elsewhere
 * (the UI thread's) does not pay for it. Runs after the import has answered: in the import
 * worker after it posted its result; on the command line when the file is closed.
 */
export function checkpointAfterImport(db: WritableDB): void {
  try {
    if (!db.memory) db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // A reader holding the WAL open only delays the checkpoint; nothing to report.
  }
}

/**
 * Files of other kinds at least this big are converted on two threads. The second thread
 * costs a fixed start (its modules), a second parse of the whole file and a copy of every
 * record it converts back to this thread; it only converts (about 5 us a row, mostly the
 * pseudonym's HMAC) and this thread still does everything else. At 100,000 employees (8.6 MB)
 * that cost more CPU than it saved: about 1 s more in total, and as much more wall time when
 * the other core is busy. So only files far bigger than a workforce take it.
 */
const SPLIT_BYTES = 32 << 20;

/** Starts the reader thread converting its share of the rows, exactly as this thread would. */
function convertOnReader(ctx: RunContext, reader: ReaderThread): RemoteConversions {
  const { job, opts } = ctx;
  reader.start({
    kind: 'entities',
    entity: job.kind as Exclude<typeof job.kind, 'proficiencies'>,
    spec: job.source,
    options: job.options,
    limits: ctx.limits,
    cols: [...ctx.cols],
    asOf: ctx.asOf,
    pseudonymise: ctx.pseudonymise,
    secret: new Uint8Array(getSecret(ctx.db)),
    decimal: opts.decimalSeparator,
    dateOrder: opts.dateFormat,
  });
  return new RemoteConversions(reader);
}
