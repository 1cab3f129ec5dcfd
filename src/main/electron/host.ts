// Host services of the desktop app: files are named by absolute path (they come from native
// dialogs, the recent list, the command line or the OS), and listFiles is the recent list.
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import path from 'node:path';
import fs from 'node:fs';
import { AppError } from '../../shared/result';
import type { HostServices } from '../api/context';
import { ENGAGEMENT_EXTENSION } from '../db/connection';
import type { RecentFiles } from './recent';

export const engagementFilter: FileFilter = { name: 'Skillshift engagement', extensions: ['skillshift'] };

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

const withExtension = (file: string): string =>
  file.toLowerCase().endsWith(ENGAGEMENT_EXTENSION) ? file : `${file}${ENGAGEMENT_EXTENSION}`;

export function createElectronHost({ recent, getWindow, documentsDir }: ElectronHostOptions): HostServices {
  return {
    transport: 'electron',
    dataDir: null,
    resolveFile: resolveDesktopFile,
    listFiles: () => recent.list(),
    async pickFile(mode, suggestedName) {
      const win = getWindow();
      if (mode === 'open') {
        const options: Electron.OpenDialogOptions = {
          title: 'Open engagement',
          properties: ['openFile'],
          filters: [engagementFilter, { name: 'All files', extensions: ['*'] }],
        };
        const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
      }
      const options: Electron.SaveDialogOptions = {
        title: 'Save engagement as',
        defaultPath: path.join(documentsDir, suggestedFileName(suggestedName)),
        filters: [engagementFilter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : withExtension(r.filePath);
    },
    onOpened: (file) => recent.add(file),
  };
}
