// The application menu as a plain template, built from the recent list and a few actions, so
// what each item does is tested without Electron. Items that need UI in the page (forms,
// confirmations, error banners) become `menu` events; recent files and the demo kept in
// userData are opened here directly (the registry then pushes engagementChanged).
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { sections, type MenuCommand, type Section } from '../../shared/events';
import type { RecentEntry } from './recent';

export interface MenuActions {
  /** Pushes a `menu` event to the renderer. */
  send(command: MenuCommand): void;
  /** Opens an engagement file through the registry (which pushes engagementChanged). */
  openFile(file: string): void;
  /** Opens the demo engagement kept in userData, generating it if it has gone. */
  openDemo(): void;
  clearRecent(): void;
  showDataFolder(): void;
  showAbout(): void;
}

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Reload and developer tools are offered only when developing. */
  isDev: boolean;
  recent: readonly RecentEntry[];
  actions: MenuActions;
}

export const sectionLabel = (s: Section): string => s.charAt(0).toUpperCase() + s.slice(1);
export const navigateItemId = (s: Section): string => `navigate-${s}`;

function recentSubmenu(recent: readonly RecentEntry[], actions: MenuActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent engagements', enabled: false }];
  return [
    ...recent.map(
      (entry, i): MenuItemConstructorOptions => ({
        id: `recent-${i}`,
        // `&` would be read as a mnemonic marker on Windows and Linux.
        label: (entry.name ? `${entry.name} (${path.basename(entry.file)})` : path.basename(entry.file)).replace(/&/g, '&&'),
        toolTip: entry.file,
        click: () => actions.openFile(entry.file),
      }),
    ),
    { type: 'separator' },
    { id: 'recent-clear', label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}

export function buildMenuTemplate({ appName, platform, isDev, recent, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.send(command);

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'new-engagement', label: 'New Engagement…', accelerator: 'CmdOrCtrl+N', click: send({ command: 'new-engagement' }) },
      { id: 'open-engagement', label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send({ command: 'open-engagement' }) },
      { id: 'open-recent', label: 'Open Recent', submenu: recentSubmenu(recent, actions) },
      { id: 'open-demo', label: 'Open Demo Engagement', click: () => actions.openDemo() },
      { type: 'separator' },
      {
        id: 'close-engagement',
        label: 'Close Engagement',
        accelerator: 'CmdOrCtrl+Shift+W',
        click: send({ command: 'close-engagement' }),
      },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: 'Quit' }] as MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...sections.map(
        (section, i): MenuItemConstructorOptions => ({
          id: navigateItemId(section),
          label: sectionLabel(section),
          accelerator: `CmdOrCtrl+${i + 1}`,
          click: send({ command: 'navigate', section }),
        }),
      ),
      { type: 'separator' },
      ...(isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { id: 'show-data-folder', label: 'Show Application Data Folder', click: () => actions.showDataFolder() },
      ...(isMac ? [] : ([{ type: 'separator' }, { id: 'about', label: `About ${appName}`, click: () => actions.showAbout() }] as MenuItemConstructorOptions[])),
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { id: 'about', label: `About ${appName}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return isMac ? [appMenu, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help];
}
