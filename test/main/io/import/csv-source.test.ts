import fc from 'fast-check';
import Papa from 'papaparse';
import { CsvParser } from '../../../../src/main/io/import/csv-parser';
import { defaultLimits } from '../../../../src/main/io/import/limits';
import { openTable } from '../../../../src/main/io/import/source';
import { readText } from '../../../../src/main/io/import/text-decode';
import { StagingArea } from '../../../../src/main/io/import/staging';
import type { Cell } from '../../../../src/main/io/import/table-source';
import { AppError } from '../../../../src/shared/result';
import { specOf, writeFile } from './helpers';

function rowsOf(file: string, options = {}) {
  const t = openTable(specOf(file), options);
  const rows: { cells: Cell[]; row: number }[] = [];
  t.forEachRow((cells, row) => {
    rows.push({ cells, row });
  });
  return { headers: t.headers, rows };
}

function parseAll(text: string, delimiter: string, chunk: number): string[][] {
  const out: string[][] = [];
  const p = new CsvParser('t.csv', delimiter, defaultLimits, (f) => {
    out.push(f);
  });
  for (let i = 0; i < text.length; i += chunk) p.push(text.slice(i, i + chunk));
  p.end();
  return out;
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

describe('CSV sources', () => {
  it('reads UTF-8 with a BOM and CRLF line ends, with quoted fields holding delimiters, quotes and line breaks', () => {
    const text = '\ufeffEmployee ID,Name,Notes\r\nE1,"Ahern, Ann","said ""hi""\r\nthen left"\r\nE2,Bea,\r\n';
    const file = writeFile('a.csv', text);
    const s = specOf(file);
    expect(s).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',', encodingNote: expect.stringMatching(/byte-order mark/) });
    const { headers, rows } = rowsOf(file);
    expect(headers).toEqual(['Employee ID', 'Name', 'Notes']);
    expect(rows).toEqual([
      { row: 2, cells: ['E1', 'Ahern, Ann', 'said "hi"\r\nthen left'] },
      { row: 3, cells: ['E2', 'Bea', ''] },
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, and says so', () => {
    const bytes = Buffer.concat([Buffer.from('Name;City\n'), Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), Buffer.from(';K'), Buffer.from([0xf6]), Buffer.from('ln\n'), Buffer.from('Price;x\n'), Buffer.from([0x80]), Buffer.from('5;y\n')]);
    const file = writeFile('legacy.csv', bytes);
    const s = specOf(file);
    expect(s.encoding).toBe('windows-1252');
    expect(s.delimiter).toBe(';');
    expect(s.encodingNote).toMatch(/Not valid UTF-8 \(first at byte 11\): read as Windows-1252/);
    const { rows } = rowsOf(file);
    expect(rows[0].cells).toEqual(['Müller', 'Köln']);
    expect(rows[2].cells[0]).toBe('€5');
  });

  it('reads UTF-16 little-endian (Excel "Unicode text") with tabs', () => {
    const file = writeFile('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Skill\tLevel\r\nPython\t3\r\nÉcriture\t2\r\n', 'utf16le')]));
    expect(specOf(file)).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(rowsOf(file).rows.map((r) => r.cells)).toEqual([['Python', '3'], ['Écriture', '2']]);
  });

  it.each([
    [';', 'a;b;c\n1;"2;5";3\n4;5;6\n'],
    ['\t', 'a\tb\tc\n1\t2,5\t3\n'],
    ['|', 'a|b|c\n1|2|3\n'],
    [',', 'a,b,c\n1,"x;y",3\n'],
  ])('detects the %j delimiter', (d, text) => {
    expect(specOf(writeFile('d.csv', text)).delimiter).toBe(d);
  });

  it('lets the user override a detected delimiter', () => {
    const file = writeFile('o.csv', 'a;b\n1,5;2\n');
    expect(rowsOf(file, { delimiter: ',' }).headers).toEqual(['a;b']);
  });

  it('keeps row numbers as the user sees them, skipping blank lines but counting them, and honours a header row further down', () => {
    const file = writeFile('h.csv', 'Export of 2026-01-01\nID,Name\n\nE1,A\n,\nE2,B\n');
    const { headers, rows } = rowsOf(file, { headerRow: 2 });
    expect(headers).toEqual(['ID', 'Name']);
    expect(rows.map((r) => r.row)).toEqual([4, 6]);
  });

  it('refuses empty, header-only, binary and duplicate-header files with typed errors naming file, row and column', () => {
    expect(thrown(() => specOf(writeFile('empty.csv', '')))).toMatchObject({ kind: 'bad-file', details: { reason: 'empty', file: 'empty.csv' } });
    expect(thrown(() => specOf(writeFile('blank.csv', '\n\n  \n')))).toMatchObject({ kind: 'bad-file', details: { reason: 'empty' } });
    expect(thrown(() => specOf(writeFile('bin.csv', Buffer.from([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x00, 0x10, 0x11]))))).toMatchObject({ kind: 'bad-file', details: { reason: 'binary' } });
    const dup = thrown(() => openTable(specOf(writeFile('dup.csv', 'ID,Name,Name\n1,a,b\n')), {}));
    expect(dup).toMatchObject({ kind: 'bad-file', details: { reason: 'duplicate-header', row: 1, column: 'Name' } });
    expect(dup.message).toMatch(/columns 2 and 3 are both named "Name"/);
    const headerOnly = writeFile('header.csv', 'Employee ID,Name\r\n\r\n');
    expect(thrown(() => new StagingArea().stagePath(headerOnly))).toMatchObject({ kind: 'bad-file', details: { reason: 'header-only', file: 'header.csv', row: 2 } });
    const xls = thrown(() => specOf(writeFile('old.xls', Buffer.from('d0cf11e0a1b11ae1000000000000000000', 'hex'))));
    expect(xls.message).toMatch(/\.xls/);
  });

  it('refuses a gigantic field or row with a typed error naming the row and column', () => {
    const limits = { ...defaultLimits, maxFieldChars: 100, maxRowChars: 1000 };
    const big = writeFile('big.csv', `ID,Notes\nE1,ok\nE2,${'x'.repeat(150)}\n`);
    const e = thrown(() => openTable(specOf(big), {}, limits).forEachRow(() => {}));
    expect(e).toMatchObject({ kind: 'bad-file', details: { reason: 'field-too-long', row: 3, column: 'Notes' } });
    const open = writeFile('open.csv', `ID,Notes\nE1,"never closed${'y'.repeat(2000)}\n`);
    const e2 = thrown(() => openTable(specOf(open), {}, limits).forEachRow(() => {}));
    expect(e2.details).toMatchObject({ row: 2 });
    expect(e2.message).toMatch(/longer than|never closed/);
  });

  it('decodes the same text whatever the chunk size, ASCII runs and multi-byte characters split across chunks alike', () => {
    const text = 'ID,Name\nE1,Ann\nE2,Zoë Ó Briain 😀\nE3,Łukasz\n';
    const file = writeFile('u8.csv', Buffer.from(text, 'utf8'));
    for (const size of [1, 2, 3, 5, 8, 13, 1024]) {
      let out = '';
      readText(file, 'utf-8', 0, (t) => {
        out += t;
      }, size);
      expect(out).toBe(text);
    }
    const cp = writeFile('cp.csv', Buffer.from([0x41, 0x42, 0x0a, 0x80, 0xe9, 0x0a]));
    let out = '';
    readText(cp, 'windows-1252', 0, (t) => {
      out += t;
    }, 2);
    expect(out).toBe('AB\n€é\n');
  });

  it('parses the same records whatever the chunk boundaries (CRLF and "" split across chunks)', () => {
    const text = 'a,b\r\n"x""y","1\r\n2"\r\nlast,"q"\r\n';
    const whole = parseAll(text, ',', 1 << 20);
    for (const chunk of [1, 2, 3, 5, 7]) expect(parseAll(text, ',', chunk)).toEqual(whole);
    expect(whole).toEqual([['a', 'b'], ['x"y', '1\r\n2'], ['last', 'q']]);
  });

  it('round-trips generated tables written by an independent writer (papaparse), for every delimiter and line end', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('', ' ', '"', '""', ',', ';', '\t', '|', '\n', '\r\n', 'a,b', 'x"y', 'é€😀', '=1+2'),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 15 })),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 40 }),
        (rows, delimiter, newline, chunk) => {
          const text = Papa.unparse(rows, { delimiter, newline, quotes: (v: unknown) => /[\s"]|^$/.test(String(v)) || String(v).includes(delimiter) });
          const parsed = parseAll(text, delimiter, chunk);
          expect(parsed).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
