import { guessFields } from '../../../../src/main/io/import/guess';
import { fieldsOf } from '../../../../src/main/io/import/fields';
import { LevelReader } from '../../../../src/main/io/import/levels';
import { detectDateOrder, detectDecimal, parseDateCell, parseNumberCell } from '../../../../src/main/io/import/values';

const num = (s: string, d: '.' | ',' = '.') => parseNumberCell(s, d).value;

describe('reading values as spreadsheets write them', () => {
  it('reads numbers with thousands separators, decimal commas, currency, percentages and negatives', () => {
    expect(num('1,234.56')).toBe(1234.56);
    expect(num('1.234,56', ',')).toBe(1234.56);
    expect(num('1.234,56')).toBe(1234.56); // the form decides when it can
    expect(num('1,234')).toBe(1234);
    expect(num('1,234', ',')).toBe(1.234); // only the ambiguous form follows the file's locale
    expect(num('6.500', ',')).toBe(6500);
    expect(num('3,5')).toBe(3.5);
    expect(num('€ 45 000')).toBe(45000);
    expect(num('45.000 €', ',')).toBe(45000);
    expect(num("CHF 1'250.50")).toBe(1250.5);
    expect(num('(1,200)')).toBe(-1200);
    expect(parseNumberCell('80%', '.')).toEqual({ value: 80, percent: true });
    expect(num('12,34,567')).toBeNaN();
    expect(num('1.2.3', ',')).toBeNaN();
    expect(num('abc')).toBeNaN();
    expect(num('')).toBeNaN();
  });

  it('reads ISO, day-first, month-first, named-month and Excel serial dates, refusing impossible ones', () => {
    expect(parseDateCell('2024-03-04', 'dmy', 2026)).toBe('2024-03-04');
    expect(parseDateCell('2024-03-04T10:00:00Z', 'dmy', 2026)).toBe('2024-03-04');
    expect(parseDateCell('03/04/2024', 'dmy', 2026)).toBe('2024-04-03');
    expect(parseDateCell('03/04/2024', 'mdy', 2026)).toBe('2024-03-04');
    expect(parseDateCell('3.4.24', 'dmy', 2026)).toBe('2024-04-03');
    expect(parseDateCell('3.4.75', 'dmy', 2026)).toBe('1975-04-03');
    expect(parseDateCell('12 Mar 2019', 'mdy', 2026)).toBe('2019-03-12');
    expect(parseDateCell('March 12, 2019', 'dmy', 2026)).toBe('2019-03-12');
    expect(parseDateCell('45000', 'dmy', 2026)).toBe('2023-03-15');
    expect(parseDateCell(45000, 'dmy', 2026)).toBe('2023-03-15');
    expect(parseDateCell(new Date(Date.UTC(2020, 1, 29)), 'iso', 2026)).toBe('2020-02-29');
    expect(parseDateCell('31/02/2020', 'dmy', 2026)).toBeNull();
    expect(parseDateCell('2021-02-29', 'dmy', 2026)).toBeNull();
    expect(parseDateCell('soon', 'dmy', 2026)).toBeNull();
  });

  it('detects the date order from the samples, and flags it ambiguous when every sample fits both', () => {
    expect(detectDateOrder(['01/02/2020', '25/12/2020'], 'mdy')).toEqual({ order: 'dmy', ambiguous: false });
    expect(detectDateOrder(['12/25/2020', '01/02/2020'], 'dmy')).toEqual({ order: 'mdy', ambiguous: false });
    expect(detectDateOrder(['01/02/2020', '03/04/2020'], 'dmy')).toEqual({ order: 'dmy', ambiguous: true });
    expect(detectDateOrder(['2020-01-02'], 'dmy')).toEqual({ order: 'iso', ambiguous: false });
  });

  it('detects a decimal comma from the samples, else follows the locale', () => {
    expect(detectDecimal(['1.234,50', '3,5', '7'], '.')).toBe(',');
    expect(detectDecimal(['1,234.50', '0.8'], ',')).toBe('.');
    expect(detectDecimal(['7', '1,234'], ',')).toBe(',');
  });

  it('reads proficiency levels as numbers or labels (both scales, configurable), and blank as not assessed', () => {
    const r = new LevelReader({ guru: 5, 'knows a bit': 1 }, '.');
    expect(r.read('3')).toEqual({ kind: 'level', value: 3 });
    expect(r.read(4)).toEqual({ kind: 'level', value: 4 });
    expect(r.read('Independent')).toEqual({ kind: 'level', value: 3 });
    expect(r.read('beginner')).toEqual({ kind: 'level', value: 2 });
    expect(r.read('Intermediate')).toEqual({ kind: 'level', value: 3 });
    expect(r.read('Expert')).toEqual({ kind: 'level', value: 5 });
    expect(r.read('GURU')).toEqual({ kind: 'level', value: 5 });
    expect(r.read('knows a bit')).toEqual({ kind: 'level', value: 1 });
    expect(r.read('3 - Independent')).toEqual({ kind: 'level', value: 3 });
    expect(r.read('')).toEqual({ kind: 'blank' });
    expect(r.read(null)).toEqual({ kind: 'blank' });
    expect(r.read('n/a')).toEqual({ kind: 'blank' });
    expect(r.read('0')).toEqual({ kind: 'level', value: 0 });
    expect(r.read('7')).toMatchObject({ kind: 'bad', code: 'out-of-range' });
    expect(r.read('great')).toMatchObject({ kind: 'bad', code: 'wrong-type' });
  });
});

describe('mapping guesses from HRIS headers', () => {
  const guess = (headers: string[]) => Object.fromEntries(guessFields(fieldsOf('employees'), headers).map((g) => [g.field, [g.column, g.confidence]]));

  it('maps the common HRIS headers with full confidence', () => {
    const g = guess(['Personnel No', 'Full Name', 'Position', 'Grade', 'Cost Center', 'Office', 'Hours %', 'Base Pay', 'Start Date', 'DOB', 'Supervisor ID']);
    expect(Object.fromEntries(Object.entries(g).map(([f, [c]]) => [f, c]))).toEqual({
      employeeId: 'Personnel No',
      name: 'Full Name',
      role: 'Position',
      jobLevel: 'Grade',
      orgUnit: 'Cost Center',
      location: 'Office',
      ftePercent: 'Hours %',
      salary: 'Base Pay',
      hireDate: 'Start Date',
      birthDate: 'DOB',
      managerId: 'Supervisor ID',
    });
    expect(Object.values(g).every(([, c]) => c === 1)).toBe(true);
  });

  it('prefers one of two alternatives, combines first and last name, and gives partial matches lower confidence', () => {
    const g = guess(['Worker ID', 'First Name', 'Last Name', 'Monthly Salary', 'Years of Service', 'Age', 'Reports To', 'Employee Job Title (current)']);
    expect(g.firstName[0]).toBe('First Name');
    expect(g.lastName[0]).toBe('Last Name');
    expect(g.name).toBeUndefined();
    expect(g.monthlySalary[0]).toBe('Monthly Salary');
    expect(g.salary).toBeUndefined();
    expect(g.yearsOfService[0]).toBe('Years of Service');
    expect(g.age[0]).toBe('Age');
    expect(g.managerId[0]).toBe('Reports To');
    expect(g.role[0]).toBe('Employee Job Title (current)');
    expect(g.role[1]).toBeGreaterThan(0.45);
    expect(g.role[1]).toBeLessThan(1);
  });

  it('does not map columns it does not recognise', () => {
    expect(guess(['Favourite colour', 'Shoe size'])).toEqual({});
  });
});
