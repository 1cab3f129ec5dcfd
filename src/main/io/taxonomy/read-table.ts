// Reading the publishers' files as plain tables: CSV (quoted fields with line breaks, as
// ESCO writes them), tab-separated text (the O*NET text release, which never quotes) and XLSX
// sheets (through the client-data importer's capped reader).
// Problems with the file itself (missing, unreadable, not a table) are `bad-file`/`not-found`
// errors; problems with rows are left to the caller, which knows what a good row is.
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { defaultLimits } from '../import/limits';
import type { Cell } from '../import/table-source';
import { XlsxWorkbook } from '../import/xlsx-source';

export type RawCell = string | number | null;

export interface Table {
  file: string;
  header: string[];
  /** Data rows; `row` is the spreadsheet row number (the header is row 1). */
  rows: { row: number; values: RawCell[] }[];
}

/**
 * The publishers' files are small (O*NET Skills: 61,000 rows, 3 MB; ESCO occupations: 3 MB).
 * Limits far above them stop a wrong or hostile file (a zip bomb posing as XLSX) from
 * exhausting memory before it is recognised as not a taxonomy file.
 */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;
export const MAX_ROWS = 2_000_000;

export function assertReadableFile(file: string, what: string): fs.Stats {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new AppError('not-found', `${what} not found: ${file}`, { file });
  }
  if (!st.isFile()) throw new AppError('bad-file', `${what} is not a file: ${file}`, { file });
  return st;
}

const tooLarge = (file: string, what: string, limit: string) =>
  new AppError('bad-file', `${path.basename(file)} is too large to be ${what} (more than ${limit}).`, { file });

function readText(file: string, what: string): string {
  if (assertReadableFile(file, what).size > MAX_TEXT_BYTES) throw tooLarge(file, what, `${MAX_TEXT_BYTES / 1048576} MB`);
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

/** A cell of the import readers as plain text or number: dates as ISO dates, booleans as TRUE/FALSE. */
function plain(v: Cell): RawCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

export interface XlsxReadOptions {
  /** The sheet to read: its name, or the first sheet when omitted. */
  sheet?: string;
  /** Called every few thousand rows, for progress. */
  onRows?: (rowsRead: number) => void;
}

/**
 * One sheet of an XLSX workbook as a table, header in row 1. Read with the client-data
 * importer's capped zip reader (io/import), so a zip bomb or an oversized sheet posing as a
 * taxonomy file is refused with a typed error instead of exhausting memory.
 */
export async function readXlsx(file: string, what: string, options: XlsxReadOptions = {}): Promise<Table> {
  assertReadableFile(file, what);
  const name = path.basename(file);
  const rows: Table['rows'] = [];
  let header: string[];
  try {
    const workbook = new XlsxWorkbook(file, name, { ...defaultLimits, maxRows: MAX_ROWS });
    if (options.sheet !== undefined && !workbook.sheetNames.includes(options.sheet)) {
      throw new AppError('bad-file', `${name} has no sheet named "${options.sheet}" (${what}); it has: ${workbook.sheetNames.join(', ')}.`, {
        file,
        sheets: workbook.sheetNames,
      });
    }
    const source = workbook.open(options.sheet, 1);
    header = source.headers;
    source.forEachRow((cells, row) => {
      rows.push({ row, values: cells.map(plain) });
      if (options.onRows && rows.length % 5000 === 0) options.onRows(rows.length);
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('bad-file', `${name} cannot be read as an XLSX workbook (${what}): ${(e as Error).message}`, { file });
  }
  return { file, header, rows };
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
