// Reading the publishers' files as plain tables: CSV (quoted fields with line breaks, as
// ESCO writes them), tab-separated text (the O*NET text release, which never quotes) and XLSX
// sheets (streamed, so the 60,000-row O*NET Skills sheet is not held twice in memory).
// Problems with the file itself (missing, unreadable, not a table) are `bad-file`/`not-found`
// errors; problems with rows are left to the caller, which knows what a good row is.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';

export type RawCell = string | number | null;

export interface Table {
  file: string;
  header: string[];
  /** Data rows; `row` is the spreadsheet row number (the header is row 1). */
  rows: { row: number; values: RawCell[] }[];
}

export function assertReadableFile(file: string, what: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new AppError('not-found', `${what} not found: ${file}`, { file });
  }
  if (!st.isFile()) throw new AppError('bad-file', `${what} is not a file: ${file}`, { file });
}

function readText(file: string, what: string): string {
  assertReadableFile(file, what);
  const buf = fs.readFileSync(file);
  if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new AppError('bad-file', `${path.basename(file)} is a zip/XLSX file, not text; ${what} must be CSV or tab-separated text.`, { file });
  }
  const text = buf.toString('utf8');
  if (text.includes('\u0000')) {
    throw new AppError('bad-file', `${path.basename(file)} is binary, not a text table (${what}).`, { file });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const clean = (s: string): string => s.trim();

/** A CSV file with a header row; quoted fields may span lines (RFC 4180). */
export function readCsv(file: string, what: string): Table {
  const text = readText(file, what);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', delimiter: ',' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new AppError('bad-file', `${path.basename(file)} is not a well-formed CSV file: ${fatal.message} (record ${fatal.row}).`, { file });
  }
  const [header, ...data] = parsed.data;
  if (!header) throw new AppError('bad-file', `${path.basename(file)} is empty (${what}).`, { file });
  return {
    file,
    header: header.map(clean),
    rows: data.map((values, i) => ({ row: i + 2, values: values.map((v) => (v === '' ? null : v)) })),
  };
}

/** The O*NET text release: tab-separated, one record per line, no quoting. */
export function readTsv(file: string, what: string): Table {
  const text = readText(file, what);
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map(clean);
  if (header.length < 2) throw new AppError('bad-file', `${path.basename(file)} is not tab-separated (${what}).`, { file });
  const rows: Table['rows'] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    rows.push({ row: i + 1, values: lines[i].split('\t').map((v) => (v === '' ? null : v)) });
  }
  return { file, header, rows };
}

/** Plain value of an exceljs cell: rich text, hyperlinks and formulas reduced to what they show. */
export function cellValue(v: unknown): RawCell {
  if (v == null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellValue(o.result);
    if (o.text !== undefined) return cellValue(o.text);
    if (o.error) return null;
  }
  return String(v);
}

export interface XlsxReadOptions {
  /** The sheet to read: its name, or the first sheet when omitted. */
  sheet?: string;
  /** Called every few thousand rows, for progress. */
  onRows?: (rowsRead: number) => void;
}

/** Streams one sheet of an XLSX workbook into a table; the first non-empty row is the header. */
export async function readXlsx(file: string, what: string, options: XlsxReadOptions = {}): Promise<Table> {
  assertReadableFile(file, what);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const seen: string[] = [];
  let table: Table | null = null;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name ?? '';
      seen.push(name);
      const wanted = options.sheet === undefined ? table === null : name === options.sheet;
      if (!wanted) {
        // Sheets must be drained before the reader moves on.
        for await (const _row of sheet) void _row;
        continue;
      }
      table = { file, header: [], rows: [] };
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1).map(cellValue);
        if (table.header.length === 0) {
          if (values.every((v) => v === null)) continue;
          table.header = values.map((v) => (v === null ? '' : clean(String(v))));
          continue;
        }
        table.rows.push({ row: row.number, values });
        if (options.onRows && table.rows.length % 5000 === 0) options.onRows(table.rows.length);
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('bad-file', `${path.basename(file)} cannot be read as an XLSX workbook (${what}): ${(e as Error).message}`, { file });
  }
  if (!table) {
    throw new AppError('bad-file', `${path.basename(file)} has no sheet named "${options.sheet}" (${what}); it has: ${seen.join(', ') || 'no sheets'}.`, {
      file,
      sheets: seen,
    });
  }
  return table;
}

/**
 * Column positions by header name; a missing required column makes the file unusable.
 * Names compare case- and space-insensitively, since publishers are not consistent.
 */
export function columnIndex<K extends string>(table: Table, columns: Record<K, string>, what: string): Record<K, number> {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const header = table.header.map(norm);
  const out = {} as Record<K, number>;
  const missing: string[] = [];
  for (const [key, name] of Object.entries(columns) as [K, string][]) {
    const i = header.indexOf(norm(name));
    if (i < 0) missing.push(name);
    out[key] = i;
  }
  if (missing.length > 0) {
    throw new AppError(
      'bad-file',
      `${path.basename(table.file)} is not ${what}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (found: ${table.header.join(', ')}).`,
      { file: table.file, missing, found: table.header },
    );
  }
  return out;
}

export const textOf = (v: RawCell | undefined): string | null => {
  if (v == null) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
};

export const numOf = (v: RawCell | undefined): number | null => {
  if (v == null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = v.trim();
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};
