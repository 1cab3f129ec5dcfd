// How the renderer reaches the main process. The Electron preload exposes exactly this object
// as `window.skillshift`; the local browser host speaks the HTTP protocol below instead.
import type { Input, MethodName, Output } from './contract';
import type { EventMap, EventName } from './events';
import type { Result } from './result';

export type ApiMethods = { [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>> };

export interface SkillshiftBridge {
  api: ApiMethods;
  /** Subscribes to a pushed event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

/** Local browser host: `POST ${API_PREFIX}<method>` with a JSON body and the token header. */
export const API_PREFIX = '/api/call/';
export const TOKEN_HEADER = 'x-skillshift-token';
/** Server-sent events; EventSource cannot set headers, so the token goes in the query. */
export const EVENTS_PATH = '/api/events';
/** The host prints `http://127.0.0.1:<port>/#token=<token>`; the renderer reads it from the hash. */
export const TOKEN_HASH_KEY = 'token';
