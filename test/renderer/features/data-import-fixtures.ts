// Import API answers shaped exactly like the host's for a messy HRIS export and a skills matrix
// (field lists and guesses as src/main/io/import/fields.ts and guess.ts produce them).
import type { DiffEntry, ImportFieldSpec, ImportIssue, ImportPreview, ImportReport, StagedImport } from '../../../src/shared/import-types';
import type { Page } from '../../../src/shared/api-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { summary } from '../fixtures';
import { resetStores } from '../helpers';
import { initialImportState, useImportStore } from '../../../src/renderer/features/data-import/store';

export const STAGING_ID = '6f1c2a55-8d0e-4f7b-9a11-2b3c4d5e6f70';

export function stagedCsv(over: Partial<StagedImport> = {}): StagedImport {
  return {
    stagingId: STAGING_ID,
    fileName: 'hris-export.csv',
    sizeBytes: 1234,
    format: 'csv',
    encoding: 'windows-1252',
    encodingNote: 'Not valid UTF-8 (first at byte 138): read as Windows-1252. Choose another encoding if names look wrong.',
    delimiter: ';',
    sheets: [],
    ...over,
  };
}

export function stagedXlsx(): StagedImport {
  return stagedCsv({
    fileName: 'skills-matrix.xlsx',
    format: 'xlsx',
    encoding: null,
    encodingNote: null,
    delimiter: null,
    sheets: [
      { name: 'Read me', rows: 2 },
      { name: 'Skills matrix', rows: 13 },
    ],
  });
}

const employeeFields: ImportFieldSpec[] = [
  { key: 'employeeId', label: 'Employee id', required: true, description: "The client's id for the person; re-imports match on it (or on its pseudonym)." },
  { key: 'name', label: 'Name', required: false, description: 'Full name (dropped when the engagement pseudonymises).' },
  { key: 'role', label: 'Role', required: false, description: 'Id or title of the role.' },
  { key: 'orgUnit', label: 'Org unit', required: false, description: 'Id or name of the unit.' },
  { key: 'salary', label: 'Annual salary', required: false, description: 'Annual base salary in the engagement currency.' },
  { key: 'monthlySalary', label: 'Monthly salary', required: false, description: 'Monthly salary, multiplied by 12.', alternativeTo: 'salary' },
  { key: 'hireDate', label: 'Hire date', required: false, description: 'Date the person joined.' },
  { key: 'managerId', label: 'Manager id', required: false, description: "The manager's employee id." },
];

const headers = ['Personnel No', 'Full Name', 'Job Title', 'Department', 'Monthly Salary', 'Start Date', 'Line Manager No'];

const options: ImportPreview['options'] = {
  sheet: null,
  encoding: 'windows-1252',
  delimiter: ';',
  headerRow: 1,
  dateFormat: 'dmy',
  dateFormatAmbiguous: true,
  decimalSeparator: ',',
  shape: null,
  levelLabels: { none: 0, awareness: 1, basic: 2, independent: 3, advanced: 4, expert: 5, beginner: 2, intermediate: 3 },
  defaultSource: 'assessment',
  assessedOn: null,
};

export function employeesPreview(over: Partial<ImportPreview> = {}): ImportPreview {
  return {
    staged: stagedCsv(),
    kind: 'employees',
    headers,
    rows: [
      ['E100', 'José Müller', 'Head of Operations', 'Operations', '7 450,00', '03/04/2012', ''],
      ['E101', 'Zoë Brontë', '+Field Sales', 'Sales', '3 200,50', '15/09/2019', 'E100'],
      ['E102', 'François Lefèvre', 'Data Analyst', 'Finance', '4 100,00', '01/06/2021', 'E100'],
    ],
    rowNumbers: [2, 3, 4],
    fields: employeeFields,
    mapping: { fields: { employeeId: 'Personnel No', name: 'Full Name', role: 'Job Title', orgUnit: 'Department', monthlySalary: 'Monthly Salary', hireDate: 'Start Date', managerId: 'Line Manager No' } },
    guesses: [
      { field: 'employeeId', column: 'Personnel No', confidence: 1, reason: 'known header "Personnel No"' },
      { field: 'name', column: 'Full Name', confidence: 1, reason: 'known header "Full Name"' },
      { field: 'role', column: 'Job Title', confidence: 1, reason: 'known header "Job Title"' },
      { field: 'orgUnit', column: 'Department', confidence: 1, reason: 'known header "Department"' },
      { field: 'monthlySalary', column: 'Monthly Salary', confidence: 1, reason: 'known header "Monthly Salary"' },
      { field: 'hireDate', column: 'Start Date', confidence: 1, reason: 'known header "Start Date"' },
      { field: 'managerId', column: 'Line Manager No', confidence: 0.84, reason: 'header contains "line manager"' },
    ],
    unmappedColumns: [],
    options,
    notes: ['Monthly salary x 12 = annual salary.', 'Privacy: names and client ids are dropped; each person is kept as a stable pseudonym (P-...).'],
    ...over,
  };
}

export function matrixPreview(over: Partial<ImportPreview> = {}): ImportPreview {
  return {
    staged: stagedXlsx(),
    kind: 'proficiencies',
    headers: ['Employee ID', 'Name', 'Python', 'SQL', 'Negotiation'],
    rows: [
      ['E100', 'José Müller', 'Beginner', 'Intermediate', 'Expert'],
      ['E101', 'Zoë Brontë', '', 'Beginner', 'Master'],
    ],
    rowNumbers: [3, 4],
    fields: [
      { key: 'employeeId', label: 'Employee id', required: true, description: "The person's client id (or pseudonym)." },
      { key: 'skill', label: 'Skill', required: false, description: 'Skill name (long shape).' },
      { key: 'level', label: 'Level', required: false, description: 'Level 0-5 or a label; blank means not assessed (long shape).' },
      { key: 'source', label: 'Source', required: false, description: 'self, manager, assessment or inferred.' },
      { key: 'assessedOn', label: 'Assessed on', required: false, description: 'When the level was assessed.' },
    ],
    mapping: { fields: { employeeId: 'Employee ID' }, skillColumns: { Python: 'Python', SQL: 'SQL', Negotiation: 'Negotiation' } },
    guesses: [
      { field: 'employeeId', column: 'Employee ID', confidence: 1, reason: 'known header "Employee ID"' },
      { field: 'skillColumn', column: 'Python', confidence: 0.95, reason: 'matches the skill "Python"' },
      { field: 'skillColumn', column: 'SQL', confidence: 0.5, reason: 'no skill with this name yet: created with create-missing, else reported' },
      { field: 'skillColumn', column: 'Negotiation', confidence: 0.5, reason: 'no skill with this name yet: created with create-missing, else reported' },
    ],
    unmappedColumns: ['Name'],
    options: { ...options, sheet: 'Skills matrix', encoding: null, delimiter: null, headerRow: 2, dateFormat: 'iso', dateFormatAmbiguous: false, decimalSeparator: '.', shape: 'wide' },
    notes: ['Skills matrix: one column per skill; blank cells mean not assessed (no level is stored).'],
    ...over,
  };
}

export const issue = (row: number, over: Partial<ImportIssue> = {}): ImportIssue => ({
  row,
  column: 'Start Date',
  value: '31/13/2020',
  problem: 'not a date (expected DD/MM/YYYY (day first), ISO YYYY-MM-DD or an Excel date)',
  code: 'unparseable-date',
  ...over,
});

export function report(over: Partial<ImportReport> = {}): ImportReport {
  return {
    stagingId: STAGING_ID,
    kind: 'employees',
    shape: null,
    mode: 'validate',
    committed: false,
    counts: { rows: 12, invalid: 1, added: 11, changed: 0, unchanged: 0, removed: 0, skipped: 0 },
    errors: [issue(8)],
    errorCount: 1,
    errorSummary: [{ column: 'Start Date', code: 'unparseable-date', count: 1 }],
    diff: { added: [], changed: [], removed: [] },
    removalsPending: 0,
    created: { orgUnits: [], locations: [], roles: [], skills: [], managers: [] },
    notes: ['Monthly salary x 12 = annual salary.'],
    durationMs: 420,
    ...over,
  };
}

export const page = <T>(rows: T[], offset: number, limit: number): Page<T> => ({ total: rows.length, offset, rows: rows.slice(offset, offset + limit) });

export const changed = (key: string, row: number): DiffEntry => ({
  key,
  row,
  changes: [
    { field: 'salary', old: 49200, new: 62400 },
    { field: 'roleId', old: 'Data Analyst', new: 'Finance Manager' },
  ],
});

/** The wizard is a module singleton: back to closed between tests. */
export function resetImportStore() {
  useImportStore.setState({ ...initialImportState }, true);
}

export function asBrowser() {
  useAppStore.setState({ appInfo: { version: '0.1.0', transport: 'web', canPickFiles: false, dataDir: '/data', platform: 'linux' } });
}

/** Each wizard test starts from here: stores reset, an engagement open, the browser host. */
export function freshWizard() {
  resetStores();
  resetImportStore();
  useAppStore.setState({ summary: summary() });
  asBrowser();
}

export function asDesktop() {
  useAppStore.setState({ appInfo: { version: '0.1.0', transport: 'electron', canPickFiles: true, dataDir: null, platform: 'linux' } });
}
