// Opening a staged file as a table: XLSX by its zip signature, anything else as delimited text.
// Detection runs once when a file is staged; the user can override encoding, delimiter and sheet.
import type { ImportOptions, StagedImport } from '../../../shared/import-types';
import { detectDelimiter, openCsvSource, textSample } from './csv-source';
import { badFile, defaultLimits, type ImportLimits } from './limits';
import type { TableSource } from './table-source';
import { detectEncoding } from './text-decode';
import { XlsxWorkbook } from './xlsx-source';
import { looksLikeZip } from './zip';
import fs from 'node:fs';

export type Detected = Omit<StagedImport, 'stagingId' | 'fileName' | 'sizeBytes'>;

/** What the file is: format, encoding (with the reason), delimiter, sheets. */
export function detectSource(path: string, fileName: string, limits: ImportLimits = defaultLimits): Detected {
  const size = fs.statSync(path).size;
  if (size === 0) throw badFile({ file: fileName }, 'the file is empty', 'empty');
  if (looksLikeZip(path)) {
    const wb = new XlsxWorkbook(path, fileName, limits);
    return { format: 'xlsx', encoding: null, encodingNote: null, delimiter: null, sheets: wb.sheets() };
  }
  const enc = detectEncoding(path, fileName);
  const sample = textSample(path, enc.encoding);
  if (sample.trim() === '') throw badFile({ file: fileName }, 'the file has no text in it (only blank lines or spaces)', 'empty');
  return {
    format: 'csv',
    encoding: enc.encoding,
    encodingNote: enc.note,
    delimiter: detectDelimiter(sample, limits),
    sheets: [],
  };
}

export interface SourceSpec extends Detected {
  path: string;
  fileName: string;
}

export function openTable(spec: SourceSpec, options: ImportOptions, limits: ImportLimits = defaultLimits): TableSource {
  const headerRow = options.headerRow ?? 1;
  if (spec.format === 'xlsx') {
    return new XlsxWorkbook(spec.path, spec.fileName, limits).open(options.sheet, headerRow);
  }
  return openCsvSource({
    path: spec.path,
    file: spec.fileName,
    encoding: options.encoding ?? spec.encoding ?? 'utf-8',
    delimiter: options.delimiter ?? spec.delimiter ?? ',',
    headerRow,
    limits,
  });
}
