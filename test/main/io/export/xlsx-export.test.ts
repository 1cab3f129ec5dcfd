// XLSX export properties: read back with exceljs, every cell has its type (numbers are numbers,
// dates are dates, booleans are booleans) and the same value, text once the neutralisation
// quote is undone; no text cell starts with a formula trigger; a bold, frozen header row and
// column widths; long tables continue on further sheets.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { restoreText, startsWithTrigger } from '../../../../src/main/io/export/neutralise';
import { inMemoryTable, type Cell, type ExportColumn } from '../../../../src/main/io/export/table';
import { sheetName, writeXlsx } from '../../../../src/main/io/export/xlsx-writer';
import { table } from './arbitraries';

async function toXlsx(columns: ExportColumn[], rows: Cell[][], maxSheetRows?: number) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const result = await writeXlsx(inMemoryTable('Random table', columns, rows), stream, { maxSheetRows });
  await done;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return { wb, result };
}

/** Plain value of a cell read back; '' and null are both an empty cell. */
function readBack(v: ExcelJS.CellValue): unknown {
  if (v === undefined || v === '') return null;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v;
}

describe('XLSX export', () => {
  it('round-trips random tables with their cell types', async () => {
    await fc.assert(
      fc.asyncProperty(table({ xmlSafe: true }), async (t) => {
        const { wb, result } = await toXlsx(t.columns, t.rows);
        expect(result).toEqual({ rows: t.rows.length, sheets: 1 });
        const ws = wb.worksheets[0];
        expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        const header = ws.getRow(1);
        expect(header.font?.bold ?? header.getCell(1).font?.bold).toBe(true);
        t.columns.forEach((c, i) => {
          expect(restoreText(String(readBack(header.getCell(i + 1).value)))).toBe(c.header);
          // exceljs leaves out a width equal to its default (9), and reads it back as undefined.
          expect(ws.getColumn(i + 1).width ?? 9).toBeGreaterThanOrEqual(8);
        });
        t.rows.forEach((row, r) => {
          t.columns.forEach((c, i) => {
            const cell = ws.getRow(r + 2).getCell(i + 1);
            const got = readBack(cell.value);
            const v = row[i];
            if (v === null || v === '') expect(got).toBeNull();
            else if (typeof v === 'number') expect(got).toBe(v === 0 ? 0 : v);
            else if (typeof v === 'boolean') expect(got).toBe(v);
            else if (c.type === 'date') {
              expect(got).toBeInstanceOf(Date);
              expect((got as Date).toISOString().slice(0, 10)).toBe(v);
              expect(cell.numFmt).toBe('yyyy-mm-dd');
            } else {
              expect(typeof got).toBe('string');
              expect(startsWithTrigger(got as string)).toBe(false);
              expect(restoreText(got as string)).toBe(v);
            }
          });
        });
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('writes a numeric -5 as a number and the text "-5" as neutralised text', async () => {
    const { wb } = await toXlsx([{ header: 'n', type: 'number' }, { header: 't', type: 'text' }], [[-5, '-5'], [-0.25, '=1+1']]);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A2').value).toBe(-5);
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('B2').value).toBe("'-5");
    expect(ws.getCell('A3').value).toBe(-0.25);
    expect(ws.getCell('B3').value).toBe("'=1+1");
    // No cell carries a formula.
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('cannot store control characters or carriage returns: they are dropped or become line feeds, a leading CR is still neutralised', async () => {
    const { wb } = await toXlsx([{ header: 't', type: 'text' }], [['a\u0001b'], ['x\r\ny'], ['\r=cmd']]);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A2').value).toBe('ab');
    expect(ws.getCell('A3').value).toBe('x\ny');
    expect(ws.getCell('A4').value).toBe("'\n=cmd");
  });

  it('continues a long table on further sheets, each with its header', async () => {
    const rows: Cell[][] = Array.from({ length: 25 }, (_, i) => [i, `row ${i}`]);
    const { wb, result } = await toXlsx([{ header: 'i', type: 'number' }, { header: 'label', type: 'text' }], rows, 10);
    expect(result).toEqual({ rows: 25, sheets: 3 });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Random table', 'Random table (2)', 'Random table (3)']);
    const values = wb.worksheets.flatMap((w) => {
      expect(w.getCell('A1').value).toBe('i');
      const out: unknown[] = [];
      w.eachRow((row, n) => n > 1 && out.push(row.getCell(1).value));
      return out;
    });
    expect(values).toEqual(rows.map((r) => r[0]));
    expect(sheetName('a/b:c*d?[e]', 1)).toBe('a b c d  e');
    expect(sheetName('x'.repeat(40), 2).length).toBeLessThanOrEqual(31);
  });
});
