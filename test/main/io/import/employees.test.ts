import { memoryEngagement } from '../../../helpers/engagement';
import { pseudonym } from '../../../../src/main/io/pseudonym';
import { getSecret } from '../../../../src/main/db/repos/engagement';
import { count, csv, run, setPseudonymise, writeFile } from './helpers';

const HEAD = ['Employee Number', 'First Name', 'Last Name', 'Job Title', 'Department', 'Location', 'FTE', 'Monthly Salary', 'Start Date', 'Date of Birth', 'Reports To'];

function people(extra: (string | number)[][] = []) {
  return csv([
    HEAD,
    ['E2', 'Bea', 'Byrne', 'Analyst', 'Claims', 'Dublin', '0,8', '3.000,50', '15/03/2019', '1990-02-01', 'E1'],
    ['E1', 'Ann', 'Ahern', 'Head of Claims', 'Claims', 'Dublin', '1', '6.000', '01/09/2010', '1975-07-30', ''],
    ['E3', 'Cal', 'Cole', 'Analyst', 'Claims', 'Cork', '100%', '2.800', '20/11/2021', '1995-12-24', 'E1'],
    ...extra,
  ]);
}

describe('employee import', () => {
  it('imports with guessed HRIS headers, converts monthly pay and dates, links managers that come later in the file', () => {
    const db = memoryEngagement();
    setPseudonymise(db, false);
    const file = writeFile('people.csv', people());
    const r = run(db, file, 'employees', 'commit', { createMissing: true });
    expect(r.committed).toBe(true);
    expect(r.counts).toMatchObject({ rows: 3, added: 3, invalid: 0 });
    expect(r.created.roles.sort()).toEqual(['Analyst', 'Head of Claims']);
    expect(r.created.locations.sort()).toEqual(['Cork', 'Dublin']);
    expect(r.notes.join(' ')).toMatch(/Monthly salary x 12/);
    const bea = db.prepare('SELECT * FROM employees WHERE client_id = ?').get('E2') as Record<string, unknown>;
    expect(bea).toMatchObject({ name: 'Bea Byrne', fte: 0.8, salary: 36006, hire_date: '2019-03-15', birth_year: 1990 });
    const ann = db.prepare('SELECT id FROM employees WHERE client_id = ?').pluck().get('E1');
    expect(bea.manager_id).toBe(ann);
    expect(bea.ref).toBe(pseudonym(getSecret(db), 'E2'));
    const cal = db.prepare('SELECT fte FROM employees WHERE client_id = ?').get('E3') as { fte: number };
    expect(cal.fte).toBe(1);
    const audit = db.prepare(`SELECT * FROM audit_log WHERE action = 'import'`).all() as { summary: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].after).counts).toMatchObject({ added: 3 });
  });

  it('drops names and client ids when the engagement pseudonymises, keeping manager links through pseudonyms', () => {
    const db = memoryEngagement();
    setPseudonymise(db, true);
    const r = run(db, writeFile('people.csv', people()), 'employees', 'commit', { createMissing: true });
    expect(r.committed).toBe(true);
    const rows = db.prepare('SELECT ref, client_id, name, manager_id FROM employees ORDER BY ref').all() as { ref: string; client_id: string | null; name: string | null; manager_id: number | null }[];
    expect(rows.every((x) => x.client_id === null && x.name === null && /^P-[0-9a-f]{16}$/.test(x.ref))).toBe(true);
    const secret = getSecret(db);
    const bea = db.prepare('SELECT manager_id FROM employees WHERE ref = ?').pluck().get(pseudonym(secret, 'E2'));
    const ann = db.prepare('SELECT id FROM employees WHERE ref = ?').pluck().get(pseudonym(secret, 'E1'));
    expect(bea).toBe(ann);
    expect(JSON.stringify(r)).not.toMatch(/Byrne|"E2"/);
  });

  it('reports bad values by row, column, value and problem, and commits nothing', () => {
    const db = memoryEngagement();
    const file = writeFile(
      'people.csv',
      people([
        ['E4', 'Dan', 'Doyle', 'Analyst', 'Claims', 'Dublin', '2.5', 'lots', '31/02/2020', '1990-01-01', 'E1'],
        ['E2', 'Bea', 'Again', 'Analyst', 'Claims', 'Dublin', '1', '3.000', '15/03/2019', '1990-02-01', ''],
        ['E5', 'Eve', 'Egan', 'Analyst', 'Claims', 'Dublin', '1', '3.000', '15/03/2019', '1990-02-01', 'E99'],
      ]),
    );
    const r = run(db, file, 'employees', 'commit', { createMissing: false });
    expect(r.committed).toBe(false);
    expect(count(db, 'employees')).toBe(0);
    const at = (row: number, column: string) => r.errors.find((e) => e.row === row && e.column === column);
    expect(at(5, 'Monthly Salary')).toMatchObject({ value: 'lots', code: 'unparseable-number' });
    expect(at(5, 'Start Date')).toMatchObject({ value: '31/02/2020', code: 'unparseable-date' });
    expect(at(6, 'Employee Number')).toMatchObject({ value: 'E2', code: 'duplicate-id', problem: expect.stringMatching(/row 2/) });
    expect(at(7, 'Reports To')).toMatchObject({ value: 'E99', code: 'unknown-reference' });
    expect(at(2, 'Job Title')).toMatchObject({ value: 'Analyst', code: 'unknown-reference' });
  });

  it('reports a value out of the schema range with the column it came from', () => {
    const db = memoryEngagement();
    const file = writeFile('p.csv', csv([['Employee ID', 'FTE', 'Annual Salary'], ['A1', '2.5', '-5'], ['A2', '0.5', '100']]));
    const r = run(db, file, 'employees', 'validate');
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'FTE', value: '2.5', code: 'out-of-range' }),
        expect.objectContaining({ row: 2, column: 'Annual Salary', value: '-5', code: 'out-of-range' }),
      ]),
    );
    expect(r.counts).toMatchObject({ rows: 2, invalid: 1, added: 1 });
  });

  it('skips invalid rows on request and says how many', () => {
    const db = memoryEngagement();
    const file = writeFile('p.csv', csv([['Employee ID', 'FTE'], ['A1', '1'], ['A2', 'x'], ['A3', '0.5']]));
    const r = run(db, file, 'employees', 'commit', { skipInvalid: true });
    expect(r).toMatchObject({ committed: true, counts: { added: 2, skipped: 1, invalid: 1 } });
    expect(count(db, 'employees')).toBe(2);
  });

  it('re-import merges by client id: shows added, changed field by field, and removed before committing', () => {
    const db = memoryEngagement();
    setPseudonymise(db, false);
    run(db, writeFile('v1.csv', people()), 'employees', 'commit', { createMissing: true });
    const v2 = csv([
      HEAD,
      ['E1', 'Ann', 'Ahern', 'Head of Claims', 'Claims', 'Dublin', '1', '6.500', '01/09/2010', '1975-07-30', ''],
      ['E2', 'Bea', 'Byrne', 'Analyst', 'Claims', 'Dublin', '0,8', '3.000,50', '15/03/2019', '1990-02-01', 'E1'],
      ['E9', 'Ian', 'Igoe', 'Analyst', 'Claims', 'Dublin', '1', '2.500', '01/01/2024', '2000-01-01', 'E2'],
    ]);
    const file = writeFile('v2.csv', v2);
    const dry = run(db, file, 'employees', 'validate', { createMissing: true });
    expect(dry.counts).toMatchObject({ added: 1, changed: 1, unchanged: 1, removed: 0 });
    expect(dry.removalsPending).toBe(1);
    expect(dry.diff.changed[0]).toMatchObject({ key: 'E1', changes: [{ field: 'salary', old: 72000, new: 78000 }] });
    expect(dry.diff.added[0]).toMatchObject({ key: 'E9', row: 4 });
    expect(dry.diff.removed[0]).toMatchObject({ key: 'E3', row: null });
    expect(count(db, 'employees')).toBe(3);

    const kept = run(db, file, 'employees', 'commit', { createMissing: true });
    expect(kept.counts.removed).toBe(0);
    expect(count(db, 'employees')).toBe(4);

    const removed = run(db, file, 'employees', 'commit', { createMissing: true, confirmRemovals: true });
    expect(removed.counts).toMatchObject({ removed: 1, added: 0, changed: 0 });
    expect(db.prepare('SELECT client_id FROM employees ORDER BY client_id').pluck().all()).toEqual(['E1', 'E2', 'E9']);
    const changedAudit = db.prepare(`SELECT before, after FROM audit_log WHERE action = 'import' AND entity = 'employee' AND summary LIKE 'Import changed%'`).get() as { before: string; after: string };
    expect(JSON.parse(changedAudit.before)).toEqual({ salary: 72000 });
    expect(JSON.parse(changedAudit.after)).toEqual({ salary: 78000 });
  });

  it('creates missing managers as minimal people when asked, and lists them', () => {
    const db = memoryEngagement();
    setPseudonymise(db, false);
    const file = writeFile('p.csv', csv([['Employee ID', 'Manager ID'], ['A1', 'BOSS'], ['A2', 'BOSS']]));
    const r = run(db, file, 'employees', 'commit', { createMissing: true });
    expect(r.created.managers).toEqual(['BOSS']);
    expect(r.counts.added).toBe(2);
    const boss = db.prepare(`SELECT id FROM employees WHERE client_id = 'BOSS'`).pluck().get();
    expect(db.prepare('SELECT count(*) FROM employees WHERE manager_id = ?').pluck().get(boss)).toBe(2);
  });

  it('derives hire date from years of service and birth year from age using the as-of date', () => {
    const db = memoryEngagement(); // as of 2026-01-01
    setPseudonymise(db, false);
    const file = writeFile('p.csv', csv([['Worker ID', 'Years of Service', 'Age', 'Base Pay'], ['W1', '10', '40', '50,000']]));
    const r = run(db, file, 'employees', 'commit');
    expect(r.committed).toBe(true);
    expect(db.prepare('SELECT hire_date, birth_year, salary FROM employees').get()).toEqual({ hire_date: '2016-01-01', birth_year: 1986, salary: 50000 });
  });
});
