import fs from 'node:fs';
import path from 'node:path';
import * as electron from './fake-electron';
import { tempDir } from '../../helpers/engagement';
import { createRegistry } from '../../../src/main/api/registry';
import { handlers } from '../../../src/main/api/handlers';
import { Session } from '../../../src/main/api/session';
import { RecentFiles } from '../../../src/main/electron/recent';
import { createElectronHost, resolveDesktopFile, suggestedFileName } from '../../../src/main/electron/host';

vi.mock('electron', () => import('./fake-electron'));

function setup(win: electron.BrowserWindow | null = null) {
  const dir = tempDir();
  const recent = new RecentFiles({ storeFile: path.join(dir, 'recent.json') });
  const host = createElectronHost({ recent, getWindow: () => win as never, documentsDir: path.join(dir, 'Documents') });
  return { dir, recent, host };
}

beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
  electron.dialog.showSaveDialog.mockReset();
});

describe('resolveDesktopFile', () => {
  it('accepts absolute paths, normalised', () => {
    const dir = tempDir();
    expect(resolveDesktopFile(path.join(dir, 'sub', '..', 'new.skillshift'))).toBe(path.join(dir, 'new.skillshift'));
  });

  it('refuses relative paths and NUL bytes with a validation error', () => {
    for (const file of ['client.skillshift', './client.skillshift', '../x.skillshift', `${tempDir()}/a\0.skillshift`]) {
      expect(() => resolveDesktopFile(file)).toThrow(expect.objectContaining({ kind: 'validation' }));
    }
  });

  it('requires the extension for files about to be created, not for existing ones', () => {
    const dir = tempDir();
    expect(() => resolveDesktopFile(path.join(dir, 'notes.txt'))).toThrow(/must end in \.skillshift/);
    const existing = path.join(dir, 'export.db');
    fs.writeFileSync(existing, '');
    expect(resolveDesktopFile(existing)).toBe(existing);
    expect(resolveDesktopFile(path.join(dir, 'Upper.SKILLSHIFT'))).toBe(path.join(dir, 'Upper.SKILLSHIFT'));
  });
});

describe('suggestedFileName', () => {
  it('makes a safe file name with our extension', () => {
    expect(suggestedFileName('Acme: Q3/Q4 plan')).toBe('Acme Q3 Q4 plan.skillshift');
    expect(suggestedFileName('demo.skillshift')).toBe('demo.skillshift');
    expect(suggestedFileName('../../etc/passwd')).toBe('etc passwd.skillshift');
    expect(suggestedFileName(undefined)).toBe('Engagement.skillshift');
    expect(suggestedFileName('   ')).toBe('Engagement.skillshift');
  });
});

describe('createElectronHost', () => {
  it('is the electron transport, without a data folder', () => {
    const { host } = setup();
    expect(host.transport).toBe('electron');
    expect(host.dataDir).toBeNull();
    expect(typeof host.pickFile).toBe('function');
  });

  it('opens with a .skillshift filter, attached to the window', async () => {
    const win = new electron.BrowserWindow({});
    const { host } = setup(win);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/data/Acme.skillshift'] });
    expect(await host.pickFile!('open')).toBe('/data/Acme.skillshift');
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0] as unknown as [unknown, Electron.OpenDialogOptions];
    expect(parent).toBe(win);
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters?.[0]).toEqual({ name: 'Skillshift engagement', extensions: ['skillshift'] });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await host.pickFile!('open')).toBeNull();
  });

  it('saves into Documents under a sanitised name and adds the extension', async () => {
    const { host, dir } = setup();
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/data/Acme plan' });
    expect(await host.pickFile!('save', 'Acme/plan')).toBe('/data/Acme plan.skillshift');
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as unknown as [Electron.SaveDialogOptions];
    expect(options.defaultPath).toBe(path.join(dir, 'Documents', 'Acme plan.skillshift'));
    expect(options.filters).toEqual([{ name: 'Skillshift engagement', extensions: ['skillshift'] }]);
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await host.pickFile!('save')).toBeNull();
  });

  it('lists and updates the recent files through the API', async () => {
    const { host, dir, recent } = setup();
    const registry = createRegistry(handlers, { session: new Session(), host, emit: () => undefined });
    const file = path.join(dir, 'Client.skillshift');
    const created = await registry.call('createEngagement', { file, name: 'Client plc' });
    expect(created.ok).toBe(true);
    expect(recent.entries().map((e) => e.file)).toEqual([file]);
    const listed = await registry.call('listEngagementFiles', {});
    expect(listed).toMatchObject({ ok: true, value: [{ file, fileName: 'Client.skillshift' }] });
    const relative = await registry.call('openEngagement', { file: 'Client.skillshift' });
    expect(relative).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const info = await registry.call('appInfo', {});
    expect(info).toMatchObject({ ok: true, value: { transport: 'electron', canPickFiles: true, dataDir: null } });
    await registry.call('closeEngagement', {});
  });
});
