// Reading a transitions or moves file into rows, through the import pipeline's own table readers
// (CSV in any of its encodings and delimiters, or an XLSX sheet, with the same size caps), and
// naming cells by field for the checks.
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { detectSource, openTable, type SourceSpec } from '../import/source';
import type { Cell } from '../import/table-source';
import { matchColumns, type FieldSpec } from './columns';

export interface RawRow {
  row: number;
  cells: Cell[];
}

/** The cells of a row by field, and the header each field was read from. */
export interface Columns {
  header(field: string): string | null;
  cell(r: RawRow, field: string): Cell;
}

export interface FlowIssue {
  row: number;
  column: string | null;
  value: string;
  problem: string;
}

/** Files this size are refused: a flows table has one row per role pair or per move. */
export const MAX_FLOW_ROWS = 2_000_000;

export interface ReadTable {
  file: string;
  rows: RawRow[];
  cols: Columns;
  columns: Record<string, string | null>;
}

export function readFlowsTable(source: SourceSpec | { path: string }, sheet: string | undefined, fields: FieldSpec[], kind: string): ReadTable {
  const spec: SourceSpec = 'format' in source ? source : { ...detectSource(source.path, path.basename(source.path)), path: source.path, fileName: path.basename(source.path) };
  const table = openTable(spec, sheet ? { sheet } : {});
  const index = matchColumns(spec.fileName, table.headers, fields, kind);
  const rows: RawRow[] = [];
  table.forEachRow((cells, row) => {
    if (rows.length >= MAX_FLOW_ROWS) throw new AppError('bad-file', `${spec.fileName} has more than ${MAX_FLOW_ROWS.toLocaleString('en')} rows; split it.`);
    rows.push({ row, cells });
  });
  if (rows.length === 0) throw new AppError('bad-file', `${spec.fileName} has a header row but no data rows.`);
  const cols: Columns = {
    header: (field) => {
      const i = index.get(field);
      return i === undefined ? null : table.headers[i];
    },
    cell: (r, field) => {
      const i = index.get(field);
      return i === undefined ? null : (r.cells[i] ?? null);
    },
  };
  const columns = Object.fromEntries(fields.map((f) => [f.field, cols.header(f.field)]));
  return { file: spec.fileName, rows, cols, columns };
}
