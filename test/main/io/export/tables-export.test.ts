// The table registry and the export runner: every table exports to both formats with its
// header and one line per record; paging reads every row of a table larger than a page; small
// groups are folded in pseudonymised roll-ups; failures leave no file; bytes are size-limited.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import { exportTableInfo, exportTableNames, tableSpec } from '../../../../src/main/io/export/registry';
import { exportFileName, exportToBytes, exportToFile } from '../../../../src/main/io/export/run-export';
import { pagedRows } from '../../../../src/main/io/export/table';
import { resolveExportPath } from '../../../../src/main/io/export/target';
import { getSettings } from '../../../../src/main/db/repos/engagement';
import { tempDir } from '../../../helpers/engagement';
import { engagementWithPeople, type Person } from './fixture';

const people: Person[] = Array.from({ length: 14 }, (_, i) => ({
  clientId: `E${1000 + i}`,
  name: `Person ${i}`,
  salary: 30000 + i * 1000,
  hireDate: i % 3 === 0 ? null : `20${10 + i}-01-15`,
}));

const csvRecords = (file: string) =>
  Papa.parse<string[]>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;

describe('exportable tables', () => {
  it('lists every table with a label and whether it holds personal data', () => {
    const info = exportTableInfo();
    expect(info.map((t) => t.name)).toEqual(exportTableNames());
    for (const name of ['employees', 'roles', 'skills', 'requirements', 'proficiencies', 'org-units', 'locations', 'programs', 'objectives']) {
      expect(exportTableNames()).toContain(name);
    }
    expect(info.find((t) => t.name === 'employees')?.personal).toBe(true);
    expect(info.find((t) => t.name === 'skills')?.personal).toBe(false);
    expect(() => tableSpec('salaries')).toThrow(expect.objectContaining({ kind: 'validation', message: expect.stringContaining('employees') }));
  });

  it('exports every table to CSV and XLSX with its header and one row per record', async () => {
    const db = engagementWithPeople(people);
    const dir = tempDir('export-tables-');
    const expectedRows: Record<string, number> = {
      employees: people.length,
      proficiencies: people.length,
      roles: 1,
      skills: 2,
      requirements: 2,
      'org-units': 2,
      locations: 1,
      programs: 1,
      objectives: 1,
      tasks: 1,
      'role-exposures': 0,
    };
    for (const what of exportTableNames()) {
      const spec = tableSpec(what);
      const columns = spec.build(db, { identified: false, settings: getSettings(db) }).columns;
      const csv = await exportToFile(db, { what, format: 'csv' }, path.join(dir, `${what}.csv`));
      const records = csvRecords(csv.path!);
      expect(records[0].length).toBe(columns.length);
      expect(records.length - 1).toBe(csv.rows);
      if (what in expectedRows) expect(csv.rows).toBe(expectedRows[what]);
      const xlsx = await exportToFile(db, { what, format: 'xlsx' }, resolveExportPath(path.join(dir, what), 'xlsx'));
      expect(xlsx.path).toBe(path.join(dir, `${what}.xlsx`));
      expect(xlsx).toMatchObject({ rows: csv.rows, columns: columns.length, sheets: 1 });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx.path!);
      expect(wb.worksheets[0].rowCount).toBe(csv.rows + 1);
    }
  });

  it('keeps types: salaries are numbers, hire dates are dates, the objective target -5 stays numeric', async () => {
    const db = engagementWithPeople(people);
    const dir = tempDir('export-types-');
    const result = await exportToFile(db, { what: 'employees', format: 'xlsx' }, path.join(dir, 'people.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(result.path!);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const salary = ws.getRow(2).getCell(header.indexOf('Salary') + 1).value;
    expect(salary).toBe(people[0].salary);
    expect(ws.getRow(3).getCell(header.indexOf('Hire date') + 1).value).toEqual(new Date(`${people[1].hireDate}T00:00:00Z`));
    const objectives = await exportToFile(db, { what: 'objectives', format: 'csv', delimiter: ';' }, path.join(dir, 'objectives.csv'));
    const [head, row] = Papa.parse<string[]>(fs.readFileSync(objectives.path!, 'utf8').slice(1), { delimiter: ';', newline: '\r\n' }).data;
    expect(row[head.indexOf('Target')]).toBe('-5');
  });

  it('folds groups under the minimum size in pseudonymised roll-ups only', async () => {
    const db = engagementWithPeople(people); // every 7th person is in the small Legal unit
    const spec = tableSpec('headcount-by-unit');
    const settings = getSettings(db);
    const rows = (identified: boolean) => [...spec.build(db, { identified, settings }).pages()].flat();
    expect(rows(true).map((r) => r[0]).sort()).toEqual(['Claims', 'Legal']);
    const folded = rows(false);
    expect(folded.map((r) => r[0])).toEqual(['Claims', 'Other (1 group under 5 people)']);
    expect(folded.reduce((s, r) => s + (r[1] as number), 0)).toBe(people.length);
  });

  it('pages through a table larger than a page without losing or repeating a row', () => {
    const db = engagementWithPeople(people);
    const pages = [
      ...pagedRows(db, { keys: ['p.employee_id', 'p.skill_id'], sql: `SELECT p.employee_id, p.skill_id, p.level FROM proficiencies p WHERE {after} ORDER BY p.employee_id, p.skill_id LIMIT @__limit` }, 4),
    ];
    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 2]);
    const all = db.prepare('SELECT level FROM proficiencies ORDER BY employee_id, skill_id').raw().all();
    expect(pages.flat()).toEqual(all);
  });

  it('leaves no file behind when an export fails, and refuses unusable paths', async () => {
    const db = engagementWithPeople(people);
    const dir = tempDir('export-fail-');
    await expect(exportToFile(db, { what: 'nope', format: 'csv' }, path.join(dir, 'x.csv'))).rejects.toMatchObject({ kind: 'validation' });
    await expect(exportToFile(db, { what: 'employees', format: 'csv' }, path.join(dir, 'missing', 'x.csv'))).rejects.toMatchObject({ kind: 'not-found' });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(() => resolveExportPath('relative.csv', 'csv')).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(() => resolveExportPath(path.join(dir, 'people.xlsx'), 'csv')).toThrow(/must end in \.csv/);
    expect(() => resolveExportPath(path.join(dir, 'client.skillshift'), 'csv')).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(resolveExportPath(path.join(dir, 'people'), 'xlsx')).toBe(path.join(dir, 'people.xlsx'));
  });

  it('returns bytes for a download, refusing exports over the size limit', async () => {
    const db = engagementWithPeople(people);
    const result = await exportToBytes(db, { what: 'employees', format: 'csv' }, 1_000_000);
    expect(result.fileName).toBe(exportFileName('Test Co', 'employees', 'csv', false));
    expect(result.fileName).toBe('test-co-employees.csv');
    expect(result.data.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(result.bytes).toBe(result.data.length);
    await expect(exportToBytes(db, { what: 'employees', format: 'xlsx' }, 100)).rejects.toMatchObject({ kind: 'unsupported' });
  });
});
