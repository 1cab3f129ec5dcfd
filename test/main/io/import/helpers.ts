// Helpers for import tests: files written on the fly, and an import run straight through the
// core (stage-like detection, guessed or given mapping, validate or commit).
import fs from 'node:fs';
import path from 'node:path';
import type { ColumnMapping, ImportKind, ImportOptions } from '../../../../src/shared/import-types';
import type { WritableDB } from '../../../../src/main/db/types';
import { defaultLimits, type ImportLimits } from '../../../../src/main/io/import/limits';
import { runImport } from '../../../../src/main/io/import/pipeline';
import { guessMapping } from '../../../../src/main/io/import/preview';
import { detectSource, openTable, type SourceSpec } from '../../../../src/main/io/import/source';
import { tempDir } from '../../../helpers/engagement';

export function writeFile(name: string, content: string | Buffer, dir = tempDir('skillshift-import-')): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** CSV text from rows, quoting where needed, with the given delimiter and line ending. */
export function csv(rows: (string | number)[][], delimiter = ',', eol = '\n'): string {
  const q = (v: string | number) => {
    const s = String(v);
    return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(delimiter)).join(eol) + eol;
}

export function specOf(file: string, limits: ImportLimits = defaultLimits): SourceSpec {
  const fileName = path.basename(file);
  return { ...detectSource(file, fileName, limits), path: file, fileName };
}

export interface RunOptions {
  mapping?: ColumnMapping;
  options?: ImportOptions;
  skipInvalid?: boolean;
  createMissing?: boolean;
  confirmRemovals?: boolean;
  limits?: ImportLimits;
}

export function run(db: WritableDB, file: string, kind: ImportKind, mode: 'validate' | 'commit', o: RunOptions = {}) {
  const source = specOf(file, o.limits);
  const options = o.options ?? {};
  const mapping = o.mapping ?? guessMapping(db, kind, openTable(source, options, o.limits).headers, options).mapping;
  return runImport(
    db,
    {
      kind,
      source,
      options,
      mapping,
      skipInvalid: o.skipInvalid ?? false,
      createMissing: o.createMissing ?? false,
      confirmRemovals: o.confirmRemovals ?? false,
    },
    mode,
    { limits: o.limits },
  ).report;
}

export const count = (db: WritableDB, table: string): number =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

export function setPseudonymise(db: WritableDB, on: boolean): void {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'engagement'`).pluck().get() as string;
  const s = JSON.parse(row);
  s.privacy.pseudonymise = on;
  db.prepare(`UPDATE settings SET value = ? WHERE key = 'engagement'`).run(JSON.stringify(s));
}
