// The worker pool and how it finds its worker script, from sources and from a bundle.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkerPool } from '../../../../src/main/engine/parallel/pool';
import { BUNDLED_WORKER_FILE, resolveWorkerEntry, type WorkerEntry } from '../../../../src/main/engine/parallel/worker-entry';

/** A plain-JS worker speaking the pool's protocol: 'echo' answers, 'crash' exits the thread. */
const testWorker: WorkerEntry = {
  url: new URL(
    `data:text/javascript,${encodeURIComponent(`
      import { parentPort } from 'node:worker_threads';
      parentPort.on('message', (m) => {
        if (m.kind === 'crash') process.exit(3);
        for (let i = 0; i < m.payload.steps; i++) {
          if (Atomics.load(m.cancel, 0) !== 0) return parentPort.postMessage({ id: m.id, type: 'error', message: 'cancelled', cancelled: true });
          parentPort.postMessage({ id: m.id, type: 'progress', done: 1 });
        }
        parentPort.postMessage({ id: m.id, type: 'result', value: m.payload.value * 2 });
      });`)}`,
  ),
  options: {},
};

describe('worker entry', () => {
  it('runs TypeScript sources through tsx registered inside the worker', () => {
    const entry = resolveWorkerEntry('file:///app/src/main/engine/parallel/worker-entry.ts');
    expect(entry.url.protocol).toBe('data:');
    const code = decodeURIComponent(entry.url.href.slice('data:text/javascript,'.length));
    expect(code).toContain('register()');
    expect(code).toContain('file:///app/src/main/engine/parallel/worker.ts');
  });

  it('uses the bundled worker next to the bundle, and says clearly when the build left it out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillshift-bundle-'));
    const bundle = pathToFileURL(path.join(dir, 'index.js')).href;
    expect(() => resolveWorkerEntry(bundle)).toThrow(/scenario-worker\.js is missing: the build must emit src\/main\/engine\/parallel\/worker\.ts/);
    fs.writeFileSync(path.join(dir, BUNDLED_WORKER_FILE), '');
    expect(resolveWorkerEntry(bundle).url.href).toBe(pathToFileURL(path.join(dir, BUNDLED_WORKER_FILE)).href);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('worker pool', () => {
  let pool: WorkerPool;
  beforeAll(() => {
    pool = new WorkerPool({ size: 2, entry: testWorker });
  });
  afterAll(() => pool.close());

  it('returns results in task order and sums progress', async () => {
    const progress: number[] = [];
    const tasks = [5, 1, 4, 2, 3].map((value) => ({ kind: 'echo', payload: { value, steps: value } }));
    const out = await pool.run<number>(tasks, { onProgress: (n) => progress.push(n) });
    expect(out).toEqual([10, 2, 8, 4, 6]);
    expect(progress[progress.length - 1]).toBe(15);
  });

  it('replaces a worker that dies, failing only its task', async () => {
    await expect(pool.run([{ kind: 'crash', payload: {} }])).rejects.toThrow(/stopped unexpectedly/);
    expect(await pool.run<number>([1, 2, 3].map((value) => ({ kind: 'echo', payload: { value, steps: 0 } })))).toEqual([2, 4, 6]);
    expect(pool.size).toBe(2);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(pool.run([{ kind: 'echo', payload: { value: 1, steps: 0 } }], { signal: controller.signal })).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
