// A second thread that reads the file while the importing thread works, so an import uses
// both cores: for proficiencies it parses and converts every row into record batches; for the
// other kinds it converts every other block of rows (the importing thread converts the rest).
// The importing thread sits inside one synchronous SQLite transaction, so it cannot await
// messages: it takes them with receiveMessageOnPort and, when none is ready, blocks on a shared
// counter with Atomics.wait. The reader stays at most a few messages ahead (it waits on the
// consumed counter), which bounds the memory in flight.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ImportIssue, ImportKind, ImportOptions } from '../../../shared/import-types';
import type { Converted } from './entity-kind';
import { AppError, type ApiError } from '../../../shared/result';
import { resolveImportWorker } from '../worker/entry';
import type { ImportLimits } from './limits';
import type { ConverterSetup } from './proficiency-convert';
import type { BatchData } from './record-batch';
import type { SourceSpec } from './source';

/**
 * Shared Int32 slots: messages posted, messages consumed, stop requested, and POSITION: for
 * other kinds the importing thread's row index; for proficiencies the rows it has taken, until
 * the reader claims the rest by setting it to CLAIMED.
 */
export const POSTED = 0;
export const CONSUMED = 1;
export const STOP = 2;
export const POSITION = 3;
export const CLAIMED = -1;
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
export interface EntityJob extends TableJob {
  kind: 'entities';
  entity: Exclude<ImportKind, 'proficiencies'>;
  cols: [string, number][];
  asOf: string;
  pseudonymise: boolean;
  secret: Uint8Array;
  decimal: '.' | ',';
  dateOrder: 'iso' | 'dmy' | 'mdy';
}

export type ReaderJob = (TableJob & { kind: 'proficiencies'; setup: ConverterSetup }) | EntityJob;

/** Data rows are shared out in blocks: block b goes to the reader thread when b is odd. */
export const BLOCK_SHIFT = 8;
export const isReaderBlock = (dataIndex: number): boolean => ((dataIndex >> BLOCK_SHIFT) & 1) === 1;

export type ReaderMessage =
  | { type: 'batch'; batch: BatchData }
  /** Converted rows of the reader's blocks, with each row's problems. */
  | { type: 'recs'; rows: number[]; recs: (Converted | null)[]; issues: (ImportIssue[] | null)[] }
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
    const shared = new SharedArrayBuffer(16);
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

  /** Whether a message is waiting (cheaper than trying to receive one). */
  ready(): boolean {
    return !this.ended && Atomics.load(this.state, POSTED) !== Atomics.load(this.state, CONSUMED);
  }

  /** Tells the reader how far the importing thread has got (it skips rows already behind it). */
  setPosition(dataIndex: number): void {
    Atomics.store(this.state, POSITION, dataIndex);
  }

  /**
   * Proficiencies: the importing thread converts rows itself until the reader is up; it takes
   * row `dataIndex` only while the reader has not claimed the rest (then false).
   */
  claimRow(dataIndex: number): boolean {
    return Atomics.compareExchange(this.state, POSITION, dataIndex, dataIndex + 1) === dataIndex;
  }

  /** Proficiencies: hands each of the reader's batches to `onBatch`, in file order, until the file ends. */
  batches(onBatch: (b: BatchData) => void): void {
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
 * The rows the reader thread converted, taken in file order by the importing thread. Never
 * waited for: a row of the reader's share whose conversion is not ready yet is converted by
 * the importing thread itself (and the reader, told the position, skips past it), so neither
 * thread idles whichever is faster.
 */
export class RemoteConversions {
  private rows: number[] = [];
  private recs: (Converted | null)[] = [];
  private issues: (ImportIssue[] | null)[] = [];
  private at = 0;

  constructor(private readonly thread: ReaderThread) {}

  /** The reader's conversion of `row`, or null when it is not ready. */
  tryTake(row: number): { rec: Converted | null; issues: ImportIssue[] | null } | null {
    for (;;) {
      while (this.at < this.rows.length && this.rows[this.at] < row) this.at++;
      if (this.at < this.rows.length) {
        if (this.rows[this.at] !== row) return null;
        const i = this.at++;
        return { rec: this.recs[i], issues: this.issues[i] };
      }
      if (!this.thread.ready()) return null;
      const m = this.thread.take(false);
      if (!m || m.type === 'end') return null;
      if (m.type === 'recs') {
        this.rows = m.rows;
        this.recs = m.recs;
        this.issues = m.issues;
        this.at = 0;
      }
    }
  }

  position(dataIndex: number): void {
    this.thread.setPosition(dataIndex);
  }
}
