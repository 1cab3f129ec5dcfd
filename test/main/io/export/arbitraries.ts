// fast-check generators for export tests: random tables whose text mixes unicode, quotes,
// delimiters, line breaks and leading formula triggers, with numbers (negatives included),
// dates and booleans in typed columns.
import fc from 'fast-check';
import type { Cell, ColumnType, ExportColumn } from '../../../../src/main/io/export/table';

const tricky = fc.constantFrom(
  '=1+1',
  '+33 6 12',
  '-5',
  '@SUM(A1:A2)',
  '\tindent',
  '\rreturn',
  "'=already quoted",
  "''+twice",
  "'plain apostrophe",
  'a,b',
  'a;b',
  'a|b',
  'tab\tinside',
  '"quoted"',
  'line\nbreak',
  'crlf\r\nbreak',
  ' spaced ',
  'Zoë Ångström 山田 😀',
  '=HYPERLINK("http://x","y")',
);

/** Text with the characters a CSV writer and a spreadsheet care about. */
export const text = (opts: { xmlSafe?: boolean } = {}) => {
  const base = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    tricky,
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ',', ';', '\n', "'"),
  );
  const joined = fc.array(base, { maxLength: 4 }).map((parts) => parts.join(''));
  // XLSX is XML: control characters (other than tab and LF) cannot be stored, and a CR reads back as LF.
  return opts.xmlSafe
    ? joined.map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r]/g, '').replace(/[\uD800-\uDFFF]/g, ''))
    : joined;
};

const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-5, 0, -0.5, 1e-7, 1e21),
);

function cellOf(type: ColumnType, xmlSafe: boolean): fc.Arbitrary<Cell> {
  const value =
    type === 'number' ? number : type === 'date' ? isoDate : type === 'boolean' ? fc.boolean() : text({ xmlSafe });
  return fc.option(value as fc.Arbitrary<Cell>, { nil: null, freq: 6 });
}

export interface GeneratedTable {
  columns: ExportColumn[];
  rows: Cell[][];
}

export const table = (opts: { xmlSafe?: boolean } = {}): fc.Arbitrary<GeneratedTable> =>
  fc
    .array(fc.tuple(text({ xmlSafe: true }), fc.constantFrom<ColumnType>('text', 'text', 'number', 'date', 'boolean')), {
      minLength: 1,
      maxLength: 5,
    })
    .chain((cols) => {
      const columns = cols.map(([header, type], i) => ({ header: header || `column ${i + 1}`, type }));
      const row = fc.tuple(...columns.map((c) => cellOf(c.type, opts.xmlSafe === true)));
      return fc.array(row, { maxLength: 15 }).map((rows) => ({ columns, rows: rows as Cell[][] }));
    });
