import * as electron from './fake-electron';
import { testApi } from '../../helpers/engagement';
import { channelOf, methodNames } from '../../../src/shared/contract';
import { eventChannelOf } from '../../../src/shared/events';
import type { Registry } from '../../../src/main/api/registry';
import { bindIpc, senderProblem, windowEventSink, type SenderPolicy } from '../../../src/main/electron/ipc';
import { trustedOrigins } from '../../../src/main/electron/protocol';

vi.mock('electron', () => import('./fake-electron'));

const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

function setup(registry: Registry, devServer?: string) {
  electron.ipcMain.handlers.clear();
  const win = new electron.BrowserWindow({});
  void win.loadURL('app://skillshift/index.html');
  const policy: SenderPolicy = {
    origins: trustedOrigins(devServer),
    isOurWebContents: (c) => c === (win.webContents as unknown),
  };
  const unbind = bindIpc(electron.ipcMain as never, registry, policy);
  const invoke = (method: string, payload: unknown, event: { sender: unknown; senderFrame: unknown } = { sender: win.webContents, senderFrame: win.webContents.mainFrame }) => {
    const handler = electron.ipcMain.handlers.get(channelOf(method as never));
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(event, payload) as Promise<{ ok: boolean; value?: unknown; error?: { kind: string; message: string; details?: unknown } }>;
  };
  return { win, invoke, unbind, policy };
}

const spyRegistry = () => {
  const calls: [string, unknown][] = [];
  const registry: Registry = {
    call: async (method, payload) => {
      calls.push([method, payload]);
      return { ok: true, value: { echoed: payload } };
    },
  };
  return { registry, calls };
};

describe('bindIpc', () => {
  it('registers exactly one handler per contract method, on the contract channel', () => {
    const { unbind } = setup(spyRegistry().registry);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort());
    unbind();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('passes the payload of our main frame to the registry for every method', async () => {
    const { registry, calls } = spyRegistry();
    const { invoke } = setup(registry);
    for (const method of methodNames) {
      const payload = { probe: method };
      expect(await invoke(method, payload)).toEqual({ ok: true, value: { echoed: payload } });
    }
    expect(calls).toEqual(methodNames.map((m) => [m, { probe: m }]));
  });

  it('refuses wrong senders with unauthorized, before the registry sees anything', async () => {
    const { registry, calls } = spyRegistry();
    const { win, invoke } = setup(registry);
    const stranger = new electron.BrowserWindow({});
    void stranger.loadURL('app://skillshift/index.html');
    const cases: [string, { sender: unknown; senderFrame: unknown }][] = [
      ['frame gone', { sender: win.webContents, senderFrame: null }],
      ['subframe', { sender: win.webContents, senderFrame: new electron.FakeFrame('app://skillshift/index.html', win.webContents.mainFrame) }],
      ['another top frame', { sender: win.webContents, senderFrame: new electron.FakeFrame('app://skillshift/index.html') }],
      ['another window', { sender: stranger.webContents, senderFrame: stranger.webContents.mainFrame }],
    ];
    for (const [label, event] of cases) {
      const r = await invoke('listRoles', {}, event);
      expect(r.ok, label).toBe(false);
      expect(r.error?.kind, label).toBe('unauthorized');
      expect(r.error?.message, label).toMatch(/Refused listRoles/);
    }
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'http://localhost:5173/', 'app://other/index.html', 'about:blank']) {
      win.webContents.mainFrame.url = url;
      const r = await invoke('openEngagement', { file: '/tmp/a.skillshift' });
      expect(r, url).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    }
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });

  it('trusts the dev server origin only when one is configured', async () => {
    const { registry, calls } = spyRegistry();
    const { win, invoke } = setup(registry, 'http://localhost:5173');
    win.webContents.mainFrame.url = 'http://localhost:5173/#/people';
    expect((await invoke('appInfo', {})).ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('carries registry errors across intact', async () => {
    const { registry, ctx } = testApi();
    const { invoke } = setup(registry);
    const invalid = await invoke('listRoles', { limit: 0, bogus: true });
    expect(invalid).toEqual(await registry.call('listRoles', { limit: 0, bogus: true }));
    expect(invalid.error?.kind).toBe('validation');
    expect(Array.isArray(invalid.error?.details)).toBe(true);
    expect(await invoke('listRoles', {})).toMatchObject({ ok: false, error: { kind: 'not-open' } });
    expect(await invoke('appInfo', undefined)).toMatchObject({ ok: true, value: { transport: ctx.host.transport } });
  });
});

describe('senderProblem', () => {
  it('is null only for the main frame of our window on our origin', () => {
    const win = new electron.BrowserWindow({});
    void win.loadURL('app://skillshift/index.html#/gaps');
    const policy: SenderPolicy = { origins: trustedOrigins(undefined), isOurWebContents: (c) => c === (win.webContents as unknown) };
    expect(senderProblem({ sender: win.webContents, senderFrame: win.webContents.mainFrame } as never, policy)).toBeNull();
    expect(senderProblem({ sender: win.webContents, senderFrame: null } as never, policy)).toMatch(/gone/);
    // Another wrapper object for the same main frame is still the main frame.
    const main = win.webContents.mainFrame;
    const sameFrame = { url: main.url, parent: null, frameTreeNodeId: main.frameTreeNodeId };
    expect(senderProblem({ sender: win.webContents, senderFrame: sameFrame } as never, policy)).toBeNull();
  });
});

describe('windowEventSink', () => {
  it('pushes events on the event channel to live windows only', () => {
    const a = new electron.BrowserWindow({});
    const b = new electron.BrowserWindow({});
    const sink = windowEventSink(() => [a, b] as never);
    b.close();
    sink('menu', { command: 'navigate', section: 'skills' });
    expect(a.webContents.sent).toEqual([{ channel: eventChannelOf('menu'), payload: { command: 'navigate', section: 'skills' } }]);
    expect(b.webContents.sent).toEqual([]);
  });
});
