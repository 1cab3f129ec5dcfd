// Work that may take over a second (opening a large file runs an integrity check) announces
// itself before it starts. The event loop gets one turn after the first event so the transport
// delivers it before synchronous SQLite work blocks the thread.
import type { ApiContext } from './context';

export async function withProgress<T>(ctx: ApiContext, taskId: string, label: string, work: () => T): Promise<T> {
  ctx.emit('progress', { taskId, label, done: 0, total: 1 });
  await new Promise<void>((resolve) => setImmediate(resolve));
  try {
    return work();
  } finally {
    ctx.emit('progress', { taskId, label, done: 1, total: 1, finished: true });
  }
}
