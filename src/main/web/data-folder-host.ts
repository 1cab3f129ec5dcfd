// Host services for the local browser host: engagement files live in one data folder and are
// named by file name only, so a browser page can never reach a path outside it.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { EngagementFile } from '../../shared/api-types';
import { AppError } from '../../shared/result';
import type { HostServices } from '../api/context';
import { ENGAGEMENT_EXTENSION } from '../db/connection';
import { nativeBinding } from '../db/native-binding';

const SAFE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,150}$/u;

export function resolveInFolder(dataDir: string, file: string): string {
  // An absolute path is accepted only when it points directly into the data folder
  // (summaries carry absolute paths; the renderer may hand one back).
  if (path.isAbsolute(file) && path.resolve(path.dirname(file)) === path.resolve(dataDir)) {
    file = path.basename(file);
  }
  const name = file.endsWith(ENGAGEMENT_EXTENSION) ? file : `${file}${ENGAGEMENT_EXTENSION}`;
  if (!SAFE_NAME.test(name) || name.includes('..')) {
    throw new AppError(
      'validation',
      `"${file}" is not a usable file name: use letters, digits, spaces, dots, dashes and brackets only (no folders).`,
      [{ path: 'file', message: 'not a plain file name in the data folder' }],
    );
  }
  return path.join(dataDir, name);
}

/** The engagement name stored in a file, or null when it cannot be read (damaged, foreign). */
function readName(file: string): string | null {
  let db: Database.Database | undefined;
  try {
    const binding = nativeBinding();
    db = new Database(file, { readonly: true, fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
    const row = db.prepare('SELECT name FROM engagement WHERE id = 1').get() as { name: string } | undefined;
    return row?.name ?? null;
  } catch {
    return null; // listed anyway; opening it reports exactly what is wrong
  } finally {
    db?.close();
  }
}

export function listFolder(dataDir: string): EngagementFile[] {
  if (!fs.existsSync(dataDir)) return [];
  return fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith(ENGAGEMENT_EXTENSION))
    .map((fileName) => {
      const full = path.join(dataDir, fileName);
      const st = fs.statSync(full);
      return {
        file: fileName,
        fileName,
        name: readName(full),
        modifiedAt: st.mtime.toISOString(),
        sizeBytes: st.size,
      };
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

export function dataFolderHost(dataDir: string): HostServices {
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    transport: 'web',
    dataDir,
    resolveFile: (file) => resolveInFolder(dataDir, file),
    listFiles: () => listFolder(dataDir),
  };
}
