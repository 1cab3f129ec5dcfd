// Messages between the pool and its workers, and the worker-side dispatcher. A worker module
// calls `serve(handlers)`; each handler gets the task's payload and a context to report progress
// and to see whether the run was cancelled.
import { parentPort } from 'node:worker_threads';
import { AppError, type ErrorKind } from '../../../shared/result';

export interface ToWorker {
  id: number;
  kind: string;
  payload: unknown;
  /** Shared flag: non-zero once the run is cancelled. */
  cancel: Int32Array;
}

export type FromWorker =
  | { id: number; type: 'progress'; done: number }
  | { id: number; type: 'result'; value: unknown }
  | { id: number; type: 'error'; message: string; cancelled?: boolean; appError?: { kind: ErrorKind; details?: unknown } };

export interface TaskContext {
  cancel: Int32Array;
  cancelled(): boolean;
  /** Reports `n` more units of work done. */
  progress(n: number): void;
}

export type Handler = (payload: never, ctx: TaskContext) => unknown;

export function serve(handlers: Record<string, Handler>): void {
  const port = parentPort;
  if (!port) throw new Error('serve() must run inside a worker thread');
  port.on('message', (m: ToWorker) => {
    const reply = (msg: FromWorker) => port.postMessage(msg);
    const ctx: TaskContext = {
      cancel: m.cancel,
      cancelled: () => Atomics.load(m.cancel, 0) !== 0,
      progress: (n) => reply({ id: m.id, type: 'progress', done: n }),
    };
    const failed = (e: unknown) =>
      reply({ id: m.id, type: 'error', message: e instanceof Error ? e.message : String(e), appError: e instanceof AppError ? { kind: e.kind, details: e.details } : undefined });
    const finish = (value: unknown) => {
      if (ctx.cancelled()) reply({ id: m.id, type: 'error', message: 'cancelled', cancelled: true });
      else reply({ id: m.id, type: 'result', value });
    };
    try {
      const handler = handlers[m.kind];
      if (!handler) throw new Error(`no handler for ${m.kind}`);
      const value = handler(m.payload as never, ctx);
      // Synchronous handlers (Monte Carlo) answer at once; a plan's solver loads asynchronously.
      if (value instanceof Promise) value.then(finish, failed);
      else finish(value);
    } catch (e) {
      failed(e);
    }
  });
}
