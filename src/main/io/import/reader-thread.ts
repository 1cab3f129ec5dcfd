// A second thread that reads the file while the importing thread works, so an import uses
// both cores: for proficiencies it parses and converts rows into record batches; for
// employees it computes the pseudonyms (one HMAC per person) ahead of the rows that need them.
// The importing thread sits inside one synchronous SQLite transaction, so it cannot await
// messages: it takes them with receiveMessageOnPort and, when none is ready, blocks on a shared
// counter with Atomics.wait. The reader stays at most a few messages ahead (it waits on the
// consumed counter), which bounds the memory in flight.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ImportOptions } from '../../../shared/import-types';
import { AppError, type ApiError } from '../../../shared/result';
import { resolveImportWorker } from '../worker/entry';
import type { ImportLimits } from './limits';
import type { ConverterSetup } from './proficiency-convert';
import type { BatchData } from './record-batch';
import type { SourceSpec } from './source';

/** Shared Int32 slots: messages posted, messages consumed, stop requested. */
export const POSTED = 0;
export const CONSUMED = 1;
export const STOP = 2;
export const MAX_AHEAD = 8;

/** What the reader thread starts with: the channel and the shared counters. */
export interface ReaderBoot {
  role: 'import-reader';
  port: MessagePort;
  state: SharedArrayBuffer;
}

interface TableJob {
  spec: SourceSpec;
  options: ImportOptions;
  limits: ImportLimits;
}

/** What it is then asked to read. */
export type ReaderJob =
  | (TableJob & { kind: 'proficiencies'; setup: ConverterSetup })
  | (TableJob & { kind: 'refs'; columns: number[]; secret: Uint8Array });

export type ReaderMessage =
  | { type: 'batch'; batch: BatchData }
  /** Pseudonyms: [text, ref, text, ref, ...]. */
  | { type: 'refs'; pairs: string[] }
  | { type: 'end' }
  | { type: 'error'; error: ApiError };

const SILENCE_MS = 120_000;

/**
 * The reader thread, started before it is needed: its start-up (loading modules) overlaps
 * with the importing thread opening the file and loading what rows will be matched against.
 */
export class ReaderThread {
  private readonly port: MessagePort;
  private readonly state: Int32Array;
  private readonly worker: Worker;
  private closed = false;
  ended = false;

  constructor(private readonly isCancelled: () => boolean = () => false) {
    const { port1, port2 } = new MessageChannel();
    const shared = new SharedArrayBuffer(12);
    this.port = port1;
    this.state = new Int32Array(shared);
    const entry = resolveImportWorker();
    const boot: ReaderBoot = { role: 'import-reader', port: port2, state: shared };
    this.worker = new Worker(entry.url, { ...entry.options, workerData: boot, transferList: [port2] });
    this.worker.unref();
  }

  start(job: ReaderJob): void {
    this.port.postMessage(job);
  }

  /** The next message: waits for one when `wait`, else returns null when none is ready. Errors are thrown. */
  take(wait: boolean): Exclude<ReaderMessage, { type: 'error' }> | null {
    const { state, port } = this;
    if (this.ended) return null;
    const quietSince = Date.now();
    for (;;) {
      let m = receiveMessageOnPort(port);
      if (!m) {
        if (!wait) return null;
        if (this.isCancelled()) throw new AppError('cancelled', 'The import was cancelled; nothing was changed.');
        const posted = Atomics.load(state, POSTED);
        m = receiveMessageOnPort(port);
        if (!m) {
          Atomics.wait(state, POSTED, posted, 100);
          if (Date.now() - quietSince > SILENCE_MS) throw new AppError('internal', 'The file reader thread stopped responding.');
          continue;
        }
      }
      Atomics.add(state, CONSUMED, 1);
      Atomics.notify(state, CONSUMED);
      const msg = m.message as ReaderMessage;
      if (msg.type === 'error') throw new AppError(msg.error.kind, msg.error.message, msg.error.details);
      if (msg.type === 'end') this.ended = true;
      return msg;
    }
  }

  /** Proficiencies: hands each batch to `onBatch`, in file order, until the file ends. */
  batches(job: Extract<ReaderJob, { kind: 'proficiencies' }>, onBatch: (b: BatchData) => void): void {
    this.start(job);
    for (let m = this.take(true); m && m.type !== 'end'; m = this.take(true)) {
      if (m.type === 'batch') onBatch(m.batch);
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

/**
 * Employees: pseudonyms computed on the reader thread, fed to the importing thread's
 * Pseudonymiser as they arrive. A miss never waits: it takes whatever is ready and, if the
 * pseudonym is not among it (the reader is still starting, or behind), computes it here.
 */
export class PrefetchedRefs {
  constructor(
    private readonly thread: ReaderThread,
    private readonly feed: (pairs: string[]) => void,
  ) {}

  /** Takes the refs that are ready, until `has()` or none is left. */
  drain(has: () => boolean): void {
    while (!this.thread.ended && !has()) {
      const m = this.thread.take(false);
      if (!m) return;
      if (m.type === 'refs') this.feed(m.pairs);
    }
  }
}
