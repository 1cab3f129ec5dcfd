// Same seed and size, same rows; another seed, other people on the same catalogue.
import fs from 'node:fs';
import path from 'node:path';
import { createDemoFile } from '../../../src/main/api/engagement-files';
import { openMemoryDb } from '../../../src/main/db/connection';
import { createDemo } from '../../../src/main/demo';
import { AppError } from '../../../src/shared/result';
import { tempDir } from '../../helpers/engagement';
import { dumpTables } from './dump';

function generate(employees: number, seed: number, onProgress?: (done: number, total: number) => void) {
  const db = openMemoryDb();
  createDemo(db, { employees, seed }, onProgress);
  const dump = dumpTables(db);
  db.close();
  return dump;
}

const PEOPLE_TABLES = ['employees', 'proficiencies'];

describe('demo determinism', () => {
  it('writes identical rows for the same seed, in memory and on disk', () => {
    const a = generate(400, 7);
    const b = generate(400, 7);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [table, rows] of a) expect(b.get(table), table).toBe(rows);

    const dir = tempDir();
    const onDisk = createDemoFile(path.join(dir, 'a.skillshift'), { employees: 400, seed: 7 });
    const fromFile = dumpTables(onDisk);
    onDisk.close();
    for (const [table, rows] of a) expect(fromFile.get(table), table).toBe(rows);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('changes the people but not the catalogue when the seed changes', () => {
    const a = generate(300, 1);
    const b = generate(300, 2);
    for (const t of PEOPLE_TABLES) expect(b.get(t), t).not.toBe(a.get(t));
    for (const t of ['roles', 'skills', 'role_requirements', 'tasks', 'locations', 'org_units', 'learning_programs', 'objectives']) {
      expect(b.get(t), t).toBe(a.get(t));
    }
    // Ramp targets scale with size, so the scenarios are equal for equal sizes.
    expect(b.get('scenario_versions')).toBe(a.get('scenario_versions'));
  });

  it('reports progress in order, at most every few thousand people, ending at the total', () => {
    const calls: [number, number][] = [];
    generate(12_345, 3, (done, total) => calls.push([done, total]));
    expect(calls[0]).toEqual([0, 12_345]);
    expect(calls.at(-1)).toEqual([12_345, 12_345]);
    expect(calls.length).toBeLessThanOrEqual(12_345 / 5000 + 2);
    for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThan(calls[i - 1][0]);
  });

  it('refuses sizes and seeds it cannot generate, before writing anything', () => {
    for (const options of [{ employees: 0, seed: 1 }, { employees: 2.5, seed: 1 }, { employees: 10, seed: -1 }, { employees: 10, seed: 2 ** 32 }]) {
      const db = openMemoryDb();
      expect(() => createDemo(db, options)).toThrow(AppError);
      expect(db.prepare('SELECT count(*) FROM engagement').pluck().get()).toBe(0);
      db.close();
    }
  });
});
