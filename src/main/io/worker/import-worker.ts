// The import worker thread. Two jobs, one bundle entry (so the packaged app needs only one
// extra file): a validate or commit run on its own connection to the engagement file (see
// run-in-thread.ts), or, inside such a run, the reader of a big file working alongside it
// (import/reader-thread.ts). Each job loads only its own modules: the reader starts while the
// run is already waiting for it, so its start-up time is on the critical path.
import { workerData } from 'node:worker_threads';

const data = workerData as { role?: string };
if (data.role === 'import-reader') {
  const { runReader } = await import('../import/reader-worker');
  await runReader(workerData);
} else {
  const { runInThread } = await import('./run-in-thread');
  runInThread(workerData);
}
