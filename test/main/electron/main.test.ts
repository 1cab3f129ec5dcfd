// The Electron entry wired end to end over the fake electron module: the single-instance lock,
// start-up (protocol, IPC, menu, window, first engagement) and files arriving from the OS.
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../helpers/engagement';
import { createEngagementFile, defaultMeta } from '../../../src/main/api/engagement-files';
import { channelOf, methodNames } from '../../../src/shared/contract';
import { eventChannelOf } from '../../../src/shared/events';

// The demo generator is someone else's module and slow; a tiny stand-in keeps this test about the shell.
vi.mock('../../../src/main/demo', async () => {
  const { initEngagement } = await import('../../../src/main/db/repos/engagement');
  return {
    createDemo: (db: never) =>
      initEngagement(db, { name: 'Demo Co', currency: 'EUR', locale: 'en-GB', horizonMonths: 18, fiscalStartMonth: 1, asOfDate: '2026-01-01' }),
  };
});

type Fake = typeof import('./fake-electron');

vi.spyOn(console, 'log').mockImplementation(() => undefined);
vi.spyOn(console, 'warn').mockImplementation(() => undefined);

function makeEngagement(dir: string, name: string): string {
  const file = path.join(dir, `${name}.skillshift`);
  createEngagementFile(file, defaultMeta(name)).close();
  return file;
}

async function launch(configure: (fake: Fake, userData: string) => void = () => undefined) {
  // A fresh fake (and a fresh main module) per launch; vi.resetModules alone keeps mocks cached.
  vi.resetModules();
  vi.doMock('electron', () => import('./fake-electron'));
  const fake = (await import('./fake-electron')) as Fake;
  expect((await import('electron')).app).toBe(fake.app);
  const userData = tempDir('skillshift-userdata-');
  fake.app.setPath('userData', userData);
  fake.app.setPath('documents', tempDir());
  configure(fake, userData);
  await import('../../../src/main/electron/main');
  return { fake, userData: fake.app.getPath('userData') };
}

const engagementEvents = (win: InstanceType<Fake['BrowserWindow']>) =>
  win.webContents.sent
    .filter((s) => s.channel === eventChannelOf('engagementChanged'))
    .map((s) => (s.payload as { summary: { name: string; file: string } | null }).summary);

let quit: (() => void) | null = null;
afterEach(() => {
  quit?.(); // closes the open engagement
  quit = null;
});

describe('Electron main entry', () => {
  it('quits at once when another instance holds the lock', async () => {
    const { fake } = await launch((f) => {
      f.app.lockGranted = false;
    });
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('starts on the demo the first time, with the protocol, IPC, menu and a secure window', async () => {
    // A userData folder that does not exist yet (a fresh profile).
    const { fake, userData } = await launch((f, dir) => f.app.setPath('userData', path.join(dir, 'fresh', 'Skillshift')));
    quit = () => fake.app.emit('will-quit');
    const demo = path.join(userData, 'Demo.skillshift');
    await vi.waitFor(() => expect(fs.existsSync(demo)).toBe(true));

    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort());
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(fake.session.defaultSession.beforeRequest).not.toBeNull();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();

    expect(fake.BrowserWindow.instances).toHaveLength(1);
    const win = fake.BrowserWindow.instances[0];
    expect(win.loadedUrl).toBe('app://skillshift/index.html');
    expect(win.options.webPreferences).toMatchObject({
      preload: path.join(fake.app.getAppPath(), 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    await vi.waitFor(() => expect(engagementEvents(win).at(-1)).toMatchObject({ name: 'Demo Co', file: demo }));

    // The page calls the API through the bound handler and sees the demo.
    const handler = fake.ipcMain.handlers.get(channelOf('currentEngagement'))!;
    const reply = await handler({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, {});
    expect(reply).toMatchObject({ ok: true, value: { name: 'Demo Co' } });
    expect(fake.app.addRecentDocument).toHaveBeenCalledWith(demo);
  });

  it('reopens the most recent engagement and opens files from second launches and the OS', async () => {
    const dir = tempDir();
    const recentFile = makeEngagement(dir, 'Recent Co');
    const second = makeEngagement(dir, 'Second Co');
    const third = makeEngagement(dir, 'Third Co');
    const { fake, userData } = await launch((_f, userData) => {
      fs.writeFileSync(path.join(userData, 'recent-engagements.json'), JSON.stringify([{ file: recentFile, name: null }]));
    });
    quit = () => fake.app.emit('will-quit');
    const win = fake.BrowserWindow.instances[0];
    await vi.waitFor(() => expect(engagementEvents(win).at(-1)).toMatchObject({ name: 'Recent Co' }));
    expect(fs.existsSync(path.join(userData, 'Demo.skillshift'))).toBe(false);

    win.minimized = true;
    fake.app.emit('second-instance', {}, ['/opt/Skillshift/skillshift', path.basename(second)], dir);
    await vi.waitFor(() => expect(engagementEvents(win).at(-1)).toMatchObject({ name: 'Second Co', file: second }));
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);

    const openFile = { preventDefault: vi.fn() };
    fake.app.emit('open-file', openFile, third);
    expect(openFile.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(engagementEvents(win).at(-1)).toMatchObject({ name: 'Third Co' }));

    const recent = JSON.parse(fs.readFileSync(path.join(userData, 'recent-engagements.json'), 'utf8'));
    expect(recent).toEqual([
      { file: third, name: 'Third Co' },
      { file: second, name: 'Second Co' },
      { file: recentFile, name: 'Recent Co' },
    ]);
    expect(fake.BrowserWindow.instances).toHaveLength(1);
  });

  it('tells the user when a file from the OS cannot be opened', async () => {
    const dir = tempDir();
    const recentFile = makeEngagement(dir, 'Recent Co');
    const junk = path.join(dir, 'junk.skillshift');
    fs.writeFileSync(junk, 'not a database at all, just text');
    const { fake } = await launch((_f, userData) => {
      fs.writeFileSync(path.join(userData, 'recent-engagements.json'), JSON.stringify([recentFile]));
    });
    quit = () => fake.app.emit('will-quit');
    const win = fake.BrowserWindow.instances[0];
    await vi.waitFor(() => expect(engagementEvents(win)).toHaveLength(1));
    fake.app.emit('second-instance', {}, ['skillshift', junk], dir);
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalled());
    const [, options] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [unknown, { message: string; detail: string }];
    expect(options.message).toBe('junk.skillshift could not be opened');
    expect(options.detail).toMatch(/not a Skillshift engagement/);
    expect(fs.readFileSync(junk, 'utf8')).toBe('not a database at all, just text');
  });

  it('sends menu commands to the window, reopens the demo, and quits when the last window closes', async () => {
    const { fake } = await launch();
    quit = () => fake.app.emit('will-quit');
    const win = fake.BrowserWindow.instances[0];
    await vi.waitFor(() => expect(engagementEvents(win)).not.toHaveLength(0));
    const template = (fake.Menu.current as { template: Electron.MenuItemConstructorOptions[] }).template;
    const view = template.find((t) => t.label === '&View')!.submenu as Electron.MenuItemConstructorOptions[];
    (view.find((i) => i.id === 'navigate-roles')!.click as () => void)();
    expect(win.webContents.sent.at(-1)).toEqual({ channel: eventChannelOf('menu'), payload: { command: 'navigate', section: 'roles' } });
    const file = template.find((t) => t.label === '&File')!.submenu as Electron.MenuItemConstructorOptions[];
    const close = fake.ipcMain.handlers.get(channelOf('closeEngagement'))!;
    await close({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, {});
    expect(engagementEvents(win).at(-1)).toBeNull();
    (file.find((i) => i.id === 'open-demo')!.click as () => void)();
    await vi.waitFor(() => expect(engagementEvents(win).at(-1)).toMatchObject({ name: 'Demo Co' }));
    win.close();
    fake.app.emit('window-all-closed');
    if (process.platform !== 'darwin') expect(fake.app.quit).toHaveBeenCalled();
  });
});
