// CSV as Excel and RFC 4180 both read it: UTF-8 with a byte-order mark (without it Excel reads
// UTF-8 as the local code page and breaks every accented name), CRLF record ends, fields quoted
// when they hold the delimiter, a quote, CR or LF, with quotes doubled. Numbers are written
// bare in JavaScript's shortest round-trip form (-5, 0.1, 1e-7) and always with a dot: a
// semicolon delimiter is offered for decimal-comma locales, but numbers are never localised.
import type { CsvDelimiter } from '../../../shared/export-types';
import { writtenCell, type Written } from './cells';
import type { ExportTable } from './table';

export interface ByteSink {
  write(chunk: Buffer): void;
}

export interface CsvOptions {
  delimiter: CsvDelimiter;
  /** Default true: Excel needs it to read UTF-8. */
  bom?: boolean;
}

export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function csvField(w: Written, delimiter: string): string {
  switch (w.kind) {
    case 'empty':
      return '';
    case 'number':
      return String(w.value);
    case 'boolean':
      return w.value ? 'TRUE' : 'FALSE';
    case 'date':
      return w.iso;
    case 'text': {
      const s = w.value;
      const needsQuotes = s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r');
      return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
    }
  }
}

/** Lets queued I/O and other API calls run between pages of a long export. */
export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function writeCsv(
  table: ExportTable,
  sink: ByteSink,
  options: CsvOptions,
  onRows?: (rows: number) => void,
): Promise<{ rows: number }> {
  const { delimiter } = options;
  if (options.bom !== false) sink.write(UTF8_BOM);
  const header = table.columns.map((c) => csvField(writtenCell({ header: c.header, type: 'text' }, c.header), delimiter));
  sink.write(Buffer.from(`${header.join(delimiter)}\r\n`, 'utf8'));
  let rows = 0;
  for (const page of table.pages()) {
    let chunk = '';
    for (const row of page) {
      chunk += table.columns.map((c, i) => csvField(writtenCell(c, row[i]), delimiter)).join(delimiter);
      chunk += '\r\n';
    }
    sink.write(Buffer.from(chunk, 'utf8'));
    rows += page.length;
    onRows?.(rows);
    await tick();
  }
  return { rows };
}
