// The official reference files the demo's codes must exist in (read-only, ../shared/data).
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { REFERENCE_DATA } from '../../helpers/reference-data';

export const DATA = REFERENCE_DATA;

/** O*NET-SOC codes and skill element ids that have ratings in O*NET 29.2 Skills.xlsx. */
export async function readOnetSkills(): Promise<{ codes: Map<string, string>; elements: Map<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(DATA, 'onet-29.2', 'Skills.xlsx'));
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 1) throw new Error(`Skills.xlsx has no column ${name}`);
    return i;
  };
  const [code, title, elementId, elementName] = ['O*NET-SOC Code', 'Title', 'Element ID', 'Element Name'].map(col);
  const codes = new Map<string, string>();
  const elements = new Map<string, string>();
  ws.eachRow((row, i) => {
    if (i === 1) return;
    codes.set(row.getCell(code).text, row.getCell(title).text);
    elements.set(row.getCell(elementId).text, row.getCell(elementName).text);
  });
  return { codes, elements };
}

/** Concept URIs of the ESCO v1.2.0 digital and transversal skill collections. */
export function readEscoSkillUris(): Set<string> {
  const uris = new Set<string>();
  for (const file of ['digitalSkillsCollection_en.csv', 'transversalSkillsCollection_en.csv']) {
    const text = fs.readFileSync(path.join(DATA, 'esco-1.2.0', file), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    for (const row of parsed.data) if (row.conceptUri) uris.add(row.conceptUri);
  }
  return uris;
}
