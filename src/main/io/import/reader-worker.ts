// The reader thread's side of reader-thread.ts: read the table and post either converted
// proficiency batches (their arrays transferred, not copied) or the converted rows of its
// blocks of another kind, never more than MAX_AHEAD messages unconsumed.
import type { ImportIssue } from '../../../shared/import-types';
import { AppError, type ApiError } from '../../../shared/result';
import { Pseudonymiser } from '../pseudonym';
import type { ConvertContext } from './entity-kind';
import { convertRow } from './entity-convert';
import { entityKinds } from './kinds';
import { LevelReader } from './levels';
import { ProficiencyConverter } from './proficiency-convert';
import { CLAIMED, CONSUMED, MAX_AHEAD, POSITION, POSTED, STOP, isReaderBlock, type EntityJob, type ReaderBoot, type ReaderJob, type ReaderMessage } from './reader-thread';
import { BatchSink, transferList, type BatchData } from './record-batch';
import { RowReader, type IssueSink } from './row-reader';
import { openTable } from './source';

class Stopped extends Error {}

const RECS_PER_MESSAGE = 2048;

// Kept local rather than taken from the API registry: this thread must start fast, without
// loading the whole contract.
const asApiError = (e: unknown): ApiError =>
  e instanceof AppError
    ? { kind: e.kind, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) }
    : { kind: 'internal', message: e instanceof Error ? e.message : String(e) };

/** Waits for the job (this thread starts early, before the job is known), then reads it. */
export async function runReader(boot: ReaderBoot): Promise<void> {
  const job = await new Promise<ReaderJob>((resolve) => boot.port.once('message', resolve));
  const state = new Int32Array(boot.state);
  const post = (m: ReaderMessage, transfer: ArrayBuffer[] = []) => {
    while (m.type !== 'error' && Atomics.load(state, POSTED) - Atomics.load(state, CONSUMED) >= MAX_AHEAD) {
      if (Atomics.load(state, STOP)) throw new Stopped();
      Atomics.wait(state, CONSUMED, Atomics.load(state, CONSUMED), 100);
    }
    boot.port.postMessage(m, transfer);
    Atomics.add(state, POSTED, 1);
    Atomics.notify(state, POSTED);
  };
  const running = () => Atomics.load(state, STOP) === 0;
  try {
    if (job.kind === 'proficiencies') readProficiencies(job, post, running, state);
    else readEntities(job, post, running, state);
    post({ type: 'end' });
  } catch (e) {
    if (!(e instanceof Stopped)) post({ type: 'error', error: asApiError(e) });
  } finally {
    boot.port.close();
  }
}

type Post = (m: ReaderMessage, transfer?: ArrayBuffer[]) => void;

function readProficiencies(job: Extract<ReaderJob, { kind: 'proficiencies' }>, post: Post, running: () => boolean, state: Int32Array): void {
  const source = openTable(job.spec, job.options, job.limits);
  // The importing thread converted the rows before this one while this thread was starting.
  const from = Atomics.exchange(state, POSITION, CLAIMED);
  let index = 0;
  let done = 0;
  const sink = new BatchSink((b: BatchData) => {
    b.done = done;
    post({ type: 'batch', batch: b }, transferList(b));
  });
  const converter = new ProficiencyConverter(job.setup, sink);
  source.forEachRow(
    (cells, row) => {
      if (index++ < from) return running();
      converter.row(cells, row);
      sink.batch.rows++;
      if (sink.full) sink.emit();
      return running();
    },
    (d) => {
      done = d;
    },
  );
  done = source.total;
  sink.emit();
}

function readEntities(job: EntityJob, post: Post, running: () => boolean, state: Int32Array): void {
  const source = openTable(job.spec, job.options, job.limits);
  const kind = entityKinds[job.entity];
  let rowIssues: ImportIssue[] | null = null;
  const sink: IssueSink = {
    issue(row, column, value, problem, code) {
      const v = value === null || value === undefined ? null : String(value);
      (rowIssues ??= []).push({ row, column, value: v !== null && v.length > 200 ? `${v.slice(0, 200)}…` : v, problem, code });
    },
  };
  const cols = new Map(job.cols);
  const reader = new RowReader({ report: sink, cols, headers: source.headers, decimal: job.decimal, dateOrder: job.dateOrder, asOfYear: Number(job.asOf.slice(0, 4)) });
  const levels = new LevelReader(job.options.levelLabels, job.decimal);
  const ctx: ConvertContext = {
    cols,
    asOf: job.asOf,
    pseudonymise: job.pseudonymise,
    pseudo: new Pseudonymiser(Buffer.from(job.secret)),
    levels: () => levels,
    refs: () => {
      throw new AppError('internal', 'references are resolved on the importing thread');
    },
    scratch: new Map(),
  };
  let msg: Extract<ReaderMessage, { type: 'recs' }> = { type: 'recs', rows: [], recs: [], issues: [] };
  let index = 0;
  source.forEachRow((cells, row) => {
    // Not its share, or the importing thread has got there first (it converts what is not ready).
    if (!isReaderBlock(index++) || index <= Atomics.load(state, POSITION)) return running();
    rowIssues = null;
    reader.set(cells, row);
    msg.rows.push(row);
    msg.recs.push(convertRow(kind, ctx, reader));
    msg.issues.push(rowIssues);
    if (msg.rows.length >= RECS_PER_MESSAGE) {
      post(msg);
      msg = { type: 'recs', rows: [], recs: [], issues: [] };
    }
    return running();
  });
  if (msg.rows.length) post(msg);
}
