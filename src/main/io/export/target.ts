// Checking the path an export is written to. The host chooses it (a save dialog on the desktop,
// the --out argument on the command line); this refuses what would surprise the user: a
// relative path, or an extension that does not match the format (which also rules out ever
// overwriting a .skillshift engagement file).
import path from 'node:path';
import type { ExportFormat } from '../../../shared/export-types';
import { AppError } from '../../../shared/result';

const invalid = (file: string, why: string) =>
  new AppError('validation', `Cannot export to ${JSON.stringify(file)}: ${why}.`, [{ path: 'destination.path', message: why }]);

/** The absolute path to write, with the format's extension added when it has none. */
export function resolveExportPath(file: string, format: ExportFormat): string {
  if (file.includes('\0')) throw invalid(file, 'the path contains a NUL character');
  if (!path.isAbsolute(file)) throw invalid(file, 'an absolute path is needed (choose the file in a save dialog)');
  const target = path.resolve(file);
  const ext = path.extname(target).toLowerCase();
  if (ext === '') return `${target}.${format}`;
  if (ext !== `.${format}`) throw invalid(file, `a ${format.toUpperCase()} export must end in .${format}`);
  return target;
}
