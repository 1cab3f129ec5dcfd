// `taxonomy` on the command line, in-process through runCli with a recording io (one spawned
// run checks the real exit code and stderr progress): argument checks, each import kind on the
// real reference files, --json, and the exit codes 0 / 1 (bad content) / 2 (unusable input).
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCliCaptured } from '../../helpers/cli';
import type { EscoImportReport, ExposureImportReport } from '../../../src/shared/taxonomy-types';
import { tempDir } from '../../helpers/engagement';
import { CROSSWALK, ESCO, EXPOSURE, ONET, csvRecords } from '../io/taxonomy/fixture';

/** The clock advances on every reading so progress (quiet for the first second) shows. */
function run(...args: string[]) {
  let t = 0;
  return runCliCaptured(args, () => (t += 500));
}

const dir = tempDir('skillshift-taxonomy-cli-');
const at = (name: string) => path.join(dir, name);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A new engagement with two roles: one O*NET-coded, one SOC 2018-coded. */
async function engagement(name: string): Promise<string> {
  const file = at(name);
  expect((await run('new', file, '--name', 'Taxonomy test')).code).toBe(0);
  const db = new Database(file);
  db.prepare(`INSERT INTO roles (title, family, occupation_code, occupation_system) VALUES ('Accountant', 'Finance', '13-2011.00', 'onet-soc'), ('Developer', 'IT', '15-1252', 'soc')`).run();
  db.close();
  return file;
}

const count = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('taxonomy command', () => {
  it('refuses unusable arguments with exit code 2 and changes nothing', async () => {
    const file = await engagement('args.skillshift');
    const usage = async (pattern: RegExp, ...args: string[]) => {
      const r = await run('taxonomy', ...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(pattern);
    };
    await usage(/exactly one of --onet/, file);
    await usage(/exactly one of --onet/, file, '--onet', ONET, '--esco', ESCO);
    await usage(/--source is required/, file, '--exposure', path.join(EXPOSURE, 'frey_osborne_2017.csv'));
    await usage(/--source must be one of/, file, '--exposure', path.join(EXPOSURE, 'frey_osborne_2017.csv'), '--source', 'gartner');
    await usage(/--measure and --rater apply to --source eloundou/, file, '--exposure', 'x.csv', '--source', 'aioe', '--measure', 'alpha');
    await usage(/--crosswalk goes with --exposure/, file, '--onet', ONET, '--crosswalk', CROSSWALK);
    await usage(/--min-importance must be a number from 1 to 5/, file, '--onet', ONET, '--min-importance', '9');
    await usage(/FILE .* is required/, '--onet', ONET);
    await usage(/not found/, file, '--esco', at('no-such-folder'));
    await usage(/does not exist/, at('missing.skillshift'), '--onet', ONET);
    await usage(/is not a SOC 2010 to SOC 2018 crosswalk|missing column/, file, '--exposure', path.join(EXPOSURE, 'frey_osborne_2017.csv'), '--source', 'frey-osborne', '--crosswalk', path.join(EXPOSURE, 'microsoft_ai_applicability.csv'));
    expect(count(file, 'SELECT count(*) AS n FROM role_exposures')).toBe(0);
    expect(count(file, 'SELECT count(*) AS n FROM skills')).toBe(0);
  });

  it('imports O*NET, prints what it created and the unmatched roles, with progress on stderr', async () => {
    const file = await engagement('onet.skillshift');
    const r = await run('taxonomy', file, '--onet', ONET);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Imported O\*NET 29\.2 Database into/);
    expect(r.out).toMatch(/Skills: 35 created/);
    expect(r.out).toMatch(/Requirements: [\d,]+ created for 1 roles/);
    expect(r.out).toMatch(/Developer \[15-1252\]: 15-1252\.00 \(Software Developers\) is an O\*NET-SOC occupation but this release has no skill ratings/);
    expect(r.err).toMatch(/Reading O\*NET skills: \d+%/);
    expect(count(file, `SELECT count(*) AS n FROM role_requirements WHERE source = 'onet'`)).toBeGreaterThan(0);

    // Parsing the 3 MB release once per file: re-import and --json are checked on other kinds.
  });

  it('imports ESCO and each exposure index, reporting unmatched roles and index rows', async () => {
    const file = await engagement('exposure.skillshift');
    const esco = await run('taxonomy', file, '--esco', ESCO);
    expect(esco.code).toBe(0);
    expect(esco.out).toMatch(/Occupations \(ESCO\): 3,039 created/);
    const again = await run('taxonomy', file, '--esco', ESCO, '--json');
    expect((JSON.parse(again.out) as EscoImportReport).skills).toMatchObject({ created: 0, updated: 0 });
    const frey = await run('taxonomy', file, '--exposure', path.join(EXPOSURE, 'frey_osborne_2017.csv'), '--source', 'frey-osborne', '--crosswalk', CROSSWALK, '--json');
    const report = JSON.parse(frey.out) as ExposureImportReport;
    expect(report.indexRows).toBe(csvRecords(path.join(EXPOSURE, 'frey_osborne_2017.csv')).length);
    expect(report.matched.map((m) => [m.title, m.via])).toEqual([
      ['Accountant', 'soc6'],
      ['Developer', 'crosswalk'],
    ]);
    expect(report.indexRowsUnmatched).toBe(report.indexRows - report.matched.flatMap((m) => m.matchedCodes).length);
    const eloundou = await run('taxonomy', file, '--exposure', path.join(EXPOSURE, 'eloundou_gpts_occ_level.csv'), '--source', 'eloundou', '--rater', 'model', '--prefer');
    expect(eloundou.code).toBe(0);
    expect(eloundou.out).toMatch(/\(dv_rating_beta\)/);
    expect(eloundou.out).toMatch(/Preferred exposure index: eloundou/);
  });

  it('exits 1 when the file is readable but no row is usable, and imports nothing', async () => {
    const file = await engagement('bad.skillshift');
    const bad = at('bad-index.csv');
    fs.writeFileSync(bad, 'SOC Code,title,ai_applicability_score\n15-1252,Developers,high\nnot-a-code,Thing,0.5\n');
    const r = await run('taxonomy', file, '--exposure', bad, '--source', 'microsoft');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/no usable rows/);
    expect(count(file, 'SELECT count(*) AS n FROM role_exposures')).toBe(0);
  });

  it('runs as a real process: exit code 1 for bad content, 0 with the report on stdout', async () => {
    const file = await engagement('spawned.skillshift');
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const spawn = (...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, ['--import', 'tsx', path.join(root, 'src/main/cli/index.ts'), ...args], { cwd: root }, (e, stdout, stderr) =>
          resolve({ code: e ? Number(e.code) : 0, stdout, stderr }),
        ),
      );
    const bad = at('empty-index.csv');
    fs.writeFileSync(bad, 'SOC Code,title,ai_applicability_score\n');
    expect((await spawn('taxonomy', file, '--exposure', bad, '--source', 'microsoft')).code).toBe(1);
    const ok = await spawn('taxonomy', file, '--exposure', path.join(EXPOSURE, 'microsoft_ai_applicability.csv'), '--source', 'microsoft', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ kind: 'exposure', source: 'microsoft' });
  });
});
