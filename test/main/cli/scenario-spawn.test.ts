// The real command line, spawned as `npm run cli` runs it (node + tsx): `scenario run` with
// Monte Carlo on worker threads and `careers`, printing exactly one JSON document on stdout, and
// the process exiting on its own when done (the idle worker pool must not keep it alive).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../helpers/engagement';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ENTRY = path.join(ROOT, 'src/main/cli/index.ts');

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, timeout: 80_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const dir = tempDir('skillshift-scn-cli-');
const FILE = path.join(dir, 'demo.skillshift');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('scenario and careers commands (spawned)', { timeout: 120_000 }, () => {
  it('scenario run --runs prints rows with percentiles; careers --json prints per role years and reach', async () => {
    expect((await cli('demo', '--out', FILE, '--employees', '300', '--seed', '3')).code).toBe(0);
    const [run, careers] = await Promise.all([
      cli('scenario', 'run', FILE, '--name', 'AI-assisted claims and back office', '--period', 'quarter', '--runs', '40', '--seed', '7', '--json'),
      cli('careers', FILE, '--json'),
    ]);
    expect(run.code).toBe(0);
    // stderr carries progress only (a line per tenth when it is not a terminal), stdout the JSON.
    for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^Monte Carlo: \d+%$/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ scenario: 'AI-assisted claims and back office', settings: { periodUnit: 'quarter', periods: 6 }, runs: 40, seed: 7 });
    expect(Object.keys(out.rows[0])).toEqual([
      'period', 'date', 'roleId', 'role', 'supply', 'demand', 'gap', 'hires', 'exits', 'movesIn', 'movesOut',
      'supplyP10', 'supplyP50', 'supplyP90', 'demandP10', 'demandP50', 'demandP90', 'gapP10', 'gapP50', 'gapP90',
    ]);
    expect(careers).toMatchObject({ code: 0, stderr: '' });
    const view = JSON.parse(careers.stdout);
    expect(view.roles.length).toBeGreaterThan(0);
    expect(view.roles[0]).toEqual(expect.objectContaining({ expectedYears: expect.any(Number), reachProbability: expect.any(Array) }));
    const bad = await cli('scenario', 'run', FILE, '--name', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
