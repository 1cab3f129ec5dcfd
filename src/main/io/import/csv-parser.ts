// An incremental CSV parser (RFC 4180 plus what spreadsheets actually write): quoted fields
// with delimiters, doubled quotes and line breaks inside, CRLF/LF/CR line ends, text fed in
// chunks. Written here rather than taken from a library because the import needs it
// synchronous (it runs inside one SQLite transaction), streaming, and capped: a field or row
// over the limits is a typed error naming the row and column, not an out-of-memory crash.
import { badFile, type ImportLimits } from './limits';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Returns false to stop parsing (the rest of the input is ignored). */
export type RowHandler = (fields: string[], row: number) => boolean | void;

export class CsvParser {
  private pending = '';
  private row = 0;
  private stopped = false;
  private readonly delim: number;

  constructor(
    private readonly file: string,
    delimiter: string,
    private readonly limits: Pick<ImportLimits, 'maxFieldChars' | 'maxRowChars' | 'maxColumns'>,
    private readonly onRow: RowHandler,
    /** Names columns in errors once the header is known. */
    private columnName: (index: number) => string = (i) => `column ${i + 1}`,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  setColumnNames(name: (index: number) => string): void {
    this.columnName = name;
  }

  /** Rows handed out so far; also the number of the last one (row 1 is the first record). */
  get rowsEmitted(): number {
    return this.row;
  }

  push(chunk: string): void {
    if (this.stopped) return;
    const s = this.pending.length ? this.pending + chunk : chunk;
    const used = this.parse(s, false);
    this.pending = used < s.length ? s.slice(used) : '';
    if (this.pending.length > this.limits.maxRowChars) {
      throw badFile(
        { file: this.file, row: this.row + 1 },
        `the row is longer than ${this.limits.maxRowChars.toLocaleString('en')} characters${this.pending.charCodeAt(0) === QUOTE || this.pending.includes('"') ? ' (is a quote never closed?)' : ''}`,
        'row-too-long',
      );
    }
  }

  end(): void {
    if (this.pending.length && !this.stopped) this.parse(this.pending, true);
    this.pending = '';
  }

  private tooLong(column: number): never {
    throw badFile(
      { file: this.file, row: this.row + 1, column: this.columnName(column) },
      `a field is longer than ${this.limits.maxFieldChars.toLocaleString('en')} characters`,
      'field-too-long',
    );
  }

  /** Parses whole records from `s`; returns where the first incomplete one starts. */
  private parse(s: string, final: boolean): number {
    const n = s.length;
    const d = this.delim;
    const { maxFieldChars, maxColumns, maxRowChars } = this.limits;
    const delimiter = String.fromCharCode(d);
    let i = 0;
    // Where the next quote and carriage return are: a line with neither before its end needs no
    // quote handling and is cut with indexOf, twice as fast as a character loop or split().
    let nextQuote = -1;
    let nextCr = -1;
    while (i < n) {
      const start = i;
      if (nextQuote < i) {
        nextQuote = s.indexOf('"', i);
        if (nextQuote < 0) nextQuote = n;
      }
      if (nextCr < i) {
        nextCr = s.indexOf('\r', i);
        if (nextCr < 0) nextCr = n;
      }
      const lf = s.indexOf('\n', i);
      if (lf >= 0 && lf < nextQuote && lf - i <= maxRowChars && nextCr >= lf - 1) {
        const end = nextCr === lf - 1 && lf > i ? lf - 1 : lf;
        const fields: string[] = [];
        let j = i;
        for (;;) {
          const k = s.indexOf(delimiter, j);
          if (k < 0 || k >= end) {
            fields.push(s.slice(j, end));
            break;
          }
          fields.push(s.slice(j, k));
          j = k + 1;
        }
        if (fields.length > maxColumns) {
          throw badFile({ file: this.file, row: this.row + 1 }, `the row has more than ${maxColumns.toLocaleString('en')} columns`, 'too-many-columns');
        }
        if (end - i > maxFieldChars) for (let f = 0; f < fields.length; f++) if (fields[f].length > maxFieldChars) this.tooLong(f);
        i = lf + 1;
        if (!this.emit(fields)) return n;
        continue;
      }
      const fields: string[] = [];
      for (;;) {
        if (fields.length >= maxColumns) {
          throw badFile({ file: this.file, row: this.row + 1 }, `the row has more than ${maxColumns.toLocaleString('en')} columns`, 'too-many-columns');
        }
        if (i < n && s.charCodeAt(i) === QUOTE) {
          let value = '';
          let j = i + 1;
          for (;;) {
            const q = s.indexOf('"', j);
            if (q === -1) {
              if (!final) return start;
              throw badFile(
                { file: this.file, row: this.row + 1, column: this.columnName(fields.length) },
                'a quoted field is never closed (a " is missing)',
                'unclosed-quote',
              );
            }
            if (q + 1 >= n && !final) return start; // cannot tell `"` from the first half of `""`
            if (s.charCodeAt(q + 1) === QUOTE) {
              value += s.slice(j, q + 1);
              j = q + 2;
            } else {
              value += s.slice(j, q);
              i = q + 1;
              break;
            }
            if (value.length > maxFieldChars) this.tooLong(fields.length);
          }
          // Text after the closing quote (`"ab"c`) is kept, as spreadsheets do.
          let k = i;
          while (k < n) {
            const c = s.charCodeAt(k);
            if (c === d || c === LF || c === CR) break;
            k++;
          }
          if (k > i) value += s.slice(i, k);
          i = k;
          if (value.length > maxFieldChars) this.tooLong(fields.length);
          fields.push(value);
        } else {
          let j = i;
          while (j < n) {
            const c = s.charCodeAt(j);
            if (c === d || c === LF || c === CR) break;
            j++;
          }
          if (j - i > maxFieldChars) this.tooLong(fields.length);
          fields.push(s.slice(i, j));
          i = j;
        }
        if (i - start > maxRowChars) {
          throw badFile({ file: this.file, row: this.row + 1 }, `the row is longer than ${maxRowChars.toLocaleString('en')} characters`, 'row-too-long');
        }
        if (i >= n) {
          if (!final) return start;
          this.emit(fields);
          return n;
        }
        const c = s.charCodeAt(i);
        if (c === d) {
          i++;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) return start; // a CRLF may be split across chunks
          i += s.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i++;
        }
        if (!this.emit(fields)) return n;
        break;
      }
    }
    return i;
  }

  /** Hands a record out; false once the handler asked to stop. */
  private emit(fields: string[]): boolean {
    this.row++;
    if (this.onRow(fields, this.row) === false) this.stopped = true;
    return !this.stopped;
  }
}

/** True for a row with no content (an empty line, or only delimiters). */
export function isBlankRow(fields: readonly unknown[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f !== '' && f !== null && f !== undefined) {
      if (typeof f !== 'string' || f.trim() !== '') return false;
    }
  }
  return true;
}
