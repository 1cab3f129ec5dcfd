// `import` on the command line, in-process through runCli: exit codes 0 (committed or a clean
// dry run), 1 (nothing committed because of invalid rows) and 2 (unusable arguments or files),
// the --json shape, presets from a file or saved in the engagement.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { runCliCaptured } from '../../helpers/cli';
import { tempDir } from '../../helpers/engagement';

const cli = (...args: string[]) => runCliCaptured(args);

const dir = tempDir('skillshift-cli-import-');
const at = (name: string) => path.join(dir, name);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const employees = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT client_id, name, fte FROM employees ORDER BY fte, client_id').all();
  } finally {
    db.close();
  }
};

describe('import command', () => {
  const eng = at('acme.skillshift');
  beforeAll(async () => {
    expect((await cli('new', eng, '--name', 'Acme')).code).toBe(0);
    fs.writeFileSync(at('bad.csv'), 'Employee ID;Name;FTE;Job Title\nE1;Ann;1;Lead\nE2;Bea;0,8;Analyst\nE3;Cal;lots;Analyst\n');
    fs.writeFileSync(at('good.csv'), 'Employee ID;Name;FTE;Job Title\nE1;Ann;1;Lead\nE2;Bea;0,8;Analyst\n');
  });

  it('exits 2 for unusable arguments or files, before touching the engagement', async () => {
    expect((await cli('import', eng, '--from', at('good.csv'))).err).toMatch(/--kind is required/);
    expect((await cli('import', eng, '--kind', 'teams', '--from', at('good.csv'))).code).toBe(2);
    expect((await cli('import', eng, '--kind', 'employees')).err).toMatch(/--from is required/);
    const missing = await cli('import', eng, '--kind', 'employees', '--from', at('nope.csv'));
    expect(missing).toMatchObject({ code: 2, err: expect.stringMatching(/does not exist/) });
    fs.writeFileSync(at('empty.csv'), '');
    expect(await cli('import', eng, '--kind', 'employees', '--from', at('empty.csv'))).toMatchObject({ code: 2, err: expect.stringMatching(/empty/) });
    fs.writeFileSync(at('preset.json'), JSON.stringify({ kind: 'skills', mapping: { fields: { name: 'Skill' } } }));
    expect(await cli('import', eng, '--kind', 'employees', '--from', at('good.csv'), '--mapping', at('preset.json'))).toMatchObject({ code: 2, err: expect.stringMatching(/preset for skills/) });
    expect(await cli('import', eng, '--kind', 'employees', '--from', at('good.csv'), '--date-format', 'ymd')).toMatchObject({ code: 2 });
    expect(employees(eng)).toEqual([]);
  });

  it('exits 1 and commits nothing when rows are invalid, printing row, column, value and problem', async () => {
    const r = await cli('import', eng, '--kind', 'employees', '--from', at('bad.csv'), '--create-missing');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/row 4, column "FTE", value "lots": not a number/);
    expect(r.out).toMatch(/Nothing was committed: 1 invalid row/);
    expect(employees(eng)).toEqual([]);
  });

  it('dry run: exit 1 when invalid, 0 when clean, nothing written either way', async () => {
    expect((await cli('import', eng, '--kind', 'employees', '--from', at('bad.csv'), '--create-missing', '--dry-run')).code).toBe(1);
    const clean = await cli('import', eng, '--kind', 'employees', '--from', at('good.csv'), '--create-missing', '--dry-run');
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/Would add 2/);
    expect(clean.out).toMatch(/Dry run: nothing was written/);
    expect(employees(eng)).toEqual([]);
  });

  it('--skip-invalid commits the valid rows; --json prints one object with counts, errors and created records', async () => {
    const r = await cli('import', eng, '--kind', 'employees', '--from', at('bad.csv'), '--create-missing', '--skip-invalid', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      committed: true,
      counts: { added: 2, changed: 0, removed: 0, skipped: 1 },
      errors: [{ row: 4, column: 'FTE', value: 'lots', problem: expect.any(String) }],
      created: { roles: ['Lead', 'Analyst'] },
    });
    // Pseudonymised by default: no names or client ids stored.
    expect(employees(eng)).toEqual([
      { client_id: null, name: null, fte: 0.8 },
      { client_id: null, name: null, fte: 1 },
    ]);
  });

  it('reads a mapping preset file and a skills matrix sheet from XLSX', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['ignore me']);
    const ws = wb.addWorksheet('Skills');
    ws.addRow(['Staff', 'Python', 'SQL']);
    ws.addRow(['E1', 'expert', '']);
    ws.addRow(['E2', 2, 'basic']);
    fs.writeFileSync(at('matrix.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    fs.writeFileSync(at('matrix.json'), JSON.stringify({ kind: 'proficiencies', mapping: { fields: { employeeId: 'Staff' }, skillColumns: { Python: 'Python', SQL: 'SQL' } }, options: { shape: 'wide', defaultSource: 'manager' } }));
    const r = await cli('import', eng, '--kind', 'proficiencies', '--from', at('matrix.xlsx'), '--sheet', 'Skills', '--mapping', at('matrix.json'), '--create-missing', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ committed: true, counts: { added: 3 }, created: { skills: ['Python', 'SQL'] } });
  });
});
