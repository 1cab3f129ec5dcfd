// Day arithmetic for the generator. Dates are whole days since 1970-01-01 (UTC) and turned
// into ISO strings through a cache, because the generator formats a few million dates and
// only a few thousand distinct days ever occur.

const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export class DayCache {
  private readonly strings: string[];
  constructor(
    private readonly firstDay: number,
    lastDay: number,
  ) {
    this.strings = new Array<string>(lastDay - firstDay + 1).fill('');
  }

  iso(day: number): string {
    const i = day - this.firstDay;
    if (i < 0 || i >= this.strings.length) return isoOf(day);
    const cached = this.strings[i];
    if (cached !== '') return cached;
    return (this.strings[i] = isoOf(day));
  }
}
