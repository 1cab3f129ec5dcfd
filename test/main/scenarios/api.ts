// Shared by the scenario API tests: a demo engagement behind the real registry, with typed
// helpers that return a method's value or its error.
import type { MethodName, Output } from '../../../src/shared/contract';
import type { ApiError } from '../../../src/shared/result';
import { testApi } from '../../helpers/engagement';

export async function demoApi(employees = 400, seed = 7) {
  const api = testApi();
  const call = async <M extends MethodName>(method: M, payload: unknown = {}): Promise<Output<M>> => {
    const r = await api.registry.call(method, payload);
    if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
    return r.value as Output<M>;
  };
  const fail = async (method: MethodName, payload: unknown = {}): Promise<ApiError> => {
    const r = await api.registry.call(method, payload);
    if (r.ok) throw new Error(`${method} was expected to fail, got ${JSON.stringify(r.value).slice(0, 200)}`);
    return r.error;
  };
  await call('createDemoEngagement', { file: 'demo.skillshift', employees, seed });
  const db = () => api.ctx.session.require().db;
  const scenarios = await call('scenarioList');
  const byKind = (kind: string) => {
    const s = scenarios.find((x) => x.kind === kind);
    if (!s || typeof s.id !== 'number') throw new Error(`the demo has no ${kind} scenario`);
    return s.id;
  };
  return { ...api, call, fail, db, automationId: byKind('automation'), marketId: byKind('new-market') };
}
