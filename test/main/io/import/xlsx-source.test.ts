import ExcelJS from 'exceljs';
import { memoryEngagement } from '../../../helpers/engagement';
import { entityCounts } from '../../../../src/main/db/repos/counts';
import { defaultLimits } from '../../../../src/main/io/import/limits';
import { openTable } from '../../../../src/main/io/import/source';
import type { Cell } from '../../../../src/main/io/import/table-source';
import { AppError } from '../../../../src/shared/result';
import { run, specOf, writeFile } from './helpers';
import { workbookWithSheet, zeroBomb, zip } from './zip-helpers';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return writeFile('book.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
}

function rows(file: string, sheet?: string) {
  const t = openTable(specOf(file), sheet ? { sheet } : {});
  const out: { row: number; cells: Cell[] }[] = [];
  t.forEachRow((cells, row) => {
    out.push({ row, cells });
  });
  return { headers: t.headers, rows: out };
}

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('XLSX sources', () => {
  it('lists the sheets and reads the chosen one: text, numbers, booleans, real dates, rich text, gaps', async () => {
    const file = await workbook((wb) => {
      const cover = wb.addWorksheet('Cover');
      cover.addRow(['Skills export, do not edit']);
      const people = wb.addWorksheet('People');
      people.addRow(['Employee ID', 'Name', 'Hire Date', 'Salary', 'Manager?']);
      people.addRow(['E1', 'Zoë Ó Briain', new Date(Date.UTC(2019, 2, 15)), 45000.5, true]);
      people.addRow(['E2', { richText: [{ text: 'Bo' }, { text: 'b', font: { bold: true } }] }, new Date(Date.UTC(2020, 0, 1)), 1234, false]);
      people.addRow([]);
      people.getCell('A5').value = 'E3';
      people.getCell('D5').value = 99;
      people.getColumn(3).numFmt = 'dd/mm/yyyy';
      const matrix = wb.addWorksheet('Matrix');
      matrix.addRow(['ID', 'Python']);
    });
    const s = specOf(file);
    expect(s.format).toBe('xlsx');
    expect(s.sheets.map((x) => x.name)).toEqual(['Cover', 'People', 'Matrix']);
    expect(s.sheets[1].rows).toBe(5);
    const { headers, rows: r } = rows(file, 'People');
    expect(headers).toEqual(['Employee ID', 'Name', 'Hire Date', 'Salary', 'Manager?']);
    expect(r.map((x) => x.row)).toEqual([2, 3, 5]);
    expect(r[0].cells).toEqual(['E1', 'Zoë Ó Briain', new Date(Date.UTC(2019, 2, 15)), 45000.5, true]);
    expect(r[1].cells.slice(0, 2)).toEqual(['E2', 'Bob']);
    expect(r[2].cells).toEqual(['E3', null, null, 99]);
    expect(rows(file).headers).toEqual(['Skills export, do not edit']);
    expect(thrown(() => rows(file, 'Nope'))).toMatchObject({ kind: 'bad-file', details: { reason: 'no-such-sheet' } });
    // A sheet with headers and nothing else: a typed error when it is checked, naming the sheet and row.
    const db = memoryEngagement();
    const headerOnly = thrown(() => run(db, file, 'proficiencies', 'validate', { options: { sheet: 'Matrix' } }));
    expect(headerOnly).toMatchObject({ kind: 'bad-file', details: { reason: 'header-only', file: 'book.xlsx [Matrix]', row: 2 } });
  });

  it('imports people from a sheet with date cells and Excel serial numbers in a date column', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('HR');
      ws.addRow(['Worker ID', 'Start Date', 'Date of Birth', 'FTE']);
      ws.addRow(['W1', new Date(Date.UTC(2018, 5, 1)), 29221, 1]);
      ws.addRow(['W2', '2021-09-01', '1985-03-02', 0.5]);
    });
    const db = memoryEngagement();
    const r = run(db, file, 'employees', 'commit');
    expect(r.committed).toBe(true);
    expect(db.prepare('SELECT hire_date, birth_year, fte FROM employees ORDER BY hire_date').all()).toEqual([
      { hire_date: '2018-06-01', birth_year: 1980, fte: 1 },
      { hire_date: '2021-09-01', birth_year: 1985, fte: 0.5 },
    ]);
  });

  it('refuses a zip bomb whose declared sizes tell the truth, and one whose sizes lie, without a partial commit', () => {
    const limits = { ...defaultLimits, maxEntryBytes: 8 << 20, maxTotalUnzippedBytes: 16 << 20 };
    const honest = writeFile('honest.xlsx', workbookWithSheet({ data: Buffer.alloc(0), deflated: zeroBomb(64), declaredSize: 64 << 20 }));
    expect(thrown(() => openTable(specOf(honest, limits), {}, limits))).toMatchObject({ kind: 'bad-file', details: { reason: 'zip-bomb' } });
    const liar = writeFile('liar.xlsx', workbookWithSheet({ data: Buffer.alloc(0), deflated: zeroBomb(64), declaredSize: 2000 }));
    const e = thrown(() => openTable(specOf(liar, limits), {}, limits));
    expect(e).toMatchObject({ kind: 'bad-file', details: { reason: 'zip-bomb', file: 'liar.xlsx' } });
    expect(e.message).toMatch(/zip bomb/);
    const db = memoryEngagement();
    const before = entityCounts(db);
    expect(() => run(db, liar, 'employees', 'commit', { limits, mapping: { fields: {} } })).toThrow(AppError);
    expect(entityCounts(db)).toEqual(before);
  });

  it('refuses a 1 GB bomb with the default caps', () => {
    const bomb = writeFile('gb.xlsx', workbookWithSheet({ data: Buffer.alloc(0), deflated: zeroBomb(1024), declaredSize: 1000 }));
    expect(thrown(() => openTable(specOf(bomb), {}))).toMatchObject({ kind: 'bad-file', details: { reason: 'zip-bomb' } });
  });

  it('refuses too many rows, truncated workbooks, and zips that are not workbooks', () => {
    const sheet = `<worksheet><sheetData>${Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>v${i}</t></is></c></row>`).join('')}</sheetData></worksheet>`;
    const many = writeFile('many.xlsx', workbookWithSheet({ data: Buffer.from(sheet) }));
    const limits = { ...defaultLimits, maxRows: 10 };
    expect(thrown(() => openTable(specOf(many), {}, limits).forEachRow(() => {}))).toMatchObject({ details: { reason: 'too-many-rows', row: 12 } });
    const whole = workbookWithSheet({ data: Buffer.from(sheet) });
    const cut = writeFile('cut.xlsx', whole.subarray(0, whole.length - 40));
    expect(thrown(() => specOf(cut))).toMatchObject({ kind: 'bad-file' });
    const other = writeFile('other.xlsx', zip([{ name: 'readme.txt', data: Buffer.from('hello') }]));
    expect(thrown(() => specOf(other))).toMatchObject({ kind: 'bad-file', details: { reason: 'not-xlsx' } });
  });

  it('names the row and column of an over-long cell', () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Notes</t></is></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>${'x'.repeat(300)}</t></is></c></row></sheetData></worksheet>`;
    const file = writeFile('long.xlsx', workbookWithSheet({ data: Buffer.from(sheet) }));
    const limits = { ...defaultLimits, maxFieldChars: 100 };
    expect(thrown(() => openTable(specOf(file), {}, limits).forEachRow(() => {}))).toMatchObject({ details: { reason: 'field-too-long', row: 2, column: 'Notes' } });
  });
});
