// The commands run in-process through runCli with a recording io: every path of the argument
// handling and file checks without the cost of spawning a process per case.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { runCliCaptured } from '../../helpers/cli';
import { tempDir } from '../../helpers/engagement';

const run = (...args: string[]) => runCliCaptured(args);

const dir = tempDir('skillshift-cmd-');
const at = (name: string) => path.join(dir, name);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const expectUsageError = (r: Awaited<ReturnType<typeof run>>, pattern: RegExp) => {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.errLines).toBe(1);
  expect(r.err).toMatch(pattern);
};

describe('new', () => {
  it('validates the name, currency and locale before creating anything', async () => {
    expectUsageError(await run('new', at('a.skillshift'), '--name', 'X', '--currency', 'euro'), /--currency: expected an ISO 4217/);
    expectUsageError(await run('new', at('a.skillshift'), '--name', 'X', '--locale', 'english'), /--locale: expected a locale/);
    expectUsageError(await run('new', at('a.skillshift')), /--name is required/);
    expectUsageError(await run('new', at('a.skillshift'), '--name', '  '), /--name must not be empty/);
    expectUsageError(await run('new', '--name', 'X'), /FILE .* is required/);
    expectUsageError(await run('new', at('a'), at('b'), '--name', 'X'), /unexpected argument/);
    expectUsageError(await run('new', at('a.skillshift'), '--name'), /--name needs a value/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reports a folder that does not exist as an unusable file', async () => {
    expectUsageError(await run('new', at('no/such/folder/a.skillshift'), '--name', 'X'), /cannot be opened for writing/);
  });
});

describe('demo', () => {
  it('parses sizes and seeds strictly', async () => {
    expectUsageError(await run('demo', '--out', at('d.skillshift'), '--employees', '12.5'), /--employees must be a whole number from 1 to 900,000, got "12.5"/);
    expectUsageError(await run('demo', '--out', at('d.skillshift'), '--employees', '1000000'), /--employees must be a whole number/);
    expectUsageError(await run('demo', '--out', at('d.skillshift'), '--seed', '4294967296'), /--seed must be a whole number from 0 to 4,294,967,295/);
    expectUsageError(await run('demo', '-o'), /--out needs a value/);
    expectUsageError(await run('demo', at('d.skillshift')), /unexpected argument/);
    expect(fs.existsSync(at('d.skillshift'))).toBe(false);
  });

  it('accepts short options and underscores in numbers, and reports what it made', async () => {
    const r = await run('demo', '-o', at('small.skillshift'), '-n', '1_00', '--seed', '3');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Created .*small\.skillshift: demo engagement with 100 employees, \d+ roles, \d+ skills and [\d,]+ proficiencies \(seed 3\)/);
    const info = await run('info', at('small.skillshift'), '--json');
    expect(JSON.parse(info.out).employees).toBe(100);
  });
});

describe('info', () => {
  it('refuses another application\u2019s database, a folder and a file from a newer Skillshift', async () => {
    const other = new Database(at('other.db'));
    other.exec('CREATE TABLE t (x INTEGER)');
    other.close();
    expectUsageError(await run('info', at('other.db')), /SQLite database but not a Skillshift engagement/);
    expectUsageError(await run('info', dir), /cannot be read/);

    expect((await run('new', at('future.skillshift'), '--name', 'Future')).code).toBe(0);
    const db = new Database(at('future.skillshift'));
    db.pragma('user_version = 999');
    db.close();
    expectUsageError(await run('info', at('future.skillshift'), '--json'), /newer version of Skillshift/);
  });

  it('prints a readable table', async () => {
    expect((await run('new', at('t.skillshift'), '--name', 'Table Co', '--locale', 'de-DE')).code).toBe(0);
    const r = await run('info', at('t.skillshift'));
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Table Co');
    expect(r.out).toMatch(/Currency, locale\s+EUR, de-DE/);
    expect(r.out).toMatch(/Entity\s+Count/);
    expect(r.out).toMatch(/Role requirements\s+0/);
  });
});

describe('help', () => {
  it('answers help, --help and COMMAND --help on stdout', async () => {
    const [all, demo, flag] = [await run('help'), await run('help', 'demo'), await run('demo', '--help')];
    expect(all.out).toMatch(/Commands:/);
    expect(demo.out).toMatch(/^Usage: npm run cli -- demo --out FILE/);
    expect(flag.out).toBe(demo.out);
    for (const r of [all, demo, flag]) expect(r).toMatchObject({ code: 0, err: '' });
    expectUsageError(await run('help', 'nope'), /unknown command "nope"/);
  });
});
