// Output shared by `gaps` and `fit`: aligned text tables for people, and --json as one JSON
// object `{ "meta": {...}, "rows": [...] }` with one row per line, so `head`, `grep` and
// line-based diffs work on it while `JSON.parse` / `jq` read it whole.
import type { CliIo } from '../io';

export interface TableColumn<R> {
  header: string;
  cell(row: R): string;
  /** Numbers align right. */
  right?: boolean;
}

/** Columns padded to their widest cell, two spaces apart, header underlined. */
export function printTable<R>(io: CliIo, columns: TableColumn<R>[], rows: R[]): void {
  const cells = rows.map((r) => columns.map((c) => c.cell(r)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  io.out(line(columns.map((c) => c.header)));
  io.out(line(widths.map((w) => '-'.repeat(w))));
  for (const row of cells) io.out(line(row));
}

export function printJson(io: CliIo, meta: object, rows: object[]): void {
  if (rows.length === 0) {
    io.out(`{"meta":${JSON.stringify(meta)},"rows":[]}`);
    return;
  }
  io.out(`{"meta":${JSON.stringify(meta)},"rows":[`);
  rows.forEach((r, i) => io.out(`${JSON.stringify(r)}${i < rows.length - 1 ? ',' : ''}`));
  io.out(']}');
}

// Human formatting: fixed English number style so scripts that scrape the table see one format.
export const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
export const dec = (x: number | null, digits = 2): string => (x === null ? '-' : x.toFixed(digits));
export const int = (x: number | null): string => (x === null ? '-' : Math.round(x).toLocaleString('en'));
