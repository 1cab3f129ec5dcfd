// `export` on the command line, in-process through runCli, on a small demo engagement:
// argument checks, CSV and XLSX output, pseudonymised by default, --identified recorded in the
// audit log, and no file ever overwritten.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import { runCliCaptured } from '../../helpers/cli';
import type { ExportResult } from '../../../src/shared/export-types';
import { tempDir } from '../../helpers/engagement';

const run = (...args: string[]) => runCliCaptured(args);

const dir = tempDir('skillshift-export-cli-');
const at = (name: string) => path.join(dir, name);
const demo = at('demo.skillshift');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  expect((await run('demo', '--out', demo, '--employees', '60', '--seed', '5')).code).toBe(0);
  // Give people names and client ids, as an identified client import would.
  const db = new Database(demo);
  db.prepare(`UPDATE employees SET client_id = 'EMP-' || id, name = 'Person Number ' || id`).run();
  db.close();
});

const people = () => {
  const db = new Database(demo, { readonly: true });
  try {
    return db.prepare('SELECT ref, client_id AS clientId, name FROM employees').all() as { ref: string; clientId: string; name: string }[];
  } finally {
    db.close();
  }
};

describe('export command', () => {
  it('refuses unusable arguments with exit code 2 and writes nothing', async () => {
    const usage = async (pattern: RegExp, ...args: string[]) => {
      const r = await run('export', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(pattern);
    };
    await usage(/--what is required/, demo, '--format', 'csv', '--out', at('x.csv'));
    await usage(/--what must be one of .*employees/, demo, '--what', 'salaries', '--format', 'csv', '--out', at('x.csv'));
    await usage(/--format must be csv or xlsx/, demo, '--what', 'employees', '--format', 'pdf', '--out', at('x.pdf'));
    await usage(/must end in \.csv/, demo, '--what', 'employees', '--format', 'csv', '--out', at('x.xlsx'));
    await usage(/--delimiter must be/, demo, '--what', 'employees', '--format', 'csv', '--out', at('x.csv'), '--delimiter', 'colon');
    await usage(/--delimiter applies to --format csv only/, demo, '--what', 'employees', '--format', 'xlsx', '--out', at('x.xlsx'), '--delimiter', 'tab');
    await usage(/does not exist/, at('nope.skillshift'), '--what', 'employees', '--format', 'csv', '--out', at('x.csv'));
    expect(fs.existsSync(at('x.csv'))).toBe(false);
  });

  it('writes a pseudonymised CSV by default, with the delimiter asked for', async () => {
    const r = await run('export', demo, '--what', 'employees', '--format', 'csv', '--out', at('people'), '--delimiter', 'semicolon');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Wrote 60 rows of employees \(pseudonymised\) to .*people\.csv: CSV/);
    const bytes = fs.readFileSync(at('people.csv'));
    for (const p of people()) {
      expect(bytes.includes(Buffer.from(p.clientId))).toBe(false);
      expect(bytes.includes(Buffer.from(p.name))).toBe(false);
    }
    const [header, ...rows] = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    expect(header[0]).toBe('Employee');
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(people().map((p) => p.ref)));
    // Never overwritten.
    const again = await run('export', demo, '--what', 'employees', '--format', 'csv', '--out', at('people.csv'));
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists/);
  });

  it('writes an identified XLSX on request and records it in the audit log', async () => {
    const r = await run('export', demo, '--what', 'proficiencies', '--format', 'xlsx', '--out', at('profs.xlsx'), '--identified', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as ExportResult;
    expect(result).toMatchObject({ what: 'proficiencies', format: 'xlsx', identified: true, sheets: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('profs.xlsx'));
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(result.rows + 1);
    expect((ws.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Employee', 'Employee ID', 'Name']);
    expect(String(ws.getCell('C2').value)).toMatch(/^Person Number \d+$/);
    expect(typeof ws.getCell('F2').value).toBe('number'); // the level stays a number
    const db = new Database(demo, { readonly: true });
    const audit = db.prepare(`SELECT summary FROM audit_log WHERE entity = 'export'`).all();
    db.close();
    expect(audit).toEqual([{ summary: expect.stringMatching(/Identified export of proficiencies .* written to .*profs\.xlsx/) }]);
  });
});
