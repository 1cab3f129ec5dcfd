// `gaps` and `fit` on the command line: in-process through runCli for the argument handling,
// field names and tables, and spawned once (as `npm run cli` runs it) for what reaches stdout.
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCliCaptured } from '../../helpers/cli';
import { tempDir } from '../../helpers/engagement';

const run = (...args: string[]) => runCliCaptured(args);

const dir = tempDir('skillshift-gaps-cli-');
const demo = path.join(dir, 'demo.skillshift');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  expect((await run('demo', '--out', demo, '--employees', '250', '--seed', '9')).code).toBe(0);
  const db = new Database(demo);
  db.prepare(`UPDATE employees SET client_id = 'EMP-' || id`).run();
  db.close();
});

const GROUP_FIELDS = ['key', 'people', 'meetingShare', 'meanGap', 'totalGapLevels', 'gapHours', 'unknownShare'];
const EMPLOYEE_FIELDS = ['employee', 'role', 'readiness', 'coverage', 'gapHours'];
const FIT_FIELDS = ['role', 'fit', 'gapHours', 'months', 'programs'];

function parse(out: string): { meta: Record<string, unknown>; rows: Record<string, unknown>[] } {
  const v = JSON.parse(out);
  expect(Object.keys(v)).toEqual(['meta', 'rows']);
  return v;
}

describe('gaps', () => {
  it.each(['skill', 'role', 'unit', 'location', 'category'])('--by %s --json: one JSON object, rows with the issue\u2019s fields', async (by) => {
    const r = await run('gaps', demo, '--by', by, '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const { meta, rows } = parse(r.out);
    expect(meta).toMatchObject({ by, forecast: false, category: null, rows: rows.length });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) for (const f of GROUP_FIELDS) expect(row, f).toHaveProperty(f);
    // One row per line after the opening line, so `head` shows whole rows.
    expect(r.out.split('\n')).toHaveLength(rows.length + 2);
  });

  it('--by employee lists people with readiness, coverage and hours; --category and --as-of narrow and move the date', async () => {
    const all = parse((await run('gaps', demo, '--by', 'employee', '--json')).out);
    expect(all.rows.length).toBe(250);
    for (const row of all.rows) for (const f of EMPLOYEE_FIELDS) expect(row, f).toHaveProperty(f);
    expect(all.rows.every((x) => typeof x.employee === 'string' && /^P\d+$/.test(x.employee as string))).toBe(true);
    const hours = (rows: Record<string, unknown>[]) => rows.reduce((s, x) => s + (x.gapHours as number), 0);

    const soft = parse((await run('gaps', demo, '--by', 'employee', '--category', 'soft', '--json')).out);
    expect(soft.meta.category).toBe('soft');
    expect(hours(soft.rows)).toBeLessThan(hours(all.rows));
    const softGroup = parse((await run('gaps', demo, '--by', 'category', '--category', 'soft', '--json')).out);
    expect(softGroup.rows.map((x) => x.key)).toEqual(['soft']);
    expect(softGroup.rows[0].gapHours).toBeCloseTo(hours(soft.rows), 6);

    const later = parse((await run('gaps', demo, '--by', 'employee', '--as-of', '2028-06-30', '--json')).out);
    expect(later.meta).toMatchObject({ asOfDate: '2028-06-30', forecast: true });
    expect(hours(later.rows)).toBeGreaterThan(hours(all.rows));
  });

  it('prints aligned tables for people', async () => {
    const r = await run('gaps', demo, '--by', 'role');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Gaps by role, requirements in force on \d{4}-\d{2}-\d{2} \(the engagement\u2019s as-of date\): \d+ rows$/);
    const header = lines[2];
    const rule = lines[3];
    expect(header).toMatch(/^Role\s+Key\s+People\s+Meeting\s+Mean gap\s+Gap levels\s+Gap hours\s+Unknown\s+Readiness$/);
    expect(rule).toMatch(/^-+( +-+)+$/);
    // Every column ends where its rule ends: numbers right-aligned under their header.
    const ends = [...rule.matchAll(/-+/g)].map((m) => m.index! + m[0].length);
    for (const line of lines.slice(4).filter(Boolean)) {
      for (const end of ends.slice(2)) expect(line[end - 1], line).toMatch(/[\d%-]/);
    }
    const employees = await run('gaps', demo, '--by', 'employee');
    expect(employees.out.split('\n')[2]).toMatch(/^Employee\s+Role\s+Readiness\s+Coverage\s+Gap hours\s+Months$/);
  });

  it('applies privacy mode as on screen: small groups hidden with a reason', async () => {
    const copy = path.join(dir, 'private.skillshift');
    fs.copyFileSync(demo, copy);
    const db = new Database(copy);
    const settings = JSON.parse(db.prepare(`SELECT value FROM settings WHERE key = 'engagement'`).pluck().get() as string);
    settings.privacy = { pseudonymise: true, minGroupSize: 5 };
    db.prepare(`UPDATE settings SET value = ? WHERE key = 'engagement'`).run(JSON.stringify(settings));
    db.close();
    const { meta, rows } = parse((await run('gaps', copy, '--by', 'role', '--json')).out);
    const hidden = rows.filter((x) => x.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    expect(meta.privacy).toEqual({ pseudonymise: true, minGroupSize: 5, suppressedRows: hidden.length });
    for (const x of hidden) {
      for (const f of GROUP_FIELDS.slice(1)) expect(x[f], f).toBeNull();
      expect(x.reason).toMatch(/fewer than 5 people/);
    }
    const human = await run('gaps', copy, '--by', 'role');
    expect(human.out).toMatch(/hidden/);
    expect(human.out).toMatch(new RegExp(`${hidden.length} of ${rows.length} groups hidden: fewer than 5 people`));
  });

  it('exits 2 with one sentence for unusable arguments and files', async () => {
    for (const [args, pattern] of [
      [['gaps', demo], /--by is required/],
      [['gaps', demo, '--by', 'team'], /--by must be one of skill, role, unit, location, category, employee/],
      [['gaps', demo, '--by', 'role', '--as-of', '2026-02-30'], /--as-of must be a date as YYYY-MM-DD/],
      [['gaps', demo, '--by', 'role', '--category', 'magic'], /--category must be one of technical/],
      [['gaps', path.join(dir, 'missing.skillshift'), '--by', 'role'], /does not exist/],
      [['fit', demo], /--employee is required/],
      [['fit', demo, '--employee', 'P000001', '--top', '0'], /--top must be a whole number from 1 to 20/],
      [['fit', demo, '--employee', 'nobody'], /no employee with ref or client id "nobody"/],
    ] as const) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(pattern);
    }
  });
});

describe('fit', () => {
  it('--json: the best other roles with fit, hours, months and programs; by ref or client id alike', async () => {
    const byRef = parse((await run('fit', demo, '--employee', 'P000042', '--top', '3', '--json')).out);
    expect(byRef.meta).toMatchObject({ employee: 'P000042', learningHoursPerMonth: 16 });
    expect(byRef.rows.length).toBeGreaterThan(0);
    expect(byRef.rows.length).toBeLessThanOrEqual(3);
    for (const row of byRef.rows) {
      for (const f of FIT_FIELDS) expect(row, f).toHaveProperty(f);
      expect(Array.isArray(row.programs)).toBe(true);
      expect(row.months).toBeCloseTo((row.gapHours as number) / 16, 9);
      expect(row.roleId).not.toBe(byRef.meta.currentRoleId);
    }
    const fits = byRef.rows.map((x) => x.fit as number);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    // Not read-only: a read-only connection would leave -wal/-shm files behind for the last test to find.
    const db = new Database(demo);
    const clientId = db.prepare(`SELECT client_id FROM employees WHERE ref = 'P000042'`).pluck().get() as string;
    db.close();
    const byClientId = parse((await run('fit', demo, '--employee', clientId, '--top', '3', '--json')).out);
    expect(byClientId).toEqual(byRef);
  });

  it('prints a table with the programs by name', async () => {
    const r = await run('fit', demo, '--employee', 'P000042');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^P000042, .+ \(readiness (\d+\.\d%|unknown)\): best other roles as of \d{4}-\d{2}-\d{2}$/);
    expect(lines[2]).toMatch(/^Role\s+Fit\s+Coverage\s+Gap hours\s+Months\s+Programs$/);
    expect(r.out).toMatch(/Months at 16 learning hours per month\./);
  });
});

describe('gaps and fit, spawned', { timeout: 90_000 }, () => {
  const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
  const cli = (...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main/cli/index.ts'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      });
    });

  it('stdout holds exactly the JSON, stderr nothing, and the file is not changed', async () => {
    const before = fs.readFileSync(demo).toString('base64');
    // One after the other: a read-only reader removes the -wal/-shm files only if it created them.
    const gaps = await cli('gaps', demo, '--by', 'role', '--json');
    const fit = await cli('fit', demo, '--employee', 'P000007', '--json');
    expect(gaps).toMatchObject({ code: 0, stderr: '' });
    const g = JSON.parse(gaps.stdout);
    for (const row of g.rows) for (const f of GROUP_FIELDS) expect(row).toHaveProperty(f);
    expect(fit).toMatchObject({ code: 0, stderr: '' });
    for (const row of JSON.parse(fit.stdout).rows) for (const f of FIT_FIELDS) expect(row).toHaveProperty(f);
    expect(fs.readFileSync(demo).toString('base64')).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('demo.skillshift-'))).toEqual([]);
  });
});
