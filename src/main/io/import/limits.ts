// Caps that keep a hostile or broken file from exhausting memory, and the typed error every
// reader throws. The defaults follow Excel's own limits where one exists, so a file Excel can
// open is never refused; tests pass smaller caps to exercise the refusals cheaply.
import { AppError } from '../../../shared/result';

export interface ImportLimits {
  /** Characters in one field (Excel's cell limit is 32,767). */
  maxFieldChars: number;
  /** Characters in one row, all fields together. */
  maxRowChars: number;
  /** Columns in one row (Excel: 16,384). */
  maxColumns: number;
  /** Data rows in a sheet or file. */
  maxRows: number;
  /** Bytes one XLSX part may expand to when unzipped. */
  maxEntryBytes: number;
  /** Bytes all XLSX parts we read may expand to together. */
  maxTotalUnzippedBytes: number;
  /** Entries in an XLSX zip directory. */
  maxZipEntries: number;
  /** Proficiency files at least this big are parsed on a second thread (default 4 MB; tests lower it). */
  parallelParseBytes?: number;
}

export const defaultLimits: ImportLimits = {
  maxFieldChars: 32_767,
  maxRowChars: 1_048_576,
  maxColumns: 16_384,
  maxRows: 20_000_000,
  maxEntryBytes: 400 * 1024 * 1024,
  maxTotalUnzippedBytes: 800 * 1024 * 1024,
  maxZipEntries: 10_000,
};

export interface Where {
  file: string;
  row?: number;
  column?: string | null;
}

/** A file that cannot be read as a table at all: names the file and, where known, row and column. */
export function badFile(where: Where, problem: string, reason: string): AppError {
  const at = [
    where.row !== undefined ? `row ${where.row}` : null,
    where.column ? `column "${where.column}"` : null,
  ].filter(Boolean);
  const message = `${where.file}${at.length ? ` (${at.join(', ')})` : ''}: ${problem}`;
  return new AppError('bad-file', message, {
    reason,
    file: where.file,
    row: where.row ?? null,
    column: where.column ?? null,
  });
}

/** Raised between rows when the user cancels; the surrounding transaction rolls back. */
export const cancelledError = (): AppError =>
  new AppError('cancelled', 'The import was cancelled; nothing was changed.');
