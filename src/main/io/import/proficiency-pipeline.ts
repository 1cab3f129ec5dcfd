// Reading and converting a big proficiency file on a second thread while this one writes.
// The importing thread sits inside one synchronous SQLite transaction, so it cannot await
// messages: it takes batches with receiveMessageOnPort and, when none is ready, blocks on a
// shared counter with Atomics.wait. The parser stays at most a few batches ahead (it waits on
// the consumed counter), which bounds the memory in flight.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ImportOptions } from '../../../shared/import-types';
import { AppError, type ApiError } from '../../../shared/result';
import { resolveImportWorker } from '../worker/entry';
import type { ImportLimits } from './limits';
import type { ConverterSetup } from './proficiency-convert';
import type { BatchData } from './record-batch';
import type { SourceSpec } from './source';

/** Shared Int32 slots: batches posted, batches consumed, stop requested. */
export const POSTED = 0;
export const CONSUMED = 1;
export const STOP = 2;
export const MAX_AHEAD = 8;

export interface ParserJob {
  role: 'proficiency-parser';
  spec: SourceSpec;
  options: ImportOptions;
  limits: ImportLimits;
  setup: ConverterSetup;
  port: MessagePort;
  state: SharedArrayBuffer;
}

export type ParserMessage = { type: 'batch'; batch: BatchData } | { type: 'end' } | { type: 'error'; error: ApiError };

const SILENCE_MS = 120_000;

export function pipeRecords(
  job: Omit<ParserJob, 'role' | 'port' | 'state'>,
  onBatch: (b: BatchData) => void,
  isCancelled: () => boolean,
): void {
  const { port1, port2 } = new MessageChannel();
  const shared = new SharedArrayBuffer(12);
  const state = new Int32Array(shared);
  const entry = resolveImportWorker();
  const data: ParserJob = { ...job, role: 'proficiency-parser', port: port2, state: shared };
  const worker = new Worker(entry.url, { ...entry.options, workerData: data, transferList: [port2] });
  worker.unref();
  try {
    let quietSince = Date.now();
    for (;;) {
      let m = receiveMessageOnPort(port1);
      if (!m) {
        if (isCancelled()) throw new AppError('cancelled', 'The import was cancelled; nothing was changed.');
        const posted = Atomics.load(state, POSTED);
        m = receiveMessageOnPort(port1);
        if (!m) {
          Atomics.wait(state, POSTED, posted, 100);
          if (Date.now() - quietSince > SILENCE_MS) throw new AppError('internal', 'The file reader thread stopped responding.');
          continue;
        }
      }
      quietSince = Date.now();
      Atomics.add(state, CONSUMED, 1);
      Atomics.notify(state, CONSUMED);
      const msg = m.message as ParserMessage;
      if (msg.type === 'batch') onBatch(msg.batch);
      else if (msg.type === 'end') return;
      else throw new AppError(msg.error.kind, msg.error.message, msg.error.details);
    }
  } finally {
    Atomics.store(state, STOP, 1);
    Atomics.notify(state, CONSUMED);
    port1.close();
    void worker.terminate();
  }
}
