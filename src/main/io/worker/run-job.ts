// Runs an import job off the main thread: spawns the worker, relays its progress, turns its
// answer into a value or an AppError, and cancels through the shared flag (a worker that does
// not stop within a grace period is terminated; its open transaction dies with it, so nothing
// is written either way).
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/result';
import type { ImportLimits } from '../import/limits';
import type { RunResult } from '../import/pipeline';
import type { ImportJob } from '../import/run-context';
import { resolveImportWorker } from './entry';
import type { WorkerJob, WorkerMessage } from './protocol';

export interface JobControl {
  cancelFlag: SharedArrayBuffer;
  onProgress?(done: number, total: number): void;
  limits?: ImportLimits;
}

const CANCEL_GRACE_MS = 10_000;

export const newCancelFlag = (): SharedArrayBuffer => new SharedArrayBuffer(4);
export const requestCancel = (flag: SharedArrayBuffer): void => {
  Atomics.store(new Int32Array(flag), 0, 1);
};
export const isCancelRequested = (flag: SharedArrayBuffer): boolean => Atomics.load(new Int32Array(flag), 0) === 1;

export function runJobInWorker(dbFile: string, job: ImportJob, mode: 'validate' | 'commit', control: JobControl): Promise<RunResult> {
  const entry = resolveImportWorker();
  const data: WorkerJob = { dbFile, job, mode, cancelFlag: control.cancelFlag, ...(control.limits ? { limits: control.limits } : {}) };
  return new Promise<RunResult>((resolve, reject) => {
    const worker = new Worker(entry.url, { ...entry.options, workerData: data });
    let settled = false;
    let watchdog: NodeJS.Timeout | undefined;
    const poll = setInterval(() => {
      if (!watchdog && isCancelRequested(control.cancelFlag)) {
        watchdog = setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS);
      }
    }, 200);
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      if (watchdog) clearTimeout(watchdog);
      fn();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') control.onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish(() => resolve(m.result));
      else finish(() => reject(new AppError(m.error.kind, m.error.message, m.error.details)));
    });
    worker.on('error', (e) => finish(() => reject(new AppError('internal', `The import worker failed: ${e.message}`))));
    worker.on('exit', (code) =>
      finish(() =>
        reject(
          isCancelRequested(control.cancelFlag)
            ? new AppError('cancelled', 'The import was cancelled; nothing was changed.')
            : new AppError('internal', `The import worker stopped unexpectedly (exit code ${code}).`),
        ),
      ),
    );
  });
}
