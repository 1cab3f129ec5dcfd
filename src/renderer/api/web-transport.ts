// Local browser host: `POST /api/call/<method>` with the per-run token in a header, and
// server-sent events for pushes. The token arrives once in the URL hash (`#token=...`); it is
// moved to sessionStorage and stripped from the address bar so it is not bookmarked or shared.
import { API_PREFIX, EVENTS_PATH, TOKEN_HASH_KEY, TOKEN_HEADER } from '../../shared/bridge';
import type { MethodName } from '../../shared/contract';
import { eventNames, type EventMap, type EventName } from '../../shared/events';
import { isResult, transportFailure, type Transport } from './transport';

export const TOKEN_STORAGE_KEY = 'skillshift.token';

/** Reads the token from the hash (removing it from the visible URL) or from sessionStorage. */
export function takeToken(win: Window = window): string | null {
  const hash = win.location.hash.replace(/^#/, '');
  const fromHash = hash.includes('=') ? new URLSearchParams(hash).get(TOKEN_HASH_KEY) : null;
  if (fromHash) {
    try {
      win.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token then lives only for this page load.
    }
    win.history.replaceState(win.history.state, '', win.location.pathname + win.location.search);
    return fromHash;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

type Listener = (payload: unknown) => void;

export interface WebTransportOptions {
  token: string | null;
  fetch?: typeof fetch;
  /** Injected in tests; defaults to the browser's EventSource. */
  createEventSource?: (url: string) => EventSource;
}

export function webTransport(options: WebTransportOptions): Transport {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  function dispatch(raw: string) {
    let message: { event?: unknown; payload?: unknown };
    try {
      message = JSON.parse(raw);
    } catch {
      return; // keep-alive comments or a malformed line: nothing to deliver
    }
    const event = message.event as EventName;
    if (!eventNames.includes(event)) return;
    listeners.get(event)?.forEach((l) => l(message.payload));
  }

  // One shared stream, opened on the first subscription: the host only pushes when someone listens.
  function ensureSource() {
    if (source || !options.token) return;
    const url = `${EVENTS_PATH}?token=${encodeURIComponent(options.token)}`;
    const create = options.createEventSource ?? ((u: string) => new EventSource(u));
    if (!options.createEventSource && typeof EventSource === 'undefined') return;
    source = create(url);
    source.onmessage = (e: MessageEvent) => dispatch(String(e.data));
  }

  return {
    kind: 'web',
    async call(method: MethodName, input: unknown) {
      if (!options.token) {
        return transportFailure(
          'unauthorized',
          'This page has no access token. Open the link printed by `npm run web` (it ends with #token=…).',
        );
      }
      let response: Response;
      try {
        response = await doFetch(`${API_PREFIX}${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
          body: JSON.stringify(input ?? {}),
        });
      } catch (e) {
        return transportFailure('io', `Could not reach the Skillshift host: ${(e as Error)?.message ?? String(e)}. Is \`npm run web\` still running?`);
      }
      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        // fall through: a non-JSON reply is reported by status below
      }
      if (isResult(body)) return body;
      if (response.status === 401 || response.status === 403) {
        return transportFailure('unauthorized', 'The host refused the access token. Reopen the link printed by `npm run web`.');
      }
      return transportFailure('internal', `${method} failed: the host replied ${response.status} ${response.statusText}`.trim());
    },
    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      ensureSource();
      return () => {
        set.delete(listener as Listener);
      };
    },
  };
}
