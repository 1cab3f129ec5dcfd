// Calendar months on ISO dates, the same rule as the engine (src/main/engine/gaps/dates.ts
// addMonths): the day is clamped to the target month's end, so 31 Jan + 1 month = 28/29 Feb and
// the date shown for "+18 months" is the date the host resolves requirements on.
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(ty, 4)}-${pad(tm + 1)}-${pad(Math.min(d, lastDay))}`;
}
