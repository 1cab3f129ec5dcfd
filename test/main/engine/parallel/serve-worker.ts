// A worker for protocol.test.ts: the real `serve` dispatcher with synchronous and asynchronous
// handlers that answer or fail in the ways the engine's handlers can.
import { AppError } from '../../../../src/shared/result';
import { serve } from '../../../../src/main/engine/parallel/protocol';

serve({
  double: (p: { x: number }) => p.x * 2,
  later: async (p: { x: number }) => {
    await new Promise((r) => setTimeout(r, 10));
    return p.x + 1;
  },
  refuse: (p: { async: boolean }) => {
    const e = new AppError('validation', 'The scenario has no periods.', { field: 'periods' });
    if (p.async) return Promise.reject(e);
    throw e;
  },
  crash: async () => {
    throw new TypeError('x is undefined');
  },
});
