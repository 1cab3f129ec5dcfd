// The worker protocol end to end through a real pool: handlers may answer synchronously (Monte
// Carlo) or with a promise (a plan's solver loads asynchronously), and an AppError raised in a
// worker reaches the caller with its kind, message and details, while any other error is a crash.
import { WorkerPool } from '../../../../src/main/engine/parallel/pool';
import { tsxEntry } from '../../../../src/main/engine/parallel/worker-entry';
import { AppError } from '../../../../src/shared/result';

let pool: WorkerPool;
beforeAll(() => {
  pool = new WorkerPool({ size: 1, entry: tsxEntry(new URL('./serve-worker.ts', import.meta.url)) });
});
afterAll(() => pool.close());

const one = <T>(kind: string, payload: unknown) => pool.run<T>([{ kind, payload }]).then((r) => r[0]);

describe('serve in a worker', () => {
  it('answers synchronous and asynchronous handlers', async () => {
    expect(await one<number>('double', { x: 21 })).toBe(42);
    expect(await one<number>('later', { x: 41 })).toBe(42);
  });

  it.each([false, true])('keeps an AppError whole (thrown asynchronously: %s)', async (async) => {
    const e = await one('refuse', { async }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ kind: 'validation', message: 'The scenario has no periods.', details: { field: 'periods' } });
  });

  it('reports any other error as a failure of the task, and the worker keeps serving', async () => {
    await expect(one('crash', {})).rejects.toThrow('crash failed in a worker: x is undefined');
    await expect(one('nothing', {})).rejects.toThrow('no handler for nothing');
    expect(await one<number>('double', { x: 1 })).toBe(2);
  });
});
