import fc from 'fast-check';
import { contract, methodNames } from '../../../src/shared/contract';
import { errorKinds, isApiError } from '../../../src/shared/result';
import { handlers } from '../../../src/main/api/handlers';
import { testApi } from '../../helpers/engagement';

describe('API registry', () => {
  it('binds a handler to every contract method and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('refuses unknown methods with a typed error', async () => {
    const { registry } = testApi();
    const r = await registry.call('dropAllTables', {});
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'unknown-method' }) });
  });

  it.each(methodNames)('%s: an unexpected field gets a validation error naming it', async (m) => {
    const { registry } = testApi();
    const r = await registry.call(m, { unexpectedField: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('validation');
    expect(r.error.message).toContain(m);
    expect(r.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: expect.any(String) })]));
  });

  it.each(methodNames)('%s: a non-object payload gets a validation error', async (m) => {
    const { registry } = testApi();
    for (const payload of [42, 'text', [1, 2], true]) {
      const r = await registry.call(m, payload);
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation' }) });
    }
  });

  it('never throws and always returns a well-formed result for random payloads', async () => {
    const { registry, ctx } = testApi();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methodNames), fc.anything(), async (m, payload) => {
        const r = await registry.call(m, payload);
        if (r.ok) {
          // Only payloads the schema accepts may succeed.
          expect(contract[m].input.safeParse(payload ?? {}).success).toBe(true);
        } else {
          expect(isApiError(r.error)).toBe(true);
          expect(errorKinds).toContain(r.error.kind);
        }
      }),
      { numRuns: 400 },
    );
    ctx.session.close();
  });

  it('answers not-open for engagement methods when nothing is open', async () => {
    const { registry } = testApi();
    for (const m of ['getOverview', 'getSettings', 'listScenarios'] as const) {
      const r = await registry.call(m, {});
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'not-open' }) });
    }
  });

  it('turns SQLite constraint failures into conflict and other exceptions into internal', async () => {
    const { registry } = testApi();
    const first = await registry.call('createEngagement', { file: 'dup.skillshift', name: 'A' });
    expect(first.ok).toBe(true);
    const second = await registry.call('createEngagement', { file: 'dup.skillshift', name: 'B' });
    expect(second).toEqual({ ok: false, error: expect.objectContaining({ kind: 'conflict', message: expect.stringContaining('already exists') }) });
  });
});
