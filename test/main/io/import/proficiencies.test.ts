import ExcelJS from 'exceljs';
import { memoryEngagement } from '../../../helpers/engagement';
import { count, csv, run, setPseudonymise, writeFile } from './helpers';

function seeded() {
  const db = memoryEngagement();
  setPseudonymise(db, false);
  run(db, writeFile('people.csv', csv([['Employee ID', 'Name'], ['E1', 'Ann'], ['E2', 'Bea'], ['E3', 'Cal']])), 'employees', 'commit');
  run(db, writeFile('skills.csv', csv([['Skill', 'Category'], ['Python', 'technical'], ['SQL', 'technical'], ['Negotiation', 'soft'], ['Polish', 'language']])), 'skills', 'commit');
  return db;
}

const levels = (db: ReturnType<typeof memoryEngagement>) =>
  db
    .prepare('SELECT e.client_id AS e, s.name AS s, p.level, p.source, p.assessed_on AS on_ FROM proficiencies p JOIN employees e ON e.id = p.employee_id JOIN skills s ON s.id = p.skill_id ORDER BY 1, 2')
    .all();

describe('proficiency import', () => {
  it('imports the long shape with numbers, labels, sources and dates; blank levels store nothing', () => {
    const db = seeded();
    const file = writeFile(
      'long.csv',
      csv([
        ['Employee ID', 'Skill', 'Proficiency', 'Assessed By', 'Assessment Date'],
        ['E1', 'Python', '4', 'Manager', '2025-06-30'],
        ['E1', 'sql', 'Intermediate', 'self-assessment', '30/06/2025'],
        ['E2', 'Python', '', 'self', '2025-06-30'],
        ['E2', 'Negotiation', '0', '', ''],
      ]),
    );
    const r = run(db, file, 'proficiencies', 'commit');
    expect(r).toMatchObject({ committed: true, shape: 'long', counts: { rows: 4, added: 3, invalid: 0 } });
    expect(levels(db)).toEqual([
      { e: 'E1', s: 'Python', level: 4, source: 'manager', on_: '2025-06-30' },
      { e: 'E1', s: 'SQL', level: 3, source: 'self', on_: '2025-06-30' },
      { e: 'E2', s: 'Negotiation', level: 0, source: 'assessment', on_: null },
    ]);
  });

  it('imports a wide skills matrix from XLSX with a configurable label map; blank cells are not assessed, never zero', async () => {
    const db = seeded();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Matrix');
    ws.addRow(['Employee ID', 'Name', 'Python', 'SQL', 'Negotiation', 'Polish']);
    ws.addRow(['E1', 'Ann', 'Expert', 'basic', null, 'native']);
    ws.addRow(['E2', 'Bea', 3, '', 'beginner', null]);
    const file = writeFile('matrix.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const r = run(db, file, 'proficiencies', 'commit', { options: { levelLabels: { native: 5 }, defaultSource: 'manager', assessedOn: '2025-12-31' } });
    expect(r).toMatchObject({ committed: true, shape: 'wide', counts: { rows: 2, added: 5 } });
    expect(levels(db)).toEqual([
      { e: 'E1', s: 'Polish', level: 5, source: 'manager', on_: '2025-12-31' },
      { e: 'E1', s: 'Python', level: 5, source: 'manager', on_: '2025-12-31' },
      { e: 'E1', s: 'SQL', level: 2, source: 'manager', on_: '2025-12-31' },
      { e: 'E2', s: 'Negotiation', level: 2, source: 'manager', on_: '2025-12-31' },
      { e: 'E2', s: 'Python', level: 3, source: 'manager', on_: '2025-12-31' },
    ]);
  });

  it('reports unknown people and skills, out-of-range levels and duplicates by row and column', () => {
    const db = seeded();
    const file = writeFile(
      'bad.csv',
      csv([
        ['Employee ID', 'Skill', 'Level'],
        ['E1', 'Python', '7'],
        ['E9', 'Python', '3'],
        ['E1', 'Cobol', '3'],
        ['E2', 'SQL', '2'],
        ['E2', 'SQL', '3'],
        ['E3', 'SQL', 'great'],
      ]),
    );
    const r = run(db, file, 'proficiencies', 'commit');
    expect(r.committed).toBe(false);
    expect(count(db, 'proficiencies')).toBe(0);
    expect(r.errors.map((e) => [e.row, e.column, e.value, e.code])).toEqual([
      [2, 'Level', '7', 'out-of-range'],
      [3, 'Employee ID', 'E9', 'unknown-reference'],
      [4, 'Skill', 'Cobol', 'unknown-reference'],
      [6, 'Skill', 'E2 / SQL', 'duplicate-id'],
      [7, 'Level', 'great', 'wrong-type'],
    ]);
    const skipped = run(db, file, 'proficiencies', 'commit', { skipInvalid: true, createMissing: true });
    expect(skipped).toMatchObject({ committed: true, counts: { added: 2, skipped: 4 } });
    expect(skipped.created.skills).toEqual(['Cobol']);
    expect(count(db, 'proficiencies')).toBe(2);
  });

  it('re-import shows level changes and removals in the file scope before committing them', () => {
    const db = seeded();
    const v1 = csv([['Employee ID', 'Skill', 'Level'], ['E1', 'Python', '2'], ['E1', 'SQL', '3'], ['E2', 'Python', '1'], ['E3', 'Polish', '4']]);
    run(db, writeFile('v1.csv', v1), 'proficiencies', 'commit');
    // E1 improved in Python, E1's SQL is gone, E2 unchanged; E3 (not in this file) is out of scope.
    const v2 = writeFile('v2.csv', csv([['Employee ID', 'Skill', 'Level'], ['E1', 'Python', '3'], ['E2', 'Python', '1'], ['E2', 'SQL', '4']]));
    const dry = run(db, v2, 'proficiencies', 'validate');
    expect(dry.counts).toMatchObject({ added: 1, changed: 1, unchanged: 1, removed: 0 });
    expect(dry.removalsPending).toBe(1);
    expect(dry.diff.changed).toEqual([{ key: 'E1 / Python', row: 2, changes: [{ field: 'level', old: 2, new: 3 }] }]);
    expect(dry.diff.removed).toEqual([{ key: 'E1 / SQL', row: null }]);
    const done = run(db, v2, 'proficiencies', 'commit', { confirmRemovals: true });
    expect(done.counts).toMatchObject({ added: 1, changed: 1, removed: 1 });
    expect(levels(db).map((x) => `${(x as { e: string }).e}/${(x as { s: string }).s}=${(x as { level: number }).level}`)).toEqual(['E1/Python=3', 'E2/Python=1', 'E2/SQL=4', 'E3/Polish=4']);
  });
});
