import fs from 'node:fs';
import path from 'node:path';
import * as electron from './fake-electron';
import { tempDir } from '../../helpers/engagement';
import {
  blockRemoteRequests,
  createMainWindow,
  denyAllPermissions,
  guardWebContents,
  openExternalSafely,
  secureWebPreferences,
  trackWindowState,
} from '../../../src/main/electron/window';
import { trustedOrigins } from '../../../src/main/electron/protocol';

vi.mock('electron', () => import('./fake-electron'));

const origins = trustedOrigins(undefined);
const contents = () => new electron.FakeWebContents() as never;

const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

beforeEach(() => {
  electron.shell.openExternal.mockClear();
  warn.mockClear();
});

describe('webPreferences', () => {
  it('applies every security flag', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });
});

describe('navigation and new windows', () => {
  it('keeps the window on our own origin', () => {
    const wc = new electron.FakeWebContents();
    guardWebContents(wc as never, origins);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = electron.preventable('https://example.com/phish');
      wc.emit(event, away, away.url);
      expect(away.defaultPrevented, event).toBe(true);
      const file = electron.preventable('file:///etc/passwd');
      wc.emit(event, file, file.url);
      expect(file.defaultPrevented, event).toBe(true);
      const home = electron.preventable('app://skillshift/index.html');
      wc.emit(event, home, home.url);
      expect(home.defaultPrevented, event).toBe(false);
    }
    expect(warn).toHaveBeenCalledWith('[skillshift] blocked navigation to https://example.com/phish');
  });

  it('uses the deprecated url argument when the event has none', () => {
    const wc = new electron.FakeWebContents();
    guardWebContents(wc as never, origins);
    const e = electron.preventable();
    wc.emit('will-navigate', e, 'https://example.com/');
    expect(e.defaultPrevented).toBe(true);
  });

  it('refuses webviews', () => {
    const wc = new electron.FakeWebContents();
    guardWebContents(wc as never, origins);
    const e = electron.preventable();
    wc.emit('will-attach-webview', e, {}, {});
    expect(e.defaultPrevented).toBe(true);
  });

  it('denies every new window; only http(s) links go to the OS browser', () => {
    const wc = new electron.FakeWebContents();
    guardWebContents(wc as never, origins);
    const open = wc.windowOpenHandler!;
    expect(open({ url: 'https://www.onetonline.org/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.onetonline.org/');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://skillshift/index.html', 'nonsense']) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('is applied once per webContents however often it is called', () => {
    const wc = new electron.FakeWebContents();
    guardWebContents(wc as never, origins);
    guardWebContents(wc as never, origins);
    expect(wc.listenerCount('will-navigate')).toBe(1);
  });

  it('openExternalSafely refuses anything but http(s)', () => {
    expect(openExternalSafely('http://example.com')).toBe(true);
    expect(openExternalSafely('ms-msdt:/id')).toBe(false);
    expect(openExternalSafely('%%%')).toBe(false);
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('session policy', () => {
  it('denies every permission request and check', () => {
    const ses = new electron.FakeSession();
    denyAllPermissions(ses as never);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      ses.permissionRequestHandler!(contents(), permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler!(contents(), permission, 'app://skillshift', {})).toBe(false);
    }
    expect(ses.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);
  });

  it('blocks network requests except to the dev server', () => {
    const ses = new electron.FakeSession();
    blockRemoteRequests(ses as never, trustedOrigins('http://localhost:5173'));
    expect(ses.beforeRequest!.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      ses.beforeRequest!.listener({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://fonts.example.com/a.woff2')).toBe(true);
    expect(decide('wss://example.com/socket')).toBe(true);
    expect(decide('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(decide('ws://localhost:5173/')).toBe(false); // hot reload
    expect(decide('http://localhost:5174/')).toBe(true);
    expect(warn).toHaveBeenCalledWith('[skillshift] blocked request to https://fonts.example.com/a.woff2');
  });
});

describe('createMainWindow', () => {
  it('creates a hidden, secured window that loads the start URL and shows when ready', () => {
    const dir = tempDir();
    const win = createMainWindow({
      preload: '/app/out/preload/index.cjs',
      url: 'app://skillshift/index.html',
      origins,
      stateFile: path.join(dir, 'window-state.json'),
    }) as unknown as electron.BrowserWindow;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(win.loadedUrl).toBe('app://skillshift/index.html');
    expect(win.webContents.windowOpenHandler).not.toBeNull();
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
    expect(win.maximized).toBe(false);
  });

  it('restores remembered bounds and the maximised state', () => {
    const dir = tempDir();
    const stateFile = path.join(dir, 'window-state.json');
    fs.writeFileSync(stateFile, JSON.stringify({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true }));
    const win = createMainWindow({ preload: '/p.cjs', url: 'app://skillshift/index.html', origins, stateFile }) as unknown as electron.BrowserWindow;
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 800 });
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);
  });
});

describe('trackWindowState', () => {
  it('saves bounds once moves settle and again on close', async () => {
    vi.useFakeTimers();
    try {
      const file = path.join(tempDir(), 'window-state.json');
      const win = new electron.BrowserWindow({ x: 10, y: 20, width: 1000, height: 700 });
      trackWindowState(win as never, file, 200);
      win.setBounds({ x: 30, y: 40, width: 1100, height: 750 });
      expect(fs.existsSync(file)).toBe(false);
      vi.advanceTimersByTime(250);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
        bounds: { x: 30, y: 40, width: 1100, height: 750 },
        maximized: false,
      });
      win.maximize();
      win.close();
      expect(JSON.parse(fs.readFileSync(file, 'utf8')).maximized).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
