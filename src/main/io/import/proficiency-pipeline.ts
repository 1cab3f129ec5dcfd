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

/** What the parser thread starts with: the channel and the shared counters. */
export interface ParserBoot {
  role: 'proficiency-parser';
  port: MessagePort;
  state: SharedArrayBuffer;
}

/** What it is then asked to read. */
export interface ParserJob {
  spec: SourceSpec;
  options: ImportOptions;
  limits: ImportLimits;
  setup: ConverterSetup;
}

export type ParserMessage = { type: 'batch'; batch: BatchData } | { type: 'end' } | { type: 'error'; error: ApiError };

const SILENCE_MS = 120_000;

/**
 * The parser thread, started before it is needed: its start-up (loading modules) overlaps
 * with the importing thread opening the file and loading the people and skills to match.
 */
export class ParserThread {
  private readonly port: MessagePort;
  private readonly state: Int32Array;
  private readonly worker: Worker;
  private closed = false;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    const shared = new SharedArrayBuffer(12);
    this.port = port1;
    this.state = new Int32Array(shared);
    const entry = resolveImportWorker();
    const boot: ParserBoot = { role: 'proficiency-parser', port: port2, state: shared };
    this.worker = new Worker(entry.url, { ...entry.options, workerData: boot, transferList: [port2] });
    this.worker.unref();
  }

  /** Sends the job and hands each batch to `onBatch`, in order, until the file ends. */
  run(job: ParserJob, onBatch: (b: BatchData) => void, isCancelled: () => boolean): void {
    const { state, port } = this;
    port.postMessage(job);
    let quietSince = Date.now();
    for (;;) {
      let m = receiveMessageOnPort(port);
      if (!m) {
        if (isCancelled()) throw new AppError('cancelled', 'The import was cancelled; nothing was changed.');
        const posted = Atomics.load(state, POSTED);
        m = receiveMessageOnPort(port);
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
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.state, STOP, 1);
    Atomics.notify(this.state, CONSUMED);
    this.port.close();
    void this.worker.terminate();
  }
}
