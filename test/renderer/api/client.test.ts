// The generated client: one function per contract method, over the Electron bridge or the
// local browser host, always answering with a typed Result.
import { describe, expect, it, vi } from 'vitest';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER, type SkillshiftBridge } from '../../../src/shared/bridge';
import { methodNames, type MethodName } from '../../../src/shared/contract';
import { ApiFailure, asApiError, call, createClient, detectTransport, setClient } from '../../../src/renderer/api/client';
import { TOKEN_STORAGE_KEY, takeToken, webTransport } from '../../../src/renderer/api/web-transport';
import type { Transport } from '../../../src/renderer/api/transport';

function recordingTransport() {
  const seen: [MethodName, unknown][] = [];
  const transport: Transport = {
    kind: 'web',
    async call(method, input) {
      seen.push([method, input]);
      return { ok: true, value: `reply:${method}` };
    },
    on: () => () => {},
  };
  return { transport, seen };
}

function fakeBridge() {
  const api = Object.fromEntries(methodNames.map((m) => [m, vi.fn(async () => ({ ok: true, value: m }))]));
  const on = vi.fn(() => () => {});
  return { api, on } as unknown as SkillshiftBridge & { api: Record<MethodName, ReturnType<typeof vi.fn>>; on: ReturnType<typeof vi.fn> };
}

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createClient', () => {
  it('has a function for every contract method and nothing else', async () => {
    const { transport, seen } = recordingTransport();
    const client = createClient(transport);
    expect(Object.keys(client.api).sort()).toEqual([...methodNames].sort());
    for (const m of methodNames) {
      await expect(client.api[m]({} as never)).resolves.toEqual({ ok: true, value: `reply:${m}` });
    }
    expect(seen.map(([m]) => m)).toEqual(methodNames);
  });

  it('passes the input through untouched', async () => {
    const { transport, seen } = recordingTransport();
    await createClient(transport).api.listRoles({ offset: 20, limit: 10, search: 'nurse', sortBy: 'title', sortDir: 'desc' });
    expect(seen).toEqual([['listRoles', { offset: 20, limit: 10, search: 'nurse', sortBy: 'title', sortDir: 'desc' }]]);
  });
});

describe('Electron transport', () => {
  it('is chosen when window.skillshift exists and calls the bridge method by name', async () => {
    const bridge = fakeBridge();
    (window as unknown as { skillshift?: SkillshiftBridge }).skillshift = bridge;
    try {
      const transport = detectTransport(window);
      expect(transport.kind).toBe('electron');
      const client = createClient(transport);
      await expect(client.api.openEngagement({ file: '/x/acme.skillshift' })).resolves.toEqual({ ok: true, value: 'openEngagement' });
      expect(bridge.api.openEngagement).toHaveBeenCalledWith({ file: '/x/acme.skillshift' });
      const listener = () => {};
      client.on('progress', listener);
      expect(bridge.on).toHaveBeenCalledWith('progress', listener);
    } finally {
      delete (window as unknown as { skillshift?: SkillshiftBridge }).skillshift;
    }
  });

  it('turns a failed IPC call into a typed io error', async () => {
    const bridge = fakeBridge();
    bridge.api.getOverview.mockRejectedValueOnce(new Error('window closed'));
    (window as unknown as { skillshift?: SkillshiftBridge }).skillshift = bridge;
    try {
      const result = await createClient(detectTransport(window)).api.getOverview({});
      expect(result).toEqual({ ok: false, error: { kind: 'io', message: expect.stringContaining('window closed') } });
    } finally {
      delete (window as unknown as { skillshift?: SkillshiftBridge }).skillshift;
    }
  });
});

describe('browser host transport', () => {
  it('takes the token from the hash once, keeps it in sessionStorage and removes it from the URL', () => {
    window.history.replaceState(null, '', '/app/?x=1#token=s3cret');
    expect(takeToken(window)).toBe('s3cret');
    expect(window.location.hash).toBe('');
    expect(window.location.href).toBe('http://localhost:3000/app/?x=1');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('s3cret');
    // A reload (no hash any more) still finds it.
    expect(takeToken(window)).toBe('s3cret');
  });

  it('is chosen without a bridge and POSTs JSON with the token header', async () => {
    window.history.replaceState(null, '', '/#token=tok-123');
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: { total: 0, offset: 0, rows: [] } }));
    vi.stubGlobal('fetch', fetchMock);
    try {
      const transport = detectTransport(window);
      expect(transport.kind).toBe('web');
      const result = await createClient(transport).api.listSkills({ offset: 0, limit: 25, search: 'excel' });
      expect(result).toEqual({ ok: true, value: { total: 0, offset: 0, rows: [] } });
      expect(fetchMock).toHaveBeenCalledTimes(1);
      const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
      expect(url).toBe(`${API_PREFIX}listSkills`);
      expect(init.method).toBe('POST');
      expect((init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('tok-123');
      expect(JSON.parse(init.body as string)).toEqual({ offset: 0, limit: 25, search: 'excel' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('returns the typed error the host sends, and maps transport failures to typed errors', async () => {
    const error = { kind: 'validation', message: 'Invalid input', details: [{ path: 'limit', message: 'too big' }] };
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(jsonResponse({ ok: false, error }, 400))
      .mockResolvedValueOnce(new Response('nope', { status: 401 }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const api = createClient(webTransport({ token: 't', fetch: fetchMock })).api;
    await expect(api.listRoles({ limit: 5000 })).resolves.toEqual({ ok: false, error });
    await expect(api.listRoles({})).resolves.toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    await expect(api.listRoles({})).resolves.toMatchObject({ ok: false, error: { kind: 'io' } });
  });

  it('does not call the host without a token', async () => {
    const fetchMock = vi.fn();
    const result = await createClient(webTransport({ token: null, fetch: fetchMock })).api.appInfo({});
    expect(result).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('opens one event stream with the token and dispatches {event, payload} messages by name', () => {
    const sources: { url: string; onmessage: ((e: MessageEvent) => void) | null }[] = [];
    const transport = webTransport({
      token: 'a b',
      fetch: vi.fn(),
      createEventSource: (url) => {
        const s = { url, onmessage: null };
        sources.push(s);
        return s as unknown as EventSource;
      },
    });
    const progress = vi.fn();
    const menu = vi.fn();
    transport.on('progress', progress);
    transport.on('menu', menu);
    expect(sources).toHaveLength(1);
    expect(sources[0].url).toBe(`${EVENTS_PATH}?token=a%20b`);
    const payload = { taskId: 'demo', label: 'Generating', done: 3, total: 10 };
    sources[0].onmessage!({ data: JSON.stringify({ event: 'progress', payload }) } as MessageEvent);
    sources[0].onmessage!({ data: 'not json' } as MessageEvent);
    expect(progress).toHaveBeenCalledWith(payload);
    expect(menu).not.toHaveBeenCalled();
  });
});

describe('call (the stores\u2019 unwrapping helper)', () => {
  it('returns the value or throws ApiFailure carrying the typed error', async () => {
    const error = { kind: 'not-open' as const, message: 'No engagement is open.' };
    const transport: Transport = {
      kind: 'web',
      call: async (m) => (m === 'appInfo' ? { ok: true, value: { version: '1' } } : { ok: false, error }),
      on: () => () => {},
    };
    setClient(createClient(transport));
    await expect(call('appInfo', {})).resolves.toEqual({ version: '1' });
    const failure = await call('getOverview', {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(asApiError(failure)).toEqual(error);
    expect(asApiError(new Error('boom'))).toEqual({ kind: 'internal', message: 'boom' });
  });
});
