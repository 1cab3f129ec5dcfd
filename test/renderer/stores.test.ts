// The stores: engagement/session/navigation state, paged tables and whole-resource loading.
import { beforeEach, describe, expect, it } from 'vitest';
import { uniqueFileName, useAppStore } from '../../src/renderer/app/store';
import { createResourceStore } from '../../src/renderer/lib/resource-store';
import { createPagedStore } from '../../src/renderer/lib/paged-store';
import { employees, summary } from './fixtures';
import { fail, fakeApi, ok, resetStores } from './helpers';

beforeEach(resetStores);

const app = () => useAppStore.getState();

describe('app store', () => {
  it('starts with no engagement when none is open', async () => {
    fakeApi({
      appInfo: () => ok({ version: '0.1.0', transport: 'web', canPickFiles: false, dataDir: '/data', platform: 'linux' }),
      currentEngagement: () => ok(null),
      listEngagementFiles: () => ok([]),
    });
    await app().init();
    expect(app().status).toBe('ready');
    expect(app().summary).toBeNull();
    expect(app().appInfo?.dataDir).toBe('/data');
  });

  it('starts once even when asked twice (StrictMode runs effects twice)', async () => {
    const api = fakeApi({
      appInfo: () => ok({ version: '0.1.0', transport: 'web', canPickFiles: false, dataDir: null, platform: 'linux' }),
      currentEngagement: () => ok(summary()),
      listEngagementFiles: () => ok([]),
    });
    await Promise.all([app().init(), app().init()]);
    expect(api.inputsOf('appInfo')).toHaveLength(1);
    expect(app().summary?.name).toBe('Northwind Logistics');
  });

  it('keeps the failed file with the typed error so the banner can offer a restore', async () => {
    const error = { kind: 'bad-file' as const, message: 'damaged', details: { reason: 'damaged', backup: '/d/a.skillshift.bak' } };
    fakeApi({ openEngagement: () => fail(error.kind, error.message, error.details), listEngagementFiles: () => ok([]) });
    await expect(app().openFile('a.skillshift')).resolves.toBe(false);
    expect(app().banner).toEqual({ error, file: 'a.skillshift' });
    expect(app().busy).toBeNull();
  });

  it('counts an engagement change once even when both the reply and the event carry it', () => {
    fakeApi({ listEngagementFiles: () => ok([]) });
    const before = app().revision;
    app().engagementChanged(summary());
    app().engagementChanged(summary());
    expect(app().revision).toBe(before + 1);
    app().engagementChanged(summary({ name: 'Renamed' }));
    expect(app().revision).toBe(before + 2);
    expect(app().summary?.name).toBe('Renamed');
  });

  it('tracks progress per task and drops a task when it finishes', () => {
    app().progressed({ taskId: 't', label: 'Generating', done: 2, total: 4 });
    expect(app().progress.t.done).toBe(2);
    app().progressed({ taskId: 't', label: 'Generating', done: 4, total: 4, finished: true });
    expect(app().progress).toEqual({});
  });

  it('acts on menu commands', async () => {
    const api = fakeApi({ closeEngagement: () => ok(null), listEngagementFiles: () => ok([]) });
    app().menu({ command: 'navigate', section: 'skills' });
    expect(app().section).toBe('skills');
    expect(window.location.hash).toBe('#/skills');
    app().menu({ command: 'new-engagement' });
    expect(app().newDialogOpen).toBe(true);
    useAppStore.setState({ summary: summary() });
    app().menu({ command: 'close-engagement' });
    await new Promise((r) => setTimeout(r, 0));
    expect(api.inputsOf('closeEngagement')).toHaveLength(1);
    expect(app().summary).toBeNull();
  });

  it('creates the demo under a free file name in the data folder', async () => {
    const api = fakeApi({ createDemoEngagement: () => ok(summary()), listEngagementFiles: () => ok([]) });
    useAppStore.setState({
      files: [{ file: 'skillshift-demo.skillshift', fileName: 'skillshift-demo.skillshift', name: 'Demo', modifiedAt: '2025-01-01T00:00:00Z', sizeBytes: 1 }],
    });
    await app().createDemo();
    expect(api.inputsOf('createDemoEngagement')).toEqual([{ file: 'skillshift-demo-2.skillshift' }]);
    expect(app().summary?.name).toBe('Northwind Logistics');
  });

  it('asks for a location with the save dialog on the desktop before creating', async () => {
    const api = fakeApi({
      pickEngagementFile: () => ok('/home/c/Acme.skillshift'),
      createEngagement: () => ok(summary({ name: 'Acme' })),
      listEngagementFiles: () => ok([]),
    });
    useAppStore.setState({ appInfo: { version: '1', transport: 'electron', canPickFiles: true, dataDir: null, platform: 'linux' } });
    await app().createEngagement({ name: 'Acme', currency: 'GBP', locale: 'en-GB' });
    expect(api.inputsOf('pickEngagementFile')).toEqual([{ mode: 'save', suggestedName: 'Acme.skillshift' }]);
    expect(api.inputsOf('createEngagement')).toEqual([{ file: '/home/c/Acme.skillshift', name: 'Acme', currency: 'GBP', locale: 'en-GB' }]);
  });

  it('picks unique names', () => {
    expect(uniqueFileName('acme', [])).toBe('acme.skillshift');
  });
});

// The People screen now uses a windowed store (test/renderer/features/window-store.test.ts);
// the paged store stays for paged lists and is tested on its own instance.
const usePeopleStore = createPagedStore('listEmployees');
beforeEach(() => usePeopleStore.setState(usePeopleStore.getInitialState(), true));

describe('paged store', () => {
  it('sends the query and resets to the first page on search and sort', async () => {
    const api = fakeApi({ listEmployees: (q) => ok(employees(120, q.offset ?? 0, q.limit ?? 50)) });
    const s = () => usePeopleStore.getState();
    await s().load(1);
    await s().setOffset(50);
    await s().setSearch('  planner ');
    await s().toggleSort('salary');
    await s().toggleSort('salary');
    await s().setLimit(25);
    expect(api.inputsOf('listEmployees')).toEqual([
      { offset: 0, limit: 50, sortDir: 'asc' },
      { offset: 50, limit: 50, sortDir: 'asc' },
      { offset: 0, limit: 50, sortDir: 'asc', search: 'planner' },
      { offset: 0, limit: 50, sortDir: 'asc', search: 'planner', sortBy: 'salary' },
      { offset: 0, limit: 50, sortDir: 'desc', search: 'planner', sortBy: 'salary' },
      { offset: 0, limit: 25, sortDir: 'desc', search: 'planner', sortBy: 'salary' },
    ]);
    expect(s().page?.rows).toHaveLength(25);
  });

  it('keeps the typed error when the host refuses', async () => {
    fakeApi({ listEmployees: () => fail('not-open', 'No engagement is open.') });
    await usePeopleStore.getState().load(1);
    expect(usePeopleStore.getState()).toMatchObject({ status: 'error', error: { kind: 'not-open' } });
  });
});

describe('resource store', () => {
  it('ignores an older answer that arrives after a newer one', async () => {
    const resolvers: ((v: string) => void)[] = [];
    const store = createResourceStore(() => new Promise<string>((r) => resolvers.push(r)));
    const first = store.getState().load(1);
    const second = store.getState().load(2);
    resolvers[1]('new');
    resolvers[0]('old');
    await Promise.all([first, second]);
    expect(store.getState()).toMatchObject({ data: 'new', status: 'ready', revision: 2 });
  });
});
