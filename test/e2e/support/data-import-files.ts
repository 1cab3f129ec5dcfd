// The client files of the data-import end-to-end test, generated the way real exports look:
// an HRIS export from a French payroll system (semicolon-separated, Windows-1252, CRLF,
// dd/mm/yyyy dates, monthly salary with a decimal comma, a manager column, one bad row), a newer
// export of the same system, a skills matrix workbook (labels, blanks, a title row above the
// headers, a notes sheet first), a requirements sheet, and random bytes named .xlsx.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

export interface Person {
  id: string;
  surname: string;
  first: string;
  title: string;
  unit: string;
  site: string;
  hours: number;
  monthly: string;
  start: string;
  born: string;
  manager: string;
}

const HEADERS = ['Personnel No', 'Surname', 'First Name', 'Job Title', 'Department', 'Work Location', 'Hours %', 'Monthly Salary', 'Start Date', 'Date of Birth', 'Line Manager No'];

export const PEOPLE: Person[] = [
  { id: 'E100', surname: 'Müller', first: 'José', title: 'Head of Operations', unit: 'Operations', site: 'Lyon', hours: 100, monthly: '7 450,00', start: '03/04/2012', born: '12/05/1975', manager: '' },
  { id: 'E101', surname: 'Brontë', first: 'Zoë', title: '+Field Sales', unit: 'Sales', site: 'Lyon', hours: 80, monthly: '3 200,50', start: '15/09/2019', born: '01/02/1990', manager: 'E100' },
  { id: 'E102', surname: 'Lefèvre', first: 'François', title: 'Data Analyst', unit: 'Finance', site: 'Paris', hours: 100, monthly: '4 100,00', start: '01/06/2021', born: '23/07/1988', manager: 'E100' },
  { id: 'E103', surname: 'Núñez', first: 'Inés', title: 'Data Analyst', unit: 'Finance', site: 'Paris', hours: 100, monthly: '4 050,00', start: '11/01/2020', born: '11/11/1992', manager: 'E102' },
  { id: 'E104', surname: 'Dupré', first: 'Hélène', title: '+Field Sales', unit: 'Sales', site: 'Marseille', hours: 100, monthly: '3 150,00', start: '28/02/2018', born: '30/08/1985', manager: 'E101' },
  { id: 'E105', surname: 'Gérard', first: 'Noël', title: 'Warehouse Operative', unit: 'Operations', site: 'Lyon', hours: 100, monthly: '2 300,00', start: '07/10/2016', born: '14/03/1979', manager: 'E100' },
  { id: 'E106', surname: 'Østergaard', first: 'Søren', title: 'Warehouse Operative', unit: 'Operations', site: 'Lyon', hours: 60, monthly: '1 420,00', start: '31/13/2020', born: '02/12/1995', manager: 'E100' },
  { id: 'E107', surname: 'Çelik', first: 'Aylin', title: 'Data Analyst', unit: 'Finance', site: 'Paris', hours: 100, monthly: '3 980,00', start: '19/04/2022', born: '05/06/1994', manager: 'E102' },
  { id: 'E108', surname: 'Leclerc', first: 'Amélie', title: 'Warehouse Operative', unit: 'Operations', site: 'Marseille', hours: 100, monthly: '2 280,00', start: '22/11/2015', born: '18/09/1982', manager: 'E100' },
  { id: 'E109', surname: 'Fournier', first: 'Théo', title: '+Field Sales', unit: 'Sales', site: 'Paris', hours: 100, monthly: '3 300,00', start: '09/03/2023', born: '27/01/1998', manager: 'E101' },
  { id: 'E110', surname: 'Moreau', first: 'Chloé', title: 'Warehouse Operative', unit: 'Operations', site: 'Marseille', hours: 90, monthly: '2 050,00', start: '13/07/2017', born: '08/10/1987', manager: 'E100' },
  { id: 'E111', surname: 'Bérenger', first: 'Loïc', title: 'Data Analyst', unit: 'Finance', site: 'Paris', hours: 100, monthly: '4 200,00', start: '02/05/2019', born: '16/04/1991', manager: 'E102' },
];

/** The bad row: E106's start date has month 13 (row 8 of the file: the header is row 1). */
export const BAD = { id: 'E106', row: PEOPLE.findIndex((p) => p.id === 'E106') + 2, column: 'Start Date', value: '31/13/2020' };

function hrisCsv(people: Person[]): Buffer {
  const lines = [HEADERS.join(';'), ...people.map((p) => [p.id, p.surname, p.first, p.title, p.unit, p.site, p.hours, p.monthly, p.start, p.born, p.manager].join(';'))];
  // Windows-1252 (Latin-1 for these letters) with CRLF line ends, as the payroll system writes it.
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

/** Six months later: E105 left, E102 was promoted with a raise, E106's date was fixed, E112 joined. */
export function newerPeople(): Person[] {
  return [
    ...PEOPLE.filter((p) => p.id !== 'E105').map((p) =>
      p.id === 'E102' ? { ...p, title: 'Finance Manager', monthly: '5 200,00' } : p.id === 'E106' ? { ...p, start: '31/12/2020' } : p,
    ),
    { id: 'E112', surname: 'Lemaître', first: 'Maëlle', title: 'Data Analyst', unit: 'Finance', site: 'Paris', hours: 100, monthly: '3 900,00', start: '01/09/2024', born: '21/03/1997', manager: 'E102' },
  ];
}

export const SKILLS = ['Python', 'SQL', 'Negotiation', 'Forklift Operation', 'Excel'];

const LEVELS: Record<string, (string | number | null)[]> = {
  E100: ['Beginner', 'Intermediate', 'Expert', 'Advanced', 'Expert'],
  E101: [null, 'Beginner', 'Master', null, 'Intermediate'],
  E102: ['Expert', 'Expert', 'Intermediate', null, 'Master'],
  E103: ['Advanced', 4, null, null, 'Advanced'],
  E104: [null, null, 'Advanced', null, 'Beginner'],
  E105: [null, null, null, 'Expert', 'Beginner'],
  E107: ['Intermediate', 'Advanced', null, null, 'Advanced'],
  E108: [null, null, null, 'Advanced', null],
  E109: [null, 'Beginner', 'Intermediate', null, 'Intermediate'],
  E110: [null, null, null, 'Intermediate', 'Beginner'],
  E111: ['Beginner', 'Advanced', null, null, 'Expert'],
};

/** A skills matrix workbook: a notes sheet first, then the matrix with a title row above the headers. */
async function matrixXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('Read me');
  notes.addRow(['Skills matrix Q1 2025, rated by line managers']);
  notes.addRow(['Scale: Beginner, Intermediate, Advanced, Expert, Master; blank = not rated']);
  const ws = wb.addWorksheet('Skills matrix');
  ws.addRow(['Skills matrix: Q1 2025']);
  ws.addRow(['Employee ID', 'Name', ...SKILLS]);
  for (const [id, levels] of Object.entries(LEVELS)) {
    const p = PEOPLE.find((x) => x.id === id)!;
    ws.addRow([id, `${p.first} ${p.surname}`, ...levels]);
  }
  await wb.xlsx.writeFile(file);
}

function requirementsCsv(): string {
  const rows = [
    ['Role', 'Skill', 'Required Level', 'Importance'],
    ['Data Analyst', 'Python', '4', '5'],
    ['Data Analyst', 'SQL', '4', '5'],
    ['Data Analyst', 'Excel', '3', '3'],
    ['+Field Sales', 'Negotiation', '4', '5'],
    ['+Field Sales', 'Excel', '2', '2'],
    ['Warehouse Operative', 'Forklift Operation', '3', '5'],
    ['Head of Operations', 'Negotiation', '4', '4'],
    ['Head of Operations', 'Excel', '4', '3'],
  ];
  // A spreadsheet would write the formula-looking title quoted.
  return `${rows.map((r) => r.map((c) => (c.startsWith('+') ? `"${c}"` : c)).join(',')).join('\n')}\n`;
}

export interface ClientFiles {
  hris: string;
  hrisNewer: string;
  matrix: string;
  requirements: string;
  random: string;
}

export async function writeClientFiles(dir: string): Promise<ClientFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const files: ClientFiles = {
    hris: path.join(dir, 'hris-export-2025-01.csv'),
    hrisNewer: path.join(dir, 'hris-export-2025-07.csv'),
    matrix: path.join(dir, 'skills-matrix-q1.xlsx'),
    requirements: path.join(dir, 'role-requirements.csv'),
    random: path.join(dir, 'headcount-final.xlsx'),
  };
  fs.writeFileSync(files.hris, hrisCsv(PEOPLE));
  fs.writeFileSync(files.hrisNewer, hrisCsv(newerPeople()));
  await matrixXlsx(files.matrix);
  fs.writeFileSync(files.requirements, requirementsCsv());
  fs.writeFileSync(files.random, crypto.randomBytes(48 * 1024));
  return files;
}
