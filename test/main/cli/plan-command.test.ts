// `plan` on the command line: in-process through runCli for arguments, field names, tables and
// exit codes (0 covered, 1 infeasible with the binding constraints named, 2 unusable arguments or
// files), and spawned once for what reaches stdout.
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCliCaptured } from '../../helpers/cli';
import { tempDir } from '../../helpers/engagement';

const run = (...args: string[]) => runCliCaptured(args);

const AUTOMATION = 'AI-assisted claims and back office';
const dir = tempDir('skillshift-plan-cli-');
const demo = path.join(dir, 'demo.skillshift');
const blocked = path.join(dir, 'blocked.skillshift');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  expect((await run('demo', '--out', demo, '--employees', '300', '--seed', '5')).code).toBe(0);
  // A copy where Dublin can neither hire nor use contractors: the plan cannot cover Dublin's leavers.
  expect((await run('demo', '--out', blocked, '--employees', '300', '--seed', '5')).code).toBe(0);
  const db = new Database(blocked);
  db.exec(`INSERT INTO location_hiring_capacity (location_id, hires_per_month) SELECT id, 0 FROM locations WHERE name = 'Dublin';
           INSERT INTO plan_cost_overrides (location_id, field, value) SELECT id, 'contractorCapShare', 0 FROM locations WHERE name = 'Dublin';`);
  db.close();
});

const TOTALS = ['cost', 'build', 'buy', 'borrow', 'bot', 'release', 'upskill', 'reskill'];
const MIX = ['role', 'period', 'date', 'build', 'buy', 'borrow', 'release', 'upskill', 'reskill'];
const PERSON = ['employee', 'role', 'action', 'target', 'programs', 'start', 'cost', 'reason'];

describe('plan', () => {
  it('--json: totals by option, the mix per role and period, and every recommendation with its reason', async () => {
    const r = await run('plan', demo, '--scenario', AUTOMATION, '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const v = JSON.parse(r.out);
    expect(v.status).toBe('optimal');
    for (const f of TOTALS) expect(typeof v.totals[f], f).toBe('number');
    expect(v.totals.cost).toBeCloseTo(v.totals.build + v.totals.buy + v.totals.borrow + v.totals.bot + v.totals.release, 2);
    expect(v.mix.length).toBeGreaterThan(0);
    for (const m of v.mix.slice(0, 50)) for (const f of MIX) expect(m, f).toHaveProperty(f);
    expect(v.recommendations.length).toBe(v.solver.people);
    for (const p of v.recommendations) {
      for (const f of PERSON) expect(p, f).toHaveProperty(f);
      expect(['upskill', 'reskill', 'none', 'at-risk']).toContain(p.action);
      expect(p.reason.length).toBeGreaterThan(20);
    }
    expect(v.shortfalls).toEqual([]);
  });

  it('prints a readable plan: totals, the mix table and the recommendations', async () => {
    const r = await run('plan', demo, '--scenario', 'Poland market entry');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Plan for "Poland market entry": 18 monthly periods from 2026-10-01, min fit 75%, learning budget unlimited: optimal$/);
    expect(lines[1]).toMatch(/^cost EUR [\d,]+ = build [\d,]+ \(upskill [\d,]+, reskill [\d,]+\) \+ buy [\d,]+ \+ borrow [\d,]+ \+ bot 0 \+ release [\d,]+$/);
    expect(lines).toContain('Mix per role and period (FTE; rows with a decision):');
    expect(lines.find((l) => l.startsWith('role '))).toMatch(/build\s+buy\s+borrow\s+release\s+upskill\s+reskill\s+cost$/);
    expect(lines.find((l) => l.startsWith('employee '))).toMatch(/action\s+target\s+start\s+cost\s+reason$/);
    expect(r.out).toMatch(/Reskill to [^\n]*Warsaw/);
  });

  it('--budget and --min-fit shift the mix', async () => {
    const base = JSON.parse((await run('plan', demo, '--scenario', AUTOMATION, '--json')).out);
    const tight = JSON.parse((await run('plan', demo, '--scenario', AUTOMATION, '--budget', '10_000', '--json')).out);
    expect(tight.totals.learningSpend).toBeLessThanOrEqual(10_000);
    expect(tight.totals.fte.build).toBeLessThan(base.totals.fte.build);
    const picky = JSON.parse((await run('plan', demo, '--scenario', AUTOMATION, '--min-fit', '0.95', '--json')).out);
    expect(picky.query.minFit).toBe(0.95);
    for (const p of picky.recommendations.filter((x: { action: string }) => x.action === 'reskill')) expect(p.fit).toBeGreaterThanOrEqual(0.95);
  });

  it('exits 1 and names the binding constraints when the plan is infeasible', async () => {
    const r = await run('plan', blocked, '--scenario', AUTOMATION);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/skillshift plan: the plan cannot cover everything; \d+ shortfalls?:/);
    expect(r.err).toMatch(/at Dublin in period \d+ .*contractor-cap: contractors may cover at most 0%/);
    expect(r.err).toMatch(/hiring-capacity: hiring capacity at Dublin \(0 hires per period\) is used in full/);
    const j = await run('plan', blocked, '--scenario', AUTOMATION, '--json');
    expect(j.code).toBe(1);
    const v = JSON.parse(j.out);
    expect(v.status).toBe('infeasible');
    expect(v.shortfalls[0].binding.length).toBeGreaterThan(0);
  });

  it.each([
    [['plan', demo], /--scenario is required/],
    [['plan', '--scenario', AUTOMATION], /FILE is required/],
    [['plan', demo, '--scenario', AUTOMATION, '--budget', 'lots'], /--budget must be a non-negative amount/],
    [['plan', demo, '--scenario', AUTOMATION, '--min-fit', '1.5'], /--min-fit must be a number from 0 to 1/],
    [['plan', demo, '--scenario', AUTOMATION, '--bogus'], /unknown option --bogus/],
    [['plan', demo, '--scenario', 'Mars colony'], /No scenario "Mars colony"/],
    [['plan', path.join(dir, 'missing.skillshift'), '--scenario', AUTOMATION], /missing\.skillshift/],
  ])('exits 2 for unusable arguments or files: %j', async (args, message) => {
    const r = await run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('spawned: stdout holds exactly the JSON and the file is not changed', async () => {
    const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
    const before = fs.readFileSync(demo).toString('base64');
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main/cli/index.ts'), 'plan', demo, '--scenario', AUTOMATION, '--json'], { cwd: ROOT, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      });
    });
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(out.stdout).totals.cost).toBeGreaterThan(0);
    expect(fs.readFileSync(demo).toString('base64')).toBe(before);
  });
});
