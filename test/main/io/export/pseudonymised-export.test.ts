// Privacy of exports: with random people (names and client ids in any script, formula triggers
// included), no client id or name appears in a pseudonymised export of any table (the raw bytes
// of the CSV, every cell value of the XLSX), while an identified export has them and is
// recorded in the audit log.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { exportTableNames } from '../../../../src/main/io/export/registry';
import { exportToFile } from '../../../../src/main/io/export/run-export';
import type { WritableDB } from '../../../../src/main/db/types';
import { tempDir } from '../../../helpers/engagement';
import { engagementWithPeople, type Person } from './fixture';

/** Identifiers long and odd enough that finding one in an export cannot be a coincidence. */
const identifier = (tag: string) =>
  fc
    .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), fc.stringMatching(/^[A-Za-z0-9]{6,10}$/), fc.constantFrom('', '=', '-', '@'))
    .map(([free, core, trigger]) => `${trigger}${tag}${core}${free}`.trim());

const people = fc.uniqueArray(
  fc.record({
    clientId: identifier('ID§'),
    name: identifier('Nm¤'),
    salary: fc.integer({ min: 0, max: 300_000 }),
    hireDate: fc.option(fc.constantFrom('2001-02-03', '2019-12-31'), { nil: null }),
  }),
  { minLength: 1, maxLength: 12, selector: (p: Person) => p.clientId },
);

async function xlsxStrings(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.text ?? cell.value)))));
  return out;
}

async function exportAll(db: WritableDB, dir: string, identified: boolean) {
  const files: { what: string; csv: string; xlsx: string }[] = [];
  for (const what of exportTableNames()) {
    const csv = path.join(dir, `${what}${identified ? '-id' : ''}.csv`);
    const xlsx = path.join(dir, `${what}${identified ? '-id' : ''}.xlsx`);
    await exportToFile(db, { what, format: 'csv', identified }, csv);
    await exportToFile(db, { what, format: 'xlsx', identified }, xlsx);
    files.push({ what, csv, xlsx });
  }
  return files;
}

describe('pseudonymised exports', () => {
  it('never contain a client id or a name, in any table, CSV bytes or XLSX cells', async () => {
    await fc.assert(
      fc.asyncProperty(people, async (ps) => {
        const ids = ps.filter((p) => p.clientId.trim() !== '');
        const unique = ids.filter((p, i) => ids.findIndex((q) => q.clientId.trim() === p.clientId.trim()) === i);
        const db = engagementWithPeople(unique);
        const dir = tempDir('export-privacy-');
        const secrets = unique.flatMap((p) => [p.clientId, p.name]);
        for (const f of await exportAll(db, dir, false)) {
          const bytes = fs.readFileSync(f.csv);
          for (const s of secrets) expect(bytes.includes(Buffer.from(s, 'utf8')), `${f.what}.csv holds ${s}`).toBe(false);
          const cells = await xlsxStrings(f.xlsx);
          for (const s of secrets) expect(cells.some((c) => c.includes(s)), `${f.what}.xlsx holds ${s}`).toBe(false);
        }
        fs.rmSync(dir, { recursive: true, force: true });
        db.close();
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('identified exports hold names and client ids, and are recorded in the audit log', async () => {
    const ps: Person[] = [
      { clientId: 'E-100', name: 'Ana Souza', salary: 41000, hireDate: '2018-04-01' },
      { clientId: '=E-101', name: '+Bob', salary: 52000, hireDate: null },
    ];
    const db = engagementWithPeople(ps);
    const dir = tempDir('export-identified-');
    const file = path.join(dir, 'people.csv');
    const result = await exportToFile(db, { what: 'employees', format: 'csv', identified: true }, file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('Ana Souza');
    expect(text).toContain("'=E-101"); // neutralised, still there
    expect(text).toContain("'+Bob");
    expect(result).toMatchObject({ identified: true, rows: 2, path: file });
    const audit = db.prepare(`SELECT entity, entity_id AS id, summary FROM audit_log WHERE entity = 'export'`).all();
    expect(audit).toEqual([{ entity: 'export', id: 'employees', summary: expect.stringContaining('Identified export of employees') }]);
    // Pseudonymised exports, and tables without people, leave no audit entry.
    await exportToFile(db, { what: 'employees', format: 'csv' }, path.join(dir, 'pseudo.csv'));
    await exportToFile(db, { what: 'roles', format: 'csv', identified: true }, path.join(dir, 'roles.csv'));
    expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'export'`).get()).toEqual({ n: 1 });
  });
});
