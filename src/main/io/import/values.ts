// Reading numbers, dates and yes/no values as clients' spreadsheets write them: thousands
// separators and decimal commas, currency signs, percentages, ISO and day/month dates,
// Excel serial day numbers and real date cells. Ambiguous forms (1,234 - 03/04/2024) are
// resolved by the file's detected (and confirmable) decimal separator and date order.
import type { Cell } from './table-source';
import { excelSerialToDate } from './xlsx-xml';

export type DateOrder = 'iso' | 'dmy' | 'mdy';

/** The text of a cell as the user would see it, trimmed; '' for blank. */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c);
}

const CURRENCY = /^(?:[€$£¥₹₽₩₺]|CHF|EUR|USD|GBP|PLN|SEK|NOK|DKK|CZK|HUF|JPY|INR|CAD|AUD|ZAR|BRL|MXN)\s*|\s*(?:[€$£¥₹₽₩₺]|CHF|EUR|USD|GBP|PLN|SEK|NOK|DKK|CZK|HUF|JPY|INR|CAD|AUD|ZAR|BRL|MXN|zł|kr|Kč|Ft)$/i;
const PLAIN = /^-?\d+(?:\.\d+)?$/;
const INTEGER = /^-?\d+$/;

export interface ParsedNumber {
  value: number;
  percent: boolean;
}

/**
 * A number from a cell; NaN when the text is not one. `decimal` decides only the ambiguous
 * case of one separator followed by exactly three digits ("1,234"); otherwise the form decides.
 */
export function parseNumberCell(c: Cell, decimal: '.' | ','): ParsedNumber {
  if (typeof c === 'number') return { value: c, percent: false };
  if (typeof c === 'boolean' || c instanceof Date || c === null) return { value: NaN, percent: false };
  let s = c.trim();
  // Fast path; with a decimal comma, "6.500" is six thousand five hundred, so only integers qualify.
  if ((decimal === '.' ? PLAIN : INTEGER).test(s)) return { value: Number(s), percent: false };
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(CURRENCY, '').replace(CURRENCY, '').trim();
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  s = s.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { value: NaN, percent };
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let normal: string;
  if (dots && commas) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = dec === '.' ? ',' : '.';
    const [int, frac] = [s.slice(0, s.lastIndexOf(dec)), s.slice(s.lastIndexOf(dec) + 1)];
    if (frac.includes(group) || !validGroups(int, group)) return { value: NaN, percent };
    normal = `${int.split(group).join('')}.${frac}`;
  } else if (dots + commas === 0) {
    normal = s;
  } else {
    const sep = dots ? '.' : ',';
    const parts = s.split(sep);
    const threeDigitGroups = parts.length > 1 && validGroups(s, sep);
    if (parts.length > 2) {
      if (!threeDigitGroups) return { value: NaN, percent };
      normal = parts.join('');
    } else if (threeDigitGroups && parts[1].length === 3) {
      normal = sep === decimal ? `${parts[0]}.${parts[1]}` : parts.join('');
    } else {
      normal = `${parts[0] || '0'}.${parts[1]}`;
    }
  }
  const value = Number(normal);
  return { value: negative ? -value : value, percent };
}

function validGroups(int: string, group: string): boolean {
  const parts = int.split(group);
  if (parts.length === 1) return /^\d+$/.test(int);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (name: string): number => {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? 0 : i + 1;
};

function iso(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y <= 9999)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Two-digit years: within ten years ahead of the as-of year means 20xx, otherwise 19xx. */
function fullYear(y: string, asOfYear: number): number {
  if (y.length !== 2) return Number(y);
  const n = Number(y);
  return 2000 + n <= asOfYear + 10 ? 2000 + n : 1900 + n;
}

const ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_RE = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const NAMED_DMY = /^(\d{1,2})[\s\-.]+([A-Za-z]{3,9})\.?[\s\-.,]+(\d{2}|\d{4})$/;
const NAMED_MDY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;

/** An ISO date from a cell, or null when it is not a date in the given order. Blank is the caller's. */
export function parseDateCell(c: Cell, order: DateOrder, asOfYear: number, date1904 = false): string | null {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return null;
    return iso(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
  }
  if (typeof c === 'number') return serial(c, date1904);
  if (typeof c !== 'string') return null;
  const s = c.trim();
  let m = ISO_RE.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_RE.exec(s);
  if (m) {
    const y = fullYear(m[3], asOfYear);
    const a = Number(m[1]);
    const b = Number(m[2]);
    return order === 'mdy' ? iso(y, a, b) : iso(y, b, a);
  }
  if (/^\d{8}$/.test(s)) return iso(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6)));
  if (/^\d{4,5}(?:\.\d+)?$/.test(s)) return serial(Number(s), date1904);
  m = NAMED_DMY.exec(s);
  if (m && monthOf(m[2])) return iso(fullYear(m[3], asOfYear), monthOf(m[2]), Number(m[1]));
  m = NAMED_MDY.exec(s);
  if (m && monthOf(m[1])) return iso(Number(m[3]), monthOf(m[1]), Number(m[2]));
  return null;
}

/** Excel serial day numbers in a plausible range for HR dates (1954-2119). */
function serial(n: number, date1904: boolean): string | null {
  if (n < 20_000 || n >= 80_000) return null;
  const d = excelSerialToDate(n, date1904);
  return d ? d.toISOString().slice(0, 10) : null;
}

/** Day/month order from sample date texts: decided by any part over 12, else ambiguous. */
export function detectDateOrder(samples: readonly Cell[], fallback: 'dmy' | 'mdy'): { order: DateOrder; ambiguous: boolean } {
  let dmy = false;
  let mdy = false;
  let numeric = false;
  for (const c of samples) {
    if (typeof c !== 'string') continue;
    const m = NUMERIC_RE.exec(c.trim());
    if (!m) continue;
    numeric = true;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (!numeric) return { order: 'iso', ambiguous: false };
  if (dmy && !mdy) return { order: 'dmy', ambiguous: false };
  if (mdy && !dmy) return { order: 'mdy', ambiguous: false };
  return { order: fallback, ambiguous: true };
}

/** Decimal separator from sample number texts; `fallback` (from the locale) when nothing tells. */
export function detectDecimal(samples: readonly Cell[], fallback: '.' | ','): '.' | ',' {
  let dot = 0;
  let comma = 0;
  for (const c of samples) {
    if (typeof c !== 'string') continue;
    const s = c.trim().replace(/[\s\u00a0\u202f]/g, '');
    if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^-?\d+,\d{1,2}$/.test(s) || /^-?\d+,\d{4,}$/.test(s)) comma++;
    else if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^-?\d+\.\d{1,2}$/.test(s) || /^-?\d+\.\d{4,}$/.test(s)) dot++;
  }
  if (comma > dot) return ',';
  if (dot > comma) return '.';
  return fallback;
}

/** Decimal separator customary for a locale such as de-DE (comma) or en-GB (dot). */
export function localeDecimal(locale: string): '.' | ',' {
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    return parts.find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

export const localeDateOrder = (locale: string): 'dmy' | 'mdy' => (/-(US|PH|CA)$/.test(locale) || locale === 'en' ? 'mdy' : 'dmy');

const TRUE = new Set(['1', 'y', 'yes', 'true', 't', 'x', 'ja', 'oui', 'si', 'sí', 'tak', 'sim', 'manager']);
const FALSE = new Set(['0', 'n', 'no', 'false', 'f', 'nein', 'non', 'nie', 'não', 'nao', '-']);

export function parseBoolCell(c: Cell): boolean | null {
  if (typeof c === 'boolean') return c;
  if (typeof c === 'number') return c === 1 ? true : c === 0 ? false : null;
  const s = cellText(c).toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return null;
}
