// Host services of the desktop app: files are named by absolute path (they come from native
// dialogs, the recent list, the command line or the OS), and listFiles is the recent list.
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import path from 'node:path';
import fs from 'node:fs';
import type { PickPathRequest } from '../../shared/pick-types';
import { AppError } from '../../shared/result';
import type { HostServices } from '../api/context';
import { ENGAGEMENT_EXTENSION } from '../db/connection';
import type { RecentFiles } from './recent';

export const engagementFilter: FileFilter = { name: 'Skillshift engagement', extensions: ['skillshift'] };
export const importFilters: FileFilter[] = [
  { name: 'Spreadsheets and CSV', extensions: ['csv', 'txt', 'tsv', 'xlsx'] },
  { name: 'CSV or text', extensions: ['csv', 'txt', 'tsv'] },
  { name: 'Excel workbook', extensions: ['xlsx'] },
  { name: 'All files', extensions: ['*'] },
];
export const exportFilters: Record<'csv' | 'xlsx', FileFilter> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};
/** Exposure indices and crosswalks come as CSV or Excel (Felten's AIOE appendix). */
export const taxonomyFileFilters: FileFilter[] = [
  { name: 'CSV or Excel', extensions: ['csv', 'txt', 'xlsx'] },
  { name: 'All files', extensions: ['*'] },
];

export interface ElectronHostOptions {
  recent: RecentFiles;
  /** The window dialogs attach to (sheet on macOS); null shows them free-standing. */
  getWindow: () => BrowserWindow | null;
  /** Where save dialogs start: the user's Documents folder. */
  documentsDir: string;
}

const invalid = (file: string, why: string): AppError =>
  new AppError('validation', `${JSON.stringify(file)} cannot be used: ${why}.`, [{ path: 'file', message: why }]);

/**
 * An absolute, normalised path. A file that does not exist yet (it is about to be created)
 * must carry the .skillshift extension, so the app never writes a file the OS will not
 * associate with it; existing files of any name may be opened and are checked by the database.
 */
export function resolveDesktopFile(file: string): string {
  if (file.includes('\0')) throw invalid(file, 'the path contains a NUL character');
  if (!path.isAbsolute(file)) throw invalid(file, 'the desktop app needs an absolute path (choose the file in a dialog)');
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved) && !resolved.toLowerCase().endsWith(ENGAGEMENT_EXTENSION)) {
    throw invalid(file, `new engagement files must end in ${ENGAGEMENT_EXTENSION}`);
  }
  return resolved;
}

/** A file name for the save dialog: no folders, no characters Windows refuses, our extension. */
export function suggestedFileName(suggested: string | undefined): string {
  const base = (suggested ?? '')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '') // no hidden files, no leftover `..`
    .trim()
    .slice(0, 120);
  const name = base || 'Engagement';
  return name.toLowerCase().endsWith(ENGAGEMENT_EXTENSION) ? name : `${name}${ENGAGEMENT_EXTENSION}`;
}

const withExtension = (file: string, ext = ENGAGEMENT_EXTENSION): string =>
  file.toLowerCase().endsWith(ext) ? file : `${file}${ext}`;

/** An export file name for the save dialog: safe characters and the format's extension. */
export function suggestedExportName(suggested: string | undefined, format: 'csv' | 'xlsx'): string {
  const ext = `.${format}`;
  const base = (suggested ?? '')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 120)
    .replace(/\.(csv|xlsx)$/i, '');
  return `${base || 'export'}${ext}`;
}

type OpenOptions = Electron.OpenDialogOptions;
type SaveOptions = Electron.SaveDialogOptions;

/** The dialog each purpose opens: what it is titled, what it filters, whether it picks a folder. */
function dialogFor(req: PickPathRequest, documentsDir: string): { open: OpenOptions } | { save: SaveOptions; ext: string } {
  switch (req.purpose) {
    case 'engagement':
      return req.mode === 'save'
        ? {
            save: {
              title: req.title ?? 'Save engagement as',
              defaultPath: path.join(documentsDir, suggestedFileName(req.suggestedName)),
              filters: [engagementFilter],
              properties: ['createDirectory', 'showOverwriteConfirmation'],
            },
            ext: ENGAGEMENT_EXTENSION,
          }
        : { open: { title: req.title ?? 'Open engagement', properties: ['openFile'], filters: [engagementFilter, { name: 'All files', extensions: ['*'] }] } };
    case 'import':
      return { open: { title: req.title ?? 'Choose the file to import', properties: ['openFile'], filters: importFilters } };
    case 'export': {
      const format = req.format ?? 'csv';
      return {
        save: {
          title: req.title ?? `Export as ${format.toUpperCase()}`,
          defaultPath: path.join(documentsDir, suggestedExportName(req.suggestedName, format)),
          filters: [exportFilters[format]],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
        ext: `.${format}`,
      };
    }
    case 'taxonomy-folder':
      return { open: { title: req.title ?? 'Choose the release folder', properties: ['openDirectory'] } };
    case 'taxonomy-file':
      return { open: { title: req.title ?? 'Choose the index file', properties: ['openFile'], filters: taxonomyFileFilters } };
  }
}

export function createElectronHost({ recent, getWindow, documentsDir }: ElectronHostOptions): HostServices {
  async function pickPath(req: PickPathRequest): Promise<string | null> {
    const win = getWindow();
    const spec = dialogFor(req, documentsDir);
    if ('open' in spec) {
      const r = win ? await dialog.showOpenDialog(win, spec.open) : await dialog.showOpenDialog(spec.open);
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
    }
    const r = win ? await dialog.showSaveDialog(win, spec.save) : await dialog.showSaveDialog(spec.save);
    return r.canceled || !r.filePath ? null : withExtension(r.filePath, spec.ext);
  }

  return {
    transport: 'electron',
    dataDir: null,
    resolveFile: resolveDesktopFile,
    listFiles: () => recent.list(),
    pickFile: (mode, suggestedName) => pickPath({ purpose: 'engagement', mode, suggestedName }),
    pickPath,
    onOpened: (file) => recent.add(file),
  };
}
