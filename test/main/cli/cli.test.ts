// The real command line, spawned as `npm run cli` runs it (node + tsx), in a temporary folder:
// what reaches stdout and stderr, exit codes, and what happens to files. Each spawn costs about
// a second, so the finer cases run in-process in commands.test.ts.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityNames } from '../../../src/shared/api-types';
import { tempDir } from '../../helpers/engagement';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ENTRY = path.join(ROOT, 'src/main/cli/index.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const digest = (file: string) => fs.readFileSync(file).toString('base64');
const oneLine = (s: string) => s.trim().split('\n').length === 1;

const dir = tempDir('skillshift-cli-');
const at = (name: string) => path.join(dir, name);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Spawning is slow on a busy machine (tsx compiles on start), hence the generous timeout.
describe('skillshift command line (spawned)', { timeout: 90_000 }, () => {
  it('new, then info --json prints exactly one JSON object with a count per entity', async () => {
    const created = await cli('new', at('empty.skillshift'), '--name', 'Acme Insurance', '--currency', 'GBP');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('Acme Insurance');

    const [json, human] = await Promise.all([cli('info', at('empty.skillshift'), '--json'), cli('info', at('empty.skillshift'))]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(oneLine(json.stdout)).toBe(true);
    const counts = JSON.parse(json.stdout);
    expect(Object.keys(counts)).toEqual([...entityNames]);
    for (const name of entityNames) expect(counts[name], name).toBe(name === 'auditLog' ? 1 : 0);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Acme Insurance\n/);
    expect(human.stdout).toMatch(/Schema version\s+\d+/);
    expect(human.stdout).toMatch(/Employees\s+0\n/);
  });

  it('demo creates the engagement at the requested size, and refuses to overwrite it', async () => {
    const file = at('demo.skillshift');
    const created = await cli('demo', '--out', file, '--employees', '200', '--seed', '7');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(/200 employees/);
    const listing = fs.readdirSync(dir).sort();
    const before = digest(file);

    const [info, again, overwrite] = await Promise.all([
      cli('info', file, '--json'),
      cli('demo', '--out', file, '--employees', '10'),
      cli('new', file, '--name', 'Other'),
    ]);
    const counts = JSON.parse(info.stdout);
    expect(counts).toMatchObject({ employees: 200, scenarios: 2, scenarioVersions: 2 });
    expect(counts.roles).toBeGreaterThanOrEqual(30);
    expect(counts.proficiencies).toBeGreaterThan(2000);
    for (const r of [again, overwrite]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(oneLine(r.stderr)).toBe(true);
      expect(r.stderr).toMatch(/already exists/);
    }
    // Neither the refused writes nor the read changed anything in the folder.
    expect(digest(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  it('reports bad arguments, missing files and non-engagements on stderr with exit code 2', async () => {
    fs.writeFileSync(at('notes.txt'), 'just some notes\n');
    const [badNumber, missing, notEngagement, unknown, bare] = await Promise.all([
      cli('demo', '--out', at('x.skillshift'), '--employees', 'lots'),
      cli('info', at('missing.skillshift'), '--json'),
      cli('info', at('notes.txt'), '--json'),
      cli('frobnicate'),
      cli(),
    ]);
    expect(badNumber.stderr).toMatch(/^skillshift demo: --employees must be a whole number/);
    expect(missing.stderr).toMatch(/^skillshift info: .*missing\.skillshift does not exist\.\n$/);
    expect(notEngagement.stderr).toMatch(/^skillshift info: .*notes\.txt is not a Skillshift engagement: it is not an SQLite database\.\n$/);
    expect(unknown.stderr).toMatch(/^skillshift: unknown command "frobnicate"/);
    for (const r of [badNumber, missing, notEngagement, unknown]) expect(oneLine(r.stderr)).toBe(true);
    expect(bare.stderr).toMatch(/Usage: npm run cli -- <command>/);
    for (const r of [badNumber, missing, notEngagement, unknown, bare]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect(fs.existsSync(at('x.skillshift'))).toBe(false);
    expect(fs.readFileSync(at('notes.txt'), 'utf8')).toBe('just some notes\n');
  });

  it('help lists every command on stdout with exit code 0', async () => {
    const help = await cli('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    for (const name of ['new', 'demo', 'info', 'help']) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\s`, 'm'));
  });
});
