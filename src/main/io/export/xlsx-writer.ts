// XLSX through exceljs's streaming writer (rows are committed as they come, so a large table is
// not built in memory): numbers as numbers, dates as real dates (yyyy-mm-dd), booleans as
// booleans, a bold header row frozen in place, column widths sized to the content of the first
// page. A sheet holds at most 1,048,576 rows, so longer tables continue on "Title (2)", ...
//
// XLSX is XML: it cannot carry control characters other than tab and line breaks (exceljs drops
// them), and XML reading turns a carriage return into a line feed. Text is otherwise written as is,
// neutralised like CSV so a cell edited in Excel cannot turn into a formula either. Cells are
// capped at Excel's 32,767 characters.
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { writtenCell, type Written } from './cells';
import { tick } from './csv-writer';
import type { Cell, ExportColumn, ExportTable } from './table';

export const MAX_SHEET_ROWS = 1_048_576;
const MAX_CELL_CHARS = 32_767;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function xlsxValue(w: Written): ExcelJS.CellValue {
  switch (w.kind) {
    case 'empty':
      return null;
    case 'number':
    case 'boolean':
      return w.value;
    case 'date':
      return w.date;
    case 'text':
      return w.value.length > MAX_CELL_CHARS ? w.value.slice(0, MAX_CELL_CHARS) : w.value;
  }
}

function displayLength(w: Written): number {
  if (w.kind === 'date') return 10;
  if (w.kind === 'empty') return 0;
  const s = String(w.value);
  // The longest line decides the width of a multi-line cell.
  return Math.max(...s.split('\n').map((l) => l.length));
}

export function columnWidths(columns: ExportColumn[], sample: Cell[][]): number[] {
  return columns.map((c, i) => {
    let longest = c.header.length;
    for (const row of sample) longest = Math.max(longest, displayLength(writtenCell(c, row[i])));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(title: string, part: number): string {
  const base = title.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 25) || 'Export';
  return part === 1 ? base : `${base} (${part})`;
}

/** Sheet XML the zip may hold unread before the writer waits for it. */
const ZIP_BACKLOG_BYTES = 4 * 1024 * 1024;

interface QueuedStream {
  _writableState?: { length: number };
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * exceljs 4.4's streaming writer pushes each sheet's XML into the zip without backpressure: when
 * rows come faster than zlib compresses them, the sheet piles up in memory (about 1 GB for 2.5
 * million rows). Between pages, wait until the zip has read what is queued. The queue is an
 * exceljs internal (the sheet's StreamBuf pipes into archiver's PassThrough); should a later
 * version change it, this finds nothing and only the memory saving is lost.
 */
async function waitForZip(sheet: ExcelJS.Worksheet | null, output: Writable): Promise<void> {
  const queue = (sheet as unknown as { stream?: { pipes?: QueuedStream[] } } | null)?.stream?.pipes?.[0];
  if (!queue?._writableState || queue._writableState.length <= ZIP_BACKLOG_BYTES) return;
  // Also stop waiting if the output fails or closes (a full disk): its error then surfaces.
  const stop = new AbortController();
  try {
    await Promise.race([
      once(queue as unknown as NodeJS.EventEmitter, 'drain', { signal: stop.signal }),
      once(output, 'close', { signal: stop.signal }),
    ]);
  } finally {
    stop.abort();
  }
}

export interface XlsxOptions {
  /** Rows per sheet including the header; Excel's limit unless a test wants a smaller one. */
  maxSheetRows?: number;
  onRows?: (rows: number) => void;
}

export async function writeXlsx(table: ExportTable, stream: Writable, options: XlsxOptions = {}): Promise<{ rows: number; sheets: number }> {
  const maxSheetRows = options.maxSheetRows ?? MAX_SHEET_ROWS;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Skillshift';
  let sheet: ExcelJS.Worksheet | null = null;
  let sheets = 0;
  let rowsInSheet = 0;
  let widths: number[] | null = null;

  const openSheet = () => {
    sheet?.commit();
    sheets++;
    sheet = workbook.addWorksheet(sheetName(table.title, sheets), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((_, i) => ({ width: widths![i] }));
    const header = sheet.addRow(table.columns.map((c) => xlsxValue(writtenCell({ header: c.header, type: 'text' }, c.header))));
    header.font = { bold: true };
    header.commit();
    rowsInSheet = 1;
  };

  let rows = 0;
  for (const page of table.pages()) {
    if (!widths) {
      widths = columnWidths(table.columns, page.slice(0, 500));
      openSheet();
    }
    for (const values of page) {
      if (rowsInSheet >= maxSheetRows) openSheet();
      const row = sheet!.addRow(table.columns.map((c, i) => xlsxValue(writtenCell(c, values[i]))));
      table.columns.forEach((c, i) => {
        if (c.type === 'date') row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
      });
      row.commit();
      rowsInSheet++;
    }
    rows += page.length;
    options.onRows?.(rows);
    await tick();
    await waitForZip(sheet, stream);
  }
  if (!widths) {
    widths = columnWidths(table.columns, []);
    openSheet(); // an empty table still gets its header row
  }
  (sheet as ExcelJS.Worksheet | null)?.commit();
  await workbook.commit();
  return { rows, sheets };
}
