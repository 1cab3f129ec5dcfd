// The desktop's native dialogs for import sources, export destinations and taxonomy folders
// and files (pickPath), with electron mocked: each purpose gets its own title, filters,
// properties and extension, and the API method reaches them through the registry.
import path from 'node:path';
import * as electron from './fake-electron';
import { tempDir, testApi } from '../../helpers/engagement';
import { createRegistry } from '../../../src/main/api/registry';
import { handlers } from '../../../src/main/api/handlers';
import { Session } from '../../../src/main/api/session';
import { RecentFiles } from '../../../src/main/electron/recent';
import { createElectronHost, suggestedExportName } from '../../../src/main/electron/host';

vi.mock('electron', () => import('./fake-electron'));

function setup(win: electron.BrowserWindow | null = null) {
  const dir = tempDir();
  const recent = new RecentFiles({ storeFile: path.join(dir, 'recent.json') });
  const host = createElectronHost({ recent, getWindow: () => win as never, documentsDir: path.join(dir, 'Documents') });
  const registry = createRegistry(handlers, { session: new Session(), host, emit: () => undefined });
  return { dir, host, registry };
}

const openOptions = (i = 0) => electron.dialog.showOpenDialog.mock.calls[i].at(-1) as unknown as Electron.OpenDialogOptions;
const saveOptions = (i = 0) => electron.dialog.showSaveDialog.mock.calls[i].at(-1) as unknown as Electron.SaveDialogOptions;

beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
  electron.dialog.showSaveDialog.mockReset();
});

describe('suggestedExportName', () => {
  it('keeps a safe name and gives it the format extension once', () => {
    expect(suggestedExportName('people', 'csv')).toBe('people.csv');
    expect(suggestedExportName('People: Q3/Q4', 'xlsx')).toBe('People Q3 Q4.xlsx');
    expect(suggestedExportName('people.csv', 'xlsx')).toBe('people.xlsx');
    expect(suggestedExportName('../../etc/passwd', 'csv')).toBe('etc passwd.csv');
    expect(suggestedExportName(undefined, 'csv')).toBe('export.csv');
  });
});

describe('pickPath on the desktop', () => {
  it('opens an import source (CSV or XLSX) attached to the window', async () => {
    const win = new electron.BrowserWindow({});
    const { registry } = setup(win);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/c/hris.csv'] });
    expect(await registry.call('pickPath', { purpose: 'import' })).toEqual({ ok: true, value: '/home/c/hris.csv' });
    expect((electron.dialog.showOpenDialog.mock.calls[0] as unknown[])[0]).toBe(win);
    const o = openOptions();
    expect(o.properties).toEqual(['openFile']);
    expect(o.title).toBe('Choose the file to import');
    expect(o.filters?.[0]).toEqual({ name: 'Spreadsheets and CSV', extensions: ['csv', 'txt', 'tsv', 'xlsx'] });
    expect(o.filters?.map((f) => f.name)).toContain('Excel workbook');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await registry.call('pickPath', { purpose: 'import' })).toEqual({ ok: true, value: null });
  });

  it('saves an export into Documents with the format filter, adding the extension when the user leaves it out', async () => {
    const { registry, dir } = setup();
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/out/people' });
    expect(await registry.call('pickPath', { purpose: 'export', format: 'xlsx', suggestedName: 'People' })).toEqual({ ok: true, value: '/out/people.xlsx' });
    const s = saveOptions();
    expect(s.defaultPath).toBe(path.join(dir, 'Documents', 'People.xlsx'));
    expect(s.filters).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);
    expect(s.properties).toEqual(['createDirectory', 'showOverwriteConfirmation']);
    expect(s.title).toBe('Export as XLSX');

    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/out/People.CSV' });
    expect(await registry.call('pickPath', { purpose: 'export', format: 'csv', suggestedName: 'people.csv' })).toEqual({ ok: true, value: '/out/People.CSV' });
    expect(saveOptions(1).filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await registry.call('pickPath', { purpose: 'export', format: 'csv' })).toEqual({ ok: true, value: null });
  });

  it('picks a taxonomy release folder (O*NET, ESCO) as a directory and an index file with its filters', async () => {
    const { registry } = setup();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/data/onet-29.2'] });
    const folder = await registry.call('pickPath', { purpose: 'taxonomy-folder', title: 'Choose the O*NET database folder' });
    expect(folder).toEqual({ ok: true, value: '/data/onet-29.2' });
    expect(openOptions(0)).toMatchObject({ title: 'Choose the O*NET database folder', properties: ['openDirectory'] });
    expect(openOptions(0).filters).toBeUndefined();

    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/data/frey_osborne_2017.csv'] });
    expect(await registry.call('pickPath', { purpose: 'taxonomy-file' })).toEqual({ ok: true, value: '/data/frey_osborne_2017.csv' });
    expect(openOptions(1).properties).toEqual(['openFile']);
    expect(openOptions(1).filters?.[0]).toEqual({ name: 'CSV or Excel', extensions: ['csv', 'txt', 'xlsx'] });
  });

  it('still opens and saves engagement files, through pickPath and pickEngagementFile alike', async () => {
    const { registry, dir } = setup();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/data/Acme.skillshift'] });
    expect(await registry.call('pickPath', { purpose: 'engagement', mode: 'open' })).toEqual({ ok: true, value: '/data/Acme.skillshift' });
    expect(openOptions().filters?.[0]).toEqual({ name: 'Skillshift engagement', extensions: ['skillshift'] });
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/data/Client' });
    expect(await registry.call('pickEngagementFile', { mode: 'save', suggestedName: 'Client' })).toEqual({ ok: true, value: '/data/Client.skillshift' });
    expect(saveOptions().defaultPath).toBe(path.join(dir, 'Documents', 'Client.skillshift'));
  });

  it('refuses requests that do not make sense before any dialog opens', async () => {
    const { registry } = setup();
    const noFormat = await registry.call('pickPath', { purpose: 'export' });
    expect(noFormat).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation', message: expect.stringMatching(/format/) }) });
    const saveImport = await registry.call('pickPath', { purpose: 'import', mode: 'save' });
    expect(saveImport).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation' }) });
    const unknown = await registry.call('pickPath', { purpose: 'anything' } as never);
    expect(unknown).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation' }) });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('pickPath without a native dialog', () => {
  it('is unsupported, with what to do instead', async () => {
    const { registry } = testApi();
    const r = await registry.call('pickPath', { purpose: 'import' });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'unsupported', message: expect.stringMatching(/upload/) }) });
  });
});
