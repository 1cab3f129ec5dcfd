// CSV export properties: what is written reads back (papaparse) as the same table once the
// neutralisation quote is undone, no text cell starts with a formula trigger, numbers are
// written bare (a numeric -5 is "-5"), and the file starts with a UTF-8 byte-order mark.
import fc from 'fast-check';
import Papa from 'papaparse';
import { writtenCell } from '../../../../src/main/io/export/cells';
import { csvField, UTF8_BOM, writeCsv } from '../../../../src/main/io/export/csv-writer';
import { neutraliseText, restoreText, startsWithTrigger } from '../../../../src/main/io/export/neutralise';
import { inMemoryTable, type Cell } from '../../../../src/main/io/export/table';
import type { CsvDelimiter } from '../../../../src/shared/export-types';
import { table, text, type GeneratedTable } from './arbitraries';

async function toCsv(t: GeneratedTable, delimiter: CsvDelimiter): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await writeCsv(inMemoryTable('T', t.columns, t.rows), { write: (c) => void chunks.push(c) }, { delimiter });
  return Buffer.concat(chunks);
}

function parse(bytes: Buffer, delimiter: string): string[][] {
  expect(bytes.subarray(0, 3).equals(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { delimiter, newline: '\r\n', quoteChar: '"' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** What a cell should read back as, as text: CSV has one empty form for null and ''. */
function expected(type: string, v: Cell): string {
  if (v === null || v === '') return '';
  if (type === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

const writtenFor = (type: 'text' | 'number', v: Cell) => writtenCell({ header: 'h', type }, v);

describe('CSV export', () => {
  it('neutralisation is reversible and leaves nothing that starts with a trigger', () => {
    fc.assert(
      fc.property(text(), (s) => {
        const n = neutraliseText(s);
        expect(restoreText(n)).toBe(s);
        expect(startsWithTrigger(n)).toBe(false);
        if (!startsWithTrigger(s) && !/^'+[=+\-@\t\r]/.test(s)) expect(n).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips random tables through papaparse for every delimiter', async () => {
    await fc.assert(
      fc.asyncProperty(table(), fc.constantFrom<CsvDelimiter>(',', ';', '\t', '|'), async (t, delimiter) => {
        const records = parse(await toCsv(t, delimiter), delimiter);
        // Header, one record per row, then the empty string after the last CRLF.
        expect(records.length).toBe(t.rows.length + 2);
        expect(records[records.length - 1]).toEqual(['']);
        expect(records[0].map(restoreText)).toEqual(t.columns.map((c) => c.header));
        t.rows.forEach((row, r) => {
          const got = records[r + 1];
          expect(got.length).toBe(t.columns.length);
          t.columns.forEach((c, i) => {
            const v = row[i];
            if (typeof v === 'number') {
              expect(Number(got[i])).toBe(v === 0 ? 0 : v); // bare, shortest round-trip form
            } else {
              expect(startsWithTrigger(got[i])).toBe(false);
              expect(restoreText(got[i])).toBe(expected(c.type, v));
            }
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps numbers numeric and neutralises only text', () => {
    const w = (type: 'text' | 'number', v: Cell) => csvField(writtenFor(type, v), ',');
    expect(w('number', -5)).toBe('-5');
    expect(w('text', -5)).toBe('-5'); // a number is a number whatever its column
    expect(w('text', '-5')).toBe("'-5");
    expect(w('text', '=1+1')).toBe("'=1+1");
    expect(w('text', '=SUM(A1,B1)')).toBe(`"'=SUM(A1,B1)"`);
    expect(w('text', 'say "hi"')).toBe('"say ""hi"""');
    expect(w('text', '\tx')).toBe("'\tx");
    expect(w('text', '\rx')).toBe(`"'\rx"`);
  });
});
