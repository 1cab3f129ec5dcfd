// Big files are read on a second thread alongside the importing thread (reader-thread.ts):
// proficiencies parsed and converted there while this thread writes, other kinds converted
// block by block on both. Forced on for small files here: it must give exactly the result of
// the single-thread path, problems and created records included, and leave the connection's
// pragmas as they were.
import { memoryEngagement } from '../../../helpers/engagement';
import { defaultLimits } from '../../../../src/main/io/import/limits';
import { csv, run, setPseudonymise, writeFile } from './helpers';

function engagement() {
  const db = memoryEngagement();
  setPseudonymise(db, false);
  const people = [['Employee ID'], ...Array.from({ length: 300 }, (_, i) => [`E${i}`])];
  run(db, writeFile('p.csv', csv(people)), 'employees', 'commit');
  run(db, writeFile('s.csv', csv([['Skill', 'Category'], ['Python', 'technical'], ['SQL', 'technical'], ['Excel', 'digital']])), 'skills', 'commit');
  return db;
}

const rows = (): (string | number)[][] => {
  const out: (string | number)[][] = [['Employee ID', 'Skill', 'Level', 'Source', 'Date']];
  for (let e = 0; e < 300; e++) {
    for (const s of ['Python', 'SQL', 'Excel', 'Cobol']) out.push([`E${e}`, s, (e * 7 + s.length) % 6, e % 2 ? 'manager' : 'self', `0${1 + (e % 9)}/03/2025`]);
  }
  out.push(['E999', 'Python', 3, 'self', '01/03/2025']);
  out.push(['E1', 'SQL', 'nine', 'self', '01/03/2025']);
  out.push(['E2', 'SQL', 2, 'self', '31/02/2025']);
  out.push(['E3', 'Excel', 2, 'robot', '01/03/2025']);
  return out;
};

const stored = (db: ReturnType<typeof memoryEngagement>) =>
  db.prepare('SELECT e.client_id, s.name, p.level, p.source, p.assessed_on FROM proficiencies p JOIN employees e ON e.id = p.employee_id JOIN skills s ON s.id = p.skill_id ORDER BY 1, 2').all();

describe('parsing on a second thread', () => {
  it('commits exactly what the single-thread path commits, with the same report', () => {
    const file = writeFile('prof.csv', csv(rows()));
    const a = engagement();
    const b = engagement();
    const inline = run(a, file, 'proficiencies', 'commit', { skipInvalid: true, createMissing: true, options: { dateFormat: 'dmy' } });
    const threaded = run(b, file, 'proficiencies', 'commit', { skipInvalid: true, createMissing: true, options: { dateFormat: 'dmy' }, limits: { ...defaultLimits, parallelParseBytes: 1 } });
    const comparable = (r: typeof inline) => ({ ...r, durationMs: 0 });
    expect(comparable(threaded)).toEqual(comparable(inline));
    expect(threaded).toMatchObject({ committed: true, counts: { rows: 1204, invalid: 4, added: 1200 }, created: { skills: ['Cobol'] } });
    expect(threaded.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1202, 'Employee ID', 'unknown-reference'],
      [1203, 'Level', 'wrong-type'],
      [1204, 'Date', 'unparseable-date'],
      [1205, 'Source', 'invalid'],
    ]);
    expect(stored(b)).toEqual(stored(a));
    expect(b.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(b.pragma('ignore_check_constraints', { simple: true })).toBe(0);
    // The skipped CHECK evaluation during the load was only for rows already checked: the table still refuses bad rows.
    expect(() => b.prepare(`INSERT INTO proficiencies (employee_id, skill_id, level, source) VALUES (1, 1, 9, 'self')`).run()).toThrow(/CHECK/);
  });

  it('a file error found on the parser thread fails the run with the same typed error, and nothing is written', () => {
    const db = engagement();
    const file = writeFile('bad.csv', `Employee ID,Skill,Level\nE1,Python,3\nE2,"SQL,2\n`);
    expect(() => run(db, file, 'proficiencies', 'commit', { limits: { ...defaultLimits, parallelParseBytes: 1 } })).toThrow(/never closed/);
    expect(db.prepare('SELECT count(*) FROM proficiencies').pluck().get()).toBe(0);
  });
});

describe('employees converted on two threads', () => {
  it('store exactly what the single-thread path stores, pseudonyms and manager links included', () => {
    const rows: string[][] = [['Employee ID', 'Name', 'Manager ID']];
    // Managers further down the file, a manager outside the file, and a pseudonym given as an id.
    for (let i = 0; i < 500; i++) rows.push([`E${i}`, `Person ${i}`, i < 499 ? `E${i + 1}` : 'BOSS']);
    const file = writeFile('people.csv', csv(rows));
    const plain = memoryEngagement('A');
    const threaded = memoryEngagement('A');
    // The same secret in both, so the pseudonyms can be compared.
    threaded.prepare('UPDATE engagement SET secret = ?').run(plain.prepare('SELECT secret FROM engagement').pluck().get());
    const a = run(plain, file, 'employees', 'commit', { createMissing: true });
    const b = run(threaded, file, 'employees', 'commit', { createMissing: true, limits: { ...defaultLimits, parallelParseBytes: 1 } });
    expect({ ...b, durationMs: 0 }).toEqual({ ...a, durationMs: 0 });
    const people = (db: ReturnType<typeof memoryEngagement>) =>
      db.prepare('SELECT e.ref, m.ref AS manager FROM employees e LEFT JOIN employees m ON m.id = e.manager_id ORDER BY e.id').all();
    expect(people(threaded)).toEqual(people(plain));
    expect(b.created.managers).toHaveLength(1);
  });
});

describe('rows converted on two threads', () => {
  it('reports the same problems in the same order, wherever the bad rows fall', () => {
    const rows: string[][] = [['Employee ID', 'FTE', 'Hire Date', 'Manager ID']];
    for (let i = 0; i < 1200; i++) {
      const bad = i % 97 === 5; // spread over both threads' blocks
      rows.push([i % 331 === 7 ? `E${i - 300}` : `E${i}`, bad ? 'lots' : '1', bad && i % 2 ? '31/02/2020' : '2020-01-01', i ? `E${(i * 7) % 1200}` : '']);
    }
    const file = writeFile('people.csv', csv(rows));
    const a = memoryEngagement('A');
    const b = memoryEngagement('A');
    b.prepare('UPDATE engagement SET secret = ?').run(a.prepare('SELECT secret FROM engagement').pluck().get());
    const one = run(a, file, 'employees', 'commit', { skipInvalid: true });
    const two = run(b, file, 'employees', 'commit', { skipInvalid: true, limits: { ...defaultLimits, parallelParseBytes: 1 } });
    expect({ ...two, durationMs: 0 }).toEqual({ ...one, durationMs: 0 });
    expect(two.errorCount).toBeGreaterThan(10);
    // Numbers, dates, duplicates across blocks, links to rejected rows, people managing themselves.
    expect(new Set(two.errors.map((e) => e.code))).toEqual(new Set(['unparseable-number', 'unparseable-date', 'duplicate-id', 'unknown-reference', 'invalid']));
  });
});
