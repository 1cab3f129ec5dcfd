// The table every reader produces: a header row and data rows of cells, read synchronously in
// file order with the row numbers the user sees (the header row is row 1 unless moved).
import { badFile } from './limits';

/** A cell as read: CSV gives text; XLSX also numbers, booleans and dates (UTC midnight). */
export type Cell = string | number | boolean | Date | null;

export interface TableSource {
  /** Name used in messages (the original file name, not the staged copy's). */
  file: string;
  headers: string[];
  headerRow: number;
  /** Units of `total` in progress reports: bytes for text files, rows for sheets. */
  total: number;
  /**
   * Calls `fn` for each non-blank data row after the header; `fn` returns false to stop.
   * `onProgress` gets (done, total) every so often.
   */
  forEachRow(fn: (cells: Cell[], row: number) => boolean | void, onProgress?: (done: number) => void): void;
}

/** Column headers as the mapping names them: trimmed, blanks named by position, no duplicates. */
export function normaliseHeaders(file: string, raw: readonly Cell[], headerRow: number): string[] {
  const headers = raw.map((h, i) => {
    const text = h === null || h === undefined ? '' : h instanceof Date ? h.toISOString().slice(0, 10) : String(h).trim();
    return text === '' ? `(column ${i + 1})` : text.replace(/\s+/g, ' ');
  });
  // Trailing unnamed columns are usually stray delimiters: drop them.
  while (headers.length > 0 && headers[headers.length - 1] === `(column ${headers.length})`) headers.pop();
  if (headers.length === 0) {
    throw badFile({ file, row: headerRow }, 'the header row is empty: the first row must name the columns', 'no-header');
  }
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    const first = seen.get(h);
    if (first !== undefined) {
      throw badFile(
        { file, row: headerRow, column: h },
        `columns ${first + 1} and ${i + 1} are both named "${h}": rename one so the mapping can tell them apart`,
        'duplicate-header',
      );
    }
    seen.set(h, i);
  });
  return headers;
}

/** Refuses a table with a header but no data: there is nothing to import. */
export function requireDataRow(source: TableSource): void {
  let any = false;
  source.forEachRow(() => {
    any = true;
    return false;
  });
  if (!any) {
    throw badFile(
      { file: source.file, row: source.headerRow + 1 },
      'the file has a header row but no data rows',
      'header-only',
    );
  }
}
