// Turning what a user typed in a cell into the typed value the schema checks, and back: numbers
// in the engagement's locale ("52.000,5" in German), blank meaning "none" where a field allows it.
import type { EditorKind } from './VirtualTableTypes';

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

const separators = new Map<string, { decimal: string; group: string }>();

export function numberSeparators(locale: string): { decimal: string; group: string } {
  let s = separators.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    s = { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: parts.find((p) => p.type === 'group')?.value ?? ',' };
    separators.set(locale, s);
  }
  return s;
}

export function parseNumber(text: string, locale: string): number | null {
  const { decimal, group } = numberSeparators(locale);
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  // "0.8" typed where the decimal mark is a comma is still 0.8: a lone point not followed by
  // exactly three digits cannot be a thousands separator.
  const loneDecimalPoint = decimal !== '.' && !t.includes(decimal) && /^[-+]?\d*\.(\d{0,2}|\d{4,})$/.test(t);
  if (!loneDecimalPoint) {
    if (group !== decimal) t = t.split(group).join('');
    if (decimal !== '.') t = t.replace(decimal, '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  return Number(t);
}

export function parseDraft(kind: EditorKind, text: string, nullable: boolean, locale: string): Parsed {
  const blank = text.trim() === '';
  if (blank && nullable) return { ok: true, value: null };
  switch (kind) {
    case 'number': {
      if (blank) return { ok: false, message: 'a number is required' };
      const n = parseNumber(text, locale);
      return n === null ? { ok: false, message: 'expected a number' } : { ok: true, value: n };
    }
    case 'date':
      return { ok: true, value: text.trim() };
    case 'boolean':
      return { ok: true, value: text === 'true' };
    default:
      return { ok: true, value: kind === 'text' ? text.trim() : text };
  }
}

/** The text an editor starts from. */
export function draftOf(kind: EditorKind, value: unknown, locale: string): string {
  if (value === null || value === undefined) return '';
  if (kind === 'number' && typeof value === 'number') {
    return String(value).replace('.', numberSeparators(locale).decimal);
  }
  return String(value);
}
