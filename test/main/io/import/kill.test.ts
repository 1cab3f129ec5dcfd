// All or nothing, even when the process dies: a child process runs a large import through the
// command line and is killed with SIGKILL in the middle; the file must then pass
// integrity_check and hold exactly the rows it held before.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createEngagementFile, defaultMeta } from '../../../../src/main/api/engagement-files';
import { openEngagementDb } from '../../../../src/main/db/connection';
import { entityCounts } from '../../../../src/main/db/repos/counts';
import { tempDir } from '../../../helpers/engagement';
import { run } from './helpers';

const EMPLOYEES = 20_000;
const SKILLS = 50;
const repo = path.resolve(__dirname, '../../../..');

function prepare(dir: string) {
  const file = path.join(dir, 'kill.skillshift');
  const db = createEngagementFile(file, defaultMeta('Kill test'));
  const people = ['Employee ID,Name', ...Array.from({ length: EMPLOYEES }, (_, i) => `E${i + 1},Person ${i + 1}`)].join('\n');
  fs.writeFileSync(path.join(dir, 'people.csv'), people);
  fs.writeFileSync(path.join(dir, 'skills.csv'), ['Skill,Category', ...Array.from({ length: SKILLS }, (_, i) => `Skill ${i + 1},technical`)].join('\n'));
  expect(run(db, path.join(dir, 'people.csv'), 'employees', 'commit').committed).toBe(true);
  expect(run(db, path.join(dir, 'skills.csv'), 'skills', 'commit').committed).toBe(true);
  const before = entityCounts(db);
  db.close();
  const out = fs.openSync(path.join(dir, 'prof.csv'), 'w');
  fs.writeSync(out, 'Employee ID,Skill,Level,Source,Date\n');
  for (let e = 1; e <= EMPLOYEES; e++) {
    let chunk = '';
    for (let s = 1; s <= SKILLS; s++) chunk += `E${e},Skill ${s},${(e + s) % 6},self,2025-01-0${1 + (s % 9)}\n`;
    fs.writeSync(out, chunk);
  }
  fs.closeSync(out);
  return { file, before, csv: path.join(dir, 'prof.csv') };
}

describe('a commit killed mid-way', () => {
  it('leaves the file intact with exactly the rows it had before', async () => {
    const dir = tempDir('skillshift-kill-');
    const { file, before, csv } = prepare(dir);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'src/main/cli/index.ts'), 'import', file, '--kind', 'proficiencies', '--from', csv], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let killedAt: string | null = null;
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      // Progress lines ("Importing prof.csv: 30%") mean rows are being written inside the transaction.
      const m = /Importing [^:]+: (\d+)%/.exec(stderr.split('\n').filter(Boolean).pop() ?? '');
      if (!killedAt && m && Number(m[1]) >= 20 && Number(m[1]) < 100) {
        killedAt = m[0];
        child.kill('SIGKILL');
      }
    });
    const { signal } = await exit;
    expect(killedAt, `the import finished before it could be killed: ${stderr}`).not.toBeNull();
    expect(signal).toBe('SIGKILL');
    // The transaction was open: its pages sit uncommitted in the WAL, which recovery ignores.
    expect(fs.existsSync(`${file}-wal`)).toBe(true);

    const check = execFileSync('/usr/bin/sqlite3', [file, 'PRAGMA integrity_check; SELECT count(*) FROM proficiencies; SELECT count(*) FROM employees;'], { encoding: 'utf8' });
    expect(check.trim().split('\n')).toEqual(['ok', String(before.proficiencies), String(before.employees)]);
    const db = openEngagementDb(file, { mode: 'open' });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(entityCounts(db)).toEqual(before);
      expect(db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'proficiencies'`).pluck().get()).toBe(0);
      // The secondary index dropped for the bulk load is back too: it was dropped in the same transaction.
      expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'proficiencies_skill'`).pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  }, 120_000);
});
