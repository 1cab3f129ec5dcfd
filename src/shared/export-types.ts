// Output types of the export methods. Inputs are zod schemas in contract.ts.

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** CSV field separators offered: comma (default), semicolon (locales with a decimal comma), tab, pipe. */
export const csvDelimiters = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/** Largest export returned as bytes to a browser page (base64 in a JSON response). */
export const MAX_DOWNLOAD_BYTES = 25 * 1024 * 1024;

export interface ExportTableInfo {
  name: string;
  label: string;
  description: string;
  /** Holds data about people: pseudonymised unless the export is identified. */
  personal: boolean;
  kind: 'data' | 'analysis';
}

export interface ExportResult {
  what: string;
  format: ExportFormat;
  identified: boolean;
  rows: number;
  columns: number;
  /** XLSX sheets written: more than one when the rows exceed a sheet's 1,048,575. */
  sheets: number;
  bytes: number;
  fileName: string;
  mimeType: string;
  /** Where the file was written (destination `path`), else null. */
  path: string | null;
  /** The file's bytes, base64 (destination `download`), else null. */
  base64: string | null;
}
