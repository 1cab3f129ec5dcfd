// The preload as Electron's sandbox runs it: built by electron-vite with this repo's config,
// then evaluated the way a sandboxed preload is (one CommonJS function whose `require` knows
// electron and nothing else). Proves the bundle is self-contained and zod-free.
import path from 'node:path';
import vm from 'node:vm';
import { resolveConfig } from 'electron-vite';
import { build, type Rolldown } from 'vite';
import { channelOf, methodNames } from '../../../src/shared/contract';
import {
  CONTRACT_NAMES_ID,
  contractNamesPlugin,
  contractNamesSource,
} from '../../../src/main/electron/preload-contract';

const root = path.resolve(import.meta.dirname, '../../..');

async function buildPreload(): Promise<Rolldown.OutputChunk[]> {
  // resolveConfig sets NODE_ENV for the build; put it back for the tests sharing this worker.
  const nodeEnv = process.env.NODE_ENV;
  const resolved = await resolveConfig(
    { configFile: path.join(root, 'electron.vite.config.ts'), root, logLevel: 'silent' },
    'build',
    'production',
  ).finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  const preload = resolved.config?.preload;
  if (!preload) throw new Error('electron.vite.config.ts has no preload config');
  const out = await build({ ...preload, logLevel: 'silent', build: { ...preload.build, write: false } });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output.filter((c): c is Rolldown.OutputChunk => c.type === 'chunk'));
}

describe('preload bundle', () => {
  let chunks: Rolldown.OutputChunk[] = [];
  beforeAll(async () => {
    chunks = await buildPreload();
  }, 120_000);

  it('is one CommonJS file, out/preload/index.cjs, requiring only electron', () => {
    expect(chunks.map((c) => c.fileName)).toEqual(['index.cjs']);
    const code = chunks[0].code;
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/zod|ZodType|safeParse/);
    expect(code.length).toBeLessThan(20_000);
  });

  it('runs in a sandbox-like scope and exposes the full bridge', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
    const listeners = new Map<string, unknown[]>();
    const electron = {
      contextBridge: { exposeInMainWorld },
      ipcRenderer: {
        invoke,
        on: (ch: string, l: unknown) => listeners.set(ch, [...(listeners.get(ch) ?? []), l]),
        removeListener: (ch: string, l: unknown) => listeners.set(ch, (listeners.get(ch) ?? []).filter((x) => x !== l)),
      },
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`module not found in the sandbox: ${id}`);
    };
    // Electron wraps sandboxed preloads like this (lib/sandboxed_renderer/init.ts).
    const wrapper = vm.runInNewContext(
      `(function (require, process, Buffer, global, setImmediate, clearImmediate, exports, module) {${chunks[0].code}\n})`,
      {},
    ) as (...args: unknown[]) => void;
    const module = { exports: {} };
    wrapper(sandboxRequire, { platform: 'linux' }, undefined, {}, undefined, undefined, module.exports, module);

    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = exposeInMainWorld.mock.calls[0] as [string, { api: Record<string, (i: unknown) => Promise<unknown>>; on: (e: string, l: unknown) => () => void }];
    expect(key).toBe('skillshift');
    expect(Object.keys(bridge.api)).toEqual(methodNames);
    expect(await bridge.api.listSkills({ limit: 3 })).toEqual({ ok: true, value: { channel: channelOf('listSkills'), input: { limit: 3 } } });
    const off = bridge.on('progress', () => undefined);
    expect(listeners.get('skillshift-event:progress')).toHaveLength(1);
    off();
    expect(listeners.get('skillshift-event:progress')).toHaveLength(0);
    expect(() => bridge.on('bogus', () => undefined)).toThrow(/Unknown Skillshift event/);
  });
});

describe('contract names plugin', () => {
  const contract = path.join(root, 'src/shared/contract.ts');
  const plugin = contractNamesPlugin(contract);
  const resolveId = plugin.resolveId as (source: string, importer?: string) => string | null;
  const load = plugin.load as (id: string) => string | null;

  it('answers imports of the contract, however spelled, and nothing else', () => {
    expect(resolveId('../shared/contract', path.join(root, 'src/main/preload.ts'))).toBe(CONTRACT_NAMES_ID);
    expect(resolveId('./contract.ts', path.join(root, 'src/shared/bridge.ts'))).toBe(CONTRACT_NAMES_ID);
    expect(resolveId('../shared/events', path.join(root, 'src/main/preload.ts'))).toBeNull();
    expect(resolveId('zod', path.join(root, 'src/shared/contract.ts'))).toBeNull();
    expect(resolveId('../shared/contract', undefined)).toBeNull();
    expect(load(CONTRACT_NAMES_ID)).toBe(contractNamesSource());
    expect(load(contract)).toBeNull();
  });

  it('generates the same names and channels as the real contract', async () => {
    const url = `data:text/javascript;base64,${Buffer.from(contractNamesSource()).toString('base64')}`;
    const generated = (await import(/* @vite-ignore */ url)) as { methodNames: string[]; channelOf: (m: string) => string };
    expect(generated.methodNames).toEqual(methodNames);
    for (const m of methodNames) expect(generated.channelOf(m)).toBe(channelOf(m));
    expect(() => generated.channelOf('constructor')).toThrow(/No API method/);
  });
});
