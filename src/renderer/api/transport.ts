// A transport moves one API call (method name + input) to the main process and brings back its
// Result; it also delivers pushed events. The client in client.ts is generated over this interface,
// so the Electron bridge and the local browser host are interchangeable.
import type { MethodName } from '../../shared/contract';
import type { EventMap, EventName } from '../../shared/events';
import { isApiError, type ApiError, type Result } from '../../shared/result';

export interface Transport {
  readonly kind: 'electron' | 'web';
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

/** Whatever went wrong on the way becomes a typed error, so callers only ever see a Result. */
export function transportFailure(kind: ApiError['kind'], message: string, details?: unknown): Result<never> {
  return { ok: false, error: details === undefined ? { kind, message } : { kind, message, details } };
}

/** True for `{ ok: true, value }` or `{ ok: false, error: ApiError }`. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const r = value as { ok: unknown; value?: unknown; error?: unknown };
  return r.ok === true ? 'value' in r : r.ok === false && isApiError(r.error);
}
