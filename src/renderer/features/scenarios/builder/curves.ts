// The builder's live previews compute the adoption curve and the headcount ramp here, with the
// same formulas as the engine (src/main/engine/scenario/curves.ts) so the preview matches the
// run: a normalised logistic S-curve, linear adoption to a target by a date, and ramps that are
// linear, S-shaped (steepness 10 over the ramp) or a step at launch. Time is in months.
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function sCurve(t: number, target: number, midpoint: number, steepness: number): number {
  if (t <= 0) return 0;
  const s0 = sigmoid(-steepness * midpoint);
  return (target * (sigmoid(steepness * (t - midpoint)) - s0)) / (1 - s0);
}

export function linearAdoption(t: number, target: number, start: number, end: number): number {
  const span = end - start;
  if (span <= 0) return t >= start ? target : 0;
  return target * Math.min(1, Math.max(0, (t - start) / span));
}

const RAMP_S_STEEPNESS = 10;
const RAMP_S0 = sigmoid(-RAMP_S_STEEPNESS / 2);

export function rampShare(curve: 'linear' | 's-curve' | 'step', t: number, launch: number, months: number): number {
  if (t < launch) return 0;
  if (curve === 'step' || months <= 0) return 1;
  const x = (t - launch) / months;
  if (x >= 1) return 1;
  if (curve === 'linear') return x;
  return (sigmoid(RAMP_S_STEEPNESS * (x - 0.5)) - RAMP_S0) / (1 - 2 * RAMP_S0);
}

function parse(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return [1970, 0, 1];
  return [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
}
const dayOf = (iso: string) => {
  const [y, m, d] = parse(iso);
  return Date.UTC(y, m, d) / 86_400_000;
};

/** `iso` plus whole calendar months, clamped to the end of the month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parse(iso);
  const total = y * 12 + m + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return new Date(Date.UTC(ty, tm, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Months between two dates as a real number (whole calendar months plus a day fraction). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = parse(from);
  const [ty, tm] = parse(to);
  let whole = (ty - fy) * 12 + (tm - fm);
  if (dayOf(addMonths(from, whole)) > dayOf(to)) whole--;
  return whole + (dayOf(to) - dayOf(addMonths(from, whole))) / (365.2425 / 12);
}

export const MONTHS_PER_PERIOD = { month: 1, quarter: 3, year: 12 } as const;
