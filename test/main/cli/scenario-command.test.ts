// `scenario`, `careers` and `import --kind transitions|moves`, run in-process through runCli:
// exact field names of the JSON output, human output, files written and exit codes.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { runCliCaptured } from '../../helpers/cli';
import { closeScenarioPool } from '../../../src/main/scenarios/monte-carlo-tasks';
import { tempDir } from '../../helpers/engagement';

const run = (...args: string[]) => runCliCaptured(args);

const dir = tempDir('skillshift-scn-');
const at = (name: string) => path.join(dir, name);
const FILE = at('demo.skillshift');
const AUTOMATION = 'AI-assisted claims and back office';
const MARKET = 'Poland market entry';
const FIELDS = ['period', 'date', 'roleId', 'role', 'supply', 'demand', 'gap', 'hires', 'exits', 'movesIn', 'movesOut'];
const BANDS = ['supplyP10', 'supplyP50', 'supplyP90', 'demandP10', 'demandP50', 'demandP90', 'gapP10', 'gapP50', 'gapP90'];
let roleCount = 0;

beforeAll(async () => {
  expect((await run('demo', '--out', FILE, '--employees', '300', '--seed', '5')).code).toBe(0);
  const db = new Database(FILE, { readonly: true });
  roleCount = (db.prepare('SELECT count(*) AS n FROM roles').get() as { n: number }).n;
  db.close();
});
afterAll(async () => {
  await closeScenarioPool();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('scenario list and show', () => {
  it('lists the baseline first and the scenarios, as a table or JSON', async () => {
    const human = await run('scenario', 'list', FILE);
    expect(human.code).toBe(0);
    expect(human.out.split('\n')[0]).toMatch(/^Name\s+Kind\s+Versions\s+Last saved\s+Changes$/);
    expect(human.out).toMatch(/\nbaseline\s+baseline\s+-\s+built in\s+0\n/);
    expect(human.out).toContain(AUTOMATION);
    const json = JSON.parse((await run('scenario', 'list', FILE, '--json')).out);
    expect(json.map((s: { name: string }) => s.name)).toEqual(['baseline', AUTOMATION, MARKET]);
  });

  it('shows a scenario\u2019s settings, changes and assumptions', async () => {
    const r = await run('scenario', 'show', FILE, '--name', MARKET.toUpperCase());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Poland market entry \(new-market\), version 1 of 1\n/);
    expect(r.out).toMatch(/Starts 2026-10-01, 18 months, hiring policy: fill/);
    expect(r.out).toMatch(/1\. \[new-market\] Poland market entry \(Warsaw branch\) \(id warsaw\)/);
    expect(r.out).toMatch(/location Warsaw, launch 2027-07-01/);
    expect(r.out).toMatch(/ramp: Customer Service Representative, Warsaw to \d+ over 12 months \(s-curve\)/);
    expect(r.out).toMatch(/Assumptions:\n {2}- The Warsaw branch opens/);
    const json = JSON.parse((await run('scenario', 'show', FILE, '--name', AUTOMATION, '--json')).out);
    expect(json).toMatchObject({ version: 1, scenario: { name: AUTOMATION, kind: 'automation' }, body: { periods: 18 } });
    expect((await run('scenario', 'show', FILE, '--name', 'baseline')).out).toMatch(/Changes: none \(the baseline\)/);
  });
});

describe('scenario run', () => {
  it('prints per period and role supply, demand, gap, hires, exits, movesIn and movesOut', async () => {
    const r = await run('scenario', 'run', FILE, '--name', AUTOMATION, '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({ scenario: AUTOMATION, version: 1, settings: { periodUnit: 'month', periods: 18, hiring: 'replace' }, runs: 1 });
    expect(out.rows).toHaveLength(19 * roleCount);
    for (const row of out.rows) expect(Object.keys(row)).toEqual(FIELDS);
    const last = out.rows.filter((x: { period: number }) => x.period === 18);
    expect(last.some((x: { gap: number }) => x.gap < 0)).toBe(true);
    const human = await run('scenario', 'run', FILE, '--name', AUTOMATION);
    expect(human.out.split('\n')[1]).toMatch(/^Period\s+Date\s+Role\s+Supply\s+Demand\s+Gap\s+Hires\s+Exits\s+MovesIn\s+MovesOut$/);
    expect(human.out.split('\n')).toHaveLength(2 + 19 * roleCount);
  });

  it('applies --period, --periods and --hiring, and runs the baseline by default', async () => {
    const q = JSON.parse((await run('scenario', 'run', FILE, '--period', 'quarter', '--json')).out);
    expect(q).toMatchObject({ scenario: 'baseline', version: null, settings: { periodUnit: 'quarter', periods: 6 } });
    expect(new Set(q.rows.map((x: { date: string }) => x.date)).size).toBe(7);
    const none = JSON.parse((await run('scenario', 'run', FILE, '--name', MARKET, '--periods', '4', '--hiring', 'none', '--json')).out);
    expect(none.settings).toMatchObject({ periods: 4, hiring: 'none' });
    expect(none.rows.every((x: { hires: number }) => x.hires === 0)).toBe(true);
  });

  it('adds P10/P50/P90 with --runs > 1; the same seed gives the same rows', async () => {
    const a = await run('scenario', 'run', FILE, '--name', MARKET, '--runs', '24', '--seed', '9', '--json');
    expect(a.code).toBe(0);
    const rows = JSON.parse(a.out).rows;
    for (const row of rows) expect(Object.keys(row)).toEqual([...FIELDS, ...BANDS]);
    for (const row of rows) expect(row.supplyP10).toBeLessThanOrEqual(row.supplyP90);
    expect(JSON.parse(a.out)).toMatchObject({ runs: 24, seed: 9 });
    const b = await run('scenario', 'run', FILE, '--name', MARKET, '--runs', '24', '--seed', '9', '--json');
    expect(b.out).toBe(a.out);
    const human = await run('scenario', 'run', FILE, '--name', MARKET, '--runs', '8');
    expect(human.out.split('\n')[1]).toMatch(/MovesOut\s+SupplyP10\s+SupplyP50\s+SupplyP90\s+GapP10\s+GapP50\s+GapP90$/);
  });

  it('refuses unusable arguments with exit code 2 and one sentence', async () => {
    const cases: [string[], RegExp][] = [
      [['scenario'], /a subcommand is required/],
      [['scenario', 'walk', FILE], /unknown subcommand "walk"/],
      [['scenario', 'run', FILE, '--name', 'Nope'], /no scenario named "Nope"; this engagement has "baseline", "AI-assisted/],
      [['scenario', 'run', FILE, '--runs', '0'], /--runs must be a whole number from 1 to 10,000/],
      [['scenario', 'run', FILE, '--period', 'week'], /--period must be one of month, quarter, year/],
      [['scenario', 'list', FILE, '--runs', '5'], /--runs does not go with "scenario list"/],
      [['scenario', 'run', at('missing.skillshift')], /does not exist/],
      [['scenario', 'show', FILE], /--name is required/],
    ];
    for (const [args, pattern] of cases) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(pattern);
    }
  });
});

describe('scenario export and import', () => {
  it('exports a version as Scenario JSON, never overwriting, and imports it back under a new name', async () => {
    const out = at('auto.json');
    const e = await run('scenario', 'export', FILE, '--name', AUTOMATION, '--out', out);
    expect(e.code).toBe(0);
    expect(e.out).toMatch(/^Wrote .*auto\.json: scenario "AI-assisted claims and back office" version 1 with \d+ reference\(s\)/);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toMatchObject({ format: 'skillshift-scenario', formatVersion: 1 });
    expect((await run('scenario', 'export', FILE, '--name', AUTOMATION, '--out', out)).code).toBe(2);
    expect((await run('scenario', 'export', FILE, '--name', 'baseline', '--out', at('b.json'))).err).toMatch(/baseline is built in/);

    const i = await run('scenario', 'import', FILE, '--from', out, '--name', 'Automation (copy)');
    expect(i.code).toBe(0);
    expect(i.out).toMatch(/^Imported "Automation \(copy\)" \(automation\) as version 1; \d+ reference\(s\) resolved \(\d+ by client id, \d+ by name\)\.$/);
    expect((await run('scenario', 'import', FILE, '--from', out, '--name', 'Automation (copy)')).err).toMatch(/already exists/);
    const json = JSON.parse((await run('scenario', 'list', FILE, '--json')).out);
    expect(json.map((s: { name: string }) => s.name)).toContain('Automation (copy)');
  });

  it('names the reference it cannot resolve, exit code 2, nothing added', async () => {
    const doc = JSON.parse(fs.readFileSync(at('auto.json'), 'utf8'));
    doc.references.skills[0].name = 'Underwater basket weaving';
    fs.writeFileSync(at('odd.json'), JSON.stringify(doc));
    const r = await run('scenario', 'import', FILE, '--from', at('odd.json'), '--name', 'Odd');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot be resolved in this engagement: skill "Underwater basket weaving" \(id \d+ in the file\): not found/);
    expect((await run('scenario', 'show', FILE, '--name', 'Odd')).code).toBe(2);
  });
});

describe('careers', () => {
  it('prints per role expectedYears and reachProbability by role', async () => {
    const r = await run('careers', FILE, '--json');
    expect(r.code).toBe(0);
    const view = JSON.parse(r.out);
    expect(view.roles).toHaveLength(roleCount);
    for (const role of view.roles) expect(Object.keys(role)).toEqual(['roleId', 'role', 'family', 'expectedYears', 'returnProbability', 'reachProbability']);
    expect((await run('careers', FILE, '--min', '2')).err).toMatch(/--min must be a number from 0 to 1/);
  });
});

describe('import --kind transitions|moves', () => {
  it('commits a valid transitions file (exit 0), refuses one with invalid rows (exit 1) naming them, and careers follow', async () => {
    const db = new Database(FILE, { readonly: true });
    const [a, b] = db.prepare('SELECT title FROM roles r WHERE EXISTS (SELECT 1 FROM employees e WHERE e.role_id = r.id) ORDER BY id LIMIT 2').all() as { title: string }[];
    db.close();
    fs.writeFileSync(at('t.csv'), `from role,to role,annual rate\n${a.title},${b.title},0.1\n${a.title},exit,0.1\n`);
    fs.writeFileSync(at('bad.csv'), `from role,to role,annual rate\n${a.title},Nobody,0.1\n`);
    const dry = await run('import', FILE, '--kind', 'transitions', '--from', at('t.csv'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/Dry run: the file is valid; nothing was written\./);
    const bad = await run('import', FILE, '--kind', 'transitions', '--from', at('bad.csv'), '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).errors).toEqual([{ row: 2, column: 'to role', value: 'Nobody', problem: expect.stringMatching(/no role has this client id or title/) }]);
    const human = await run('import', FILE, '--kind', 'transitions', '--from', at('bad.csv'));
    expect(human.out).toMatch(/row 2, column "to role", value "Nobody": no role/);
    const ok = await run('import', FILE, '--kind', 'transitions', '--from', at('t.csv'));
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Imported 2 transition rate\(s\), replacing 0 stored for the same roles\./);
    const careers = JSON.parse((await run('careers', FILE, '--json')).out);
    expect(careers.roles.find((x: { role: string }) => x.role === a.title).reachProbability.map((x: { role: string }) => x.role)).toContain(b.title);
    expect((await run('import', FILE, '--kind', 'moves', '--from', at('t.csv'), '--mapping', 'auto')).err).toMatch(/--mapping does not apply to --kind moves/);
    expect((await run('import', FILE, '--kind', 'moves', '--from', at('t.csv'))).err).toMatch(/needs the columns? "employee", "date"/);
  });
});
