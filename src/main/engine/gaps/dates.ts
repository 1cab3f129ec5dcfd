// Dates as integer day numbers: comparing Int32 days in hot loops is cheaper than comparing
// ISO strings, and a typed array cannot hold strings anyway.
import { NO_DATE } from './types';

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` to days since 1970-01-01 (UTC); null stands for "no date". */
export function isoToDay(iso: string | null): number {
  if (iso === null) return NO_DATE;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`expected a date as YYYY-MM-DD, got ${iso}`);
  return utc(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

// Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

export function dayToIso(day: number): string | null {
  if (day === NO_DATE) return null;
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * `iso` plus `months` calendar months, clamped to the end of the target month
 * (2026-01-31 + 1 month = 2026-02-28), so "as of + 18 months" never overflows into the next month.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const lastDay = new Date(utc(ty, tm + 1, 0)).getUTCDate();
  return new Date(utc(ty, tm, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
