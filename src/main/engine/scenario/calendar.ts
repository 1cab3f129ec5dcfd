// Calendar arithmetic for the period grid. Months are the model's time unit: curves, ramps and
// launch dates are expressed in months from the scenario start, so a month, quarter or year grid
// reads them the same way.
const MS_PER_DAY = 86_400_000;
/** Average Gregorian month, used to turn day counts (time-to-fill, date gaps) into months. */
export const DAYS_PER_MONTH = 365.2425 / 12;

export const MONTHS_PER_PERIOD = { month: 1, quarter: 3, year: 12 } as const;
export type PeriodUnit = keyof typeof MONTHS_PER_PERIOD;

function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

function parse(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`expected a date as YYYY-MM-DD, got ${iso}`);
  return [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
}

export function isoToDay(iso: string): number {
  const [y, m, d] = parse(iso);
  return utc(y, m, d) / MS_PER_DAY;
}

/** `iso` plus whole calendar months, clamped to the end of the target month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parse(iso);
  const total = y * 12 + m + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const lastDay = new Date(utc(ty, tm + 1, 0)).getUTCDate();
  return new Date(utc(ty, tm, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** Months from `from` to `to` as a real number (whole calendar months plus a day fraction). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = parse(from);
  const [ty, tm] = parse(to);
  let whole = (ty - fy) * 12 + (tm - fm);
  // Step back when the day of month has not been reached yet, then add the remaining days.
  if (isoToDay(addMonths(from, whole)) > isoToDay(to)) whole--;
  const anchor = addMonths(from, whole);
  return whole + (isoToDay(to) - isoToDay(anchor)) / DAYS_PER_MONTH;
}

/** End date of every period k = 0..T (k = 0 is the start date itself). */
export function periodDates(start: string, unit: PeriodUnit, periods: number): string[] {
  const step = MONTHS_PER_PERIOD[unit];
  return Array.from({ length: periods + 1 }, (_, k) => addMonths(start, k * step));
}

export function dayToIso(day: number): string {
  return new Date(Math.round(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `iso` plus a real number of months (whole months by calendar, the fraction in average days). */
export function addRealMonths(iso: string, months: number): string {
  const whole = Math.floor(months);
  return dayToIso(isoToDay(addMonths(iso, whole)) + (months - whole) * DAYS_PER_MONTH);
}
