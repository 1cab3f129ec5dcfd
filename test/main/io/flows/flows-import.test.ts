// Transitions and moves files into the migration-3 tables, through the API method the import
// wizard uses: valid files land (and change what the engine computes), every invalid row is
// named by row, column, value and problem, and a file with any invalid row changes nothing.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { FlowsImportReport } from '../../../../src/shared/scenario-types';
import { demoApi } from '../../scenarios/api';

type Api = Awaited<ReturnType<typeof demoApi>>;

async function setup() {
  const api = await demoApi(400);
  const roles = api.db().prepare(
    `SELECT r.id, r.client_id AS clientId, r.title, r.family, count(e.id) AS n FROM roles r JOIN employees e ON e.role_id = r.id
     GROUP BY r.id ORDER BY n DESC, r.id LIMIT 3`,
  ).all() as { id: number; clientId: string; title: string; family: string; n: number }[];
  const write = (name: string, text: string) => {
    const file = path.join(api.dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const flows = (kind: 'transitions' | 'moves', file: string, mode: 'validate' | 'commit' = 'commit') => api.call('scenarioImportFlows', { kind, path: file, mode });
  const count = (table: string) => (api.db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { api, roles, write, flows, count };
}

const reachOf = async (api: Api, from: number, to: number) =>
  (await api.call('scenarioCareers', { roleIds: [from] })).roles[0].reachProbability.find((r) => r.roleId === to)?.probability ?? 0;

describe('transitions import', () => {
  it('validates without writing, then commits a file naming roles by title or client id, rates as shares or percentages', async () => {
    const { api, roles, write, flows, count } = await setup();
    const [a, b, c] = roles;
    const file = write(
      'rates.csv',
      `From role;To role;Annual rate;Kind\n${a.title};${b.clientId};0,1;\n${a.clientId};exit;8%;\n${a.title};Exit;0.02;retirement\n${b.title};${c.title};0.05;\n`,
    );
    const checked = await flows('transitions', file, 'validate');
    expect(checked).toMatchObject({ kind: 'transitions', mode: 'validate', committed: false, counts: { rows: 4, valid: 4, invalid: 0, added: 0 }, errors: [] });
    expect(checked.columns).toEqual({ from: 'From role', to: 'To role', rate: 'Annual rate', kind: 'Kind' });
    expect(count('role_transitions')).toBe(0);
    expect(await reachOf(api, a.id, b.id)).toBe(0);

    const done = await flows('transitions', file);
    expect(done).toMatchObject({ committed: true, counts: { added: 4, replaced: 0 } });
    const stored = api.db().prepare('SELECT from_role_id AS f, to_role_id AS t, kind, annual_rate AS r FROM role_transitions ORDER BY id').all();
    expect(stored).toEqual([
      { f: a.id, t: b.id, kind: 'move', r: 0.1 },
      { f: a.id, t: null, kind: 'attrition', r: 0.08 },
      { f: a.id, t: null, kind: 'retirement', r: 0.02 },
      { f: b.id, t: c.id, kind: 'move', r: 0.05 },
    ]);
    // The engine reads them: careers from a now reach b, and the whole chain a -> b -> c.
    const careers = (await api.call('scenarioCareers', { roleIds: [a.id] })).roles[0];
    expect(careers.reachProbability.map((r) => r.roleId)).toEqual(expect.arrayContaining([b.id, c.id]));
    expect(careers.expectedYears!).toBeGreaterThan(1);
    expect((await api.call('scenarioCareers', {})).moveSources.table).toBe(2);
    const audit = api.db().prepare(`SELECT summary FROM audit_log WHERE entity = 'roleTransitions'`).all() as { summary: string }[];
    expect(audit).toEqual([{ summary: 'Imported rates.csv: 4 transitions added, 0 replaced' }]);

    // A new file for role a replaces all of a's rates and leaves b's alone.
    const again = await flows('transitions', write('rates2.csv', `from,to,rate\n${a.title},${c.title},0.2\n${a.title},exit,0.1\n`));
    expect(again.counts).toMatchObject({ added: 2, replaced: 3 });
    expect(count('role_transitions')).toBe(3);
    // a now moves only to c, and c nowhere: a no longer reaches b; b still reaches c.
    expect(await reachOf(api, a.id, b.id)).toBe(0);
    expect(await reachOf(api, a.id, c.id)).toBeGreaterThan(0);
    expect(await reachOf(api, b.id, c.id)).toBeGreaterThan(0);
  });

  it('names every invalid row by row, column, value and problem, and writes nothing (all or nothing)', async () => {
    const { roles, write, flows, count } = await setup();
    const [a, b] = roles;
    const file = write(
      'bad.csv',
      [
        'from role,to role,annual rate,kind',
        `${a.title},${b.title},0.1,`,
        `No Such Role,${b.title},0.1,`,
        `${b.title},,0.1,`,
        `${b.title},${a.title},1.5,`,
        `${b.title},exit,lots,`,
        `${a.title},${b.title},0.2,`,
        `${b.title},exit,0.1,move`,
        `${b.title},${a.title},0.1,retirement`,
      ].join('\n'),
    );
    const r = await flows('transitions', file);
    expect(r.committed).toBe(false);
    expect(r.counts).toMatchObject({ rows: 8, invalid: 7, valid: 1, added: 0 });
    expect(r.errors).toEqual([
      { row: 3, column: 'from role', value: 'No Such Role', problem: 'no role has this client id or title' },
      { row: 4, column: 'to role', value: '', problem: expect.stringMatching(/to role is blank/) },
      { row: 5, column: 'annual rate', value: '1.5', problem: expect.stringMatching(/between 0 and 1/) },
      { row: 6, column: 'annual rate', value: 'lots', problem: 'the annual rate is not a number' },
      { row: 7, column: 'to role', value: b.title, problem: 'repeats row 2 (same from role, to role and kind)' },
      { row: 8, column: 'kind', value: 'move', problem: expect.stringMatching(/exit cannot be of kind move/) },
      { row: 9, column: 'kind', value: 'retirement', problem: expect.stringMatching(/move to a role cannot be retirement/) },
    ]);
    expect(r.notes).toContain('Nothing was imported: fix the rows listed (the import is all or nothing).');
    expect(count('role_transitions')).toBe(0);

    const over = await flows('transitions', write('over.csv', `from,to,rate\n${a.title},${b.title},60%\n${a.title},exit,0.5\n`));
    expect(over.errors).toEqual([{ row: 2, column: 'rate', value: '60%', problem: expect.stringMatching(/add up to 1\.1000 a year \(rows 2, 3\); they must not exceed 1/) }]);
    expect(count('role_transitions')).toBe(0);
  });

  it('reads XLSX sheets through the import pipeline\u2019s reader, and refuses a file missing a column by name', async () => {
    const { api, roles, flows, write } = await setup();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rates');
    ws.addRow(['From', 'To', 'Rate']);
    ws.addRow([roles[0].title, roles[1].title, 0.15]);
    ws.addRow([roles[0].title, 'Exit', 0.1]);
    const file = path.join(api.dir, 'rates.xlsx');
    await wb.xlsx.writeFile(file);
    const staged = await api.call('importStage', { path: file });
    const r = await api.call('scenarioImportFlows', { kind: 'transitions', stagingId: staged.stagingId, mode: 'commit' });
    expect(r).toMatchObject({ committed: true, file: 'rates.xlsx', counts: { added: 2 } });
    const missing = await api.fail('scenarioImportFlows', { kind: 'transitions', path: write('two.csv', 'from,annual rate\nx,0.1\n') });
    expect(missing).toMatchObject({ kind: 'bad-file', message: expect.stringMatching(/needs the column "to role or exit"; it has "from", "annual rate"/) });
    expect(await api.fail('scenarioImportFlows', { kind: 'moves' })).toMatchObject({ kind: 'validation', message: expect.stringMatching(/exactly one of path or stagingId/) });
  });
});

describe('moves import', () => {
  it('stores hires, moves and exits with the people\u2019s stable refs; re-importing adds nothing; the engine calibrates from it', async () => {
    const { api, roles, write, flows, count } = await setup();
    const [a, b] = roles;
    const current = api.db().prepare('SELECT id, ref, client_id AS clientId FROM employees WHERE role_id = ? ORDER BY id LIMIT 1').get(b.id) as { id: number; ref: string; clientId: string };
    // Thirty leavers moved from a to b a year before the as-of date, then left: enough exposure to calibrate a.
    const lines = ['Employee ID,From role,To role,Date'];
    for (let i = 0; i < 30; i++) lines.push(`LEAVER-${i},${a.title},${b.clientId},2025-0${1 + (i % 9)}-15`, `LEAVER-${i},${b.title},exit,2026-0${1 + (i % 9)}-20`);
    lines.push(`${current.clientId},,${b.title},15/03/2024`, `${current.clientId},${a.title},${b.title},2024-06-30`);
    const file = write('moves.csv', `${lines.join('\n')}\n`);
    const r = await flows('moves', file);
    expect(r).toMatchObject({ committed: true, errors: [], counts: { rows: 62, valid: 62, added: 62, unchanged: 0 } });
    const mine = api.db().prepare('SELECT employee_ref AS ref, employee_id AS id, from_role_id AS f, to_role_id AS t, kind, move_date AS d FROM workforce_moves WHERE employee_id IS NOT NULL ORDER BY move_date').all();
    expect(mine).toEqual([
      { ref: current.ref, id: current.id, f: null, t: b.id, kind: 'hire', d: '2024-03-15' },
      { ref: current.ref, id: current.id, f: a.id, t: b.id, kind: 'move', d: '2024-06-30' },
    ]);
    const leaver = api.db().prepare(`SELECT employee_ref AS ref FROM workforce_moves WHERE kind = 'attrition' LIMIT 1`).get() as { ref: string };
    expect(leaver.ref).toMatch(/^P-[0-9a-f]{16}$/);
    expect(JSON.stringify(api.db().prepare('SELECT * FROM workforce_moves').all())).not.toContain('LEAVER');

    const again = await flows('moves', file);
    expect(again.counts).toMatchObject({ added: 0, unchanged: 62 });
    expect(count('workforce_moves')).toBe(62);

    const careers = await api.call('scenarioCareers', {});
    expect(careers.moveSources.calibrated).toBeGreaterThan(0);
    expect(await reachOf(api, a.id, b.id)).toBeGreaterThan(0);
  });

  it('names invalid rows (future date, same role, unknown role, bad date, blank employee) and writes nothing', async () => {
    const { roles, write, flows, count } = await setup();
    const [a, b] = roles;
    const r: FlowsImportReport = await flows(
      'moves',
      write(
        'bad-moves.csv',
        ['employee,from,to,date,type', `E1,${a.title},${b.title},2025-01-01,`, `E2,${a.title},${b.title},2031-01-01,`, `E3,${a.title},${a.title},2025-01-01,`, `E4,Nobody,${b.title},2025-01-01,`, `E5,${a.title},exit,31/02/2025,`, `,${a.title},exit,2025-01-01,`, `E7,,exit,2025-01-01,`, `E8,${a.title},exit,2025-01-01,hire`].join('\n'),
      ),
    );
    expect(r.committed).toBe(false);
    expect(r.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, 'date', '2031-01-01'],
      [4, 'to', a.title],
      [5, 'from', 'Nobody'],
      [6, 'date', '31/02/2025'],
      [7, 'employee', ''],
      [8, 'from', ''],
      [9, 'type', 'hire'],
    ]);
    expect(r.errors[0].problem).toMatch(/after the engagement's as-of date 2026-10-01/);
    expect(r.errors[1].problem).toBe('the from and to roles are the same');
    expect(count('workforce_moves')).toBe(0);
  });
});
