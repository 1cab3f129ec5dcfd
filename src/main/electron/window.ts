// The window factory and the guards every webContents gets: Electron's security checklist
// (isolation, sandbox, no Node, no navigation away, no new windows, no permissions, no remote
// requests) in one place, each piece exported so the tests can check it on its own.
import { BrowserWindow, nativeTheme, screen, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { isTrustedUrl } from './protocol';
import {
  MIN_HEIGHT,
  MIN_WIDTH,
  loadWindowState,
  saveWindowState,
  type Rect,
  type WindowState,
} from './window-state';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** Only http(s) links leave the app, and only to the OS browser. */
export function openExternalSafely(url: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (protocol !== 'https:' && protocol !== 'http:') return false;
  void shell.openExternal(url);
  return true;
}

type Preventable = { preventDefault(): void; url?: string };
const guarded = new WeakSet<WebContents>();

/**
 * Navigation, redirects, new windows and webviews: only our own origins stay in the window.
 * Idempotent: the window factory and app-wide `web-contents-created` may both apply it.
 */
export function guardWebContents(contents: WebContents, origins: readonly string[]): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const stayInApp = (event: Preventable, url?: string) => {
    const target = event.url ?? url ?? '';
    if (!isTrustedUrl(target, origins)) {
      event.preventDefault();
      console.warn(`[skillshift] blocked navigation to ${target}`);
    }
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, notifications, geolocation, HID, serial, USB or anything else. */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/**
 * The app never loads anything from the network; the dev server (development only) is the one
 * http origin allowed. CSP says the same inside the page; this also covers what CSP cannot.
 */
export function blockRemoteRequests(ses: Session, origins: readonly string[]): void {
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    // Vite's hot reload talks over a websocket to the dev server's host.
    const asHttp = details.url.replace(/^ws(s?):/, 'http$1:');
    const allowed = isTrustedUrl(asHttp, origins);
    if (!allowed) console.warn(`[skillshift] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

export interface MainWindowOptions {
  preload: string;
  url: string;
  origins: readonly string[];
  /** JSON file with the remembered bounds. */
  stateFile: string;
  icon?: string;
}

const workAreas = (): Rect[] => {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return [primary, ...others].map((d) => d.workArea);
};

/** Saves bounds after moves and resizes settle, and once more when the window closes. */
export function trackWindowState(win: BrowserWindow, stateFile: string, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      saveWindowState(stateFile, state);
    } catch (e) {
      console.warn('[skillshift] could not save the window state:', e);
    }
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', later);
  win.on('close', save);
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(options.stateFile, workAreas());
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Skillshift',
    // Painted before the page loads: match the OS theme the renderer will follow.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f8fa',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preload),
  });
  guardWebContents(win.webContents, options.origins);
  trackWindowState(win, options.stateFile);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(options.url);
  return win;
}
