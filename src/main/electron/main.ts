// Electron main entry (electron-vite main input, built to out/main/index.js). Wires the thin
// shell around the same API registry the browser host and the CLI use.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { EventSink } from '../../shared/events';
import type { ApiError } from '../../shared/result';
import { handlers } from '../api/handlers';
import { createRegistry, type Registry } from '../api/registry';
import { Session } from '../api/session';
import { createElectronHost } from './host';
import { bindIpc, windowEventSink } from './ipc';
import { claimSingleInstance, DEMO_FILE_NAME, fileFromArgv, openInitialEngagement, openOrCreateDemo } from './lifecycle';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME, createAppProtocolHandler, privilegedScheme, startUrl, trustedOrigins } from './protocol';
import { RECENT_FILE, RecentFiles } from './recent';
import { blockRemoteRequests, createMainWindow, denyAllPermissions, guardWebContents } from './window';
import { WINDOW_STATE_FILE } from './window-state';
import { closeScenarioPool } from '../scenarios/monte-carlo-tasks';

// A separate profile for tests and portable use; must be set before the lock and `ready`.
if (process.env.SKILLSHIFT_USER_DATA) app.setPath('userData', path.resolve(process.env.SKILLSHIFT_USER_DATA));

// Privileged schemes can only be registered before `ready`.
protocol.registerSchemesAsPrivileged([privilegedScheme]);

const isDev = !app.isPackaged;
const devServerUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined;
const origins = trustedOrigins(devServerUrl);
const appRoot = app.getAppPath();

let mainWindow: BrowserWindow | null = null;
let registry: Registry | null = null;
let recent: RecentFiles | null = null;
let pendingFile: string | null = fileFromArgv(process.argv, process.cwd());
const engagementSession = new Session();

const ourWindows = (): BrowserWindow[] => (mainWindow && !mainWindow.isDestroyed() ? [mainWindow] : []);

function reportOpenError(file: string, error: ApiError): void {
  const options = {
    type: 'error' as const,
    title: 'Skillshift',
    message: `${path.basename(file)} could not be opened`,
    detail: error.message,
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** A file from the OS or a second launch: brought to the front and opened. */
async function openFromOs(file: string): Promise<void> {
  if (!registry) {
    pendingFile = file; // not ready yet: the initial open picks it up
    return;
  }
  showWindow();
  const r = await registry.call('openEngagement', { file });
  if (!r.ok) reportOpenError(file, r.error);
}

function installMenu(): void {
  if (!recent) return;
  const template = buildMenuTemplate({
    appName: app.getName(),
    platform: process.platform,
    isDev,
    recent: recent.entries(),
    actions: {
      send: (command) => emit('menu', command),
      openFile: (file) => void openFromOs(file),
      openDemo: () => {
        if (registry) void openOrCreateDemo(registry, path.join(app.getPath('userData'), DEMO_FILE_NAME), reportOpenError);
      },
      clearRecent: () => {
        recent?.clear();
        app.clearRecentDocuments();
      },
      showDataFolder: () => void shell.openPath(app.getPath('userData')),
      showAbout: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: `About ${app.getName()}`,
          message: `${app.getName()} ${app.getVersion()}`,
          detail: `Offline strategic workforce planning.\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}.`,
        }),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

const sink = windowEventSink(ourWindows);
const emit: EventSink = (name, payload) => {
  // Learn engagement names for the recent list from the summaries handlers push.
  if (name === 'engagementChanged') {
    const summary = (payload as { summary: { file: string; name: string } | null }).summary;
    if (summary) recent?.rename(summary.file, summary.name);
  }
  sink(name, payload);
};

function showWindow(): BrowserWindow {
  if (!mainWindow || mainWindow.isDestroyed()) {
    const icon = path.join(appRoot, 'build', 'icons', '512x512.png');
    mainWindow = createMainWindow({
      preload: path.join(appRoot, 'out', 'preload', 'index.cjs'),
      url: startUrl(devServerUrl),
      origins,
      stateFile: path.join(app.getPath('userData'), WINDOW_STATE_FILE),
      ...(fs.existsSync(icon) ? { icon } : {}),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  return mainWindow;
}

async function start(): Promise<void> {
  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId('com.skillshift.app');

  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(appRoot, 'out', 'renderer')));
  denyAllPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession, origins);

  const userData = app.getPath('userData');
  fs.mkdirSync(userData, { recursive: true }); // Chromium makes it too, but not before we may need it
  recent = new RecentFiles({
    storeFile: path.join(userData, RECENT_FILE),
    addToOs: (file) => app.addRecentDocument(file),
    onChange: installMenu,
  });
  const host = createElectronHost({ recent, getWindow: () => mainWindow, documentsDir: app.getPath('documents') });
  registry = createRegistry(handlers, { session: engagementSession, host, emit });
  bindIpc(ipcMain, registry, { origins, isOurWebContents: (c) => ourWindows().some((w) => w.webContents === c) });
  installMenu();

  // The window starts loading while the engagement opens; the page asks for the current
  // engagement once loaded and also listens for engagementChanged.
  showWindow();
  const requested = pendingFile;
  pendingFile = null;
  const opened = await openInitialEngagement(registry, {
    requested,
    recent: recent.entries().map((e) => e.file),
    demoFile: path.join(userData, DEMO_FILE_NAME),
    onError: reportOpenError,
  });
  console.log(`[skillshift] start-up: ${opened.kind}${opened.file ? ` ${opened.file}` : ''}`);
}

if (claimSingleInstance(app, (argv, cwd) => {
  const file = fileFromArgv(argv, cwd);
  if (file) void openFromOs(file);
  else if (registry) showWindow();
})) {
  // macOS delivers double-clicked files this way, possibly before `ready`.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openFromOs(file);
  });
  // Every webContents (including any a future feature creates) gets the same guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins));
  app.on('activate', () => {
    if (registry && ourWindows().length === 0) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Close the database cleanly (checkpoints the WAL) before the process goes.
  app.on('will-quit', () => {
    engagementSession.close();
    // Monte Carlo workers are unref'd, but stop them explicitly so nothing runs past quit.
    void closeScenarioPool();
  });
  start().catch((e) => {
    console.error('[skillshift] start-up failed:', e);
    dialog.showErrorBox('Skillshift could not start', (e as Error)?.stack ?? String(e));
    app.exit(1);
  });
}
