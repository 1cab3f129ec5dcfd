// A validate or commit run inside the import worker thread, on its own connection to the
// engagement file, so the main thread (the app's UI process) stays responsive. Progress goes
// back as messages; cancellation comes in through a shared flag the run checks between rows,
// because a synchronous SQLite transaction cannot stop to read messages.
import { parentPort } from 'node:worker_threads';
import { toApiError } from '../../api/registry';
import { checkpointAfterImport, runImport } from '../import/pipeline';
import { openWorkerDb, type WorkerJob, type WorkerMessage } from './protocol';

export function runInThread({ dbFile, job, mode, cancelFlag, limits }: WorkerJob): void {
  const port = parentPort!;
  const send = (m: WorkerMessage) => port.postMessage(m);
  const flag = new Int32Array(cancelFlag);
  let db: ReturnType<typeof openWorkerDb> | null = null;
  try {
    db = openWorkerDb(dbFile);
    let last = 0;
    const result = runImport(db, job, mode, {
      limits,
      isCancelled: () => Atomics.load(flag, 0) === 1,
      onProgress(done, total) {
        const now = Date.now();
        if (now - last >= 100) {
          last = now;
          send({ type: 'progress', done, total });
        }
      },
    });
    send({ type: 'done', result });
    if (result.report.committed) checkpointAfterImport(db);
  } catch (e) {
    send({ type: 'error', error: toApiError(e) });
  } finally {
    db?.close();
  }
}
