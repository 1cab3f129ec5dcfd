import { memoryEngagement } from '../../../helpers/engagement';
import { previewImport } from '../../../../src/main/io/import/preview';
import { csv, run, specOf, writeFile } from './helpers';

function preview(db: ReturnType<typeof memoryEngagement>, file: string, kind: Parameters<typeof previewImport>[3]['kind'], options = {}) {
  const spec = specOf(file);
  const { path: _p, ...detected } = spec;
  return previewImport(db, spec, { stagingId: '00000000-0000-4000-8000-000000000000', sizeBytes: 0, ...detected }, { kind, options, rows: 5 });
}

describe('import preview', () => {
  it('shows the conversions the mapping implies and asks to confirm an ambiguous date order', () => {
    const db = memoryEngagement(); // locale en-GB: day first when in doubt
    const file = writeFile(
      'hr.csv',
      csv([
        ['Personnel No', 'First Name', 'Last Name', 'Monthly Salary', 'Years of Service', 'DOB', 'Hours %'],
        ['P1', 'Ann', 'Ahern', '3000', '4', '03/04/1990', '80%'],
        ['P2', 'Bea', 'Byrne', '2500', '1', '05/06/1985', '100%'],
      ]),
    );
    const p = preview(db, file, 'employees');
    expect(p.mapping.fields).toEqual({ employeeId: 'Personnel No', firstName: 'First Name', lastName: 'Last Name', monthlySalary: 'Monthly Salary', yearsOfService: 'Years of Service', birthDate: 'DOB', ftePercent: 'Hours %' });
    expect(p.options).toMatchObject({ dateFormat: 'dmy', dateFormatAmbiguous: true, decimalSeparator: '.' });
    const notes = p.notes.join('\n');
    expect(notes).toMatch(/Monthly salary x 12/);
    expect(notes).toMatch(/Hire date = as-of date 2026-01-01 minus years of service/);
    expect(notes).toMatch(/Hours % \/ 100 = FTE/);
    expect(notes).toMatch(/03\/04\/2024 fit both day-first and month-first/);
    expect(p.rows).toHaveLength(2);
    expect(p.unmappedColumns).toEqual([]);
  });

  it('guesses a skills matrix: the person columns, then one skill per remaining column, known skills with high confidence', () => {
    const db = memoryEngagement();
    run(db, writeFile('s.csv', csv([['Skill', 'Category'], ['Python', 'technical']])), 'skills', 'commit');
    const file = writeFile('m.csv', csv([['Employee ID', 'Name', 'python', 'Welding', 'Comments'], ['E1', 'Ann', '3', '', 'ok']]));
    const p = preview(db, file, 'proficiencies');
    expect(p.options.shape).toBe('wide');
    expect(p.mapping).toEqual({ fields: { employeeId: 'Employee ID' }, skillColumns: { python: 'Python', Welding: 'Welding' } });
    expect(p.guesses.filter((g) => g.field === 'skillColumn').map((g) => [g.column, g.confidence])).toEqual([
      ['python', 0.95],
      ['Welding', 0.5],
    ]);
    expect(p.notes.join(' ')).toMatch(/blank cells mean not assessed/);
  });

  it('names the required fields left unmapped', () => {
    const db = memoryEngagement();
    const p = preview(db, writeFile('x.csv', csv([['Colour', 'Size'], ['red', '9']])), 'employees');
    expect(p.notes).toContain('Required: map a column to "Employee id".');
    expect(p.unmappedColumns).toEqual(['Colour', 'Size']);
  });
});
