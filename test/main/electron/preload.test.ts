import * as electron from './fake-electron';
import type { SkillshiftBridge } from '../../../src/shared/bridge';
import { channelOf, methodNames } from '../../../src/shared/contract';
import { eventChannelOf, eventNames } from '../../../src/shared/events';
import '../../../src/main/preload';

vi.mock('electron', () => import('./fake-electron'));

const exposed = () => electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [string, SkillshiftBridge][];
const bridge = (): SkillshiftBridge => exposed()[0][1];

/** Every value reachable from the bridge, including what its functions return. */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
    seen.add(v);
    for (const key of Reflect.ownKeys(v as object)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && 'value' in d) stack.push(d.value);
    }
  }
  return [...seen];
}

afterEach(() => {
  electron.ipcRenderer.invoke.mockClear();
});

describe('preload bridge', () => {
  it('exposes exactly one object, window.skillshift, with api and on', () => {
    expect(exposed()).toHaveLength(1);
    expect(exposed()[0][0]).toBe('skillshift');
    expect(Object.keys(bridge()).sort()).toEqual(['api', 'on']);
    expect(Object.isFrozen(bridge())).toBe(true);
    expect(Object.isFrozen(bridge().api)).toBe(true);
  });

  it('has one function per contract method and nothing else', () => {
    expect(Object.keys(bridge().api).sort()).toEqual([...methodNames].sort());
    for (const m of methodNames) expect(typeof bridge().api[m]).toBe('function');
  });

  it('invokes the contract channel with the input and returns the reply', async () => {
    for (const method of methodNames) {
      const input = { marker: method };
      const reply = await (bridge().api[method] as (i: unknown) => Promise<unknown>)(input);
      expect(reply).toEqual({ ok: true, value: { channel: channelOf(method), payload: input } });
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(methodNames.length);
    expect(electron.ipcRenderer.invoke.mock.calls.every((args) => args.length === 2)).toBe(true);
  });

  it('never leaks ipcRenderer or its methods', () => {
    const values = reachable(bridge());
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    expect(values).not.toContain(electron.ipcRenderer.on);
    expect(values).not.toContain(electron.contextBridge);
  });

  it('refuses unknown events and non-function listeners', () => {
    expect(() => bridge().on('nope' as never, () => undefined)).toThrow(/Unknown Skillshift event "nope"/);
    expect(() => bridge().on('__proto__' as never, () => undefined)).toThrow(/Unknown/);
    expect(() => bridge().on('menu', 'x' as never)).toThrow(/listener must be a function/);
    expect(electron.ipcRenderer.eventNames()).toEqual([]);
  });

  it('delivers only the payload of known events, never the IPC event', () => {
    for (const name of eventNames) {
      const listener = vi.fn();
      const off = bridge().on(name, listener);
      const ipcEvent = { sender: electron.ipcRenderer, ports: [] };
      electron.ipcRenderer.emit(eventChannelOf(name), ipcEvent, { hello: name });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(listener.mock.calls[0]).toEqual([{ hello: name }]);
      off();
    }
  });

  it('unsubscribes exactly its own listener, once', () => {
    const channel = eventChannelOf('engagementChanged');
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = bridge().on('engagementChanged', first);
    const offSecond = bridge().on('engagementChanged', second);
    expect(electron.ipcRenderer.listenerCount(channel)).toBe(2);
    offFirst();
    offFirst();
    expect(electron.ipcRenderer.listenerCount(channel)).toBe(1);
    electron.ipcRenderer.emit(channel, {}, { summary: null });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ summary: null });
    offSecond();
    expect(electron.ipcRenderer.listenerCount(channel)).toBe(0);
  });
});
