// The one typed client: generated from the contract's method names over a transport, so a new
// contract method is callable from the renderer without writing any glue here.
import type { ApiMethods } from '../../shared/bridge';
import { methodNames, type Input, type MethodName, type Output } from '../../shared/contract';
import type { EventMap, EventName } from '../../shared/events';
import type { ApiError } from '../../shared/result';
import { electronBridge, electronTransport } from './electron-transport';
import type { Transport } from './transport';
import { takeToken, webTransport } from './web-transport';

export interface Client {
  api: ApiMethods;
  transport: Transport['kind'];
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

export function createClient(transport: Transport): Client {
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const method of methodNames) {
    api[method] = (input: unknown) => transport.call(method, input ?? {});
  }
  return { api: api as ApiMethods, transport: transport.kind, on: transport.on.bind(transport) };
}

/** Electron when the preload bridge is present, otherwise the local browser host. */
export function detectTransport(win: Window = window): Transport {
  const bridge = electronBridge(win);
  return bridge ? electronTransport(bridge) : webTransport({ token: takeToken(win) });
}

let current: Client | null = null;

/** Installs the client the stores use (main.tsx at start-up; tests install one over a mock). */
export function setClient(client: Client): void {
  current = client;
}

export function getClient(): Client {
  if (!current) current = createClient(detectTransport());
  return current;
}

/** A failed call, carrying the API's typed error so screens can act on its kind and details. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

/** Calls a method and returns its value, or throws ApiFailure with the typed error. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await getClient().api[method](input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

/** Any thrown value as a typed error, for stores that keep `error: ApiError | null`. */
export function asApiError(e: unknown): ApiError {
  if (e instanceof ApiFailure) return e.error;
  return { kind: 'internal', message: (e as Error)?.message ?? String(e) };
}
