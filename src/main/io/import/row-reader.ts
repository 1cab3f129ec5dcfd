// Typed access to the mapped cells of one row. Each reader returns undefined when the field is
// not mapped (leave the stored value alone), null when the cell is blank, or the value; a cell
// that cannot be read is reported with its row, column header and text, and marks the row bad.
import type { IssueCode } from '../../../shared/import-types';
import type { IssueCode as Code } from '../../../shared/import-types';
import type { Cell } from './table-source';
import { cellText, parseBoolCell, parseDateCell, parseNumberCell, type DateOrder } from './values';

/** Where problems go: the run's report, or a collector on a reader thread. */
export interface IssueSink {
  issue(row: number, column: string | null, value: unknown, problem: string, code: Code): void;
}

export interface ReaderSettings {
  report: IssueSink;
  /** Field key -> column index. */
  cols: ReadonlyMap<string, number>;
  headers: readonly string[];
  decimal: '.' | ',';
  dateOrder: DateOrder;
  asOfYear: number;
}

const DATE_HINT: Record<DateOrder, string> = {
  iso: 'YYYY-MM-DD',
  dmy: 'DD/MM/YYYY (day first)',
  mdy: 'MM/DD/YYYY (month first)',
};

export class RowReader {
  cells: Cell[] = [];
  row = 0;
  bad = false;
  private readonly dateCache = new Map<string, string | null>();

  constructor(readonly s: ReaderSettings) {}

  set(cells: Cell[], row: number): void {
    this.cells = cells;
    this.row = row;
    this.bad = false;
  }

  has(field: string): boolean {
    return this.s.cols.has(field);
  }

  header(field: string): string | null {
    const i = this.s.cols.get(field);
    return i === undefined ? null : this.s.headers[i];
  }

  raw(field: string): Cell | undefined {
    const i = this.s.cols.get(field);
    if (i === undefined) return undefined;
    const c = this.cells[i];
    return c === undefined ? null : c;
  }

  fail(field: string, value: unknown, problem: string, code: IssueCode): undefined {
    this.bad = true;
    this.s.report.issue(this.row, this.header(field), value instanceof Date ? cellText(value) : value, problem, code);
    return undefined;
  }

  text(field: string, max = 200): string | null | undefined {
    const c = this.raw(field);
    if (c === undefined) return undefined;
    const t = cellText(c);
    if (t === '') return null;
    if (t.length > max) return this.fail(field, t, `longer than ${max} characters`, 'out-of-range');
    return t;
  }

  number(field: string): number | null | undefined {
    const c = this.raw(field);
    if (c === undefined) return undefined;
    if (c === null || (typeof c === 'string' && c.trim() === '')) return null;
    const n = parseNumberCell(c, this.s.decimal);
    if (Number.isNaN(n.value)) {
      const what = c instanceof Date ? 'a date' : typeof c === 'boolean' ? 'a yes/no value' : null;
      return what
        ? this.fail(field, c, `expected a number, found ${what}`, 'wrong-type')
        : this.fail(field, c, `not a number (decimal separator "${this.s.decimal}")`, 'unparseable-number');
    }
    return n.percent ? n.value / 100 : n.value;
  }

  /** A number that may be written as a percentage: "80%" or 80 both give 0.8 when `percentScale`. */
  share(field: string, percentScale: boolean): number | null | undefined {
    const c = this.raw(field);
    const n = this.number(field);
    if (n === null || n === undefined) return n;
    const writtenAsPercent = typeof c === 'string' && c.trim().endsWith('%');
    return percentScale && !writtenAsPercent ? n / 100 : n;
  }

  date(field: string): string | null | undefined {
    const c = this.raw(field);
    if (c === undefined) return undefined;
    if (c === null || (typeof c === 'string' && c.trim() === '')) return null;
    let d: string | null | undefined;
    if (typeof c === 'string') {
      d = this.dateCache.get(c);
      if (d === undefined) {
        d = parseDateCell(c, this.s.dateOrder, this.s.asOfYear);
        if (this.dateCache.size < 50_000) this.dateCache.set(c, d);
      }
    } else {
      d = parseDateCell(c, this.s.dateOrder, this.s.asOfYear);
    }
    if (d === null) {
      return typeof c === 'boolean'
        ? this.fail(field, c, 'expected a date, found a yes/no value', 'wrong-type')
        : this.fail(field, c, `not a date (expected ${DATE_HINT[this.s.dateOrder]}, ISO YYYY-MM-DD or an Excel date)`, 'unparseable-date');
    }
    return d;
  }

  bool(field: string): boolean | null | undefined {
    const c = this.raw(field);
    if (c === undefined) return undefined;
    if (cellText(c) === '') return null;
    const b = parseBoolCell(c);
    if (b === null) return this.fail(field, c, 'expected yes or no', 'wrong-type');
    return b;
  }
}
