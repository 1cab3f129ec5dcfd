// CSV (and other delimited text) as a TableSource: encoding and delimiter detected, read in
// chunks so a file of millions of rows never sits in memory whole.
import fs from 'node:fs';
import type { StagedImport } from '../../../shared/import-types';
import { CsvParser, isBlankRow } from './csv-parser';
import { badFile, type ImportLimits } from './limits';
import { normaliseHeaders, type Cell, type TableSource } from './table-source';
import { bomLength, readText, type TextEncoding } from './text-decode';

export type Delimiter = NonNullable<StagedImport['delimiter']>;
const CANDIDATES: Delimiter[] = [',', ';', '\t', '|'];

/** Picks the delimiter that splits the first records into the most consistent number of columns. */
export function detectDelimiter(sample: string, limits: ImportLimits): Delimiter {
  let best: { d: Delimiter; consistency: number; columns: number } | null = null;
  for (const d of CANDIDATES) {
    const counts: number[] = [];
    const parser = new CsvParser('sample', d, { ...limits, maxRowChars: Infinity, maxFieldChars: Infinity }, (f) => {
      if (!isBlankRow(f)) counts.push(f.length);
      return counts.length < 50;
    });
    try {
      parser.push(sample);
      if (counts.length === 0) parser.end();
    } catch {
      continue; // e.g. an unclosed quote with this delimiter
    }
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [columns, f] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (columns < 2) continue;
    const consistency = Math.round((f / counts.length) * 20) / 20;
    if (!best || consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      best = { d, consistency, columns };
    }
  }
  return best?.d ?? ',';
}

/** The first `bytes` of the file as text, for detection. */
export function textSample(path: string, encoding: TextEncoding, bytes = 65536): string {
  let sample = '';
  readText(path, encoding, bomLength(path, encoding), (text) => {
    sample += text;
    return sample.length < bytes;
  }, bytes);
  return sample;
}

export interface CsvSourceOptions {
  path: string;
  file: string;
  encoding: TextEncoding;
  delimiter: Delimiter;
  headerRow: number;
  limits: ImportLimits;
}

export function openCsvSource(o: CsvSourceOptions): TableSource {
  const total = fs.statSync(o.path).size;
  const skip = bomLength(o.path, o.encoding);

  // Walks every record; the header row and the ones above it are handed to `onHeader`.
  const walk = (
    onHeader: (fields: string[]) => void,
    onData: ((cells: Cell[], row: number) => boolean | void) | null,
    onProgress?: (done: number) => void,
    headers?: string[],
  ): void => {
    let stop = false;
    const parser = new CsvParser(o.file, o.delimiter, o.limits, (fields, row) => {
      if (row < o.headerRow) return true;
      if (row === o.headerRow) {
        onHeader(fields);
        stop = !onData;
        return !stop;
      }
      if (isBlankRow(fields)) return true;
      stop = onData!(fields, row) === false;
      return !stop;
    }, headers ? (i) => headers[i] ?? `(column ${i + 1})` : undefined);
    let lastReport = 0;
    readText(o.path, o.encoding, skip, (text, bytes) => {
      parser.push(text);
      if (onProgress && bytes - lastReport >= 1 << 22) {
        lastReport = bytes;
        onProgress(bytes);
      }
      return !stop;
    });
    if (!stop) parser.end();
  };

  let headers: string[] | null = null;
  walk((fields) => {
    headers = normaliseHeaders(o.file, fields, o.headerRow);
  }, null);
  if (!headers) {
    throw total === 0
      ? badFile({ file: o.file }, 'the file is empty', 'empty')
      : badFile({ file: o.file, row: o.headerRow }, `the file has fewer than ${o.headerRow} rows, so there is no header row`, 'no-header');
  }
  const hs: string[] = headers;
  return {
    file: o.file,
    headers: hs,
    headerRow: o.headerRow,
    total,
    forEachRow(fn, onProgress) {
      walk(() => {}, fn, onProgress, hs);
      onProgress?.(total);
    },
  };
}
