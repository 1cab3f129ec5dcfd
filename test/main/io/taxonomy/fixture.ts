// Shared by the taxonomy tests: where the real reference files are, reading them independently
// of the importers (the tests' oracle), and an engagement with roles of the given codes.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import type { WritableDB } from '../../../../src/main/db/types';
import { memoryEngagement } from '../../../helpers/engagement';
import { REFERENCE_DATA } from '../../../helpers/reference-data';

export const DATA = REFERENCE_DATA;
export const ONET = path.join(DATA, 'onet-29.2');
export const ESCO = path.join(DATA, 'esco-1.2.0');
export const EXPOSURE = path.join(DATA, 'exposure');
export const CROSSWALK = path.join(EXPOSURE, 'crosswalk_soc2010_to_soc2018.csv');

export function csvRecords(file: string): Record<string, string>[] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** Every row of the first (or named) sheet as objects keyed by the header row (streamed: fast). */
export async function xlsxRecords(file: string, sheet?: string): Promise<Record<string, unknown>[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', worksheets: 'emit' });
  const out: Record<string, unknown>[] = [];
  let first = true;
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    const wanted = sheet ? name === sheet : first;
    first = false;
    let header: string[] | null = null;
    for await (const row of ws) {
      if (!wanted) continue;
      const values = (row.values as unknown[]).slice(1);
      if (!header) header = values.map(String);
      else out.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
    }
  }
  return out;
}

export interface RoleSpec {
  title: string;
  code: string | null;
  system?: 'onet-soc' | 'soc' | 'isco' | null;
}

/** An in-memory engagement holding one role per spec; returns the role ids by title. */
export function engagementWithRoles(roles: RoleSpec[]): { db: WritableDB; ids: Record<string, number> } {
  const db = memoryEngagement();
  const insert = db.prepare(`INSERT INTO roles (title, family, occupation_code, occupation_system) VALUES (?, 'Test', ?, ?)`);
  const ids: Record<string, number> = {};
  for (const r of roles) ids[r.title] = Number(insert.run(r.title, r.code, r.system ?? null).lastInsertRowid);
  return { db, ids };
}
