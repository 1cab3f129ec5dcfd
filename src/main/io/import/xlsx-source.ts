// An XLSX sheet as a TableSource. Read with our own capped zip reader and a small SpreadsheetML
// scanner (xlsx-xml.ts) instead of a general workbook library, so that it is synchronous, reads
// one sheet without touching the others, and refuses zip bombs and oversized sheets with typed
// errors. Date-formatted cells come back as dates, everything else as text, number or boolean.
import type { SheetInfo } from '../../../shared/import-types';
import { badFile, type ImportLimits } from './limits';
import { normaliseHeaders, type Cell, type TableSource } from './table-source';
import {
  attr,
  columnIndex,
  decodeXml,
  excelSerialToDate,
  officeDocumentTarget,
  parseDateStyles,
  parseRels,
  parseSharedStrings,
  parseWorkbook,
  richText,
} from './xlsx-xml';
import { ZipReader } from './zip';

const SLICE = 4 << 20;

export class XlsxWorkbook {
  private readonly zip: ZipReader;
  private readonly sheetPaths = new Map<string, string>();
  readonly sheetNames: string[] = [];
  private readonly date1904: boolean;
  private readonly dir: string;
  private readonly parts: string[];

  constructor(
    path: string,
    private readonly file: string,
    private readonly limits: ImportLimits,
  ) {
    this.zip = new ZipReader(path, file, limits);
    const wbPath = (this.zip.has('_rels/.rels') && officeDocumentTarget(this.text('_rels/.rels'))) || 'xl/workbook.xml';
    if (!this.zip.has(wbPath)) {
      throw badFile({ file }, 'this zip archive is not an Excel workbook (it has no workbook part)', 'not-xlsx');
    }
    this.dir = wbPath.includes('/') ? wbPath.slice(0, wbPath.lastIndexOf('/')) : '';
    const wb = parseWorkbook(this.text(wbPath));
    this.date1904 = wb.date1904;
    const relsPath = `${this.dir ? `${this.dir}/` : ''}_rels/${wbPath.slice(this.dir ? this.dir.length + 1 : 0)}.rels`;
    const rels = this.zip.has(relsPath) ? parseRels(this.text(relsPath), this.dir) : new Map<string, string>();
    this.parts = [...rels.values()];
    for (const s of wb.sheets) {
      const target = rels.get(s.relId);
      // Chart sheets and dialog sheets have no cells: list only worksheets that exist.
      if (target && this.zip.has(target) && /worksheets?\//.test(target)) {
        this.sheetPaths.set(s.name, target);
        this.sheetNames.push(s.name);
      }
    }
    if (this.sheetNames.length === 0) throw badFile({ file }, 'the workbook has no worksheets', 'no-sheets');
  }

  /** A workbook-level part by file name, as the relationships name it (or where Excel puts it). */
  private part(fileName: string): string | null {
    const byRel = this.parts.find((p) => p.toLowerCase().endsWith(`/${fileName.toLowerCase()}`));
    if (byRel && this.zip.has(byRel)) return byRel;
    const usual = `${this.dir ? `${this.dir}/` : ''}${fileName}`;
    return this.zip.has(usual) ? usual : null;
  }

  private text(name: string): string {
    return this.zip.read(name).toString('utf8');
  }

  sheets(): SheetInfo[] {
    return this.sheetNames.map((name) => {
      const head = this.zip.readHead(this.sheetPaths.get(name)!);
      const dim = /<(?:\w+:)?dimension\b([^>]*)>/.exec(head);
      const ref = dim ? attr(dim[1], 'ref') : null;
      const last = ref ? /(\d+)$/.exec(ref) : null;
      return { name, rows: last ? Number(last[1]) : null };
    });
  }

  open(sheet: string | undefined, headerRow: number): TableSource {
    const name = sheet ?? this.sheetNames[0];
    const path = this.sheetPaths.get(name);
    if (!path) {
      throw badFile({ file: this.file }, `there is no sheet named "${name}" (sheets: ${this.sheetNames.join(', ')})`, 'no-such-sheet');
    }
    const file = `${this.file} [${name}]`;
    const stringsPart = this.part('sharedStrings.xml');
    const stylesPart = this.part('styles.xml');
    const strings = stringsPart ? parseSharedStrings(this.text(stringsPart)) : [];
    const dates = stylesPart ? parseDateStyles(this.text(stylesPart)) : [];
    const xml = this.zip.read(path);
    const reader = new SheetRows(file, xml, strings, dates, this.date1904, this.limits);
    let headers: string[] | null = null;
    reader.each((cells, row) => {
      if (row < headerRow) return true;
      headers = normaliseHeaders(file, cells, headerRow);
      return false;
    });
    if (!headers) {
      throw headerRow === 1
        ? badFile({ file }, 'the sheet is empty', 'empty')
        : badFile({ file, row: headerRow }, `the sheet has fewer than ${headerRow} rows, so there is no header row`, 'no-header');
    }
    const hs: string[] = headers;
    reader.headers = hs;
    return {
      file,
      headers: hs,
      headerRow,
      total: xml.length,
      forEachRow(fn, onProgress) {
        let rows = 0;
        reader.each((cells, row) => {
          if (row <= headerRow) return true;
          if (cells.every((c) => c === null || c === '')) return true;
          if (++rows > reader.limits.maxRows) {
            throw badFile({ file, row }, `the sheet has more than ${reader.limits.maxRows.toLocaleString('en')} data rows`, 'too-many-rows');
          }
          return fn(cells, row) !== false;
        }, onProgress);
        onProgress?.(xml.length);
      },
    };
  }
}

class SheetRows {
  /** Column names for messages, once the header row is known. */
  headers: string[] | null = null;

  constructor(
    private readonly file: string,
    private readonly xml: Buffer,
    private readonly strings: string[],
    private readonly dateStyles: boolean[],
    private readonly date1904: boolean,
    readonly limits: ImportLimits,
  ) {}

  /** End of the slice starting at `from`: just after a `</row>` at least SLICE bytes on. */
  private sliceEnd(from: number): number {
    let at = from + SLICE;
    while (at < this.xml.length) {
      const i = this.xml.indexOf('row>', at);
      if (i < 0) break;
      let k = i - 1;
      while (k > i - 20 && k > 0 && this.xml[k] !== 0x3c && this.xml[k] !== 0x2f) k--;
      const isClose = this.xml[k] === 0x2f || (this.xml[k] === 0x3c && this.xml[k + 1] === 0x2f);
      if (isClose) return i + 4;
      at = i + 4;
    }
    return this.xml.length;
  }

  each(fn: (cells: Cell[], row: number) => boolean, onProgress?: (done: number) => void): void {
    let from = 0;
    let rowNo = 0;
    const rowRe = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
    while (from < this.xml.length) {
      const to = this.sliceEnd(from);
      const text = this.xml.toString('utf8', from, to);
      rowRe.lastIndex = 0;
      for (let m = rowRe.exec(text); m; m = rowRe.exec(text)) {
        const r = attr(m[1], 'r');
        rowNo = r !== null && /^\d+$/.test(r) ? Number(r) : rowNo + 1;
        if (!m[2]) continue;
        if (fn(this.cells(m[2], rowNo), rowNo) === false) return;
      }
      from = to;
      onProgress?.(from);
    }
  }

  private cells(body: string, rowNo: number): Cell[] {
    const out: Cell[] = [];
    const cellRe = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
    let col = -1;
    let chars = 0;
    for (let m = cellRe.exec(body); m; m = cellRe.exec(body)) {
      const ref = attr(m[1], 'r');
      col = ref ? columnIndex(ref) : col + 1;
      if (col >= this.limits.maxColumns || col < 0) {
        throw badFile({ file: this.file, row: rowNo }, `the row has more than ${this.limits.maxColumns.toLocaleString('en')} columns`, 'too-many-columns');
      }
      const value = m[2] ? this.value(m[1], m[2]) : null;
      if (typeof value === 'string') {
        if (value.length > this.limits.maxFieldChars) {
          throw badFile({ file: this.file, row: rowNo, column: this.headers?.[col] ?? `column ${col + 1}` }, `a cell is longer than ${this.limits.maxFieldChars.toLocaleString('en')} characters`, 'field-too-long');
        }
        chars += value.length;
        if (chars > this.limits.maxRowChars) {
          throw badFile({ file: this.file, row: rowNo }, `the row is longer than ${this.limits.maxRowChars.toLocaleString('en')} characters`, 'row-too-long');
        }
      }
      while (out.length < col) out.push(null);
      out[col] = value;
    }
    return out;
  }

  private value(attrs: string, body: string): Cell {
    const t = attr(attrs, 't');
    if (t === 'inlineStr') {
      const is = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
      return is ? richText(is[1]) : null;
    }
    const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body);
    if (!v) return null;
    const raw = v[1];
    switch (t) {
      case 's': {
        const s = this.strings[Number(raw)];
        return s === undefined ? null : s;
      }
      case 'str':
      case 'e':
        return decodeXml(raw);
      case 'b':
        return raw === '1' || raw === 'true';
      case 'd': {
        const d = new Date(`${raw.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(d.getTime()) ? decodeXml(raw) : d;
      }
      default: {
        const n = Number(raw);
        if (!Number.isFinite(n)) return decodeXml(raw);
        const s = attr(attrs, 's');
        if (s !== null && this.dateStyles[Number(s)]) return excelSerialToDate(n, this.date1904) ?? n;
        return n;
      }
    }
  }
}
