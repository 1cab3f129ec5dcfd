// Deciding how each value is written, shared by the CSV and XLSX writers so both agree:
// a number is a number whatever its column (numbers are never neutralised and never quoted),
// a date column's ISO date is a date, a boolean column's 0/1 is a boolean, and everything else
// is text, neutralised against formula injection.
import { neutraliseText } from './neutralise';
import type { Cell, ExportColumn } from './table';

export type Written =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; iso: string; date: Date }
  | { kind: 'text'; value: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(s: string): Date | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s ? d : null;
}

export function writtenCell(column: ExportColumn, v: Cell): Written {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (column.type === 'boolean' && (v === 0 || v === 1)) return { kind: 'boolean', value: v === 1 };
    // NaN and infinities have no spreadsheet form; SQLite stores NaN as NULL anyway.
    return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'empty' };
  }
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (column.type === 'date') {
    const date = isoDate(v);
    if (date) return { kind: 'date', iso: v, date };
  }
  return { kind: 'text', value: neutraliseText(v) };
}
