import type { MenuItemConstructorOptions } from 'electron';
import { sections } from '../../../src/shared/events';
import { buildMenuTemplate, navigateItemId, type MenuActions } from '../../../src/main/electron/menu';

function actions() {
  return {
    send: vi.fn<MenuActions['send']>(),
    openFile: vi.fn<MenuActions['openFile']>(),
    openDemo: vi.fn<MenuActions['openDemo']>(),
    clearRecent: vi.fn<MenuActions['clearRecent']>(),
    showDataFolder: vi.fn<MenuActions['showDataFolder']>(),
    showAbout: vi.fn<MenuActions['showAbout']>(),
  };
}

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
const byId = (template: MenuItemConstructorOptions[], id: string) => {
  const item = items(template).find((i) => i.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
};
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
const topLabels = (t: MenuItemConstructorOptions[]) => t.map((i) => i.label ?? i.role);

const recent = [
  { file: '/work/Acme & Co.skillshift', name: 'Acme & Co' },
  { file: '/work/Beta.skillshift', name: null },
];

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, plus the app menu on macOS', () => {
    const a = actions();
    expect(topLabels(buildMenuTemplate({ appName: 'Skillshift', platform: 'linux', isDev: false, recent: [], actions: a }))).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(topLabels(buildMenuTemplate({ appName: 'Skillshift', platform: 'darwin', isDev: false, recent: [], actions: a }))).toEqual(['Skillshift', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
  });

  it('sends the engagement commands to the renderer and opens the demo itself', () => {
    const a = actions();
    const t = buildMenuTemplate({ appName: 'Skillshift', platform: 'linux', isDev: false, recent: [], actions: a });
    for (const command of ['new-engagement', 'open-engagement', 'close-engagement'] as const) {
      click(byId(t, command));
      expect(a.send).toHaveBeenLastCalledWith({ command });
    }
    expect(a.send).toHaveBeenCalledTimes(3);
    click(byId(t, 'open-demo'));
    expect(a.openDemo).toHaveBeenCalledTimes(1);
    expect(a.send).toHaveBeenCalledTimes(3);
    expect(byId(t, 'new-engagement').accelerator).toBe('CmdOrCtrl+N');
    expect(byId(t, 'open-engagement').accelerator).toBe('CmdOrCtrl+O');
    expect(a.openFile).not.toHaveBeenCalled();
  });

  it('navigates to every section with CmdOrCtrl+1..9', () => {
    const a = actions();
    const t = buildMenuTemplate({ appName: 'Skillshift', platform: 'win32', isDev: false, recent: [], actions: a });
    sections.forEach((section, i) => {
      const item = byId(t, navigateItemId(section));
      expect(item.accelerator).toBe(`CmdOrCtrl+${i + 1}`);
      expect(item.label?.toLowerCase()).toBe(section);
      click(item);
      expect(a.send).toHaveBeenLastCalledWith({ command: 'navigate', section });
    });
    expect(a.send).toHaveBeenCalledTimes(sections.length);
  });

  it('opens recent files directly and can clear the list', () => {
    const a = actions();
    const t = buildMenuTemplate({ appName: 'Skillshift', platform: 'linux', isDev: false, recent, actions: a });
    const submenu = byId(t, 'open-recent').submenu as MenuItemConstructorOptions[];
    expect(submenu.map((i) => i.label)).toEqual(['Acme && Co (Acme && Co.skillshift)', 'Beta.skillshift', undefined, 'Clear Recent']);
    click(submenu[1]);
    expect(a.openFile).toHaveBeenCalledWith('/work/Beta.skillshift');
    click(byId(t, 'recent-clear'));
    expect(a.clearRecent).toHaveBeenCalledTimes(1);
    const empty = buildMenuTemplate({ appName: 'Skillshift', platform: 'linux', isDev: false, recent: [], actions: a });
    expect(byId(empty, 'open-recent').submenu).toEqual([{ label: 'No recent engagements', enabled: false }]);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      items(buildMenuTemplate({ appName: 'Skillshift', platform: 'linux', isDev, recent: [], actions: actions() })).map((i) => i.role);
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(roles(false)).not.toContain(role);
      expect(roles(true)).toContain(role);
    }
    for (const role of ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'copy', 'paste']) expect(roles(false)).toContain(role);
  });

  it('quits from File except on macOS, where the app menu has Quit', () => {
    const quitIn = (platform: NodeJS.Platform) =>
      buildMenuTemplate({ appName: 'Skillshift', platform, isDev: false, recent: [], actions: actions() }).filter((top) =>
        ((top.submenu ?? []) as MenuItemConstructorOptions[]).some((i) => i.role === 'quit'),
      ).map((top) => top.label);
    expect(quitIn('linux')).toEqual(['&File']);
    expect(quitIn('darwin')).toEqual(['Skillshift']);
  });

  it('has Help items for the data folder and About', () => {
    const a = actions();
    const t = buildMenuTemplate({ appName: 'Skillshift', platform: 'linux', isDev: false, recent: [], actions: a });
    click(byId(t, 'show-data-folder'));
    click(byId(t, 'about'));
    expect(a.showDataFolder).toHaveBeenCalledTimes(1);
    expect(a.showAbout).toHaveBeenCalledTimes(1);
  });
});
