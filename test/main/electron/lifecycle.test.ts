import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir, testApi } from '../../helpers/engagement';
import type { Registry } from '../../../src/main/api/registry';
import type { ApiError } from '../../../src/shared/result';
import { claimSingleInstance, fileFromArgv, openInitialEngagement } from '../../../src/main/electron/lifecycle';

class LockApp extends EventEmitter {
  constructor(readonly granted: boolean) {
    super();
  }
  requestSingleInstanceLock = vi.fn(() => this.granted);
  quit = vi.fn();
}

describe('single instance lock', () => {
  it('quits a second instance without listening for anything', () => {
    const app = new LockApp(false);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('lets the first instance hear later launches with their command line', () => {
    const app = new LockApp(true);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['/opt/Skillshift/skillshift', 'Acme.skillshift'], '/home/ana');
    expect(onSecond).toHaveBeenCalledWith(['/opt/Skillshift/skillshift', 'Acme.skillshift'], '/home/ana');
  });
});

describe('fileFromArgv', () => {
  it('finds the engagement file, resolved against the launch directory', () => {
    expect(fileFromArgv(['skillshift', 'Acme.skillshift'], '/home/ana')).toBe(path.resolve('/home/ana', 'Acme.skillshift'));
    expect(fileFromArgv(['skillshift', '--allow-file-access', '/data/B.SKILLSHIFT'], '/x')).toBe(path.resolve('/data/B.SKILLSHIFT'));
    expect(fileFromArgv(['electron', '.', 'a.skillshift', 'b.skillshift'], '/d')).toBe(path.resolve('/d/b.skillshift'));
  });

  it('ignores the executable, switches and other files', () => {
    expect(fileFromArgv(['/apps/x.skillshift'], '/')).toBeNull();
    expect(fileFromArgv(['electron', '.'], '/')).toBeNull();
    expect(fileFromArgv(['electron', '--user-data-dir=/tmp/u.skillshift', 'notes.txt'], '/')).toBeNull();
  });
});

function fakeRegistry(results: Record<string, boolean>) {
  const calls: [string, unknown][] = [];
  const registry: Registry = {
    async call(method, payload) {
      calls.push([method, payload]);
      const file = (payload as { file: string }).file;
      return results[`${method} ${file}`]
        ? { ok: true, value: { file } }
        : { ok: false, error: { kind: 'bad-file', message: `${file} is damaged` } };
    },
  };
  return { registry, calls };
}

describe('openInitialEngagement', () => {
  const onError = () => vi.fn<(file: string, error: ApiError) => void>();

  it('creates the demo on the first start', async () => {
    const { registry, calls } = fakeRegistry({ 'createDemoEngagement /u/Demo.skillshift': true });
    const errors = onError();
    const r = await openInitialEngagement(registry, { requested: null, recent: [], demoFile: '/u/Demo.skillshift', onError: errors });
    expect(r).toEqual({ kind: 'demo-created', file: '/u/Demo.skillshift' });
    expect(calls).toEqual([['createDemoEngagement', { file: '/u/Demo.skillshift' }]]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('opens the demo when it exists but nothing is recent', async () => {
    const demoFile = path.join(tempDir(), 'Demo.skillshift');
    fs.writeFileSync(demoFile, '');
    const { registry, calls } = fakeRegistry({ [`openEngagement ${demoFile}`]: true });
    const r = await openInitialEngagement(registry, { requested: null, recent: [], demoFile, onError: onError() });
    expect(r.kind).toBe('demo-opened');
    expect(calls).toEqual([['openEngagement', { file: demoFile }]]);
  });

  it('reopens the most recent file on later starts', async () => {
    const { registry, calls } = fakeRegistry({ 'openEngagement /a.skillshift': true });
    const r = await openInitialEngagement(registry, { requested: null, recent: ['/a.skillshift', '/b.skillshift'], demoFile: '/u/Demo.skillshift', onError: onError() });
    expect(r).toEqual({ kind: 'recent', file: '/a.skillshift' });
    expect(calls).toHaveLength(1);
  });

  it('prefers the file from the command line, falling back to the recent one if it fails', async () => {
    const ok = fakeRegistry({ 'openEngagement /cli.skillshift': true });
    expect(await openInitialEngagement(ok.registry, { requested: '/cli.skillshift', recent: ['/a.skillshift'], demoFile: '/d', onError: onError() })).toEqual({ kind: 'requested', file: '/cli.skillshift' });
    const broken = fakeRegistry({ 'openEngagement /a.skillshift': true });
    const errors = onError();
    expect(await openInitialEngagement(broken.registry, { requested: '/cli.skillshift', recent: ['/a.skillshift'], demoFile: '/d', onError: errors })).toEqual({ kind: 'recent', file: '/a.skillshift' });
    expect(errors).toHaveBeenCalledWith('/cli.skillshift', { kind: 'bad-file', message: '/cli.skillshift is damaged' });
  });

  it('opens nothing and reports when the most recent file fails, without making a demo', async () => {
    const { registry, calls } = fakeRegistry({});
    const errors = onError();
    const r = await openInitialEngagement(registry, { requested: null, recent: ['/a.skillshift'], demoFile: '/u/Demo.skillshift', onError: errors });
    expect(r).toEqual({ kind: 'none', file: null });
    expect(calls.map((c) => c[0])).toEqual(['openEngagement']);
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('works against the real registry: the recent engagement opens and is announced', async () => {
    const { registry, events, dir } = testApi();
    const file = path.join(dir, 'Client.skillshift');
    expect((await registry.call('createEngagement', { file, name: 'Client plc' })).ok).toBe(true);
    await registry.call('closeEngagement', {});
    events.length = 0;
    const r = await openInitialEngagement(registry, { requested: null, recent: [file], demoFile: path.join(dir, 'Demo.skillshift'), onError: onError() });
    expect(r).toEqual({ kind: 'recent', file });
    // Opening announces a progress task (integrity check), then the switch.
    expect(events.map((e) => e.name)).toEqual(['progress', 'progress', 'engagementChanged']);
    expect(await registry.call('currentEngagement', {})).toMatchObject({ ok: true, value: { name: 'Client plc', file } });
    await registry.call('closeEngagement', {});
  });
});
