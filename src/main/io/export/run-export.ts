// Running an export: build the table, write it to a temporary file beside the target and
// rename it into place, so a failed or interrupted export never leaves half a file under the
// name the user chose. Identified exports are recorded in the audit log, since they take
// people's names and client ids out of the engagement.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { CsvDelimiter, ExportFormat, ExportResult } from '../../../shared/export-types';
import { AppError } from '../../../shared/result';
import { audit } from '../../db/repos/audit';
import { getMeta, getSettings } from '../../db/repos/engagement';
import type { WritableDB } from '../../db/types';
import { writeCsv } from './csv-writer';
import { tableSpec } from './registry';
import { writeXlsx } from './xlsx-writer';

export interface ExportRequest {
  what: string;
  format: ExportFormat;
  /** False by default: people appear by pseudonym only. */
  identified?: boolean;
  delimiter?: CsvDelimiter;
}

export type ExportProgress = (done: number, total: number) => void;

export const mimeTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file name from the engagement name and table: letters, digits and dashes only. */
export function exportFileName(engagement: string, what: string, format: ExportFormat, identified: boolean): string {
  const slug = engagement
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${slug || 'engagement'}-${what}${identified ? '-identified' : ''}.${format}`;
}

interface Written {
  rows: number;
  columns: number;
  sheets: number;
  /** The table holds data about people (an identified export of it is audited). */
  personal: boolean;
}

async function writeTo(db: WritableDB, req: ExportRequest, file: string, onProgress?: ExportProgress): Promise<Written> {
  const spec = tableSpec(req.what);
  const table = spec.build(db, { identified: req.identified === true, settings: getSettings(db) });
  const onRows = (n: number) => onProgress?.(n, Math.max(n, table.count));
  if (req.format === 'csv') {
    const fd = fs.openSync(file, 'w');
    try {
      const { rows } = await writeCsv(table, { write: (chunk) => void fs.writeSync(fd, chunk) }, { delimiter: req.delimiter ?? ',' }, onRows);
      fs.fsyncSync(fd);
      return { rows, columns: table.columns.length, sheets: 1, personal: spec.personal };
    } finally {
      fs.closeSync(fd);
    }
  }
  const stream = fs.createWriteStream(file);
  const done = finished(stream);
  const { rows, sheets } = await writeXlsx(table, stream, { onRows });
  await done;
  return { rows, columns: table.columns.length, sheets, personal: spec.personal };
}

function record(db: WritableDB, req: ExportRequest, where: string, written: Written): void {
  // Identified matters only where there are people: organisation tables are the same either way.
  if (!req.identified || !written.personal) return;
  audit(db, {
    action: 'create',
    entity: 'export',
    entityId: req.what,
    summary: `Identified export of ${req.what} (${written.rows} rows, ${req.format.toUpperCase()}) written to ${where}`,
    after: { what: req.what, format: req.format, identified: true, rows: written.rows, destination: where },
  });
}

/** Writes the export to `target` (an absolute path the host chose), atomically. */
export async function exportToFile(db: WritableDB, req: ExportRequest, target: string, onProgress?: ExportProgress): Promise<ExportResult> {
  const dir = path.dirname(target);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('not-found', `The folder ${dir} does not exist; choose where to save the export again.`, { path: target });
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let written: Written;
  try {
    written = await writeTo(db, req, tmp, onProgress);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('io', `The export could not be written to ${target}: ${(e as Error).message}`, { path: target });
  }
  record(db, req, target, written);
  return {
    what: req.what,
    format: req.format,
    identified: req.identified === true,
    rows: written.rows,
    columns: written.columns,
    sheets: written.sheets,
    bytes: fs.statSync(target).size,
    fileName: path.basename(target),
    mimeType: mimeTypes[req.format],
    path: target,
    base64: null,
  };
}

/** The export as bytes for a browser download, refused beyond `maxBytes`. */
export async function exportToBytes(db: WritableDB, req: ExportRequest, maxBytes: number, onProgress?: ExportProgress): Promise<ExportResult & { data: Buffer }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillshift-export-'));
  try {
    const fileName = exportFileName(getMeta(db).name, req.what, req.format, req.identified === true);
    const file = path.join(dir, fileName);
    const written = await writeTo(db, req, file, onProgress);
    const size = fs.statSync(file).size;
    if (size > maxBytes) {
      throw new AppError(
        'unsupported',
        `This export is ${(size / 1048576).toFixed(1)} MB, more than the ${(maxBytes / 1048576).toFixed(0)} MB a browser download can carry. Use the desktop app or the command line (npm run cli -- export).`,
        { bytes: size, maxBytes },
      );
    }
    const data = fs.readFileSync(file);
    record(db, req, `a browser download (${fileName})`, written);
    return {
      what: req.what,
      format: req.format,
      identified: req.identified === true,
      rows: written.rows,
      columns: written.columns,
      sheets: written.sheets,
      bytes: size,
      fileName,
      mimeType: mimeTypes[req.format],
      path: null,
      base64: null,
      data,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
