// The reader thread's side of reader-thread.ts: read the table and post either converted
// proficiency batches (their arrays transferred, not copied) or pseudonyms of employee ids,
// never more than MAX_AHEAD messages unconsumed.
import { AppError, type ApiError } from '../../../shared/result';
import { isPseudonym, pseudonym } from '../pseudonym';
import { ProficiencyConverter } from './proficiency-convert';
import { CONSUMED, MAX_AHEAD, POSTED, STOP, type ReaderBoot, type ReaderJob, type ReaderMessage } from './reader-thread';
import { BatchSink, transferList, type BatchData } from './record-batch';
import { openTable } from './source';
import { cellText } from './values';

class Stopped extends Error {}

const REFS_PER_MESSAGE = 4096;

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
    if (job.kind === 'proficiencies') readProficiencies(job, post, running);
    else readRefs(job, post, running);
    post({ type: 'end' });
  } catch (e) {
    if (!(e instanceof Stopped)) post({ type: 'error', error: asApiError(e) });
  } finally {
    boot.port.close();
  }
}

type Post = (m: ReaderMessage, transfer?: ArrayBuffer[]) => void;

function readProficiencies(job: Extract<ReaderJob, { kind: 'proficiencies' }>, post: Post, running: () => boolean): void {
  const source = openTable(job.spec, job.options, job.limits);
  let done = 0;
  const sink = new BatchSink((b: BatchData) => {
    b.done = done;
    post({ type: 'batch', batch: b }, transferList(b));
  });
  const converter = new ProficiencyConverter(job.setup, sink);
  source.forEachRow(
    (cells, row) => {
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

function readRefs(job: Extract<ReaderJob, { kind: 'refs' }>, post: Post, running: () => boolean): void {
  const source = openTable(job.spec, job.options, job.limits);
  const secret = Buffer.from(job.secret);
  const seen = new Set<string>();
  let pairs: string[] = [];
  source.forEachRow((cells) => {
    for (const col of job.columns) {
      const text = cellText(cells[col] ?? null);
      if (text === '' || seen.has(text)) continue;
      seen.add(text);
      pairs.push(text, isPseudonym(text) ? text : pseudonym(secret, text));
    }
    if (pairs.length >= REFS_PER_MESSAGE * 2) {
      post({ type: 'refs', pairs });
      pairs = [];
    }
    return running();
  });
  post({ type: 'refs', pairs });
}
