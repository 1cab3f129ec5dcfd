// The parser thread's side of proficiency-pipeline.ts: read the table, convert rows, post
// batches (their arrays transferred, not copied), never more than MAX_AHEAD unconsumed.
import { AppError, type ApiError } from '../../../shared/result';
import { CONSUMED, MAX_AHEAD, POSTED, STOP, type ParserBoot, type ParserJob, type ParserMessage } from './proficiency-pipeline';
import { ProficiencyConverter } from './proficiency-convert';
import { BatchSink, transferList, type BatchData } from './record-batch';
import { openTable } from './source';

class Stopped extends Error {}

// Kept local rather than taken from the API registry: this thread must start fast, without
// loading the whole contract.
const asApiError = (e: unknown): ApiError =>
  e instanceof AppError
    ? { kind: e.kind, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) }
    : { kind: 'internal', message: e instanceof Error ? e.message : String(e) };

/** Waits for the job (this thread starts early, before the job is known), then reads it. */
export async function runParser(boot: ParserBoot): Promise<void> {
  const job = await new Promise<ParserJob>((resolve) => boot.port.once('message', resolve));
  parse(boot, job);
}

function parse(boot: ParserBoot, job: ParserJob): void {
  const state = new Int32Array(boot.state);
  const post = (m: ParserMessage, transfer: ArrayBuffer[] = []) => {
    boot.port.postMessage(m, transfer);
    Atomics.add(state, POSTED, 1);
    Atomics.notify(state, POSTED);
  };
  try {
    const source = openTable(job.spec, job.options, job.limits);
    let done = 0;
    const send = (b: BatchData) => {
      b.done = done;
      while (Atomics.load(state, POSTED) - Atomics.load(state, CONSUMED) >= MAX_AHEAD) {
        if (Atomics.load(state, STOP)) throw new Stopped();
        Atomics.wait(state, CONSUMED, Atomics.load(state, CONSUMED), 100);
      }
      post({ type: 'batch', batch: b }, transferList(b));
    };
    const sink = new BatchSink(send);
    const converter = new ProficiencyConverter(job.setup, sink);
    source.forEachRow(
      (cells, row) => {
        converter.row(cells, row);
        sink.batch.rows++;
        if (sink.full) sink.emit();
        return Atomics.load(state, STOP) === 0;
      },
      (d) => {
        done = d;
      },
    );
    done = source.total;
    sink.emit();
    post({ type: 'end' });
  } catch (e) {
    if (e instanceof Stopped) return;
    post({ type: 'error', error: asApiError(e) });
  } finally {
    boot.port.close();
  }
}
