// A small pool of worker threads for CPU-heavy engine work (Monte Carlo). Tasks are plain
// messages `{ kind, payload }` handled by the worker's handler of that kind (protocol.ts);
// results come back in task order whatever order workers finish in.
//
// Progress: handlers report units of work done; `run` sums them for `onProgress(done)`.
// Cancellation: each `run` gets a shared Int32 flag passed to every handler; aborting sets it
// (handlers check it between units and stop early), stops dispatching queued tasks and rejects
// with AppError('cancelled'). The workers stay alive for the next run.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/result';
import type { FromWorker, ToWorker } from './protocol';
import { resolveWorkerEntry, type WorkerEntry } from './worker-entry';

export interface Task {
  kind: string;
  payload: unknown;
}

export interface RunOptions {
  onProgress?: (done: number) => void;
  signal?: AbortSignal;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  onMessage?: (m: FromWorker) => void;
  onError?: (e: Error) => void;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  private readonly entry: WorkerEntry;
  /** Runs waiting for a free worker (a cancelled run's workers may still be finishing). */
  private waiting = new Set<() => void>();

  constructor(opts: { size?: number; entry?: WorkerEntry } = {}) {
    const size = Math.max(1, opts.size ?? Math.min(os.availableParallelism(), 8));
    this.entry = opts.entry ?? resolveWorkerEntry();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(slot: Slot = { worker: undefined as never, busy: false }): Slot {
    const worker = new Worker(this.entry.url, this.entry.options);
    // An idle pool must not keep the process alive (CLI runs exit when done).
    worker.unref();
    slot.worker = worker;
    worker.on('message', (m: FromWorker) => slot.onMessage?.(m));
    worker.on('error', (e) => slot.onError?.(e));
    worker.on('exit', (code) => {
      if (this.closed) return;
      // A crashed worker fails its task and is replaced, so the pool keeps its size.
      slot.onError?.(new Error(`a worker stopped unexpectedly (exit code ${code})`));
      this.spawn(slot);
      slot.busy = false;
      this.kick();
    });
    return slot;
  }

  private kick(): void {
    for (const pump of [...this.waiting]) pump();
  }

  /** Sends the same task to every worker (e.g. load a model once) and waits for all of them. */
  broadcast<T>(task: Task): Promise<T[]> {
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    return Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<T>((resolve, reject) => {
            // Waits for this worker to be free (a cancelled run may still be finishing a chunk);
            // exec marks it busy synchronously so no other waiter takes it in the same kick.
            const tryStart = () => {
              if (slot.busy) return;
              this.waiting.delete(tryStart);
              this.exec<T>(slot, task, cancel, () => {}).then(resolve, reject);
            };
            this.waiting.add(tryStart);
            tryStart();
          }),
      ),
    );
  }

  private exec<T>(slot: Slot, task: Task, cancel: Int32Array, progress: (n: number) => void): Promise<T> {
    const id = this.nextId++;
    slot.busy = true;
    slot.worker.ref();
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        slot.busy = false;
        slot.onMessage = undefined;
        slot.onError = undefined;
        slot.worker.unref();
        queueMicrotask(() => this.kick());
      };
      slot.onMessage = (m) => {
        if (m.id !== id) return;
        if (m.type === 'progress') progress(m.done);
        else if (m.type === 'result') {
          done();
          resolve(m.value as T);
        } else {
          done();
          if (m.cancelled) reject(new AppError('cancelled', 'The run was cancelled.'));
          // An AppError keeps its kind and message (a user-facing answer, not a crash).
          else if (m.appError) reject(new AppError(m.appError.kind, m.message, m.appError.details));
          else reject(new Error(`${task.kind} failed in a worker: ${m.message}`));
        }
      };
      slot.onError = (e) => {
        done();
        reject(e);
      };
      const msg: ToWorker = { id, kind: task.kind, payload: task.payload, cancel };
      slot.worker.postMessage(msg);
    });
  }

  /** Runs the tasks over the idle workers; resolves with results in task order. */
  run<T>(tasks: Task[], opts: RunOptions = {}): Promise<T[]> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    const results: T[] = new Array(tasks.length);
    let progress = 0;
    let next = 0;
    let finished = 0;
    return new Promise<T[]>((resolve, reject) => {
      let failed = false;
      const fail = (e: unknown) => {
        if (failed) return;
        failed = true;
        this.waiting.delete(pump);
        Atomics.store(cancel, 0, 1);
        reject(e);
      };
      const onAbort = () => fail(new AppError('cancelled', 'The run was cancelled.'));
      const pump = () => {
        if (failed) return;
        if (finished === tasks.length) {
          this.waiting.delete(pump);
          opts.signal?.removeEventListener('abort', onAbort);
          resolve(results);
          return;
        }
        for (const slot of this.slots) {
          if (slot.busy || next >= tasks.length) continue;
          const index = next++;
          this.exec<T>(slot, tasks[index], cancel, (n) => {
            progress += n;
            opts.onProgress?.(progress);
          }).then((value) => {
            results[index] = value;
            finished++;
            pump();
          }, fail);
        }
      };
      if (opts.signal?.aborted) return onAbort();
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.add(pump);
      pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
